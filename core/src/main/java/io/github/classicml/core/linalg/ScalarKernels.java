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
 * accumulators in level 1. Each dot product is a left-to-right sum over the columns of separately
 * rounded products, whatever block it was computed in.
 */
final class ScalarKernels implements KernelSet {

    /** Rows of {@code b} packed at a time: the length of the auto-vectorised inner loop. */
    static final int CHUNK = 256;
    /** Rows of {@code a} that share each load of a packed value. */
    private static final int ROWS = 4;

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
        // the inner loop's length: whole chunks, or all of b rounded up to 8 (one AVX-512 vector)
        int width = Math.min(CHUNK, (bRows + 7) & ~7);
        double[][] packed = new double[columns][width];
        // four rows of dot products at fixed offsets 0, CHUNK, 2 CHUNK, 3 CHUNK of one array: the
        // auto-vectoriser proves them independent, and they share one alignment
        double[] dot = new double[ROWS * CHUNK];
        for (int j0 = 0; j0 < bRows; j0 += CHUNK) {
            int n = Math.min(CHUNK, bRows - j0);
            for (int j = 0; j < n; j++) {
                int bj = (bStart + j0 + j) * columns;
                for (int k = 0; k < columns; k++) {
                    packed[k][j] = b[bj + k];
                }
            }
            int i = 0;
            for (; i + ROWS <= aRows; i += ROWS) {
                Arrays.fill(dot, 0);
                int a0 = (aStart + i) * columns;
                int a1 = a0 + columns;
                int a2 = a1 + columns;
                int a3 = a2 + columns;
                for (int k = 0; k < columns; k++) {
                    double x0 = a[a0 + k];
                    double x1 = a[a1 + k];
                    double x2 = a[a2 + k];
                    double x3 = a[a3 + k];
                    double[] column = packed[k];
                    for (int j = 0; j < width; j++) {
                        double y = column[j];
                        dot[j] += x0 * y;
                        dot[CHUNK + j] += x1 * y;
                        dot[2 * CHUNK + j] += x2 * y;
                        dot[3 * CHUNK + j] += x3 * y;
                    }
                }
                for (int r = 0; r < ROWS; r++) {
                    finish(aNorms[aStart + i + r], dot, r * CHUNK, bNorms, bStart + j0, n, out, (i + r) * bRows + j0);
                }
            }
            for (; i < aRows; i++) {
                Arrays.fill(dot, 0, width, 0);
                int a0 = (aStart + i) * columns;
                for (int k = 0; k < columns; k++) {
                    double x0 = a[a0 + k];
                    double[] column = packed[k];
                    for (int j = 0; j < width; j++) {
                        dot[j] += x0 * column[j];
                    }
                }
                finish(aNorms[aStart + i], dot, 0, bNorms, bStart + j0, n, out, i * bRows + j0);
            }
        }
    }

    /** {@code out[o + j] = max(0, aNorm + bNorms[b0 + j] - 2 dot[d + j])} for {@code j < n}. */
    private static void finish(double aNorm, double[] dot, int d, double[] bNorms, int b0, int n,
                               double[] out, int o) {
        for (int j = 0; j < n; j++) {
            out[o + j] = Math.max(0, aNorm + bNorms[b0 + j] - 2 * dot[d + j]);
        }
    }
}
