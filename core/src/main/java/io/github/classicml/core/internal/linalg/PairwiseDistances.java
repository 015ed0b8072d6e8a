package io.github.classicml.core.internal.linalg;

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
 * multiply-adds. The active path ({@link KernelSelection}) does it in plain Java that HotSpot vectorises, or
 * with register-blocked Vector API code (75 to 90 GFLOP/s on one AVX-512 core for W1's 32 columns,
 * against 24 for the plain-Java path; see {@code benchmarks/RESULTS.md}). Cost:
 * {@code 2 * aRows * bRows * columns} floating-point operations, plus packing {@code bRows * columns}
 * values on every call, so pass many rows of {@code a} per call: a few hundred reach the kernel's best
 * speed, 64 about two thirds of it. A matrix used in many calls can be packed once
 * ({@link PackedRows}), which saves the packing (about 99 GFLOP/s instead of 87 on W1 with 256 rows of
 * {@code a} per call). Each pair's distance is computed the same way whatever the block sizes and
 * whether {@code b} was packed beforehand, so splitting a computation into blocks of any size gives
 * identical results.
 *
 * <p>{@link #nearest(PackedRows, int, int, double[], int, int, double[], int[], double[], double[])}
 * answers the question k-means asks of every row each iteration, "which row of {@code b} is nearest,
 * and by how much", from the same distances without storing them.
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
     * @throws IllegalArgumentException if a squared norm overflows (entries near 10^154 or beyond): the
     *     dot-product form {@code |a|^2 + |b|^2 - 2 a.b} would give infinity minus infinity; scale the rows
     *     by a power of two first ({@link Scaling}), as the learners do
     */
    public static double[] squaredNorms(double[] x, int rows, int columns) {
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = Vectors.dot(x, i * columns, x, i * columns, columns);
        }
        requireFiniteNorms(out, rows);
        return out;
    }

    /** Refuses squared norms that overflowed (or are NaN), naming the first row; one pass over the norms. */
    static void requireFiniteNorms(double[] norms, int rows) {
        double check = 0;
        for (int i = 0; i < rows; i++) {
            check += norms[i] - norms[i];
        }
        if (check != 0) {
            for (int i = 0; i < rows; i++) {
                int row = i;
                Check.that(Double.isFinite(norms[i]), () -> "rows must have squared norms within the double range"
                        + " for the dot-product form of the distances; row " + row + " has " + norms[row]
                        + "; scale the rows by a power of two first (core.internal.linalg.Scaling)");
            }
        }
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
            KernelSelection.ACTIVE.pairwiseSquaredEuclidean(a, aStart, aRows, aNorms, b, bStart, bRows, bNorms, columns, out);
        }
    }

    /**
     * The same distances as {@link #squaredEuclidean(double[], int, int, double[], double[], int, int,
     * double[], int, double[])}, bit for bit, against rows of {@code b} packed once beforehand, which
     * saves the packing every unpacked call does: {@code out[i * bRows + j]} is the distance from row
     * {@code aStart + i} of {@code a} to row {@code bStart + j} of {@code b}.
     *
     * @param a a row-major matrix with {@code b.columns()} columns; not modified
     * @param aStart the first row of {@code a} used
     * @param aRows how many rows of {@code a}
     * @param aNorms squared norms of the rows of {@code a}, indexed like its rows; not modified
     * @param b the packed rows
     * @param bStart the first row of {@code b} used
     * @param bRows how many rows of {@code b}
     * @param out receives {@code aRows * bRows} distances, row-major
     * @throws IllegalArgumentException if a range of rows lies outside its matrix or norms, or
     *     {@code out} is too short
     */
    public static void squaredEuclidean(double[] a, int aStart, int aRows, double[] aNorms,
                                        PackedRows b, int bStart, int bRows, double[] out) {
        Check.notNull("b", b);
        checkRows("a", a, aStart, aRows, aNorms, b.columns);
        checkPackedRows("b", b, bStart, bRows);
        Check.atLeast("out.length", out.length, aRows * bRows);
        if (aRows > 0 && bRows > 0) {
            KernelSelection.ACTIVE.pairwiseSquaredEuclidean(a, aStart, aRows, aNorms, b, bStart, bRows, out);
        }
    }

    /**
     * For each packed row of {@code a}, its nearest row of {@code b}: the assignment step of k-means
     * (rows of {@code a}) to centres (rows of {@code b}), in one pass that never stores the
     * {@code aRows x bRows} distances. The distances are those of
     * {@link #squaredEuclidean(double[], int, int, double[], double[], int, int, double[], int, double[])},
     * bit for bit, so they carry its rounding error ({@link #roundingBound}); a caller that needs the
     * exact order compares {@code outSecond[i] - outNearest[i]} with the bounds. Cost
     * {@code 2 * aRows * bRows * columns} floating-point operations; on the Vector API path the rows
     * of {@code a} sit in the vector lanes, so the minimum over {@code b} is taken lane by lane.
     *
     * @param a the packed rows
     * @param aStart the first row of {@code a} used
     * @param aRows how many rows of {@code a}
     * @param b a row-major matrix with {@code a.columns()} columns, at least one row used; not modified
     * @param bStart the first row of {@code b} used
     * @param bRows how many rows of {@code b}, at least 1
     * @param bNorms squared norms of the rows of {@code b}, indexed like its rows; not modified
     * @param outIndex receives, for row {@code aStart + i}, at {@code i}, the index {@code j} (from 0,
     *     relative to {@code bStart}) of its nearest row of {@code b}, the lowest on ties. What it holds on
     *     entry is read as a guess (k-means passes the last iteration's answer): a right guess spares the
     *     plain-Java path its search for the index, a wrong or out-of-range one costs nothing but that
     *     search; the result does not depend on it
     * @param outNearest receives that distance
     * @param outSecond receives the smallest distance to the other rows of {@code b} (equal to the
     *     nearest when two tie; infinity when {@code bRows} is 1)
     * @throws IllegalArgumentException if a range of rows lies outside its matrix or norms, or an output
     *     is shorter than {@code aRows}
     */
    public static void nearest(PackedRows a, int aStart, int aRows, double[] b, int bStart, int bRows,
                               double[] bNorms, int[] outIndex, double[] outNearest, double[] outSecond) {
        Check.notNull("a", a);
        checkPackedRows("a", a, aStart, aRows);
        Check.atLeast("bRows", bRows, 1);
        checkRows("b", b, bStart, bRows, bNorms, a.columns);
        Check.atLeast("outIndex.length", outIndex.length, aRows);
        Check.atLeast("outNearest.length", outNearest.length, aRows);
        Check.atLeast("outSecond.length", outSecond.length, aRows);
        if (aRows > 0) {
            KernelSelection.ACTIVE.nearest(a, aStart, aRows, b, bStart, bRows, bNorms, outIndex, outNearest, outSecond);
        }
    }

    /**
     * {@link #nearest(PackedRows, int, int, double[], int, int, double[], int[], double[], double[])} for
     * rows of {@code a} that are not packed (packed on the way, a panel at a time): the same outputs,
     * bit for bit. For a few rows, such as those k-means must re-examine one iteration; for all rows
     * every iteration, pack them once.
     *
     * @param a a row-major matrix; not modified
     * @param aStart the first row of {@code a} used
     * @param aRows how many rows of {@code a}
     * @param aNorms squared norms of the rows of {@code a}, indexed like its rows; not modified
     * @param b a row-major matrix with the same columns, at least one row used; not modified
     * @param bStart the first row of {@code b} used
     * @param bRows how many rows of {@code b}, at least 1
     * @param bNorms squared norms of the rows of {@code b}, indexed like its rows; not modified
     * @param columns the number of columns of both matrices
     * @param outIndex receives each row's nearest row of {@code b} (from 0, relative to {@code bStart})
     * @param outNearest receives that distance
     * @param outSecond receives the smallest distance to the other rows of {@code b}
     * @throws IllegalArgumentException if a range of rows lies outside its matrix or norms, or an output
     *     is shorter than {@code aRows}
     */
    public static void nearest(double[] a, int aStart, int aRows, double[] aNorms, double[] b, int bStart,
                               int bRows, double[] bNorms, int columns, int[] outIndex, double[] outNearest,
                               double[] outSecond) {
        Check.atLeast("columns", columns, 1);
        checkRows("a", a, aStart, aRows, aNorms, columns);
        Check.atLeast("bRows", bRows, 1);
        checkRows("b", b, bStart, bRows, bNorms, columns);
        Check.atLeast("outIndex.length", outIndex.length, aRows);
        Check.atLeast("outNearest.length", outNearest.length, aRows);
        Check.atLeast("outSecond.length", outSecond.length, aRows);
        if (aRows > 0) {
            KernelSelection.ACTIVE.nearest(a, aStart, aRows, aNorms, b, bStart, bRows, bNorms, columns, outIndex, outNearest,
                    outSecond);
        }
    }

    // the tests come first: these run once per block of a batch, and the names are built only on failure
    private static void checkPackedRows(String name, PackedRows x, int start, int rows) {
        if (start < 0 || rows < 0 || start + rows > x.rows) {
            Check.atLeast(name + "Start", start, 0);
            Check.atLeast(name + "Rows", rows, 0);
            Check.atMost(name + "Start + " + name + "Rows", start + rows, x.rows, "the number of rows of " + name);
        }
    }

    private static void checkRows(String name, double[] x, int start, int rows, double[] norms, int columns) {
        if (start < 0 || rows < 0 || start + rows > x.length / columns || start + rows > norms.length) {
            Check.atLeast(name + "Start", start, 0);
            Check.atLeast(name + "Rows", rows, 0);
            Check.atMost(name + "Start + " + name + "Rows", start + rows, x.length / columns,
                    "the number of rows of " + name);
            Check.atMost(name + "Start + " + name + "Rows", start + rows, norms.length,
                    "the length of " + name + "Norms");
        }
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
