package io.github.classicml.core.internal.linalg;

import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LpDistancesTest {

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    @Test
    void handWorked() {
        double[] a = {9, 1, 2, 3, 9};
        double[] b = {4, 6, 3};
        // slices a[1..3] = (1, 2, 3) and b: differences 3, 4, 0
        assertEquals(4.0, LpDistances.chebyshev(a, 1, b, 0, 3), 0.0);
        assertEquals(27 + 64, LpDistances.minkowskiReduced(a, 1, b, 0, 3, 3), 0.0);
        assertEquals(7.0, LpDistances.minkowskiReduced(a, 1, b, 0, 3, 1), 0.0);
        assertEquals(0.0, LpDistances.chebyshev(a, 0, b, 0, 0), 0.0);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void agreeWithDirectLoops(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(1, 50);
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = RandomData.gaussian(rng);
            b[i] = RandomData.gaussian(rng);
        }
        double max = 0;
        double sum = 0;
        double p = 1 + 3 * rng.nextDouble();
        for (int i = 0; i < n; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
            sum += Math.pow(Math.abs(a[i] - b[i]), p);
        }
        assertEquals(max, LpDistances.chebyshev(a, 0, b, 0, n), 0.0);
        assertEquals(sum, LpDistances.minkowskiReduced(a, 0, b, 0, n, p), 0.0);
        // order 2 is the squared Euclidean distance, up to rounding
        assertEquals(Vectors.squaredEuclidean(a, b), LpDistances.minkowskiReduced(a, 0, b, 0, n, 2), 1e-12 * sum + 1e-300);
    }
}
