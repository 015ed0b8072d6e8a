package io.github.classicml.core.linalg;

import io.github.classicml.core.Check;

/**
 * Many-to-many squared Euclidean distances between the rows of two row-major matrices, in the
 * "GEMM form" {@code |a|^2 + |b|^2 - 2 a.b}.
 *
 * <p>Expanding the square turns the distance computation into dot products between rows, which a
 * blocked loop can compute with few memory reads per multiply-add (each loaded row of {@code a} is
 * used against many rows of {@code b}); it is how brute-force nearest neighbours and the k-means
 * assignment step spend their time. The price is rounding: the result carries an absolute error of
 * about {@code 4 * columns * ulp(|a|^2 + |b|^2)} rather than {@code ulp(d)}, so two distances closer
 * than {@link #roundingBound(double, double, int)} may come out in the wrong order, and a distance
 * close to 0 may come out slightly negative (it is clamped to 0). Callers that need the exact order
 * (nearest neighbours with ties) re-check the candidates near their cut-off with
 * {@link Vectors#squaredEuclidean(double[], int, double[], int, int)}.
 *
 * <p>Rows are addressed by index into the matrices; the norms arrays are indexed the same way and
 * come from {@link #squaredNorms(double[], int, int)}.
 *
 * <p>The computation is blocked like a matrix product: a chunk of rows of {@code b} is packed
 * column by column, and several rows of {@code a} sweep it, so each loaded value serves several
 * multiply-adds. The active path ({@link Kernels}) does it in plain Java that HotSpot vectorises, or
 * with register-blocked Vector API code (75 to 90 GFLOP/s on one AVX-512 core for W1's 32 columns,
 * against 24 for the plain-Java path; see {@code benchmarks/RESULTS.md}). Cost: {@code 2 * aRows * bRows * columns} floating-point
 * operations, plus packing {@code bRows * columns} values on every call, so pass many rows of
 * {@code a} per call: a few hundred reach the kernel's best speed, 64 about two thirds of it. Each pair's distance is computed the same way whatever the block sizes, so splitting a
 * computation into blocks of any size gives identical results.
 */
public final class PairwiseDistances {

    private PairwiseDistances() {
    }

    /**
     * Returns the squared norm of every row.
     *
     * @param x a row-major matrix; not modified
     * @param rows its number of rows
     * @param columns its number of columns
     * @return {@code |x_i|^2} for each row {@code i}
     */
    public static double[] squaredNorms(double[] x, int rows, int columns) {
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = Vectors.dot(x, i * columns, x, i * columns, columns);
        }
        return out;
    }

    /**
     * Computes {@code out[i * bRows + j] = max(0, |a_(aStart+i)|^2 + |b_(bStart+j)|^2 - 2 a_(aStart+i) . b_(bStart+j))}
     * for {@code i < aRows}, {@code j < bRows}. The norms are added first, then {@code 2 a.b}
     * subtracted; a NaN input gives NaN.
     *
     * @param a the first row-major matrix; not modified
     * @param aStart the first row of {@code a} used
     * @param aRows how many rows of {@code a}
     * @param aNorms squared norms of the rows of {@code a}, indexed like its rows; not modified
     * @param b the second row-major matrix, same number of columns; not modified
     * @param bStart the first row of {@code b} used
     * @param bRows how many rows of {@code b}
     * @param bNorms squared norms of the rows of {@code b}; not modified
     * @param columns the number of columns of both matrices
     * @param out receives {@code aRows * bRows} distances, row-major
     * @throws IllegalArgumentException if a range of rows lies outside its matrix or norms, or
     *     {@code out} is too short
     */
    public static void squaredEuclidean(double[] a, int aStart, int aRows, double[] aNorms,
                                        double[] b, int bStart, int bRows, double[] bNorms,
                                        int columns, double[] out) {
        Check.atLeast("columns", columns, 1);
        checkRows("a", a, aStart, aRows, aNorms, columns);
        checkRows("b", b, bStart, bRows, bNorms, columns);
        Check.atLeast("out.length", out.length, aRows * bRows);
        if (aRows > 0 && bRows > 0) {
            Kernels.ACTIVE.pairwiseSquaredEuclidean(a, aStart, aRows, aNorms, b, bStart, bRows, bNorms, columns, out);
        }
    }

    private static void checkRows(String name, double[] x, int start, int rows, double[] norms, int columns) {
        Check.atLeast(name + "Start", start, 0);
        Check.atLeast(name + "Rows", rows, 0);
        Check.atMost(name + "Start + " + name + "Rows", start + rows, x.length / columns,
                "the number of rows of " + name);
        Check.atMost(name + "Start + " + name + "Rows", start + rows, norms.length,
                "the length of " + name + "Norms");
    }

    /**
     * An upper bound on the rounding error of one distance from
     * {@link #squaredEuclidean(double[], int, int, double[], double[], int, int, double[], int, double[])}:
     * two distances that differ by more than the sum of their bounds are in the right order.
     *
     * @param aNorm the squared norm of the row of {@code a}
     * @param bNorm the squared norm of the row of {@code b}
     * @param columns the number of columns
     * @return the bound, {@code (columns + 4) * 2^-52 * (aNorm + bNorm)}
     */
    public static double roundingBound(double aNorm, double bNorm, int columns) {
        return (columns + 4) * 0x1p-52 * (aNorm + bNorm);
    }
}
