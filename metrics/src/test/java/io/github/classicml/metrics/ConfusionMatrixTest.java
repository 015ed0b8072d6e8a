package io.github.classicml.metrics;

import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConfusionMatrixTest {

    static LongStream seeds() {
        return LongStream.range(0, 30);
    }

    @Test
    void of_handWorked_countsAndAccuracy() {
        int[] actual = {0, 0, 0, 1, 1, 2, 2, 2, 2, 2};
        int[] predicted = {0, 0, 1, 1, 1, 2, 2, 2, 0, 2};
        ConfusionMatrix m = ConfusionMatrix.of(actual, predicted, List.of("a", "b", "c"));
        assertArrayEquals(new long[][] {{2, 1, 0}, {0, 2, 0}, {1, 0, 4}}, m.counts());
        assertEquals(8, m.trace());
        assertEquals(10, m.total());
        assertEquals(0.8, m.accuracy());
        assertEquals(1, m.count(2, 0));
        assertEquals("accuracy = correct / total = 8 / 10 = 0.800", m.explainAccuracy());
    }

    @Test
    void toString_rowsAreActualClasses() {
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {0, 1, 1}, new int[] {0, 0, 1}, List.of("cat", "dog"));
        String expected = String.join("\n",
                "actual \\ predicted  cat  dog",
                "cat                   1    0",
                "dog                   1    1",
                "");
        assertEquals(expected, m.toString());
    }

    @Test
    void of_invalidInput_namesTheProblem() {
        assertEquals("actual has 2 entries but predicted has 1", assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[] {0, 1}, new int[] {0}, List.of("a", "b"))).getMessage());
        assertEquals("actual must not be empty, got 0 entries", assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[0], new int[0], List.of("a"))).getMessage());
        assertEquals("predicted must hold class indices in [0, 1]; entry 1 is 2",
                assertThrows(IllegalArgumentException.class,
                        () -> ConfusionMatrix.of(new int[] {0, 1}, new int[] {0, 2}, List.of("a", "b"))).getMessage());
        assertEquals("actual must hold class indices in [0, 1]; entry 0 is -1",
                assertThrows(IllegalArgumentException.class,
                        () -> ConfusionMatrix.of(new int[] {-1}, new int[] {0}, List.of("a", "b"))).getMessage());
    }

    @Test
    void of_withoutNames_infersClassCount() {
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {0, 3}, new int[] {1, 3});
        assertEquals(List.of("0", "1", "2", "3"), m.classNames());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void cells_sumToN_andAccuracyIsTheAgreementRate(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(1, 500);
        int k = rng.nextInt(1, 8);
        int[] actual = RandomData.labels(rng, n, k);
        int[] predicted = RandomData.labels(rng, n, k);
        int[] before = actual.clone();
        ConfusionMatrix m = ConfusionMatrix.of(actual, predicted);
        long sum = 0;
        for (long[] row : m.counts()) {
            for (long c : row) {
                sum += c;
            }
        }
        assertEquals(n, sum);
        int agree = 0;
        for (int i = 0; i < n; i++) {
            agree += actual[i] == predicted[i] ? 1 : 0;
        }
        assertEquals((double) agree / n, m.accuracy());
        assertArrayEquals(before, actual);
    }
}
