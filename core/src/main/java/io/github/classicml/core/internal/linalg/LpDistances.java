package io.github.classicml.core.internal.linalg;

/**
 * The Minkowski (L<sub>p</sub>) distance kernels that {@link Vectors} does not hold: Chebyshev (L<sub>∞</sub>,
 * the largest coordinate difference) and the general {@code sum_i |a_i - b_i|^p}. Euclidean (p = 2)
 * and Manhattan (p = 1) are in {@link Vectors}.
 *
 * <p>The general kernel returns the <em>reduced</em> distance {@code sum_i |a_i - b_i|^p}, without
 * the final {@code 1/p} power: it orders rows exactly as the distance does and saves a
 * {@code Math.pow} per pair, which is what nearest-neighbour search needs. Its terms are summed
 * left to right, in one accumulator, because each term already costs a {@code Math.pow} call that
 * dwarfs the addition. Chebyshev is a maximum and has no rounding at all beyond the subtractions.
 *
 * <p>Each kernel comes in the slice form {@code (array, offset, length)} used to address one row of a
 * row-major matrix without copying it. None of the methods checks for NaN; callers validate their
 * inputs once.
 */
public final class LpDistances {

    private LpDistances() {
    }

    /**
     * Returns the Chebyshev (L<sub>∞</sub>) distance between two slices.
     *
     * @param a the first array; not modified
     * @param aOffset where the first slice starts
     * @param b the second array; not modified
     * @param bOffset where the second slice starts
     * @param length the number of elements
     * @return {@code max_i |a[aOffset + i] - b[bOffset + i]|}, 0 when {@code length} is 0
     */
    public static double chebyshev(double[] a, int aOffset, double[] b, int bOffset, int length) {
        double m0 = 0;
        double m1 = 0;
        int i = 0;
        // two independent maxima so that one comparison does not wait for the previous one
        for (; i <= length - 2; i += 2) {
            m0 = Math.max(m0, Math.abs(a[aOffset + i] - b[bOffset + i]));
            m1 = Math.max(m1, Math.abs(a[aOffset + i + 1] - b[bOffset + i + 1]));
        }
        if (i < length) {
            m0 = Math.max(m0, Math.abs(a[aOffset + i] - b[bOffset + i]));
        }
        return Math.max(m0, m1);
    }

    /**
     * Returns the reduced Minkowski distance {@code sum_i |a_i - b_i|^p} between two slices; its
     * {@code 1/p}-th power is the Minkowski distance.
     *
     * @param a the first array; not modified
     * @param aOffset where the first slice starts
     * @param b the second array; not modified
     * @param bOffset where the second slice starts
     * @param length the number of elements
     * @param p the exponent, at least 1 (not checked)
     * @return {@code sum_i |a[aOffset + i] - b[bOffset + i]|^p}, summed left to right
     */
    public static double minkowskiReduced(double[] a, int aOffset, double[] b, int bOffset, int length, double p) {
        double s = 0;
        for (int i = 0; i < length; i++) {
            s += Math.pow(Math.abs(a[aOffset + i] - b[bOffset + i]), p);
        }
        return s;
    }
}
