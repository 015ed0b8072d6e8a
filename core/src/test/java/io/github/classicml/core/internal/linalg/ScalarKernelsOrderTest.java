package io.github.classicml.core.internal.linalg;

import io.github.classicml.core.internal.Parallel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The plain-Java many-to-many kernels compute each dot product as a left-to-right chain of fused
 * multiply-adds over the columns, {@code fma(x2, y2, fma(x1, y1, x0*y0))...}, whatever rows, columns,
 * orientation or packing (the order the Vector API tiles use too). The expected values here are that chain
 * written out as a plain loop, so any change of the order of summation in the kernels (an unrolling that
 * groups the terms differently) or of the rounding (a separate multiply and add) fails these tests.
 */
class ScalarKernelsOrderTest {

    private static final KernelSet SCALAR = new ScalarKernels();

    static LongStream seeds() {
        return LongStream.range(0, 30);
    }

    /** The dot product of row {@code i} of {@code a} and row {@code j} of {@code b}, column after column. */
    private static double leftToRightDot(double[] a, int i, double[] b, int j, int p) {
        double s = a[i * p] * b[j * p];
        for (int k = 1; k < p; k++) {
            s = Math.fma(a[i * p + k], b[j * p + k], s);
        }
        return s;
    }

    private static double expected(double[] a, double[] na, int i, double[] b, double[] nb, int j, int p) {
        return Math.max(0, na[i] + nb[j] - 2 * leftToRightDot(a, i, b, j, p));
    }

    /** Squared norms by the scalar path's own kernel, as its packing computes them, on either path's run. */
    private static double[] norms(double[] x, int rows, int p) {
        double[] n = new double[rows];
        for (int i = 0; i < rows; i++) {
            n[i] = SCALAR.dot(x, i * p, x, i * p, p);
        }
        return n;
    }

    private static double[] rows(SplittableRandom rng, int rows, int columns) {
        double[] x = new double[rows * columns];
        double scale = Math.pow(10, rng.nextInt(-3, 4));
        for (int i = 0; i < x.length; i++) {
            x[i] = (rng.nextDouble() * 2 - 1) * scale;
        }
        return x;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void pairwise_bothOrientations_areLeftToRightSums(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        // 1 to 37 columns: every remainder of the two- and four-column passes; row counts not a multiple of
        // four: the one-row path; fewer than 64 rows of b for some seeds: the transposed orientation of
        // k-means' centroids
        int p = rng.nextInt(1, 38);
        int n = rng.nextInt(1, 80);
        int m = rng.nextInt(1, 300);
        double[] a = rows(rng, n, p);
        double[] b = rows(rng, m, p);
        double[] na = norms(a, n, p);
        double[] nb = norms(b, m, p);
        double[] out = new double[n * m];
        SCALAR.pairwiseSquaredEuclidean(a, 0, n, na, b, 0, m, nb, p, out);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                assertEquals(expected(a, na, i, b, nb, j, p), out[i * m + j], 0.0, "row " + i + ", " + j);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void packed_subRange_isLeftToRightSums(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int p = rng.nextInt(1, 38);
        int n = rng.nextInt(1, 40);
        int m = rng.nextInt(1, 700);
        double[] a = rows(rng, n, p);
        double[] b = rows(rng, m, p);
        double[] na = norms(a, n, p);
        double[] nb = norms(b, m, p);
        PackedRows packed = SCALAR.pack(b, m, p, Parallel.of(1));
        // a range of b's rows that starts and ends inside panels
        int from = rng.nextInt(0, m);
        int count = rng.nextInt(1, m - from + 1);
        double[] out = new double[n * count];
        SCALAR.pairwiseSquaredEuclidean(a, 0, n, na, packed, from, count, out);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < count; j++) {
                assertEquals(expected(a, na, i, b, nb, from + j, p), out[i * count + j], 0.0,
                        "row " + i + ", " + (from + j));
            }
        }
    }

    /**
     * A k-means-shaped case: {@code n} packed rows of {@code p} columns, up to 150 centres (more than one
     * block of 64 for some seeds) and, when there are three or more, an exact tie: centre 2 repeats
     * centre 1, so rows nearest to it must report centre 1. {@code index}, {@code first} and
     * {@code second} are the scalar {@code nearest}'s answers, computed from zeros in the index array.
     */
    private record NearestCase(int p, int n, int k, double[] a, double[] c, double[] nc, PackedRows packed,
                               int[] index, double[] first, double[] second) {

        static NearestCase of(SplittableRandom rng) {
            int p = rng.nextInt(1, 20);
            int n = rng.nextInt(1, 600);
            int k = rng.nextInt(1, 150);
            double[] a = rows(rng, n, p);
            double[] c = rows(rng, k, p);
            if (k > 2) {
                System.arraycopy(c, p, c, 2 * p, p);
            }
            double[] nc = norms(c, k, p);
            PackedRows packed = SCALAR.pack(a, n, p, Parallel.of(1));
            int[] index = new int[n];
            double[] first = new double[n];
            double[] second = new double[n];
            SCALAR.nearest(packed, 0, n, c, 0, k, nc, index, first, second);
            return new NearestCase(p, n, k, a, c, nc, packed, index, first, second);
        }
    }

    /**
     * What {@code outIndex} holds on entry is only a guess: right, wrong, out of range or pointing at the
     * later of two tied centres, the answers are those computed from no guess (zeros).
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void nearest_anyGuessInTheIndexArray_sameAnswers(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        NearestCase t = NearestCase.of(rng);
        int[][] guesses = new int[4][t.n];
        for (int i = 0; i < t.n; i++) {
            guesses[0][i] = t.index[i];
            guesses[1][i] = rng.nextInt(-3, t.k + 3);
            guesses[2][i] = rng.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            // the later of the tied centres 1 and 2, where it is the nearest
            guesses[3][i] = t.index[i] == 1 ? 2 : t.index[i];
        }
        for (int[] guess : guesses) {
            double[] f = new double[t.n];
            double[] s = new double[t.n];
            SCALAR.nearest(t.packed, 0, t.n, t.c, 0, t.k, t.nc, guess, f, s);
            for (int i = 0; i < t.n; i++) {
                assertEquals(t.index[i], guess[i], "row " + i);
                assertEquals(t.first[i], f[i], 0.0, "row " + i);
                assertEquals(t.second[i], s[i], 0.0, "row " + i);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void nearest_packedRows_areLeftToRightSumsAndFirstLowestIndex(long seed) {
        NearestCase t = NearestCase.of(new SplittableRandom(seed));
        double[] na = norms(t.a, t.n, t.p);
        for (int i = 0; i < t.n; i++) {
            int best = 0;
            double f = Double.POSITIVE_INFINITY;
            double s = Double.POSITIVE_INFINITY;
            for (int j = 0; j < t.k; j++) {
                double d = expected(t.a, na, i, t.c, t.nc, j, t.p);
                if (d < f) {
                    s = f;
                    f = d;
                    best = j;
                } else if (d < s) {
                    s = d;
                }
            }
            assertEquals(best, t.index[i], "row " + i);
            assertEquals(f, t.first[i], 0.0, "row " + i);
            assertEquals(s, t.second[i], 0.0, "row " + i);
        }
    }
}
