package io.github.classicml.core.internal.linalg;

import java.util.Arrays;

/**
 * The plain-Java kernel of {@link SinglePrecisionRows#squaredDistances}: {@link ScalarKernels}' blocked
 * dot products in float. A panel's columns are copied into arrays of their own, and four query rows at a
 * time sweep them with two columns of fused multiply-adds per pass, {@code dot = fma(a_k, b_k, dot)}
 * left to right (the first column a plain product), which HotSpot's auto-vectoriser turns into SIMD
 * code; the distance is finished as {@code (|a|^2 + |b|^2) - 2 dot} without a clamp at 0. Whether a
 * query has a value within its cut-off is told without a comparison per value: each value {@code v}
 * becomes {@code e + |e|} with {@code e = nextUp(cut) - v}, positive exactly where {@code v <= cut}, and
 * the row's sum of these is positive exactly when one of them is; additions and absolute values
 * vectorise, a comparison per value would be a branch. The Vector API path computes the same values with
 * register tiles (same chain of fused multiply-adds, so the same bits).
 */
final class ScalarScreening {

    /** Query rows that share each load of a packed value. */
    private static final int ROWS = 4;
    private static final int PANEL = SinglePrecisionRows.PANEL;
    /** Where the work array keeps the panel's squared norms, after the rows of dot products. */
    private static final int NORMS = ROWS * PANEL;
    /** Partial sums each row is folded into, to tell whether it has a value within its cut-off. */
    private static final int FOLD = 16;
    /** The length of the work array: the rows of dot products, then the panel's norms. */
    private static final int WORK = NORMS + PANEL;
    /** Rows of {@code b} whose distances {@link #nearest} holds at once, per panel. */
    private static final int CENTRE_BLOCK = 64;
    /** Where {@link #nearest}'s work array keeps the block's smallest distances, after the panel's norms. */
    private static final int BLOCK_FIRST = WORK;
    /** Where {@link #nearest}'s work array keeps the block's second smallest distances. */
    private static final int BLOCK_SECOND = BLOCK_FIRST + PANEL;
    /** The length of {@link #nearest}'s work array. */
    private static final int NEAREST_WORK = BLOCK_SECOND + PANEL;

    private ScalarScreening() {
    }

    /** As specified by {@link SinglePrecisionRows#squaredDistances}, without the argument checks. */
    static void squaredDistances(SinglePrecisionRows b, SinglePrecisionRows.Block a, int bStart, int bRows, float[] cut,
                                 float[] out, boolean[] within) {
        int columns = b.columns;
        float[] work = new float[WORK];
        float[][] cols = new float[columns][PANEL];
        for (int q = bStart / PANEL; q * PANEL < bStart + bRows; q++) {
            int g0 = q * PANEL;
            int lo = Math.max(bStart, g0) - g0;
            int hi = Math.min(bStart + bRows, g0 + PANEL) - g0;
            unpackPanel(b, q, lo, hi, cols, work);
            int column = g0 - bStart;
            int i = 0;
            for (; i + ROWS <= a.count; i += ROWS) {
                accumulate4(a.values, i * columns, columns, cols, lo, hi, work);
                finish4(a.floatNorms, i, work, lo, hi);
                for (int r = 0; r < ROWS; r++) {
                    System.arraycopy(work, r * PANEL + lo, out, (i + r) * bRows + column + lo, hi - lo);
                }
                excess4(cut, i, work, lo, hi);
                fold(work, ROWS, lo, hi);
                for (int r = 0; r < ROWS; r++) {
                    within[i + r] |= positive(work, r);
                }
            }
            for (; i < a.count; i++) {
                accumulate1(a.values, i * columns, columns, cols, lo, hi, work);
                finish1(a.floatNorms[i], work, lo, hi);
                System.arraycopy(work, lo, out, i * bRows + column + lo, hi - lo);
                excess1(cut[i], work, lo, hi);
                fold(work, 1, lo, hi);
                within[i] |= positive(work, 0);
            }
        }
    }

    /**
     * Copies rows {@code lo..hi-1} of panel {@code q} of {@code x} into {@code cols[k]}, one array per
     * column indexed from 0 by the panel row, and their squared norms beside the sums in {@code work}: the
     * auto-vectoriser of Java 17 needs arrays at constant offsets.
     */
    private static void unpackPanel(SinglePrecisionRows x, int q, int lo, int hi, float[][] cols, float[] work) {
        int base = q * x.columns * PANEL;
        for (int k = 0; k < x.columns; k++) {
            System.arraycopy(x.panels, base + k * PANEL + lo, cols[k], lo, hi - lo);
        }
        System.arraycopy(x.norms, q * PANEL + lo, work, NORMS + lo, hi - lo);
    }

    /**
     * As specified by {@link SinglePrecisionRows#nearest}, without the argument checks: {@link ScalarKernels}'
     * packed {@code nearest} in float. The panel's rows sit in the vectorised loop's lanes; four rows of
     * {@code b} at a time are swept against them, and each group's distances folded into the block's
     * smallest and second smallest with {@code Math.min}/{@code Math.max}; the index of the smallest is
     * looked up afterwards, at the caller's guess first.
     */
    static void nearest(SinglePrecisionRows a, int aStart, int aRows, SinglePrecisionRows.Block b, int[] outIndex,
                        float[] outNearest, float[] outSecond) {
        int columns = a.columns;
        int bRows = b.count;
        int block = Math.min(bRows, CENTRE_BLOCK);
        float[] work = new float[NEAREST_WORK];
        // the block's distances, row c of b at c * PANEL, read only to find the index of the smallest
        float[] d = new float[block * PANEL];
        float[] first = new float[PANEL];
        float[] second = new float[PANEL];
        int[] index = new int[PANEL];
        int[] guess = new int[PANEL];
        float[][] cols = new float[columns][PANEL];
        for (int q = aStart / PANEL; q * PANEL < aStart + aRows; q++) {
            int g0 = q * PANEL;
            int lo = Math.max(aStart, g0) - g0;
            int hi = Math.min(aStart + aRows, g0 + PANEL) - g0;
            System.arraycopy(outIndex, g0 - aStart + lo, guess, lo, hi - lo);
            unpackPanel(a, q, lo, hi, cols, work);
            Arrays.fill(first, lo, hi, Float.POSITIVE_INFINITY);
            Arrays.fill(second, lo, hi, Float.POSITIVE_INFINITY);
            for (int c0 = 0; c0 < bRows; c0 += block) {
                int m = Math.min(block, bRows - c0);
                Arrays.fill(work, BLOCK_FIRST + lo, BLOCK_FIRST + hi, Float.POSITIVE_INFINITY);
                Arrays.fill(work, BLOCK_SECOND + lo, BLOCK_SECOND + hi, Float.POSITIVE_INFINITY);
                int c = 0;
                for (; c + ROWS <= m; c += ROWS) {
                    accumulate4(b.values, (c0 + c) * columns, columns, cols, lo, hi, work);
                    finish4(b.floatNorms, c0 + c, work, lo, hi);
                    smallest4(work, lo, hi);
                    for (int r = 0; r < ROWS; r++) {
                        System.arraycopy(work, r * PANEL + lo, d, (c + r) * PANEL + lo, hi - lo);
                    }
                }
                for (; c < m; c++) {
                    accumulate1(b.values, (c0 + c) * columns, columns, cols, lo, hi, work);
                    finish1(b.floatNorms[c0 + c], work, lo, hi);
                    smallest1(work, lo, hi);
                    System.arraycopy(work, lo, d, c * PANEL + lo, hi - lo);
                }
                // merged with the earlier blocks as in ScalarKernels.nearest: a strictly smaller minimum
                // moves the index to the block's first row at that distance, found at the guess when the
                // block's minimum is unique and the guessed row has it
                for (int j = lo; j < hi; j++) {
                    float blockFirst = work[BLOCK_FIRST + j];
                    if (blockFirst < first[j]) {
                        int t = guess[j] - c0;
                        if (t < 0 || t >= m || work[BLOCK_SECOND + j] == blockFirst
                                || d[t * PANEL + j] != blockFirst) {
                            t = 0;
                            while (t < m - 1 && d[t * PANEL + j] != blockFirst) {
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
     * smallest ({@code work[BLOCK_FIRST + j]}, {@code work[BLOCK_SECOND + j]}), first row first; two rows
     * per loop, as in {@link ScalarKernels}, so that C2 vectorises them.
     */
    private static void smallest4(float[] work, int lo, int hi) {
        for (int j = lo; j < hi; j++) {
            float e0 = work[j];
            float e1 = work[PANEL + j];
            float f = work[BLOCK_FIRST + j];
            float s = Math.min(work[BLOCK_SECOND + j], Math.max(f, e0));
            f = Math.min(f, e0);
            work[BLOCK_SECOND + j] = Math.min(s, Math.max(f, e1));
            work[BLOCK_FIRST + j] = Math.min(f, e1);
        }
        for (int j = lo; j < hi; j++) {
            float e2 = work[2 * PANEL + j];
            float e3 = work[3 * PANEL + j];
            float f = work[BLOCK_FIRST + j];
            float s = Math.min(work[BLOCK_SECOND + j], Math.max(f, e2));
            f = Math.min(f, e2);
            work[BLOCK_SECOND + j] = Math.min(s, Math.max(f, e3));
            work[BLOCK_FIRST + j] = Math.min(f, e3);
        }
    }

    /** {@link #smallest4} for the one row of distances at the start of {@code work}. */
    private static void smallest1(float[] work, int lo, int hi) {
        for (int j = lo; j < hi; j++) {
            float e0 = work[j];
            float f = work[BLOCK_FIRST + j];
            work[BLOCK_SECOND + j] = Math.min(work[BLOCK_SECOND + j], Math.max(f, e0));
            work[BLOCK_FIRST + j] = Math.min(f, e0);
        }
    }

    /**
     * Replaces the four rows of distances {@code v} in {@code work} by {@code e + |e|} with
     * {@code e = nextUp(cut) - v}: {@code 2e > 0} where {@code v <= cut}, exactly 0 elsewhere (the
     * difference of two distinct floats is never rounded to 0, and it cannot overflow here: distances
     * and cut-offs stay below 2^100 or the cut-off is infinite). Additions and absolute values, which the
     * auto-vectoriser turns into SIMD code, where a comparison per value would be a branch.
     */
    private static void excess4(float[] cut, int i, float[] work, int lo, int hi) {
        float c0 = Math.nextUp(cut[i]);
        float c1 = Math.nextUp(cut[i + 1]);
        float c2 = Math.nextUp(cut[i + 2]);
        float c3 = Math.nextUp(cut[i + 3]);
        for (int j = lo; j < hi; j++) {
            float e0 = c0 - work[j];
            float e1 = c1 - work[PANEL + j];
            float e2 = c2 - work[2 * PANEL + j];
            float e3 = c3 - work[3 * PANEL + j];
            work[j] = e0 + Math.abs(e0);
            work[PANEL + j] = e1 + Math.abs(e1);
            work[2 * PANEL + j] = e2 + Math.abs(e2);
            work[3 * PANEL + j] = e3 + Math.abs(e3);
        }
    }

    /** {@link #excess4} for the one row of distances at the start of {@code work}. */
    private static void excess1(float cut, float[] work, int lo, int hi) {
        float c0 = Math.nextUp(cut);
        for (int j = lo; j < hi; j++) {
            float e = c0 - work[j];
            work[j] = e + Math.abs(e);
        }
    }

    /**
     * Whether row {@code r} of {@code work} (values at least 0, {@code lo <= j < hi}) has a positive value:
     * it does exactly when their sum is positive, since a sum of values at least 0 is at least each of
     * them. The rows were folded into {@value #FOLD} partial sums each by {@link #fold}.
     */
    private static boolean positive(float[] work, int r) {
        float s = 0;
        for (int f = 0; f < FOLD; f++) {
            s += work[r * PANEL + f];
        }
        return s > 0;
    }

    /**
     * Folds each of the first {@code count} rows (1 or 4) of {@code work} into its first {@value #FOLD}
     * values by halving sums, {@code work[r * PANEL + j] += work[r * PANEL + half + j]}: loops of
     * additions at constant offsets, which the auto-vectoriser turns into SIMD code. Values outside
     * {@code [lo, hi)} are set to 0 first.
     */
    private static void fold(float[] work, int count, int lo, int hi) {
        if (lo > 0 || hi < PANEL) {
            for (int r = 0; r < count; r++) {
                Arrays.fill(work, r * PANEL, r * PANEL + lo, 0f);
                Arrays.fill(work, r * PANEL + hi, (r + 1) * PANEL, 0f);
            }
        }
        // one loop per halving, at constant offsets: the auto-vectoriser gives up on a loop whose loads
        // and stores are a variable distance apart
        for (int r = 0; r < count; r++) {
            switch (r) {
                case 0 -> foldRow(work, 0);
                case 1 -> foldRow(work, PANEL);
                case 2 -> foldRow(work, 2 * PANEL);
                default -> foldRow(work, 3 * PANEL);
            }
        }
    }

    /** Folds the row at {@code row} (a constant once inlined) of {@code work} into its first {@value #FOLD} values. */
    private static void foldRow(float[] work, int row) {
        for (int j = 0; j < PANEL / 2; j++) {
            work[row + j] += work[row + PANEL / 2 + j];
        }
        for (int j = 0; j < PANEL / 4; j++) {
            work[row + j] += work[row + PANEL / 4 + j];
        }
        for (int j = 0; j < PANEL / 8; j++) {
            work[row + j] += work[row + PANEL / 8 + j];
        }
        for (int j = 0; j < FOLD; j++) {
            work[row + j] += work[row + FOLD + j];
        }
    }

    /** {@link #finish4} for the one row of dot products at the start of {@code work}, whose norm is {@code n0}. */
    private static void finish1(float n0, float[] work, int lo, int hi) {
        for (int j = lo; j < hi; j++) {
            work[j] = n0 + work[NORMS + j] - 2 * work[j];
        }
    }

    /** {@code work[r * PANEL + j] = n_(i+r) + work[NORMS + j] - 2 work[r * PANEL + j]} for the four rows. */
    private static void finish4(float[] queryNorms, int i, float[] work, int lo, int hi) {
        float n0 = queryNorms[i];
        float n1 = queryNorms[i + 1];
        float n2 = queryNorms[i + 2];
        float n3 = queryNorms[i + 3];
        for (int j = lo; j < hi; j++) {
            float yn = work[NORMS + j];
            work[j] = n0 + yn - 2 * work[j];
            work[PANEL + j] = n1 + yn - 2 * work[PANEL + j];
            work[2 * PANEL + j] = n2 + yn - 2 * work[2 * PANEL + j];
            work[3 * PANEL + j] = n3 + yn - 2 * work[3 * PANEL + j];
        }
    }

    /**
     * {@code work[r * PANEL + j] = sum_k x_r[k] cols[k][j]} for the four rows of {@code x} from
     * {@code x0}, {@code lo <= j < hi}: a left-to-right chain of fused multiply-adds, two columns per
     * pass, as {@link ScalarKernels}' double kernel.
     */
    private static void accumulate4(float[] x, int x0, int columns, float[][] cols, int lo, int hi, float[] dot) {
        int x1 = x0 + columns;
        int x2 = x1 + columns;
        int x3 = x2 + columns;
        float a0 = x[x0];
        float b0 = x[x1];
        float c0 = x[x2];
        float e0 = x[x3];
        float[] p0 = cols[0];
        for (int j = lo; j < hi; j++) {
            float w0 = p0[j];
            dot[j] = a0 * w0;
            dot[PANEL + j] = b0 * w0;
            dot[2 * PANEL + j] = c0 * w0;
            dot[3 * PANEL + j] = e0 * w0;
        }
        int k = 1;
        for (; k + 2 <= columns; k += 2) {
            a0 = x[x0 + k];
            b0 = x[x1 + k];
            c0 = x[x2 + k];
            e0 = x[x3 + k];
            float a1 = x[x0 + k + 1];
            float b1 = x[x1 + k + 1];
            float c1 = x[x2 + k + 1];
            float e1 = x[x3 + k + 1];
            p0 = cols[k];
            float[] p1 = cols[k + 1];
            for (int j = lo; j < hi; j++) {
                float w0 = p0[j];
                float w1 = p1[j];
                dot[j] = Math.fma(a1, w1, Math.fma(a0, w0, dot[j]));
                dot[PANEL + j] = Math.fma(b1, w1, Math.fma(b0, w0, dot[PANEL + j]));
                dot[2 * PANEL + j] = Math.fma(c1, w1, Math.fma(c0, w0, dot[2 * PANEL + j]));
                dot[3 * PANEL + j] = Math.fma(e1, w1, Math.fma(e0, w0, dot[3 * PANEL + j]));
            }
        }
        if (k < columns) {
            a0 = x[x0 + k];
            b0 = x[x1 + k];
            c0 = x[x2 + k];
            e0 = x[x3 + k];
            p0 = cols[k];
            for (int j = lo; j < hi; j++) {
                float w0 = p0[j];
                dot[j] = Math.fma(a0, w0, dot[j]);
                dot[PANEL + j] = Math.fma(b0, w0, dot[PANEL + j]);
                dot[2 * PANEL + j] = Math.fma(c0, w0, dot[2 * PANEL + j]);
                dot[3 * PANEL + j] = Math.fma(e0, w0, dot[3 * PANEL + j]);
            }
        }
    }

    /** {@link #accumulate4} for one row of {@code x}, into {@code dot[j]}. */
    private static void accumulate1(float[] x, int x0, int columns, float[][] cols, int lo, int hi, float[] dot) {
        float a0 = x[x0];
        float[] p0 = cols[0];
        for (int j = lo; j < hi; j++) {
            dot[j] = a0 * p0[j];
        }
        for (int k = 1; k < columns; k++) {
            a0 = x[x0 + k];
            p0 = cols[k];
            for (int j = lo; j < hi; j++) {
                dot[j] = Math.fma(a0, p0[j], dot[j]);
            }
        }
    }
}
