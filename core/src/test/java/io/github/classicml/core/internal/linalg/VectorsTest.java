package io.github.classicml.core.internal.linalg;

import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VectorsTest {

    static LongStream seeds() {
        return LongStream.range(0, 50);
    }

    @Test
    void kernels_handWorked() {
        double[] a = {1, 2, 3, 4, 5};
        double[] b = {2, 0, -1, 4, 1};
        // 2 + 0 - 3 + 16 + 5
        assertEquals(20.0, Vectors.dot(a, b));
        // 1 + 4 + 16 + 0 + 16
        assertEquals(37.0, Vectors.squaredEuclidean(a, b));
        // 1 + 2 + 4 + 0 + 4
        assertEquals(11.0, Vectors.manhattan(a, b));
        double[] y = {1, 1, 1, 1, 1};
        Vectors.axpy(2.0, a, y);
        assertArrayEquals(new double[] {3, 5, 7, 9, 11}, y);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5}, a);
    }

    @Test
    void firstAtMost_handWorked() {
        double[] v = {5, 4, 3, 7, 2, 9, 1, 8, 6, 3, 0, 5};
        assertEquals(2, Vectors.firstAtMost(v, 0, v.length, 3));
        assertEquals(4, Vectors.firstAtMost(v, 3, v.length, 3));
        assertEquals(10, Vectors.firstAtMost(v, 7, v.length, 0.5));
        assertEquals(9, Vectors.firstAtMost(v, 7, 9, 0.5), "none in [7, 9): returns the end");
        assertEquals(3, Vectors.firstAtMost(v, 3, 3, 100), "empty range");
        assertEquals(12, Vectors.firstAtMost(new double[12], 0, 12, -1));
        assertEquals(1, Vectors.firstAtMost(new double[] {Double.NaN, 1}, 0, 2, 1), "NaN is never at most");
    }

    static LongStream scanSeeds() {
        return LongStream.range(0, 400);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("scanSeeds")
    void firstAtMost_eachPath_equalsAPlainScan(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        // mostly non-negative values (distances), and for a third of the seeds every kind of double
        boolean anyDouble = seed % 3 == 0;
        double[] v = new double[rng.nextInt(0, 70)];
        for (int i = 0; i < v.length; i++) {
            v[i] = anyDouble ? anyDouble(rng) : rng.nextInt(100);
        }
        int from = rng.nextInt(0, v.length + 1);
        int to = rng.nextInt(from, v.length + 1);
        double threshold = anyDouble ? anyDouble(rng) : rng.nextInt(-5, 30);
        int expected = to;
        for (int i = from; i < to; i++) {
            if (v[i] <= threshold) {
                expected = i;
                break;
            }
        }
        for (KernelSet kernels : KernelSelectionTest.implementations()) {
            assertEquals(expected, kernels.firstAtMost(v, from, to, threshold), kernels.description());
        }
    }

    /** A double of any kind: signed zeros, NaN, infinities, subnormals, the largest, ordinary numbers. */
    private static double anyDouble(SplittableRandom rng) {
        double[] special = {-0.0, 0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, -1e300};
        return rng.nextInt(4) == 0 ? special[rng.nextInt(special.length)] : rng.nextInt(-20, 100);
    }

    @Test
    void kernels_slicesAddressRowsOfARowMajorMatrix() {
        double[] m = {9, 9, 1, 2, 3, 9, 4, 6, 8};
        assertEquals(1 * 4 + 2 * 6 + 3 * 8, Vectors.dot(m, 2, m, 6, 3));
        assertEquals(9 + 16 + 25, Vectors.squaredEuclidean(m, 2, m, 6, 3));
        assertEquals(3 + 4 + 5, Vectors.manhattan(m, 2, m, 6, 3));
        Vectors.axpy(-1, m, 6, m, 0, 2);
        assertArrayEquals(new double[] {5, 3}, new double[] {m[0], m[1]});
    }

    @Test
    void kernels_lengthMismatch_throws() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Vectors.dot(new double[2], new double[3]));
        assertEquals("vectors must have the same length, got 2 and 3", e.getMessage());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void kernels_agreeWithNaiveLoops(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(0, 40);
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = RandomData.gaussian(rng) * 10;
            b[i] = RandomData.gaussian(rng) * 10;
        }
        double dot = 0;
        double sq = 0;
        double l1 = 0;
        double scale = 0;
        for (int i = 0; i < n; i++) {
            dot += a[i] * b[i];
            sq += (a[i] - b[i]) * (a[i] - b[i]);
            l1 += Math.abs(a[i] - b[i]);
            scale += Math.abs(a[i] * b[i]);
        }
        // the kernels sum in another order: agreement within a few ulps of the summed magnitudes
        assertEquals(dot, Vectors.dot(a, b), 1e-14 * (scale + 1));
        assertEquals(sq, Vectors.squaredEuclidean(a, b), 1e-14 * (sq + 1));
        assertEquals(l1, Vectors.manhattan(a, b), 1e-14 * (l1 + 1));
    }

    @Test
    void weightedSquaredEuclidean_handWorked() {
        double[] m = {9, 1, 2, 3, 4, 5};
        double[] b = {0, 0, 1, 1, 1, 1, 1};
        double[] w = {7, 2, 0.5, 1, 3};
        // a = (1, 2, 3, 4, 5) from m[1], b = (1, 1, 1, 1, 1) from b[2], w = (2, 0.5, 1, 3) from w[1], 4 elements:
        // 2 * 0 + 0.5 * 1 + 1 * 4 + 3 * 9 = 31.5
        assertEquals(31.5, Vectors.weightedSquaredEuclidean(m, 1, b, 2, w, 1, 4));
        // with unit weights it is the squared Euclidean distance: 0 + 1 + 4 + 9 + 16
        assertEquals(30.0, Vectors.weightedSquaredEuclidean(m, 1, b, 2, new double[] {1, 1, 1, 1, 1}, 0, 5));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void weightedSquaredEuclidean_agreesWithNaiveLoop(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(0, 40);
        double[] a = new double[n + 3];
        double[] b = new double[n + 1];
        double[] w = new double[n + 2];
        for (int i = 0; i < n; i++) {
            a[i + 3] = RandomData.gaussian(rng) * 10;
            b[i + 1] = RandomData.gaussian(rng) * 10;
            w[i + 2] = rng.nextDouble() * 5;
        }
        double expected = 0;
        for (int i = 0; i < n; i++) {
            expected += w[i + 2] * (a[i + 3] - b[i + 1]) * (a[i + 3] - b[i + 1]);
        }
        assertEquals(expected, Vectors.weightedSquaredEuclidean(a, 3, b, 1, w, 2, n), 1e-14 * (expected + 1));
    }
}
