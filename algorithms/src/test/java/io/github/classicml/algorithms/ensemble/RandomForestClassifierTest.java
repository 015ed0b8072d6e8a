package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.DecisionTreeClassifierModel;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.ProgressLog;
import io.github.classicml.core.testing.ProbabilisticClassifierContract;
import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RandomForestClassifierTest implements ProbabilisticClassifierContract<ForestClassifierModel> {

    /**
     * Invariant to scaling up only: like scikit-learn, the split search treats feature values closer
     * than the absolute 1e-7 as equal, so at 10^-300 every column looks constant and the tree stays a leaf.
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return scale >= 1;
    }

    @Override
    public Learner<ForestClassifierModel> learner() {
        return RandomForestClassifier.of().withTrees(10).withSeed(0);
    }

    @Override
    public boolean randomised() {
        return true;
    }

    @Override
    public Learner<ForestClassifierModel> learnerWithSeed(long seed) {
        return RandomForestClassifier.of().withTrees(10).withSeed(seed);
    }

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }

    @Test
    void fit_twoTrees_probabilitiesAreTheMeanOfTheTrees() {
        // each tree's leaf holds class counts; the forest averages the trees' shares, not their votes
        Dataset data = RandomData.blobs(new SplittableRandom(3), 40, 2, 2, 0.8);
        ForestClassifierModel model = RandomForestClassifier.of().withTrees(2).withMaxDepth(1).withSeed(1).fit(data);
        for (int i = 0; i < data.rows(); i++) {
            double[] row = data.row(i);
            double[] a = model.trees().get(0).predictProbabilities(row);
            double[] b = model.trees().get(1).predictProbabilities(row);
            assertArrayEquals(new double[] {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2}, model.predictProbabilities(row), 0.0);
        }
    }

    @Test
    void fit_bootstrapWeights_growTheTreeOfTheResampledRows() {
        Dataset data = RandomData.blobs(new SplittableRandom(8), 30, 3, 3, 1.0);
        RandomForestClassifier forest = RandomForestClassifier.of().withTrees(3).withSeed(17);
        ForestClassifierModel model = forest.fit(data);
        Bag[] bags = Forests.bags(17, 3, 30, 3, true, 1.0);
        for (int m = 0; m < 3; m++) {
            // weights are the draw counts: the root holds sum(counts) = 30 of weight and only the drawn rows
            DecisionTreeClassifierModel tree = model.trees().get(m);
            assertEquals(30.0, tree.nodeWeight(0), 0.0);
            long drawn = Arrays.stream(bags[m].counts()).filter(c -> c > 0).count();
            assertEquals(drawn, tree.nodeRows(0));
            DecisionTreeClassifierModel alone = forest.tree(3).withSeed(bags[m].seed())
                    .fit(data, Forests.weights(bags[m], true));
            for (int i = 0; i < 30; i++) {
                assertArrayEquals(alone.predictProbabilities(data.row(i)), tree.predictProbabilities(data.row(i)), 0.0);
            }
        }
    }

    @Test
    void featureImportances_areTheNormalisedMeanOfTheTrees() {
        Dataset data = RandomData.blobs(new SplittableRandom(2), 80, 4, 3, 1.0);
        ForestClassifierModel model = RandomForestClassifier.of().withTrees(5).withSeed(2).fit(data);
        double[] mean = new double[4];
        for (DecisionTreeClassifierModel tree : model.trees()) {
            double[] t = tree.featureImportances();
            for (int j = 0; j < 4; j++) {
                mean[j] += t[j] / 5;
            }
        }
        double sum = Arrays.stream(mean).sum();
        double[] importances = model.featureImportances();
        for (int j = 0; j < 4; j++) {
            assertEquals(mean[j] / sum, importances[j], 1e-15);
        }
        assertEquals(1.0, Arrays.stream(importances).sum(), 1e-12);
    }

    @Test
    void fit_sameSeed_bitIdenticalForestsFor1_2And8Threads() {
        Dataset data = RandomData.blobs(new SplittableRandom(4), 300, 6, 3, 1.5);
        RandomForestClassifier forest = RandomForestClassifier.of().withTrees(16).withOobScore(true).withSeed(99);
        ForestClassifierModel one = forest.withThreads(1).fit(data);
        for (int threads : new int[] {2, 8}) {
            ForestClassifierModel other = forest.withThreads(threads).fit(data);
            for (int m = 0; m < 16; m++) {
                DecisionTreeClassifierModel a = one.trees().get(m);
                DecisionTreeClassifierModel b = other.trees().get(m);
                assertEquals(a.nodeCount(), b.nodeCount(), "tree " + m);
                for (int node = 0; node < a.nodeCount(); node++) {
                    assertEquals(a.isLeaf(node), b.isLeaf(node));
                    if (!a.isLeaf(node)) {
                        assertEquals(a.feature(node), b.feature(node));
                        assertEquals(a.threshold(node), b.threshold(node), 0.0);
                    }
                    assertArrayEquals(a.nodeValue(node), b.nodeValue(node), 0.0);
                }
            }
            assertTrue(Arrays.deepEquals(one.oobProbabilities(), other.oobProbabilities()));
            assertArrayEquals(one.featureImportances(), other.featureImportances(), 0.0);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void oob_scoreTracksTheTestAccuracy(long seed) {
        Dataset all = RandomData.blobs(new SplittableRandom(seed), 400, 4, 3, 1.5);
        Dataset train = all.select(RandomData.range(0, 200));
        Dataset test = all.select(RandomData.range(200, 400));
        ForestClassifierModel model = RandomForestClassifier.of().withTrees(30).withOobScore(true).withSeed(seed)
                .withThreads(1).fit(train);
        int[] predicted = model.predict(test);
        int correct = 0;
        for (int i = 0; i < 200; i++) {
            correct += predicted[i] == test.classOf(i) ? 1 : 0;
        }
        assertEquals(correct / 200.0, model.oobScore(), 0.1, "seed " + seed);
    }

    @Test
    void fit_reportsOneStepPerTree() {
        ProgressLog log = new ProgressLog();
        learner().fit(training(), log);
        assertEquals(10, log.steps().size());
        assertEquals(10, log.steps().get(9).maxSteps());
    }

    @Test
    void learner_defaultsAreScikitLearns_andBadSettingsThrow() {
        RandomForestClassifier forest = RandomForestClassifier.of();
        assertEquals(100, forest.trees());
        assertEquals(MaxFeatures.sqrt(), forest.maxFeatures());
        assertTrue(forest.bootstrap());
        assertEquals(4, MaxFeatures.sqrt().of(20));
        assertEquals(3, MaxFeatures.log2().of(8));
        assertEquals(2, MaxFeatures.fraction(0.25).of(11));
        assertEquals("trees must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> forest.withTrees(0)).getMessage());
        assertEquals("maxSamples below 1 needs bootstrap; set bootstrap true or maxSamples 1",
                assertThrows(IllegalArgumentException.class,
                        () -> forest.withMaxSamples(0.5).withBootstrap(false)).getMessage());
        assertEquals("minRowsPerLeaf must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> forest.withMinRowsPerLeaf(0)).getMessage());
        assertEquals("maxFeatures must be <= the number of columns (3), got 5",
                assertThrows(IllegalArgumentException.class,
                        () -> forest.withMaxFeatures(MaxFeatures.count(5)).fit(training())).getMessage());
        assertEquals("maxFeatures must be a whole number >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> MaxFeatures.count(0)).getMessage());
        assertEquals(List.of("c0", "c1", "c2"), forest.withTrees(2).fit(training()).classNames());
    }
}
