package io.github.classicml.core.internal.linalg;

/**
 * The hot vector kernels: dot product, squared Euclidean (plain and weighted) and Manhattan
 * distance, and the {@code y += a x} update (BLAS's "axpy").
 *
 * <p>Every distance computation, gradient sum and score of the library goes through these methods,
 * so they are written once, here, and benchmarked here ({@code VectorKernelBenchmark}). Each kernel
 * comes in two forms: whole arrays, and slices {@code (array, offset, length)} that address one row
 * of a row-major matrix without copying it.
 *
 * <p>Each call goes to the active implementation ({@link KernelSelection#vectorActive()}): plain Java loops
 * with four independent accumulators, so that the processor overlaps four additions instead of
 * waiting for each to finish (element {@code i} goes to accumulator {@code i mod 4}, the tail to
 * accumulator 0, the result is {@code (s0 + s1) + (s2 + s3)}); or, when the JVM runs with
 * {@code --add-modules jdk.incubator.vector}, SIMD code on the Vector API with fused multiply-adds.
 * Results are deterministic for a given path, whatever the state of the JIT and the JDK; they can
 * differ from a left-to-right sum, and between the two paths, in the last bits, within the bound
 * stated in {@link KernelSelection}.
 *
 * <p>None of the methods checks for NaN; callers validate their inputs once, not per call.
 */
public final class Vectors {

    private Vectors() {
    }

    /**
     * Returns the dot product {@code sum_i a[i] * b[i]}.
     *
     * @param a the first vector; not modified
     * @param b the second vector, of the same length; not modified
     * @return the dot product
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double dot(double[] a, double[] b) {
        requireSameLength(a, b);
        return dot(a, 0, b, 0, a.length);
    }

    /**
     * Returns the dot product of two slices, {@code sum_i a[aOffset + i] * b[bOffset + i]}.
     *
     * @param a the first array; not modified
     * @param aOffset where the first slice starts
     * @param b the second array; not modified
     * @param bOffset where the second slice starts
     * @param length the number of elements
     * @return the dot product
     */
    public static double dot(double[] a, int aOffset, double[] b, int bOffset, int length) {
        return KernelSelection.ACTIVE.dot(a, aOffset, b, bOffset, length);
    }

    /**
     * Returns the squared Euclidean distance {@code sum_i (a[i] - b[i])^2}.
     *
     * @param a the first vector; not modified
     * @param b the second vector, of the same length; not modified
     * @return the squared distance
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double squaredEuclidean(double[] a, double[] b) {
        requireSameLength(a, b);
        return squaredEuclidean(a, 0, b, 0, a.length);
    }

    /**
     * Returns the squared Euclidean distance between two slices.
     *
     * @param a the first array; not modified
     * @param aOffset where the first slice starts
     * @param b the second array; not modified
     * @param bOffset where the second slice starts
     * @param length the number of elements
     * @return {@code sum_i (a[aOffset + i] - b[bOffset + i])^2}
     */
    public static double squaredEuclidean(double[] a, int aOffset, double[] b, int bOffset, int length) {
        return KernelSelection.ACTIVE.squaredEuclidean(a, aOffset, b, bOffset, length);
    }

    /**
     * Returns the weighted squared Euclidean distance between two slices,
     * {@code sum_i w[wOffset + i] (a[aOffset + i] - b[bOffset + i])^2}: with the weights the reciprocal
     * variances, the squared standardised distance (a diagonal Mahalanobis distance), as in the
     * exponent of a Gaussian density with independent coordinates. This kernel has one implementation,
     * the plain-Java loop of four accumulators, on both paths.
     *
     * @param a the first array; not modified
     * @param aOffset where the first slice starts
     * @param b the second array; not modified
     * @param bOffset where the second slice starts
     * @param w the weights; not modified
     * @param wOffset where the weights start
     * @param length the number of elements
     * @return the weighted squared distance
     */
    public static double weightedSquaredEuclidean(double[] a, int aOffset, double[] b, int bOffset, double[] w,
                                                  int wOffset, int length) {
        return ScalarKernels.weightedSquaredEuclidean(a, aOffset, b, bOffset, w, wOffset, length);
    }

    /**
     * Returns the Manhattan (L1, city-block) distance {@code sum_i |a[i] - b[i]|}.
     *
     * @param a the first vector; not modified
     * @param b the second vector, of the same length; not modified
     * @return the distance
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double manhattan(double[] a, double[] b) {
        requireSameLength(a, b);
        return manhattan(a, 0, b, 0, a.length);
    }

    /**
     * Returns the Manhattan distance between two slices.
     *
     * @param a the first array; not modified
     * @param aOffset where the first slice starts
     * @param b the second array; not modified
     * @param bOffset where the second slice starts
     * @param length the number of elements
     * @return {@code sum_i |a[aOffset + i] - b[bOffset + i]|}
     */
    public static double manhattan(double[] a, int aOffset, double[] b, int bOffset, int length) {
        return KernelSelection.ACTIVE.manhattan(a, aOffset, b, bOffset, length);
    }

    /**
     * Adds a multiple of one vector to another in place: {@code y[i] += alpha * x[i]}.
     *
     * @param alpha the multiplier
     * @param x the vector to add; not modified
     * @param y the vector to update, of the same length
     * @throws IllegalArgumentException if the lengths differ
     */
    public static void axpy(double alpha, double[] x, double[] y) {
        requireSameLength(x, y);
        axpy(alpha, x, 0, y, 0, x.length);
    }

    /**
     * Adds a multiple of one slice to another in place: {@code y[yOffset + i] += alpha * x[xOffset + i]}.
     * Each element is updated independently, so the result does not depend on the order of the loop;
     * the vector path rounds {@code y + alpha x} once (a fused multiply-add), the scalar path twice.
     *
     * @param alpha the multiplier
     * @param x the array to add from; not modified
     * @param xOffset where its slice starts
     * @param y the array to update
     * @param yOffset where its slice starts
     * @param length the number of elements
     */
    public static void axpy(double alpha, double[] x, int xOffset, double[] y, int yOffset, int length) {
        KernelSelection.ACTIVE.axpy(alpha, x, xOffset, y, yOffset, length);
    }

    /**
     * Sets {@code out[k] = exp(-|z[k]|)} for {@code k < count}: the one exponential from which the
     * logistic function and the log-loss of a block of scores are computed without overflow. On the
     * Vector API path the exponentials are computed a vector at a time (the JDK's vectorised math
     * library); both paths are within a few ulps of {@link Math#exp}.
     *
     * @param z the scores; not modified
     * @param count how many
     * @param out receives the exponentials (may be {@code z} itself)
     */
    public static void expOfNegativeAbs(double[] z, int count, double[] out) {
        KernelSelection.ACTIVE.expOfNegativeAbs(z, count, out);
    }

    /**
     * Multiplies a block of rows of a row-major matrix by a vector: {@code out[outOffset + k] =
     * x_{firstRow + k} · w} for {@code k < rows}, where row {@code i} is {@code x[i * columns ..
     * (i + 1) * columns)} and {@code w} is {@code w[wOffset .. wOffset + columns)}. The scores of a linear
     * model ({@code X w}) in one call per block: rows are taken four at a time so that each load of
     * {@code w} serves four rows. Each result equals {@link #dot} of the row and {@code w} up to the
     * order of the additions.
     *
     * @param x the matrix, row-major; not modified
     * @param firstRow the first row of the block
     * @param rows the number of rows
     * @param columns the row length
     * @param w the vector; not modified
     * @param wOffset where the vector starts in {@code w}
     * @param out receives one value per row
     * @param outOffset where the values start in {@code out}
     */
    public static void multiplyRows(double[] x, int firstRow, int rows, int columns, double[] w, int wOffset,
                                    double[] out, int outOffset) {
        KernelSelection.ACTIVE.multiplyRows(x, firstRow, rows, columns, w, wOffset, out, outOffset);
    }

    /**
     * Adds a weighted sum of a block of rows to a vector: {@code y[yOffset + j] += sum_k r[rOffset + k] *
     * x_{firstRow + k, j}}, the product {@code X' r} of a gradient, in one call per block. Rows are taken
     * four at a time so that each load and store of {@code y} serves four rows.
     *
     * @param x the matrix, row-major; not modified
     * @param firstRow the first row of the block
     * @param rows the number of rows
     * @param columns the row length
     * @param r the weights, one per row; not modified
     * @param rOffset where the weights start in {@code r}
     * @param y the vector to add to
     * @param yOffset where the vector starts in {@code y}
     */
    public static void addWeightedRows(double[] x, int firstRow, int rows, int columns, double[] r, int rOffset,
                                       double[] y, int yOffset) {
        KernelSelection.ACTIVE.addWeightedRows(x, firstRow, rows, columns, r, rOffset, y, yOffset);
    }

    /**
     * Finds the first element at most a threshold: the scan of a nearest-neighbour search, which
     * offers a candidate only where a distance does not exceed the current cut-off. The vector path
     * compares a register of values at once.
     *
     * @param values the array; not modified
     * @param from the first index searched
     * @param to one past the last index searched
     * @param threshold the threshold
     * @return the smallest {@code i} in {@code [from, to)} with {@code values[i] <= threshold}, or
     *     {@code to} if there is none (NaN is never at most anything)
     */
    public static int firstAtMost(double[] values, int from, int to, double threshold) {
        return KernelSelection.ACTIVE.firstAtMost(values, from, to, threshold);
    }

    private static void requireSameLength(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(
                    "vectors must have the same length, got " + a.length + " and " + b.length);
        }
    }
}
