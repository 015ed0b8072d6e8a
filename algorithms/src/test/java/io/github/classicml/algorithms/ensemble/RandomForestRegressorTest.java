package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.DecisionTreeRegressorModel;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.RandomData;
import io.github.classicml.core.testing.RegressorContract;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RandomForestRegressorTest implements RegressorContract<ForestRegressorModel> {

    /**
     * Invariant to scaling up only: like scikit-learn, the split search treats feature values closer
     * than the absolute 1e-7 as equal, so at 10^-300 every column looks constant and the tree stays a leaf.
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return scale >= 1;
    }

    @Override
    public Learner<ForestRegressorModel> learner() {
        return RandomForestRegressor.of().withTrees(20).withSeed(1);
    }

    @Override
    public boolean randomised() {
        return true;
    }

    @Override
    public Learner<ForestRegressorModel> learnerWithSeed(long seed) {
        return RandomForestRegressor.of().withTrees(20).withSeed(seed);
    }

    @Test
    void predict_isTheMeanOfTheTrees_andOobIsTheMeanOfTheTreesThatLeftTheRowOut() {
        Dataset data = RandomData.linear(new SplittableRandom(5), 40, 2, 0.5);
        ForestRegressorModel model = RandomForestRegressor.of().withTrees(3).withOobScore(true).withSeed(7).fit(data);
        Bag[] bags = Forests.bags(7, 3, 40, 2, true, 1.0);
        double[] oob = model.oobPredictions();
        for (int i = 0; i < 40; i++) {
            double[] row = data.row(i);
            double sum = 0;
            double oobSum = 0;
            int out = 0;
            for (int m = 0; m < 3; m++) {
                double v = model.trees().get(m).predict(row);
                sum += v;
                if (bags[m].outOfBag(i)) {
                    oobSum += v;
                    out++;
                }
            }
            assertEquals(sum / 3, model.predict(row), 0.0);
            if (out == 0) {
                assertTrue(Double.isNaN(oob[i]));
            } else {
                assertEquals(oobSum / out, oob[i], 1e-15);
            }
        }
    }

    @Test
    void fit_sameSeed_bitIdenticalFor1_2And8Threads() {
        Dataset data = RandomData.linear(new SplittableRandom(6), 200, 5, 0.5);
        RandomForestRegressor forest = RandomForestRegressor.of().withTrees(12)
                .withMaxFeatures(MaxFeatures.fraction(0.5)).withSeed(3);
        ForestRegressorModel one = forest.withThreads(1).fit(data);
        Dataset probes = RandomData.linear(new SplittableRandom(7), 50, 5, 0.5);
        for (int threads : new int[] {2, 8}) {
            ForestRegressorModel other = forest.withThreads(threads).fit(data);
            assertArrayEquals(one.predict(probes), other.predict(probes), 0.0);
            for (int m = 0; m < 12; m++) {
                DecisionTreeRegressorModel a = one.trees().get(m);
                DecisionTreeRegressorModel b = other.trees().get(m);
                assertEquals(a.nodeCount(), b.nodeCount());
                for (int node = 0; node < a.nodeCount(); node++) {
                    assertEquals(a.threshold(node), b.threshold(node), 0.0);
                }
            }
        }
        assertEquals(1.0, Arrays.stream(one.featureImportances()).sum(), 1e-12);
    }
}
