package io.github.classicml.core.internal.linalg;

import io.github.classicml.core.internal.Parallel;

import java.util.Arrays;

/**
 * The kernels in plain Java: the path every JVM runs, and the fallback when the Vector API module
 * is absent.
 *
 * <p><b>Single-vector kernels</b> keep four independent accumulators, so that the processor can
 * overlap four additions instead of waiting for each to finish (one accumulator makes the loop
 * latency-bound: about 4 cycles per element instead of 1). Element {@code i} goes to accumulator
 * {@code i mod 4}, the tail to accumulator 0, and the result is {@code (s0 + s1) + (s2 + s3)}.
 *
 * <p><b>Many-to-many distances</b> are written so that HotSpot's auto-vectoriser (C2's SuperWord)
 * turns them into SIMD code without the Vector API. A chunk of up to {@link #CHUNK} rows of
 * {@code b} is packed transposed, one array per column ({@code packed[k][j] = b_j[k]}), and four
 * rows of {@code a} at a time sweep it, two columns per pass: {@code dot_r[j] = fma(a_r[k+1],
 * packed[k+1][j], fma(a_r[k], packed[k][j], dot_r[j]))} for the four rows {@code r}, over the whole
 * chunk. A pass rounds exactly as two one-column passes would; it loads and stores the sums once per two
 * columns, each load of a packed value serves four rows, and there is no loop-carried dependence. Its
 * arrays are addressed from index 0 or from constant offsets, which the auto-vectoriser of Java 17
 * needs: it gives up on loops whose arrays carry different variable offsets, and separate accumulator
 * arrays vectorise at half speed when the allocator happens to misalign them against each other. Larger
 * bodies (four rows of three or four columns, or four rows with separate multiplies and adds) exceed
 * the size up to which C2 unrolls a loop before it vectorises it, and stay scalar. The distances are
 * finished in the same work array (the chunk's norms beside the sums) and copied out. The packed chunk
 * ({@code columns x 256} doubles, 64 KiB at 32 columns) stays in the level-2 cache, the sums in level 1.
 * When {@code b} has few rows (the centroids of k-means), the roles swap: {@code a} is packed and the
 * output written transposed, so the inner loop stays long. Each dot product is a left-to-right chain of
 * fused multiply-adds over the columns (the first a plain product), whatever block or orientation it was
 * computed in, so the results are the same bits either way; the Vector API tiles use the same chain.
 * {@code Math.fma} is one instruction on every x86 processor since 2013 and on 64-bit ARM; on a
 * processor without it the JDK computes it in software, much more slowly, which the plain-Java path
 * accepts (as its row-block kernels already did).
 *
 * <p><b>Packed rows</b> ({@link PackedRows}) are stored in the chunk layout, 256 rows per panel, column
 * after column, in one array; a sweep copies a panel's columns into arrays of their own, a plain copy
 * that is cheaper than transposing the rows on every call.
 * <b>Nearest rows</b> fold, for a panel of rows of {@code a}, each group of four rows of {@code b}'s
 * distances into the smallest and second smallest with {@code Math.min}/{@code Math.max}, in the same
 * work array as the sums (which the auto-vectoriser turns into SIMD code; a compare-and-branch per
 * distance costs twice as much), keep the distances to up to 64 rows of {@code b}, and then look up each
 * row's index once: first at the caller's guess (k-means' last answer), which is the index when its
 * distance is the minimum and the minimum is unique, else by a scan down the rows.
 */
final class ScalarKernels implements KernelSet {

    /** Rows of {@code b} packed at a time: the length of the auto-vectorised inner loop. */
    static final int CHUNK = 256;
    /** Rows that share each load of a packed value. */
    private static final int ROWS = 4;
    /** Columns added to the four rows' sums per pass over them. */
    private static final int STEP = 2;
    /** Columns added to one row's sums per pass over them. */
    private static final int STEP_ONE_ROW = 4;
    /** Below this many rows of {@code b}, the rows of {@code a} are packed instead. */
    private static final int SHORT = 64;
    /** Rows of {@code b} whose distances the packed {@code nearest} holds at once, per panel. */
    private static final int CENTRE_BLOCK = 64;
    /** Panels packed per parallel task. */
    private static final int PACK_TASK = 8;
    /** Where a sweep's work array keeps the panel's squared norms, after the rows of dot products. */
    private static final int NORMS = ROWS * CHUNK;
    /** The length of a sweep's work array: the rows of dot products and the panel's norms. */
    private static final int WORK = NORMS + CHUNK;
    /** Where {@code nearest}'s work array keeps the block's smallest distances, after the panel's norms. */
    private static final int BLOCK_FIRST = WORK;
    /** Where {@code nearest}'s work array keeps the block's second smallest distances. */
    private static final int BLOCK_SECOND = BLOCK_FIRST + CHUNK;
    /** The length of {@code nearest}'s work array. */
    private static final int NEAREST_WORK = BLOCK_SECOND + CHUNK;

    @Override
    public String description() {
        return "scalar (plain Java; start the JVM with --add-modules jdk.incubator.vector for the Vector API path)";
    }

    @Override
    public int lanes() {
        return 1;
    }

    @Override
    public double dot(double[] a, int aOffset, double[] b, int bOffset, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i <= length - 4; i += 4) {
            s0 += a[aOffset + i] * b[bOffset + i];
            s1 += a[aOffset + i + 1] * b[bOffset + i + 1];
            s2 += a[aOffset + i + 2] * b[bOffset + i + 2];
            s3 += a[aOffset + i + 3] * b[bOffset + i + 3];
        }
        for (; i < length; i++) {
            s0 += a[aOffset + i] * b[bOffset + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    @Override
    public double squaredEuclidean(double[] a, int aOffset, double[] b, int bOffset, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i <= length - 4; i += 4) {
            double d0 = a[aOffset + i] - b[bOffset + i];
            double d1 = a[aOffset + i + 1] - b[bOffset + i + 1];
            double d2 = a[aOffset + i + 2] - b[bOffset + i + 2];
            double d3 = a[aOffset + i + 3] - b[bOffset + i + 3];
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
        }
        for (; i < length; i++) {
            double d = a[aOffset + i] - b[bOffset + i];
            s0 += d * d;
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * The weighted squared distance of {@link Vectors#weightedSquaredEuclidean}: the loop of
     * {@link #squaredEuclidean} with each squared difference multiplied by its weight. There is no
     * Vector API version; both paths call this one.
     */
    static double weightedSquaredEuclidean(double[] a, int aOffset, double[] b, int bOffset, double[] w,
                                           int wOffset, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i <= length - 4; i += 4) {
            double d0 = a[aOffset + i] - b[bOffset + i];
            double d1 = a[aOffset + i + 1] - b[bOffset + i + 1];
            double d2 = a[aOffset + i + 2] - b[bOffset + i + 2];
            double d3 = a[aOffset + i + 3] - b[bOffset + i + 3];
            s0 += d0 * d0 * w[wOffset + i];
            s1 += d1 * d1 * w[wOffset + i + 1];
            s2 += d2 * d2 * w[wOffset + i + 2];
            s3 += d3 * d3 * w[wOffset + i + 3];
        }
        for (; i < length; i++) {
            double d = a[aOffset + i] - b[bOffset + i];
            s0 += d * d * w[wOffset + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    @Override
    public double manhattan(double[] a, int aOffset, double[] b, int bOffset, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i <= length - 4; i += 4) {
            s0 += Math.abs(a[aOffset + i] - b[bOffset + i]);
            s1 += Math.abs(a[aOffset + i + 1] - b[bOffset + i + 1]);
            s2 += Math.abs(a[aOffset + i + 2] - b[bOffset + i + 2]);
            s3 += Math.abs(a[aOffset + i + 3] - b[bOffset + i + 3]);
        }
        for (; i < length; i++) {
            s0 += Math.abs(a[aOffset + i] - b[bOffset + i]);
        }
        return (s0 + s1) + (s2 + s3);
    }

    @Override
    public int firstAtMost(double[] values, int from, int to, double threshold) {
        int i = from;
        // four comparisons per branch: far values, the common case, cost no mispredicted jumps
        for (; i <= to - 4; i += 4) {
            if (values[i] <= threshold | values[i + 1] <= threshold | values[i + 2] <= threshold
                    | values[i + 3] <= threshold) {
                break;
            }
        }
        for (; i < to; i++) {
            if (values[i] <= threshold) {
                return i;
            }
        }
        return to;
    }

    @Override
    public int firstAtMost(float[] values, int from, int to, float threshold) {
        int i = from;
        // eight comparisons per branch: far values, the common case, cost no mispredicted jumps
        for (; i <= to - 8; i += 8) {
            if (values[i] <= threshold | values[i + 1] <= threshold | values[i + 2] <= threshold
                    | values[i + 3] <= threshold | values[i + 4] <= threshold | values[i + 5] <= threshold
                    | values[i + 6] <= threshold | values[i + 7] <= threshold) {
                break;
            }
        }
        for (; i < to; i++) {
            if (values[i] <= threshold) {
                return i;
            }
        }
        return to;
    }

    @Override
    public void axpy(double alpha, double[] x, int xOffset, double[] y, int yOffset, int length) {
        if (xOffset == 0 && yOffset == 0) {
            // the common whole-array case: a loop without offsets, which Java 17's auto-vectoriser accepts
            for (int i = 0; i < length; i++) {
                y[i] += alpha * x[i];
            }
            return;
        }
        for (int i = 0; i < length; i++) {
            y[yOffset + i] += alpha * x[xOffset + i];
        }
    }

    @Override
    public void expOfNegativeAbs(double[] z, int count, double[] out) {
        for (int k = 0; k < count; k++) {
            out[k] = Math.exp(-Math.abs(z[k]));
        }
    }

    /**
     * Four rows at a time, each with two accumulators (even and odd columns): eight independent chains
     * of fused multiply-adds ({@code Math.fma}, one instruction and one rounding each), enough to keep
     * both multiply-add units busy while each chain waits out its four-cycle latency. Four chains of
     * separate multiplies and additions (the first version) needed two instructions per element and
     * waited on every addition.
     */
    @Override
    public void multiplyRows(double[] x, int firstRow, int rows, int columns, double[] w, int wOffset, double[] out,
                             int outOffset) {
        int k = 0;
        for (; k <= rows - 4; k += 4) {
            int o0 = (firstRow + k) * columns;
            int o1 = o0 + columns;
            int o2 = o1 + columns;
            int o3 = o2 + columns;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            double t0 = 0;
            double t1 = 0;
            double t2 = 0;
            double t3 = 0;
            int j = 0;
            for (; j <= columns - 2; j += 2) {
                double wj = w[wOffset + j];
                double wn = w[wOffset + j + 1];
                s0 = Math.fma(x[o0 + j], wj, s0);
                s1 = Math.fma(x[o1 + j], wj, s1);
                s2 = Math.fma(x[o2 + j], wj, s2);
                s3 = Math.fma(x[o3 + j], wj, s3);
                t0 = Math.fma(x[o0 + j + 1], wn, t0);
                t1 = Math.fma(x[o1 + j + 1], wn, t1);
                t2 = Math.fma(x[o2 + j + 1], wn, t2);
                t3 = Math.fma(x[o3 + j + 1], wn, t3);
            }
            if (j < columns) {
                double wj = w[wOffset + j];
                s0 = Math.fma(x[o0 + j], wj, s0);
                s1 = Math.fma(x[o1 + j], wj, s1);
                s2 = Math.fma(x[o2 + j], wj, s2);
                s3 = Math.fma(x[o3 + j], wj, s3);
            }
            out[outOffset + k] = s0 + t0;
            out[outOffset + k + 1] = s1 + t1;
            out[outOffset + k + 2] = s2 + t2;
            out[outOffset + k + 3] = s3 + t3;
        }
        for (; k < rows; k++) {
            out[outOffset + k] = dot(x, (firstRow + k) * columns, w, wOffset, columns);
        }
    }

    /**
     * Four rows at a time, added to each {@code y[j]} by a chain of four fused multiply-adds: one
     * instruction per element instead of a multiply and an add, and the columns' chains are
     * independent of each other.
     */
    @Override
    public void addWeightedRows(double[] x, int firstRow, int rows, int columns, double[] r, int rOffset, double[] y,
                                int yOffset) {
        int k = 0;
        for (; k <= rows - 4; k += 4) {
            int o0 = (firstRow + k) * columns;
            int o1 = o0 + columns;
            int o2 = o1 + columns;
            int o3 = o2 + columns;
            double r0 = r[rOffset + k];
            double r1 = r[rOffset + k + 1];
            double r2 = r[rOffset + k + 2];
            double r3 = r[rOffset + k + 3];
            for (int j = 0; j < columns; j++) {
                double g = y[yOffset + j];
                g = Math.fma(x[o0 + j], r0, g);
                g = Math.fma(x[o1 + j], r1, g);
                g = Math.fma(x[o2 + j], r2, g);
                y[yOffset + j] = Math.fma(x[o3 + j], r3, g);
            }
        }
        for (; k < rows; k++) {
            axpy(r[rOffset + k], x, (firstRow + k) * columns, y, yOffset, columns);
        }
    }

    @Override
    public void pairwiseSquaredEuclidean(double[] a, int aStart, int aRows, double[] aNorms,
                                         double[] b, int bStart, int bRows, double[] bNorms,
                                         int columns, double[] out) {
        if (bRows < SHORT && aRows > bRows) {
            // few rows of b (k-means centroids): pack a instead, so the inner loop stays long, and
            // write the output transposed; a dot product's bits do not depend on the orientation
            sweep(b, bStart, bRows, bNorms, a, aStart, aRows, aNorms, columns, out, 1, bRows);
        } else {
            sweep(a, aStart, aRows, aNorms, b, bStart, bRows, bNorms, columns, out, bRows, 1);
        }
    }

    @Override
    public PackedRows pack(double[] x, int rows, int columns, Parallel parallel) {
        int panelCount = (rows + CHUNK - 1) / CHUNK;
        // one array, panel after panel, column after column within a panel: a few large arrays rather
        // than one per column and panel, which a collection would have to copy while a fit runs
        double[] flat = new double[panelCount * columns * CHUNK];
        double[] norms = new double[panelCount * CHUNK];
        // tasks of PACK_TASK panels; each writes only its own panels and norms
        parallel.forEach((panelCount + PACK_TASK - 1) / PACK_TASK, t -> {
            for (int q = t * PACK_TASK; q < Math.min(panelCount, (t + 1) * PACK_TASK); q++) {
                int base = q * columns * CHUNK;
                for (int j = 0; j < Math.min(CHUNK, rows - q * CHUNK); j++) {
                    int i = q * CHUNK + j;
                    for (int k = 0; k < columns; k++) {
                        flat[base + k * CHUNK + j] = x[i * columns + k];
                    }
                    norms[i] = dot(x, i * columns, x, i * columns, columns);
                }
            }
        });
        return new PackedRows(this, rows, columns, CHUNK, new double[][] {flat}, norms);
    }

    /**
     * Copies columns {@code lo..hi-1} of packed panel {@code q} into {@code cols[k]}: the sweeps read
     * arrays indexed from 0 by the panel row, which the auto-vectoriser of Java 17 needs (it does not
     * vectorise a loop whose arrays carry different offsets, since they might be one array).
     */
    private static void unpackPanel(PackedRows packed, int q, int lo, int hi, double[][] cols) {
        double[] flat = packed.panels[0];
        int base = q * packed.columns * CHUNK;
        for (int k = 0; k < packed.columns; k++) {
            System.arraycopy(flat, base + k * CHUNK + lo, cols[k], lo, hi - lo);
        }
    }

    @Override
    public void pairwiseSquaredEuclidean(double[] a, int aStart, int aRows, double[] aNorms,
                                         PackedRows b, int bStart, int bRows, double[] out) {
        b.requirePackedBy(this);
        int columns = b.columns;
        double[] dot = new double[WORK];
        double[][] cols = new double[columns][CHUNK];
        for (int q = bStart / CHUNK; q * CHUNK < bStart + bRows; q++) {
            int g0 = q * CHUNK;
            int lo = Math.max(bStart, g0) - g0;
            int hi = Math.min(bStart + bRows, g0 + CHUNK) - g0;
            unpackPanel(b, q, lo, hi, cols);
            sweepPanel(a, aStart, aRows, aNorms, cols, 0, columns, b.norms, g0, lo, hi,
                    out, g0 - bStart, bRows, 1, dot);
        }
    }

    @Override
    public void nearest(PackedRows a, int aStart, int aRows, double[] b, int bStart, int bRows, double[] bNorms,
                        int[] outIndex, double[] outNearest, double[] outSecond) {
        a.requirePackedBy(this);
        int columns = a.columns;
        int block = Math.min(bRows, CENTRE_BLOCK);
        // the dot products, the panel's norms and the block's two smallest distances in one array at
        // constant offsets, indexed by the row of the panel: what the auto-vectoriser needs
        double[] work = new double[NEAREST_WORK];
        // the block's distances, row c of b at c * CHUNK, read only to find the index of the smallest
        double[] d = new double[block * CHUNK];
        double[] first = new double[CHUNK];
        double[] second = new double[CHUNK];
        int[] index = new int[CHUNK];
        // the caller's guesses of each row's index (k-means: the last iteration's answers)
        int[] guess = new int[CHUNK];
        double[][] cols = new double[columns][CHUNK];
        for (int q = aStart / CHUNK; q * CHUNK < aStart + aRows; q++) {
            int g0 = q * CHUNK;
            int lo = Math.max(aStart, g0) - g0;
            int hi = Math.min(aStart + aRows, g0 + CHUNK) - g0;
            System.arraycopy(outIndex, g0 - aStart + lo, guess, lo, hi - lo);
            unpackPanel(a, q, lo, hi, cols);
            System.arraycopy(a.norms, g0 + lo, work, NORMS + lo, hi - lo);
            Arrays.fill(first, lo, hi, Double.POSITIVE_INFINITY);
            Arrays.fill(second, lo, hi, Double.POSITIVE_INFINITY);
            for (int c0 = 0; c0 < bRows; c0 += block) {
                int m = Math.min(block, bRows - c0);
                // the distances of rows c0..c0+m-1 of b (the swept rows) to the panel's rows, and the
                // block's smallest and second smallest, row by row without a branch
                Arrays.fill(work, BLOCK_FIRST + lo, BLOCK_FIRST + hi, Double.POSITIVE_INFINITY);
                Arrays.fill(work, BLOCK_SECOND + lo, BLOCK_SECOND + hi, Double.POSITIVE_INFINITY);
                int c = 0;
                for (; c + ROWS <= m; c += ROWS) {
                    int n = bStart + c0 + c;
                    accumulate4(b, n * columns, columns, cols, 0, lo, hi, work);
                    finish4(bNorms[n], bNorms[n + 1], bNorms[n + 2], bNorms[n + 3], work, lo, hi);
                    smallest4(work, lo, hi);
                    for (int r = 0; r < ROWS; r++) {
                        System.arraycopy(work, r * CHUNK + lo, d, (c + r) * CHUNK + lo, hi - lo);
                    }
                }
                for (; c < m; c++) {
                    int n = bStart + c0 + c;
                    accumulate1(b, n * columns, columns, cols, 0, lo, hi, work);
                    finish1(bNorms[n], work, lo, hi);
                    smallest1(work, lo, hi);
                    System.arraycopy(work, lo, d, c * CHUNK + lo, hi - lo);
                }
                // merged with the earlier blocks: a strictly smaller minimum moves the index to the
                // block's first row at that distance (a tie stays with the earlier, lower index). When
                // the block's minimum is unique (its second smallest is larger), the guessed row is
                // that row if its distance is the minimum: one look instead of a scan down the block
                for (int j = lo; j < hi; j++) {
                    double blockFirst = work[BLOCK_FIRST + j];
                    if (blockFirst < first[j]) {
                        int t = guess[j] - c0;
                        if (t < 0 || t >= m || work[BLOCK_SECOND + j] == blockFirst
                                || d[t * CHUNK + j] != blockFirst) {
                            t = 0;
                            while (t < m - 1 && d[t * CHUNK + j] != blockFirst) {
                                t++;
                            }
                        }
                        second[j] = Math.min(first[j], work[BLOCK_SECOND + j]);
                        first[j] = blockFirst;
                        index[j] = c0 + t;
                    } else {
                        second[j] = Math.min(second[j], blockFirst);
                    }
                }
            }
            int o = g0 - aStart;
            System.arraycopy(index, lo, outIndex, o + lo, hi - lo);
            System.arraycopy(first, lo, outNearest, o + lo, hi - lo);
            System.arraycopy(second, lo, outSecond, o + lo, hi - lo);
        }
    }

    /**
     * Folds the four rows of distances at the start of {@code work} into the block's smallest and second
     * smallest ({@code work[BLOCK_FIRST + j]}, {@code work[BLOCK_SECOND + j]}), first row first.
     */
    private static void smallest4(double[] work, int lo, int hi) {
        // two rows per loop: a loop over all four is too large for C2 to vectorise
        for (int j = lo; j < hi; j++) {
            double e0 = work[j];
            double e1 = work[CHUNK + j];
            double f = work[BLOCK_FIRST + j];
            double s = Math.min(work[BLOCK_SECOND + j], Math.max(f, e0));
            f = Math.min(f, e0);
            work[BLOCK_SECOND + j] = Math.min(s, Math.max(f, e1));
            work[BLOCK_FIRST + j] = Math.min(f, e1);
        }
        for (int j = lo; j < hi; j++) {
            double e2 = work[2 * CHUNK + j];
            double e3 = work[3 * CHUNK + j];
            double f = work[BLOCK_FIRST + j];
            double s = Math.min(work[BLOCK_SECOND + j], Math.max(f, e2));
            f = Math.min(f, e2);
            work[BLOCK_SECOND + j] = Math.min(s, Math.max(f, e3));
            work[BLOCK_FIRST + j] = Math.min(f, e3);
        }
    }

    /** {@link #smallest4} for the one row of distances at the start of {@code work}. */
    private static void smallest1(double[] work, int lo, int hi) {
        for (int j = lo; j < hi; j++) {
            double e0 = work[j];
            double f = work[BLOCK_FIRST + j];
            work[BLOCK_SECOND + j] = Math.min(work[BLOCK_SECOND + j], Math.max(f, e0));
            work[BLOCK_FIRST + j] = Math.min(f, e0);
        }
    }

    @Override
    public void nearest(double[] a, int aStart, int aRows, double[] aNorms, double[] b, int bStart, int bRows,
                        double[] bNorms, int columns, int[] outIndex, double[] outNearest, double[] outSecond) {
        // blocks of rounded distances, then one pass over each row's
        int block = Math.min(aRows, CHUNK / 2);
        double[] e = new double[block * bRows];
        for (int i0 = 0; i0 < aRows; i0 += block) {
            int n = Math.min(block, aRows - i0);
            pairwiseSquaredEuclidean(a, aStart + i0, n, aNorms, b, bStart, bRows, bNorms, columns, e);
            for (int r = 0; r < n; r++) {
                int o = r * bRows;
                int best = 0;
                double first = e[o];
                double second = Double.POSITIVE_INFINITY;
                for (int j = 1; j < bRows; j++) {
                    double v = e[o + j];
                    if (v < first) {
                        second = first;
                        first = v;
                        best = j;
                    } else {
                        second = Math.min(second, v);
                    }
                }
                outIndex[i0 + r] = best;
                outNearest[i0 + r] = first;
                outSecond[i0 + r] = second;
            }
        }
    }

    /** Copies {@code n} rows of {@code y} from row {@code row0} into {@code packed[k][j]}, one array per column. */
    private static void packChunk(double[] y, int row0, int n, int columns, double[][] packed) {
        for (int j = 0; j < n; j++) {
            int yj = (row0 + j) * columns;
            for (int k = 0; k < columns; k++) {
                packed[k][j] = y[yj + k];
            }
        }
    }

    /**
     * Packs chunks of {@code y} transposed and sweeps them with four rows of {@code x} at a time;
     * the distance of {@code x_i} and {@code y_j} goes to {@code out[i * xStride + j * yStride]}.
     */
    private static void sweep(double[] x, int xStart, int xRows, double[] xNorms,
                              double[] y, int yStart, int yRows, double[] yNorms,
                              int columns, double[] out, int xStride, int yStride) {
        double[][] packed = new double[columns][Math.min(CHUNK, yRows)];
        // four rows of dot products at fixed offsets 0, CHUNK, 2 CHUNK, 3 CHUNK of one array, and the
        // panel's squared norms at 4 CHUNK: the auto-vectoriser proves them independent, and they share
        // one alignment
        double[] dot = new double[WORK];
        for (int j0 = 0; j0 < yRows; j0 += CHUNK) {
            int n = Math.min(CHUNK, yRows - j0);
            packChunk(y, yStart + j0, n, columns, packed);
            sweepPanel(x, xStart, xRows, xNorms, packed, 0, columns, yNorms, yStart + j0, 0, n,
                    out, j0, xStride, yStride, dot);
        }
    }

    /**
     * Sweeps one packed panel, columns {@code cols[colBase + k]}, with four rows of {@code x} at a time:
     * the distance of {@code x_i} and panel row {@code j} (for {@code lo <= j < hi}; squared norm
     * {@code yNorms[yNormBase + j]}) goes to {@code out[i * xStride + (outColumn + j) * yStride]}.
     * {@code work} holds {@link #WORK} values: the rows of dot products, then the panel's norms.
     */
    private static void sweepPanel(double[] x, int xStart, int xRows, double[] xNorms,
                                   double[][] cols, int colBase, int columns, double[] yNorms, int yNormBase,
                                   int lo, int hi, double[] out, int outColumn, int xStride, int yStride,
                                   double[] work) {
        // the panel's norms beside the dot products, indexed by the panel row like them
        System.arraycopy(yNorms, yNormBase + lo, work, NORMS + lo, hi - lo);
        int i = 0;
        for (; i + ROWS <= xRows; i += ROWS) {
            int n = xStart + i;
            accumulate4(x, n * columns, columns, cols, colBase, lo, hi, work);
            finish4(xNorms[n], xNorms[n + 1], xNorms[n + 2], xNorms[n + 3], work, lo, hi);
            for (int r = 0; r < ROWS; r++) {
                store(work, r * CHUNK, lo, hi, out, (i + r) * xStride + outColumn * yStride, yStride);
            }
        }
        for (; i < xRows; i++) {
            accumulate1(x, (xStart + i) * columns, columns, cols, colBase, lo, hi, work);
            finish1(xNorms[xStart + i], work, lo, hi);
            store(work, 0, lo, hi, out, i * xStride + outColumn * yStride, yStride);
        }
    }

    /**
     * Turns the four rows of dot products in {@code work} into squared distances in place:
     * {@code work[r * CHUNK + j] = max(0, n_r + work[NORMS + j] - 2 work[r * CHUNK + j])}. Every access is
     * at a constant offset from {@code j}, which the auto-vectoriser of Java 17 needs.
     */
    private static void finish4(double n0, double n1, double n2, double n3, double[] work, int lo, int hi) {
        // two rows per loop: a loop over all four is too large for C2 to vectorise
        for (int j = lo; j < hi; j++) {
            double yn = work[NORMS + j];
            work[j] = Math.max(0, n0 + yn - 2 * work[j]);
            work[CHUNK + j] = Math.max(0, n1 + yn - 2 * work[CHUNK + j]);
        }
        for (int j = lo; j < hi; j++) {
            double yn = work[NORMS + j];
            work[2 * CHUNK + j] = Math.max(0, n2 + yn - 2 * work[2 * CHUNK + j]);
            work[3 * CHUNK + j] = Math.max(0, n3 + yn - 2 * work[3 * CHUNK + j]);
        }
    }

    /** {@link #finish4} for the one row of dot products at the start of {@code work}. */
    private static void finish1(double n0, double[] work, int lo, int hi) {
        for (int j = lo; j < hi; j++) {
            work[j] = Math.max(0, n0 + work[NORMS + j] - 2 * work[j]);
        }
    }

    /** {@code out[o + j * stride] = work[d + j]} for {@code lo <= j < hi}. */
    private static void store(double[] work, int d, int lo, int hi, double[] out, int o, int stride) {
        if (stride == 1) {
            System.arraycopy(work, d + lo, out, o + lo, hi - lo);
        } else {
            for (int j = lo; j < hi; j++) {
                out[o + j * stride] = work[d + j];
            }
        }
    }

    /**
     * {@code dot[r * CHUNK + j] = sum_k x_r[k] * cols[colBase + k][j]} for the four rows of {@code x}
     * from offset {@code x0} (row {@code r} at {@code x0 + r * columns}) and {@code lo <= j < hi}: a chain
     * of fused multiply-adds over the columns in order, {@code dot = fma(x_r[k], w_k, dot)}, the first
     * column a plain product. Each pass adds {@link #STEP} columns: every load of a packed value serves
     * four rows (a 32-column panel is 64 KiB, read from level 2 once per four rows), and a pass loads and
     * stores the sums once per two columns. One fused instruction per term instead of a multiply and an
     * add is what keeps this body small enough for C2 (Java 17) to unroll and vectorise it: four rows of
     * separate multiplies and adds, or three rows of four columns, stay scalar once the loop bounds are
     * variables. Two rows of four columns with separate multiplies and adds (the previous kernel) ran at
     * the processor's peak for unfused arithmetic but waited on level 2.
     */
    private static void accumulate4(double[] x, int x0, int columns, double[][] cols, int colBase, int lo, int hi,
                                    double[] dot) {
        int x1 = x0 + columns;
        int x2 = x1 + columns;
        int x3 = x2 + columns;
        // the first column sets the sums (no pass to zero them first); the sign of a zero sum, the only
        // difference from a fused multiply-add onto 0, is lost when the distance is finished
        double a0 = x[x0];
        double b0 = x[x1];
        double c0 = x[x2];
        double e0 = x[x3];
        double[] p0 = cols[colBase];
        if (columns >= STEP) {
            double a1 = x[x0 + 1];
            double b1 = x[x1 + 1];
            double c1 = x[x2 + 1];
            double e1 = x[x3 + 1];
            double[] p1 = cols[colBase + 1];
            for (int j = lo; j < hi; j++) {
                double w0 = p0[j];
                double w1 = p1[j];
                dot[j] = Math.fma(a1, w1, a0 * w0);
                dot[CHUNK + j] = Math.fma(b1, w1, b0 * w0);
                dot[2 * CHUNK + j] = Math.fma(c1, w1, c0 * w0);
                dot[3 * CHUNK + j] = Math.fma(e1, w1, e0 * w0);
            }
        } else {
            for (int j = lo; j < hi; j++) {
                double w0 = p0[j];
                dot[j] = a0 * w0;
                dot[CHUNK + j] = b0 * w0;
                dot[2 * CHUNK + j] = c0 * w0;
                dot[3 * CHUNK + j] = e0 * w0;
            }
        }
        int k = Math.min(columns, STEP);
        for (; k + STEP <= columns; k += STEP) {
            a0 = x[x0 + k];
            b0 = x[x1 + k];
            c0 = x[x2 + k];
            e0 = x[x3 + k];
            double a1 = x[x0 + k + 1];
            double b1 = x[x1 + k + 1];
            double c1 = x[x2 + k + 1];
            double e1 = x[x3 + k + 1];
            p0 = cols[colBase + k];
            double[] p1 = cols[colBase + k + 1];
            for (int j = lo; j < hi; j++) {
                double w0 = p0[j];
                double w1 = p1[j];
                dot[j] = Math.fma(a1, w1, Math.fma(a0, w0, dot[j]));
                dot[CHUNK + j] = Math.fma(b1, w1, Math.fma(b0, w0, dot[CHUNK + j]));
                dot[2 * CHUNK + j] = Math.fma(c1, w1, Math.fma(c0, w0, dot[2 * CHUNK + j]));
                dot[3 * CHUNK + j] = Math.fma(e1, w1, Math.fma(e0, w0, dot[3 * CHUNK + j]));
            }
        }
        if (k < columns) {
            a0 = x[x0 + k];
            b0 = x[x1 + k];
            c0 = x[x2 + k];
            e0 = x[x3 + k];
            p0 = cols[colBase + k];
            for (int j = lo; j < hi; j++) {
                double w0 = p0[j];
                dot[j] = Math.fma(a0, w0, dot[j]);
                dot[CHUNK + j] = Math.fma(b0, w0, dot[CHUNK + j]);
                dot[2 * CHUNK + j] = Math.fma(c0, w0, dot[2 * CHUNK + j]);
                dot[3 * CHUNK + j] = Math.fma(e0, w0, dot[3 * CHUNK + j]);
            }
        }
    }

    /**
     * {@link #accumulate4} for one row of {@code x}, into {@code dot[j]}, {@link #STEP_ONE_ROW} columns
     * per pass: the same chain of fused multiply-adds, so the same bits.
     */
    private static void accumulate1(double[] x, int x0, int columns, double[][] cols, int colBase, int lo, int hi,
                                    double[] dot) {
        int k;
        if (columns >= STEP_ONE_ROW) {
            double a0 = x[x0];
            double a1 = x[x0 + 1];
            double a2 = x[x0 + 2];
            double a3 = x[x0 + 3];
            double[] p0 = cols[colBase];
            double[] p1 = cols[colBase + 1];
            double[] p2 = cols[colBase + 2];
            double[] p3 = cols[colBase + 3];
            for (int j = lo; j < hi; j++) {
                dot[j] = Math.fma(a3, p3[j], Math.fma(a2, p2[j], Math.fma(a1, p1[j], a0 * p0[j])));
            }
            k = STEP_ONE_ROW;
        } else {
            double a0 = x[x0];
            double[] p0 = cols[colBase];
            for (int j = lo; j < hi; j++) {
                dot[j] = a0 * p0[j];
            }
            k = 1;
        }
        for (; k + STEP_ONE_ROW <= columns; k += STEP_ONE_ROW) {
            double a0 = x[x0 + k];
            double a1 = x[x0 + k + 1];
            double a2 = x[x0 + k + 2];
            double a3 = x[x0 + k + 3];
            double[] p0 = cols[colBase + k];
            double[] p1 = cols[colBase + k + 1];
            double[] p2 = cols[colBase + k + 2];
            double[] p3 = cols[colBase + k + 3];
            for (int j = lo; j < hi; j++) {
                dot[j] = Math.fma(a3, p3[j], Math.fma(a2, p2[j], Math.fma(a1, p1[j], Math.fma(a0, p0[j], dot[j]))));
            }
        }
        for (; k < columns; k++) {
            double a0 = x[x0 + k];
            double[] p0 = cols[colBase + k];
            for (int j = lo; j < hi; j++) {
                dot[j] = Math.fma(a0, p0[j], dot[j]);
            }
        }
    }

    @Override
    public void screenedSquaredEuclidean(SinglePrecisionRows b, SinglePrecisionRows.Block a, int bStart, int bRows,
                                         float[] cut, float[] out, boolean[] within) {
        ScalarScreening.squaredDistances(b, a, bStart, bRows, cut, out, within);
    }

    @Override
    public void gramPanel(double[] panel, int rows, int width, double[] out) {
        // 4 x 4 blocks of the product: 8 loads feed 16 fused multiply-adds per row
        for (int a = 0; a < width; a += 4) {
            int pa = a * rows;
            for (int b = a; b < width; b += 4) {
                int pb = b * rows;
                double s00 = 0, s01 = 0, s02 = 0, s03 = 0;
                double s10 = 0, s11 = 0, s12 = 0, s13 = 0;
                double s20 = 0, s21 = 0, s22 = 0, s23 = 0;
                double s30 = 0, s31 = 0, s32 = 0, s33 = 0;
                for (int r = 0; r < rows; r++) {
                    double a0 = panel[pa + r];
                    double a1 = panel[pa + rows + r];
                    double a2 = panel[pa + 2 * rows + r];
                    double a3 = panel[pa + 3 * rows + r];
                    double b0 = panel[pb + r];
                    double b1 = panel[pb + rows + r];
                    double b2 = panel[pb + 2 * rows + r];
                    double b3 = panel[pb + 3 * rows + r];
                    s00 = Math.fma(a0, b0, s00);
                    s01 = Math.fma(a0, b1, s01);
                    s02 = Math.fma(a0, b2, s02);
                    s03 = Math.fma(a0, b3, s03);
                    s10 = Math.fma(a1, b0, s10);
                    s11 = Math.fma(a1, b1, s11);
                    s12 = Math.fma(a1, b2, s12);
                    s13 = Math.fma(a1, b3, s13);
                    s20 = Math.fma(a2, b0, s20);
                    s21 = Math.fma(a2, b1, s21);
                    s22 = Math.fma(a2, b2, s22);
                    s23 = Math.fma(a2, b3, s23);
                    s30 = Math.fma(a3, b0, s30);
                    s31 = Math.fma(a3, b1, s31);
                    s32 = Math.fma(a3, b2, s32);
                    s33 = Math.fma(a3, b3, s33);
                }
                int o = a * width + b;
                out[o] += s00;
                out[o + 1] += s01;
                out[o + 2] += s02;
                out[o + 3] += s03;
                out[o + width] += s10;
                out[o + width + 1] += s11;
                out[o + width + 2] += s12;
                out[o + width + 3] += s13;
                out[o + 2 * width] += s20;
                out[o + 2 * width + 1] += s21;
                out[o + 2 * width + 2] += s22;
                out[o + 2 * width + 3] += s23;
                out[o + 3 * width] += s30;
                out[o + 3 * width + 1] += s31;
                out[o + 3 * width + 2] += s32;
                out[o + 3 * width + 3] += s33;
            }
        }
    }
}
