package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.DecisionTreeRegressorModel;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.ProgressLog;
import io.github.classicml.core.testing.ProbabilisticClassifierContract;
import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradientBoostingClassifierTest implements ProbabilisticClassifierContract<GradientBoostingClassifierModel> {

    /**
     * Invariant to scaling up only: like scikit-learn, the split search treats feature values closer
     * than the absolute 1e-7 as equal, so at 10^-300 every column looks constant and the tree stays a leaf.
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return scale >= 1;
    }

    @Override
    public Learner<GradientBoostingClassifierModel> learner() {
        return GradientBoostingClassifier.of().withStages(20);
    }

    @Override
    public boolean randomised() {
        return true;
    }

    @Override
    public Learner<GradientBoostingClassifierModel> learnerWithSeed(long seed) {
        return GradientBoostingClassifier.of().withStages(20).withSubsample(0.5).withSeed(seed);
    }

    /** Blobs far apart, as for a single tree: 60 rows of close blobs need oblique boundaries. */
    @Override
    public Dataset easyCase() {
        return RandomData.blobs(new SplittableRandom(2024), 120, 3, 3, 20.0);
    }

    @Override
    public int minimumRows() {
        return 2;
    }

    @Test
    void fit_oneStageByHand_binary() {
        // x = 1, 2, 3, 4 with classes 0, 0, 1, 1 and a stump: share of class 1 is 1/2, so F_0 = log(1) = 0
        // and p = 1/2 for every row; residuals y - p = -1/2, -1/2, 1/2, 1/2; the stump splits at 2.5;
        // left leaf: sum r / sum p (1 - p) = -1 / (2 * 1/4) = -2, right leaf +2; with learning rate 0.5
        // F_1 = -1 on the left, +1 on the right, so P(1 | x = 4) = 1 / (1 + e^-1) = 0.7311
        Dataset data = Dataset.of(new double[][] {{1}, {2}, {3}, {4}}).withClasses(new int[] {0, 0, 1, 1}, List.of("a", "b"));
        GradientBoostingClassifierModel model = GradientBoostingClassifier.of().withStages(1).withMaxDepth(1)
                .withLearningRate(0.5).fit(data);
        assertArrayEquals(new double[] {0}, model.initialScores(), 0.0);
        DecisionTreeRegressorModel stump = model.trees(0).get(0);
        assertEquals(2.5, stump.threshold(0), 0.0);
        assertEquals(-2, model.leafValue(0, 0, stump.leftChild(0)), 1e-15);
        assertEquals(2, model.leafValue(0, 0, stump.rightChild(0)), 1e-15);
        assertArrayEquals(new double[] {-1}, model.decisionFunction(new double[] {1}), 1e-15);
        double p = 1 / (1 + Math.exp(-1));
        assertEquals(0.7311, p, 1e-4);
        assertArrayEquals(new double[] {1 - p, p}, model.predictProbabilities(new double[] {4}), 1e-15);
        // the training log-loss scikit-learn reports: -2 mean(y F - log(1 + e^F)) = 2 log(1 + e^-1)
        assertEquals(2 * Math.log1p(Math.exp(-1)), model.trainLosses()[0], 1e-15);
    }

    @Test
    void fit_oneStageByHand_threeClasses() {
        // three classes of two rows each: F_0 = log(1/3) for each, p = 1/3; for class 0 the residuals are
        // 2/3 on its rows and -1/3 elsewhere; a stump on x that isolates class 0 (x <= 2.5) gets leaf value
        // (k - 1) / k * sum r / sum |r| (1 - |r|) = 2/3 * (4/3) / (2 * 2/9) = 2 on the left and
        // 2/3 * (-4/3) / (4 * 2/9) = -1 on the right
        Dataset data = Dataset.of(new double[][] {{1}, {2}, {3}, {4}, {5}, {6}})
                .withClasses(new int[] {0, 0, 1, 1, 2, 2}, List.of("a", "b", "c"));
        GradientBoostingClassifierModel model = GradientBoostingClassifier.of().withStages(1).withMaxDepth(1)
                .withLearningRate(1.0).fit(data);
        double third = Math.log(1.0 / 3);
        assertArrayEquals(new double[] {third, third, third}, model.initialScores(), 1e-15);
        DecisionTreeRegressorModel tree0 = model.trees(0).get(0);
        assertEquals(2.5, tree0.threshold(0), 0.0);
        assertEquals(2, model.leafValue(0, 0, tree0.leftChild(0)), 1e-14);
        assertEquals(-1, model.leafValue(0, 0, tree0.rightChild(0)), 1e-14);
        assertEquals(3, model.trees(0).size());
    }

    @Test
    void stagedProbabilities_endAtTheModelsProbabilities_andTrainLossFalls() {
        Dataset data = RandomData.blobs(new SplittableRandom(3), 90, 2, 3, 1.5);
        GradientBoostingClassifierModel model = GradientBoostingClassifier.of().withStages(15).fit(data);
        double[][] staged = model.stagedProbabilities(data.row(5));
        assertEquals(15, staged.length);
        assertArrayEquals(model.predictProbabilities(data.row(5)), staged[14], 0.0);
        double[] losses = model.trainLosses();
        for (int m = 1; m < losses.length; m++) {
            assertTrue(losses[m] <= losses[m - 1] + 1e-12, "stage " + m);
        }
    }

    @Test
    void earlyStopping_stopsBeforeTheLastStage_andReportsEveryStage() {
        Dataset data = RandomData.blobs(new SplittableRandom(4), 200, 2, 2, 0.5);
        ProgressLog log = new ProgressLog();
        GradientBoostingClassifierModel model = GradientBoostingClassifier.of().withStages(500).withPatience(3)
                .withLearningRate(0.5).fit(data, log);
        assertTrue(model.stageCount() < 500, "stages " + model.stageCount());
        assertEquals(model.stageCount(), log.steps().size());
        assertTrue(Double.isFinite(log.steps().get(0).change()), "the validation loss is reported");
    }

    @Test
    void learner_badSettings_throw() {
        GradientBoostingClassifier gb = GradientBoostingClassifier.of();
        assertEquals("stages must be >= 1, got 0", assertThrows(IllegalArgumentException.class, () -> gb.withStages(0)).getMessage());
        assertEquals("subsample must be in (0, 1], got 0", assertThrows(IllegalArgumentException.class, () -> gb.withSubsample(0)).getMessage());
        assertEquals("validationFraction must be in (0, 1), got 1",
                assertThrows(IllegalArgumentException.class, () -> gb.withValidationFraction(1)).getMessage());
        assertEquals("patience must be >= 0, got -1", assertThrows(IllegalArgumentException.class, () -> gb.withPatience(-1)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> gb.withLearningRate(0)).getMessage()
                .startsWith("learningRate must be"));
    }
}
