package io.github.classicml.core.linalg;

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
 * rows of {@code a} at a time sweep it: for each column {@code k}, {@code dot_r[j] += a_r[k] *
 * packed[k][j]} for the four rows {@code r}, over the whole chunk. The inner loop reads one packed
 * value for four multiply-adds and has no loop-carried dependence. Its arrays are addressed from
 * index 0 or from constant offsets, which the auto-vectoriser of Java 17 needs: it gives up on
 * loops whose arrays carry different variable offsets, and separate accumulator arrays vectorise at
 * half speed when the allocator happens to misalign them against each other. The packed chunk
 * ({@code columns x 256} doubles, 64 KiB at 32 columns) stays in the level-2 cache, the
 * accumulators in level 1. When {@code b} has few rows (the centroids of k-means), the roles swap:
 * {@code a} is packed and the output written transposed, so the inner loop stays long. Each dot
 * product is a left-to-right sum over the columns of separately rounded products, whatever block or
 * orientation it was computed in, so the results are the same bits either way.
 */
final class ScalarKernels implements KernelSet {

    /** Rows of {@code b} packed at a time: the length of the auto-vectorised inner loop. */
    static final int CHUNK = 256;
    /** Rows that share each load of a packed value. */
    private static final int ROWS = 4;
    /** Below this many rows of {@code b}, the rows of {@code a} are packed instead. */
    private static final int SHORT = 64;

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

    /**
     * Packs chunks of {@code y} transposed and sweeps them with four rows of {@code x} at a time;
     * the distance of {@code x_i} and {@code y_j} goes to {@code out[i * xStride + j * yStride]}.
     */
    private static void sweep(double[] x, int xStart, int xRows, double[] xNorms,
                              double[] y, int yStart, int yRows, double[] yNorms,
                              int columns, double[] out, int xStride, int yStride) {
        // the inner loop's length: whole chunks, or all of y rounded up to 8 (one AVX-512 vector)
        int width = Math.min(CHUNK, (yRows + 7) & ~7);
        double[][] packed = new double[columns][width];
        // four rows of dot products at fixed offsets 0, CHUNK, 2 CHUNK, 3 CHUNK of one array: the
        // auto-vectoriser proves them independent, and they share one alignment
        double[] dot = new double[ROWS * CHUNK];
        for (int j0 = 0; j0 < yRows; j0 += CHUNK) {
            int n = Math.min(CHUNK, yRows - j0);
            for (int j = 0; j < n; j++) {
                int yj = (yStart + j0 + j) * columns;
                for (int k = 0; k < columns; k++) {
                    packed[k][j] = y[yj + k];
                }
            }
            int i = 0;
            for (; i + ROWS <= xRows; i += ROWS) {
                Arrays.fill(dot, 0);
                int x0 = (xStart + i) * columns;
                int x1 = x0 + columns;
                int x2 = x1 + columns;
                int x3 = x2 + columns;
                for (int k = 0; k < columns; k++) {
                    double v0 = x[x0 + k];
                    double v1 = x[x1 + k];
                    double v2 = x[x2 + k];
                    double v3 = x[x3 + k];
                    double[] column = packed[k];
                    for (int j = 0; j < width; j++) {
                        double w = column[j];
                        dot[j] += v0 * w;
                        dot[CHUNK + j] += v1 * w;
                        dot[2 * CHUNK + j] += v2 * w;
                        dot[3 * CHUNK + j] += v3 * w;
                    }
                }
                for (int r = 0; r < ROWS; r++) {
                    finish(xNorms[xStart + i + r], dot, r * CHUNK, yNorms, yStart + j0, n,
                            out, (i + r) * xStride + j0 * yStride, yStride);
                }
            }
            for (; i < xRows; i++) {
                Arrays.fill(dot, 0, width, 0);
                int x0 = (xStart + i) * columns;
                for (int k = 0; k < columns; k++) {
                    double v0 = x[x0 + k];
                    double[] column = packed[k];
                    for (int j = 0; j < width; j++) {
                        dot[j] += v0 * column[j];
                    }
                }
                finish(xNorms[xStart + i], dot, 0, yNorms, yStart + j0, n, out, i * xStride + j0 * yStride, yStride);
            }
        }
    }

    /** {@code out[o + j * stride] = max(0, xNorm + yNorms[y0 + j] - 2 dot[d + j])} for {@code j < n}. */
    private static void finish(double xNorm, double[] dot, int d, double[] yNorms, int y0, int n,
                               double[] out, int o, int stride) {
        if (stride == 1) {
            for (int j = 0; j < n; j++) {
                out[o + j] = Math.max(0, xNorm + yNorms[y0 + j] - 2 * dot[d + j]);
            }
        } else {
            for (int j = 0; j < n; j++) {
                out[o + j * stride] = Math.max(0, xNorm + yNorms[y0 + j] - 2 * dot[d + j]);
            }
        }
    }
}
