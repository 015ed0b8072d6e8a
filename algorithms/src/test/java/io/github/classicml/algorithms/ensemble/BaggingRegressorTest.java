package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.neighbors.KnnRegressor;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.ProgressLog;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.testing.RandomData;
import io.github.classicml.core.testing.RegressorContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaggingRegressorTest implements RegressorContract<BaggingRegressorModel> {

    @Override
    public Learner<BaggingRegressorModel> learner() {
        return BaggingRegressor.of(KnnRegressor.of(3)).withMembers(6).withSeed(4);
    }

    @Override
    public boolean randomised() {
        return true;
    }

    @Override
    public Learner<BaggingRegressorModel> learnerWithSeed(long seed) {
        return BaggingRegressor.of(KnnRegressor.of(3)).withMembers(6).withSeed(seed);
    }

    @Override
    public int minimumRows() {
        return 3;
    }

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    @Test
    void fit_meanMembers_predictTheMeanOfTheirSampleMeans() {
        // targets 1, 2, 4, 8: a member fitted on a sample predicts the mean of its drawn targets, so the
        // bag predicts the mean over members of sum_i counts_i y_i / 4
        double[] y = {1, 2, 4, 8};
        Dataset data = Dataset.of(new double[][] {{0}, {1}, {2}, {3}}).withTargets(y, "y");
        BaggingRegressorModel model = BaggingRegressor.of(new TestMembers.MeanRegressor()).withMembers(3)
                .withSeed(21).fit(data);
        Bag[] bags = Bag.draw(21, 3, 4, 4, true, 1, 1, false);
        double expected = 0;
        for (Bag bag : bags) {
            int[] c = bag.counts();
            expected += (c[0] * 1 + c[1] * 2 + c[2] * 4 + c[3] * 8) / 4.0;
        }
        expected /= 3;
        assertEquals(expected, model.predict(new double[] {5}), 1e-15);
    }

    @Test
    void oob_isTheMeanOfTheMembersThatLeftTheRowOut() {
        Dataset data = RandomData.linear(new SplittableRandom(3), 30, 2, 0.5);
        BaggingRegressorModel model = BaggingRegressor.of(new TestMembers.MeanRegressor()).withMembers(4)
                .withOobScore(true).withSeed(13).fit(data);
        Bag[] bags = Bag.draw(13, 4, 30, 30, true, 2, 2, false);
        double[] oob = model.oobPredictions();
        double residual = 0;
        double total = 0;
        double mean = 0;
        int scored = 0;
        for (int i = 0; i < 30; i++) {
            double sum = 0;
            int count = 0;
            for (int m = 0; m < 4; m++) {
                if (bags[m].outOfBag(i)) {
                    sum += model.members().get(m).predict(data.row(i));
                    count++;
                }
            }
            if (count == 0) {
                assertTrue(Double.isNaN(oob[i]), "row " + i);
            } else {
                assertEquals(sum / count, oob[i], 1e-12, "row " + i);
                mean += data.target(i);
                scored++;
            }
        }
        mean /= scored;
        for (int i = 0; i < 30; i++) {
            if (!Double.isNaN(oob[i])) {
                residual += (data.target(i) - oob[i]) * (data.target(i) - oob[i]);
                total += (data.target(i) - mean) * (data.target(i) - mean);
            }
        }
        assertEquals(1 - residual / total, model.oobScore(), 1e-12);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void bagging_neverPredictsOutsideTheMembersRange(long seed) {
        Dataset data = RandomData.linear(new SplittableRandom(seed), 60, 3, 1.0);
        BaggingRegressorModel model = BaggingRegressor.of(KnnRegressor.of(2)).withMembers(5).withMaxFeatures(0.67)
                .withBootstrapFeatures(true).withSeed(seed).withThreads(1).fit(data);
        Dataset probes = RandomData.linear(new SplittableRandom(seed + 100), 10, 3, 1.0);
        for (int i = 0; i < probes.rows(); i++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (Regressor member : model.members()) {
                int m = model.members().indexOf(member);
                double[] row = probes.row(i);
                double[] view = new double[model.memberColumns(m).length];
                for (int k = 0; k < view.length; k++) {
                    view[k] = row[model.memberColumns(m)[k]];
                }
                double v = member.predict(view);
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            double p = model.predict(probes.row(i));
            assertTrue(p >= lo - 1e-12 && p <= hi + 1e-12, "row " + i);
        }
    }

    @Test
    void fit_anyThreadCount_bitIdentical() {
        Dataset data = RandomData.linear(new SplittableRandom(1), 100, 4, 0.5);
        BaggingRegressor bag = BaggingRegressor.of(KnnRegressor.of(3)).withMembers(10).withMaxFeatures(0.5)
                .withOobScore(true).withSeed(9);
        BaggingRegressorModel one = bag.withThreads(1).fit(data);
        Dataset probes = RandomData.linear(new SplittableRandom(2), 40, 4, 0.5);
        for (int threads : new int[] {2, 8}) {
            BaggingRegressorModel other = bag.withThreads(threads).fit(data);
            assertArrayEquals(one.predict(probes), other.predict(probes), 0.0);
            assertTrue(Arrays.equals(one.oobPredictions(), other.oobPredictions()));
        }
    }

    @Test
    void fit_reportsOneStepPerMember() {
        ProgressLog log = new ProgressLog();
        learner().fit(training(), log);
        assertEquals(6, log.steps().size());
        assertEquals(6, log.steps().get(5).step());
    }

    @Test
    void learner_badHyperparameters_throwNamingThem() {
        BaggingRegressor bag = BaggingRegressor.of(KnnRegressor.of(3));
        assertEquals("members must be >= 1, got -2",
                assertThrows(IllegalArgumentException.class, () -> bag.withMembers(-2)).getMessage());
        assertEquals("maxSamples must be in (0, 1], got 2",
                assertThrows(IllegalArgumentException.class, () -> bag.withMaxSamples(2)).getMessage());
        assertEquals("the out-of-bag estimate was not computed; fit with withOobScore(true)",
                assertThrows(IllegalStateException.class, () -> bag.fit(training()).oobPredictions()).getMessage());
    }
}
