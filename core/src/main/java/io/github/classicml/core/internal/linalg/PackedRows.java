package io.github.classicml.core.internal.linalg;

import io.github.classicml.core.Check;
import io.github.classicml.core.internal.Parallel;

import java.util.Arrays;
import java.util.Objects;

/**
 * The rows of a matrix, packed once for many distance computations, with their squared norms.
 *
 * <p>Every call of {@link PairwiseDistances#squaredEuclidean(double[], int, int, double[], double[], int,
 * int, double[], int, double[])} first copies its rows of {@code b} into the layout its inner loop
 * reads fastest (panels of rows stored column by column), at about 0.45 ns per value. A matrix used in
 * many calls, such as the training rows of a nearest-neighbour index or the rows k-means assigns every
 * iteration, can be packed once instead: the packed forms
 * {@link PairwiseDistances#squaredEuclidean(double[], int, int, double[], PackedRows, int, int, double[])}
 * and {@link PairwiseDistances#nearest(PackedRows, int, int, double[], int, int, double[], int[], double[],
 * double[])} give the same bits as the unpacked forms and skip the copy. The
 * layout belongs to the active kernel path ({@link KernelSelection}); a packed matrix takes about as much
 * memory as the original (rounded up to whole panels). Immutable and safe to share between threads.
 */
public final class PackedRows {

    /** The most rows a panel of either layout has: a packed matrix holds at most this many rows of padding. */
    static final int MAX_PANEL_ROWS = 256;

    /** The implementation whose layout this is. */
    final KernelSet kernels;
    final int rows;
    final int columns;
    /** Rows per panel; panel {@code q} holds rows {@code q * panelRows ..}. */
    final int panelRows;
    /** The packed values, in the layout of {@link #kernels}. */
    final double[][] panels;
    /** The squared norm of every row, then zeros up to whole panels. */
    final double[] norms;

    PackedRows(KernelSet kernels, int rows, int columns, int panelRows, double[][] panels, double[] norms) {
        this.kernels = kernels;
        this.rows = rows;
        this.columns = columns;
        this.panelRows = panelRows;
        this.panels = panels;
        this.norms = norms;
    }

    /**
     * Packs the rows of a row-major matrix for the active kernel path.
     *
     * @param x a row-major matrix; not modified (the result keeps a copy)
     * @param rows its number of rows, at least 0
     * @param columns its number of columns, at least 1
     * @return the packed rows
     * @throws IllegalArgumentException if {@code x} has fewer than {@code rows * columns} values, or a
     *     row's squared norm overflows
     */
    public static PackedRows of(double[] x, int rows, int columns) {
        try (Parallel one = Parallel.of(1)) {
            return of(x, rows, columns, one);
        }
    }

    /**
     * Packs the rows of a row-major matrix for the active kernel path, groups of rows on the given
     * threads (the result does not depend on them).
     *
     * @param x a row-major matrix; not modified (the result keeps a copy)
     * @param rows its number of rows, at least 0
     * @param columns its number of columns, at least 1
     * @param parallel the threads
     * @return the packed rows
     * @throws IllegalArgumentException if {@code x} has fewer than {@code rows * columns} values, the
     *     packed layout (rows rounded up to whole panels) would not fit in one array, or a row's squared
     *     norm overflows (entries near 10^154 or beyond: scale the rows first, {@link Scaling})
     */
    public static PackedRows of(double[] x, int rows, int columns, Parallel parallel) {
        Check.notNull("x", x);
        Check.atLeast("rows", rows, 0);
        Check.atLeast("columns", columns, 1);
        Check.atLeast("x.length", (long) x.length, (long) rows * columns);
        Check.notNull("parallel", parallel);
        long padded = ((long) rows + MAX_PANEL_ROWS) * columns;
        Check.that(padded <= Integer.MAX_VALUE - 8, () -> "rows x columns, rounded up to whole panels of up to "
                + MAX_PANEL_ROWS + " rows, must fit in one array (2^31 - 9 values); got " + rows + " x " + columns);
        PackedRows packed = KernelSelection.ACTIVE.pack(x, rows, columns, parallel);
        PairwiseDistances.requireFiniteNorms(packed.norms, rows);
        return packed;
    }

    /** @return the number of rows */
    public int rows() {
        return rows;
    }

    /** @return the number of columns */
    public int columns() {
        return columns;
    }

    /**
     * @return the rows per panel of the layout: ranges of rows that start and end at multiples of it
     *     waste no work (on the Vector API path, a panel cut by a range is computed whole)
     */
    public int panelRows() {
        return panelRows;
    }

    /**
     * @return the squared norm of every row, the values {@link PairwiseDistances#squaredNorms} gives
     *     for the original matrix (a new array)
     */
    public double[] squaredNorms() {
        return Arrays.copyOf(norms, rows);
    }

    /**
     * @param row a row index
     * @return its squared norm, as {@link #squaredNorms()} gives it
     * @throws IndexOutOfBoundsException if the row is outside {@code [0, rows)}
     */
    public double squaredNorm(int row) {
        return norms[Objects.checkIndex(row, rows)];
    }

    /** Checks that {@code owner} packed this matrix (a matrix packed by one kernel path is unreadable by another). */
    void requirePackedBy(KernelSet owner) {
        if (kernels != owner) {
            throw new IllegalArgumentException("packed rows must come from the same kernel path; packed by "
                    + kernels.description() + ", used by " + owner.description());
        }
    }
}
