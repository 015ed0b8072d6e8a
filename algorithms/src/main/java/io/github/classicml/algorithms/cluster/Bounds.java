package io.github.classicml.algorithms.cluster;

/**
 * Directed rounding for the distance bounds of Hamerly's algorithm: every bound is nudged outwards by
 * a few units in the last place after each operation, so that floating-point rounding can only make a
 * bound looser, never wrong.
 */
final class Bounds {

    private static final double UP = 1 + 0x1p-50;
    private static final double DOWN = 1 - 0x1p-50;

    private Bounds() {
    }

    /** @return {@code x} made slightly larger (for an upper bound) */
    static double up(double x) {
        return x * UP;
    }

    /** @return {@code x} made slightly smaller (for a lower bound; also for negative x) */
    static double down(double x) {
        return x < 0 ? x * UP : x * DOWN;
    }

    /**
     * @param columns the number of columns
     * @return the largest relative error of a distance {@code sqrt(sum_j (x_j - c_j)^2)} computed by the
     *     exact kernel against the true distance, with room to spare
     */
    static double kernelError(int columns) {
        return (columns + 8) * 0x1p-52;
    }
}
