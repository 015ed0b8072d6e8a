package io.github.classicml.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreKeysTest {

    static LongStream seeds() {
        return LongStream.range(0, 60);
    }

    @Test
    void key_preservesOrder_andTiesTheTwoZeros() {
        double[] ordered = {Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -1e300, -1, -Double.MIN_NORMAL,
            -Double.MIN_VALUE, 0.0, Double.MIN_VALUE, Double.MIN_NORMAL, 0.001, 1, 1e300, Double.MAX_VALUE,
            Double.POSITIVE_INFINITY};
        for (int i = 1; i < ordered.length; i++) {
            assertTrue(ScoreKeys.key(ordered[i - 1]) < ScoreKeys.key(ordered[i]), ordered[i - 1] + " < " + ordered[i]);
        }
        for (double v : ordered) {
            assertEquals(v, ScoreKeys.value(ScoreKeys.key(v)));
        }
        assertEquals(ScoreKeys.key(0.0), ScoreKeys.key(-0.0));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void sort_agreesWithArraysSort(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(0, 6000);
        long[] keys = new long[n];
        int kind = (int) (seed % 4);
        for (int i = 0; i < n; i++) {
            double v = switch (kind) {
                case 0 -> rng.nextDouble();                                    // high bytes constant
                case 1 -> Math.rint(rng.nextDouble(-50, 50));                 // low bytes constant, both signs
                case 2 -> Double.longBitsToDouble(rng.nextLong()) % 1e10;     // anything finite
                default -> rng.nextInt(3) - 1.0;                               // three values
            };
            keys[i] = ScoreKeys.key(Double.isNaN(v) ? 0 : v);
        }
        long[] expected = keys.clone();
        Arrays.sort(expected);
        ScoreKeys.sort(keys);
        assertArrayEquals(expected, keys);
    }
}
