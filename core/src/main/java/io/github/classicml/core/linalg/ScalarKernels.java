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
 * {@code b} is packed transposed, one array per column ({@code packed[k][j] = b_j[k]}), and two
 * rows of {@code a} at a time sweep it: for each column {@code k}, {@code dot0[j] += a0[k] *
 * packed[k][j]} and {@code dot1[j] += a1[k] * packed[k][j]} over the whole chunk. The inner loop
 * reads one packed value for two multiply-adds, has no loop-carried dependence, and addresses every
 * array from index 0, which the auto-vectoriser of Java 17 needs (it gives up on loops whose arrays
 * carry different offsets). The packed chunk ({@code columns x 256} doubles, 64 KiB at 32 columns)
 * stays in the level-2 cache, the accumulators in level 1. Each dot product is a left-to-right sum
 * over the columns, whatever block it was computed in.
 */
final class ScalarKernels implements KernelSet {

    /** Rows of {@code b} packed at a time: the length of the auto-vectorised inner loop. */
    static final int CHUNK = 256;

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
        int width = Math.min(CHUNK, bRows);
        double[][] packed = new double[columns][width];
        double[] dot0 = new double[width];
        double[] dot1 = new double[width];
        for (int j0 = 0; j0 < bRows; j0 += width) {
            int n = Math.min(width, bRows - j0);
            for (int j = 0; j < n; j++) {
                int bj = (bStart + j0 + j) * columns;
                for (int k = 0; k < columns; k++) {
                    packed[k][j] = b[bj + k];
                }
            }
            int i = 0;
            for (; i + 1 < aRows; i += 2) {
                Arrays.fill(dot0, 0);
                Arrays.fill(dot1, 0);
                int a0 = (aStart + i) * columns;
                int a1 = a0 + columns;
                for (int k = 0; k < columns; k++) {
                    double x0 = a[a0 + k];
                    double x1 = a[a1 + k];
                    double[] column = packed[k];
                    for (int j = 0; j < width; j++) {
                        double y = column[j];
                        dot0[j] += x0 * y;
                        dot1[j] += x1 * y;
                    }
                }
                finish(aNorms[aStart + i], dot0, bNorms, bStart + j0, n, out, i * bRows + j0);
                finish(aNorms[aStart + i + 1], dot1, bNorms, bStart + j0, n, out, (i + 1) * bRows + j0);
            }
            if (i < aRows) {
                Arrays.fill(dot0, 0);
                int a0 = (aStart + i) * columns;
                for (int k = 0; k < columns; k++) {
                    double x0 = a[a0 + k];
                    double[] column = packed[k];
                    for (int j = 0; j < width; j++) {
                        dot0[j] += x0 * column[j];
                    }
                }
                finish(aNorms[aStart + i], dot0, bNorms, bStart + j0, n, out, i * bRows + j0);
            }
        }
    }

    /** {@code out[o + j] = max(0, aNorm + bNorms[b0 + j] - 2 dot[j])} for {@code j < n}. */
    private static void finish(double aNorm, double[] dot, double[] bNorms, int b0, int n, double[] out, int o) {
        for (int j = 0; j < n; j++) {
            out[o + j] = Math.max(0, aNorm + bNorms[b0 + j] - 2 * dot[j]);
        }
    }
}
