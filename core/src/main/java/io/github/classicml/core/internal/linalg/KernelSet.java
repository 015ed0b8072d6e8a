package io.github.classicml.core.internal.linalg;

import io.github.classicml.core.internal.Parallel;

/**
 * One implementation of the hot kernels: {@link ScalarKernels} (plain Java, always present) or the
 * Vector API implementation (loaded by {@link KernelSelection} only when {@code jdk.incubator.vector} is in
 * the boot layer). {@link Vectors} and {@link PairwiseDistances} validate their arguments and call
 * the active implementation, so implementations do no argument checking.
 */
interface KernelSet {

    /** @return a short description of the implementation, for {@link KernelSelection#description()} */
    String description();

    /** @return how many doubles one operation processes: 1 for the scalar path */
    int lanes();

    /** @return {@code sum_i a[aOffset + i] * b[bOffset + i]} */
    double dot(double[] a, int aOffset, double[] b, int bOffset, int length);

    /** @return {@code sum_i (a[aOffset + i] - b[bOffset + i])^2} */
    double squaredEuclidean(double[] a, int aOffset, double[] b, int bOffset, int length);

    /** @return {@code sum_i |a[aOffset + i] - b[bOffset + i]|} */
    double manhattan(double[] a, int aOffset, double[] b, int bOffset, int length);

    /** @return the first {@code i} in {@code [from, to)} with {@code values[i] <= threshold}, or {@code to} */
    int firstAtMost(double[] values, int from, int to, double threshold);

    /** @return the first {@code i} in {@code [from, to)} with {@code values[i] <= threshold}, or {@code to} */
    int firstAtMost(float[] values, int from, int to, float threshold);

    /** Sets {@code y[yOffset + i] += alpha * x[xOffset + i]}. */
    void axpy(double alpha, double[] x, int xOffset, double[] y, int yOffset, int length);

    /**
     * Matrix times vector over a block of rows, as specified by
     * {@link Vectors#multiplyRows(double[], int, int, int, double[], int, double[], int)}.
     */
    void multiplyRows(double[] x, int firstRow, int rows, int columns, double[] w, int wOffset, double[] out,
                      int outOffset);

    /**
     * Transposed matrix times vector over a block of rows, added to {@code y}, as specified by
     * {@link Vectors#addWeightedRows(double[], int, int, int, double[], int, double[], int)}.
     */
    void addWeightedRows(double[] x, int firstRow, int rows, int columns, double[] r, int rOffset, double[] y,
                         int yOffset);

    /** Sets {@code out[k] = exp(-|z[k]|)} for {@code k < count}, as {@link Vectors#expOfNegativeAbs}. */
    void expOfNegativeAbs(double[] z, int count, double[] out);

    /**
     * Many-to-many squared Euclidean distances in the GEMM form, as specified by
     * {@link PairwiseDistances#squaredEuclidean(double[], int, int, double[], double[], int, int, double[], int, double[])}.
     */
    void pairwiseSquaredEuclidean(double[] a, int aStart, int aRows, double[] aNorms,
                                  double[] b, int bStart, int bRows, double[] bNorms,
                                  int columns, double[] out);

    /**
     * Packs a matrix for the packed kernels below, with each row's squared norm computed by {@link #dot},
     * groups of rows on the given threads.
     */
    PackedRows pack(double[] x, int rows, int columns, Parallel parallel);

    /**
     * Many-to-many squared Euclidean distances against packed rows of {@code b}, as specified by
     * {@link PairwiseDistances#squaredEuclidean(double[], int, int, double[], PackedRows, int, int, double[])}:
     * the same bits as the unpacked form.
     */
    void pairwiseSquaredEuclidean(double[] a, int aStart, int aRows, double[] aNorms,
                                  PackedRows b, int bStart, int bRows, double[] out);

    /**
     * The nearest row of {@code b} for each packed row of {@code a}, as specified by
     * {@link PairwiseDistances#nearest(PackedRows, int, int, double[], int, int, double[], int[], double[],
     * double[])}.
     */
    void nearest(PackedRows a, int aStart, int aRows, double[] b, int bStart, int bRows, double[] bNorms,
                 int[] outIndex, double[] outNearest, double[] outSecond);

    /**
     * The nearest row of {@code b} for each row of an unpacked {@code a}, as specified by
     * {@link PairwiseDistances#nearest(double[], int, int, double[], double[], int, int, double[], int, int[],
     * double[], double[])}.
     */
    void nearest(double[] a, int aStart, int aRows, double[] aNorms, double[] b, int bStart, int bRows,
                 double[] bNorms, int columns, int[] outIndex, double[] outNearest, double[] outSecond);

    /**
     * Screened single-precision squared distances with the within-cut-off flags, as specified by
     * {@link SinglePrecisionRows#squaredDistances}; {@code within} is cleared by the caller.
     */
    void screenedSquaredEuclidean(SinglePrecisionRows b, SinglePrecisionRows.Block a, int bStart, int bRows,
                                  float[] cut, float[] out, boolean[] within);

    /**
     * Adds the upper triangle of {@code P^T P} to {@code out}, for a column-major panel {@code P} of
     * {@code rows} rows (a multiple of 8) and {@code width} columns (a multiple of 4): column {@code j}
     * at {@code panel[j * rows, (j + 1) * rows)}. {@code out} is {@code width × width}, row-major; only
     * entries {@code (a, b)} with {@code a <= b} are touched. The hot loop of {@link Gram}.
     *
     * @param panel the panel; not modified
     * @param rows its rows, a multiple of 8
     * @param width its columns, a multiple of 4
     * @param out the accumulator
     */
    void gramPanel(double[] panel, int rows, int width, double[] out);
}
