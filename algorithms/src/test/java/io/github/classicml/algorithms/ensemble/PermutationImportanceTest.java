package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PermutationImportanceTest {

    /** Predicts column 0 itself. */
    record FirstColumn(int columns) implements Regressor {
        @Override
        public Learner<?> learner() {
            return data -> this;
        }

        @Override
        public double predict(double[] row) {
            Check.rowWidth(row, columns);
            return row[0];
        }
    }

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    @Test
    void compute_handWorked_dropIsTheSquaredDisplacementOverTheTotal() {
        // y = x0 = 1, 2, 3, 4: R² is 1; shuffled by pi, R² = 1 - sum (i - pi(i))^2 / 5, because the total
        // sum of squares is 2.25 + 0.25 + 0.25 + 2.25 = 5; so each drop is sum (i - pi(i))^2 / 5, an even
        // number over 5, and column 1, which the model ignores, drops by exactly 0
        Dataset data = Dataset.of(new double[][] {{1, 7}, {2, -1}, {3, 0}, {4, 5}})
                .withTargets(new double[] {1, 2, 3, 4}, "y");
        PermutationImportances result = PermutationImportance.of().withRepeats(30).withSeed(2)
                .compute(new FirstColumn(2), data, ModelScore.r2());
        assertEquals(1.0, result.baseline());
        boolean moved = false;
        for (double drop : result.drops(0)) {
            double twiceHalf = drop * 5 / 2;
            assertEquals(Math.rint(twiceHalf), twiceHalf, 1e-12, "drop " + drop);
            assertTrue(drop >= 0 && drop <= 4, "drop " + drop);
            moved |= drop > 0;
        }
        assertTrue(moved, "30 shuffles of 4 values cannot all be the identity");
        assertArrayEquals(new double[30], result.drops(1), 0.0);
        assertEquals(0.0, result.means()[1]);
        assertEquals(0.0, result.standardDeviations()[1]);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void compute_anyThreadCount_same_andMeanIsTheMeanOfTheDrops(long seed) {
        Dataset data = RandomData.blobs(new SplittableRandom(seed), 60, 3, 2, 2.0);
        TestMembers.StumpAtMean.Model model = new TestMembers.StumpAtMean().fit(data);
        PermutationImportance importance = PermutationImportance.of().withSeed(seed).withRepeats(4);
        PermutationImportances one = importance.withThreads(1).compute(model, data, ModelScore.accuracy());
        PermutationImportances two = importance.withThreads(2).compute(model, data, ModelScore.accuracy());
        for (int j = 0; j < 3; j++) {
            assertArrayEquals(one.drops(j), two.drops(j), 0.0);
            double[] d = one.drops(j);
            assertEquals((d[0] + d[1] + d[2] + d[3]) / 4, one.means()[j], 1e-15);
        }
        // the stump reads only column 0
        assertArrayEquals(new double[] {0, 0}, new double[] {one.means()[1], one.means()[2]}, 0.0);
    }

    @Test
    void compute_badInput_throws() {
        Dataset data = RandomData.linear(new SplittableRandom(1), 10, 2, 0.1);
        assertEquals("repeats must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> PermutationImportance.of().withRepeats(0)).getMessage());
        assertEquals("data has 2 columns but the model was fitted on 3",
                assertThrows(IllegalArgumentException.class,
                        () -> PermutationImportance.of().compute(new FirstColumn(3), data, ModelScore.r2())).getMessage());
    }
}
