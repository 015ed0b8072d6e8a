package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.DecisionTreeRegressorModel;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.ProgressLog;
import io.github.classicml.core.testing.RandomData;
import io.github.classicml.core.testing.RegressorContract;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradientBoostingRegressorTest implements RegressorContract<GradientBoostingRegressorModel> {

    /**
     * Invariant to scaling up only: like scikit-learn, the split search treats feature values closer
     * than the absolute 1e-7 as equal, so at 10^-300 every column looks constant and the tree stays a leaf.
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return scale >= 1;
    }

    @Override
    public Learner<GradientBoostingRegressorModel> learner() {
        return GradientBoostingRegressor.of();
    }

    @Override
    public boolean randomised() {
        return true;
    }

    @Override
    public Learner<GradientBoostingRegressorModel> learnerWithSeed(long seed) {
        return GradientBoostingRegressor.of().withStages(30).withSubsample(0.5).withSeed(seed);
    }

    @Test
    void fit_twoStagesByHand() {
        // y = 1, 2, 4, 9 at x = 1..4: F_0 = mean = 4; residuals -3, -2, 0, 5. A stump minimises the squared
        // error of the residuals: split at 3.5 leaves -3, -2, 0 (mean -5/3) and 5; SSE 4.67 beats the
        // split at 2.5 (-2.5 and 2.5: SSE 13) and at 1.5 (-3 and 1: SSE 26). With nu = 0.5:
        // F_1 = 4 - 5/6 on x <= 3.5 and 4 + 2.5 = 6.5 at x = 4
        Dataset data = Dataset.of(new double[][] {{1}, {2}, {3}, {4}}).withTargets(new double[] {1, 2, 4, 9}, "y");
        GradientBoostingRegressorModel model = GradientBoostingRegressor.of().withStages(2).withMaxDepth(1)
                .withLearningRate(0.5).fit(data);
        assertEquals(4, model.initialPrediction(), 0.0);
        DecisionTreeRegressorModel first = model.trees().get(0);
        assertEquals(3.5, first.threshold(0), 0.0);
        double[] staged = model.stagedPredict(new double[] {4});
        assertEquals(6.5, staged[0], 1e-15);
        assertEquals(4 - 5.0 / 6, model.stagedPredict(new double[] {1})[0], 1e-15);
        // stage 2: residuals 1 - 19/6 = -13/6, 2 - 19/6 = -7/6, 4 - 19/6 = 5/6, 9 - 6.5 = 2.5; the best stump
        // splits at 2.5 (means -5/3 and 5/3, SSE 1/3 + 0.0278 * 2 ...) so x = 4 gains 0.5 * 5/3
        assertEquals(2.5, model.trees().get(1).threshold(0), 0.0);
        assertEquals(6.5 + 0.5 * 5.0 / 3, staged[1], 1e-14);
        assertEquals(staged[1], model.predict(new double[] {4}), 0.0);
    }

    @Test
    void trainLoss_fallsEveryStage_andProgressReportsIt() {
        Dataset data = RandomData.linear(new SplittableRandom(9), 100, 3, 0.5);
        ProgressLog log = new ProgressLog();
        GradientBoostingRegressorModel model = GradientBoostingRegressor.of().withStages(25).fit(data, log);
        double[] losses = model.trainLosses();
        assertEquals(25, log.steps().size());
        for (int m = 0; m < 25; m++) {
            assertEquals(losses[m], log.steps().get(m).loss(), 0.0);
            if (m > 0) {
                assertTrue(losses[m] <= losses[m - 1], "stage " + m);
            }
        }
        assertArrayEquals(new double[] {model.predict(data.row(0))},
                new double[] {model.stagedPredict(data.row(0))[24]}, 0.0);
    }
}
