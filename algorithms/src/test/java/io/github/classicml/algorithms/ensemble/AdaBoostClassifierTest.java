package io.github.classicml.algorithms.ensemble;

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

class AdaBoostClassifierTest implements ProbabilisticClassifierContract<AdaBoostClassifierModel> {

    /**
     * Invariant to scaling up only: like scikit-learn, the split search treats feature values closer
     * than the absolute 1e-7 as equal, so at 10^-300 every column looks constant and the tree stays a leaf.
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return scale >= 1;
    }

    @Override
    public Learner<AdaBoostClassifierModel> learner() {
        return AdaBoostClassifier.of().withStages(20).withMaxDepth(2);
    }

    /** Blobs far apart along the axes, as for a single tree. */
    @Override
    public Dataset easyCase() {
        return RandomData.blobs(new SplittableRandom(2024), 120, 3, 3, 20.0);
    }

    @Test
    void fit_twoStagesByHand() {
        // x = 1..5, classes 0 0 1 1 0, weights 1/5. Stage 1: the stump at 2.5 (weighted Gini 3/5 * 4/9 =
        // 0.267, lowest) predicts 0 | 1 and gets row 5 wrong: err = 0.2, alpha = log(0.8 / 0.2) + log(1) =
        // log 4. Row 5's weight becomes 0.2 * 4 = 0.8; normalised by 1.6: rows 1-4 weigh 1/8, row 5 1/2.
        // Stage 2: the stump at 4.5 (left 1/4 of each class: 0.5 * 0.5 = 0.25; right pure) beats 3.5 (0.367),
        // 1.5 (0.357) and 2.5 (0.333); its left leaf ties, so predicts class 0, and rows 3 and 4 are wrong:
        // err = 1/4, alpha = log 3
        Dataset data = Dataset.of(new double[][] {{1}, {2}, {3}, {4}, {5}})
                .withClasses(new int[] {0, 0, 1, 1, 0}, List.of("a", "b"));
        AdaBoostClassifierModel model = AdaBoostClassifier.of().withStages(2).fit(data);
        assertArrayEquals(new double[] {Math.log(4), Math.log(3)}, model.estimatorWeights(), 1e-15);
        assertArrayEquals(new double[] {0.2, 0.25}, model.estimatorErrors(), 1e-15);
        assertEquals(2.5, model.trees().get(0).threshold(0), 0.0);
        assertEquals(4.5, model.trees().get(1).threshold(0), 0.0);
        // at x = 3 the first stump says b (log 4), the second a (log 3): b wins with share log 4 / log 12
        double share = Math.log(4) / Math.log(12);
        assertArrayEquals(new double[] {1 - share, share}, model.votes(new double[] {3}), 1e-15);
        assertEquals(1, model.predict(new double[] {3}));
        double d = share - (1 - share);
        double p = Math.exp(d / 2) / (Math.exp(d / 2) + Math.exp(-d / 2));
        assertArrayEquals(new double[] {1 - p, p}, model.predictProbabilities(new double[] {3}), 1e-15);
    }

    @Test
    void fit_perfectFirstTree_stopsWithWeightOne() {
        Dataset data = Dataset.of(new double[][] {{1}, {2}, {3}, {4}}).withClasses(new int[] {0, 0, 1, 1}, List.of("a", "b"));
        ProgressLog log = new ProgressLog();
        AdaBoostClassifierModel model = AdaBoostClassifier.of().fit(data, log);
        assertArrayEquals(new double[] {1.0}, model.estimatorWeights(), 0.0);
        assertArrayEquals(new double[] {0.0}, model.estimatorErrors(), 0.0);
        assertEquals(1, log.steps().size());
    }

    @Test
    void weights_arePositiveWhileTheTreesBeatGuessing() {
        Dataset data = RandomData.blobs(new SplittableRandom(5), 150, 2, 3, 1.0);
        AdaBoostClassifierModel model = AdaBoostClassifier.of().fit(data);
        double[] errors = model.estimatorErrors();
        double[] weights = model.estimatorWeights();
        for (int m = 0; m < errors.length; m++) {
            assertTrue(errors[m] < 2.0 / 3, "stage " + m);
            assertEquals(Math.log((1 - errors[m]) / errors[m]) + Math.log(2), weights[m], 1e-12, "stage " + m);
        }
    }

    @Test
    void learner_badSettings_throw() {
        assertEquals("stages must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> AdaBoostClassifier.of().withStages(0)).getMessage());
        assertEquals("maxDepth must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> AdaBoostClassifier.of().withMaxDepth(0)).getMessage());
    }
}
