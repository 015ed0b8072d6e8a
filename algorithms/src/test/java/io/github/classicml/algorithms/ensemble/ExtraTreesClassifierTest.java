package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.DecisionTreeClassifierModel;
import io.github.classicml.algorithms.tree.Splitter;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.ProbabilisticClassifierContract;
import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtraTreesClassifierTest implements ProbabilisticClassifierContract<ForestClassifierModel> {

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
        return ExtraTreesClassifier.of().withTrees(10).withSeed(0);
    }

    @Override
    public boolean randomised() {
        return true;
    }

    @Override
    public Learner<ForestClassifierModel> learnerWithSeed(long seed) {
        return ExtraTreesClassifier.of().withTrees(10).withSeed(seed);
    }

    @Test
    void fit_everyTreeSeesEveryRow_withRandomThresholds() {
        Dataset data = RandomData.blobs(new SplittableRandom(8), 50, 4, 3, 1.0);
        ExtraTreesClassifier learner = ExtraTreesClassifier.of().withTrees(4).withSeed(3);
        ForestClassifierModel model = learner.fit(data);
        assertFalse(learner.bootstrap());
        assertEquals(Splitter.RANDOM, learner.tree(4).splitter());
        assertEquals(2, learner.tree(4).maxFeatures());
        Bag[] bags = Forests.bags(3, 4, 50, 4, false, 1.0);
        for (int m = 0; m < 4; m++) {
            DecisionTreeClassifierModel tree = model.trees().get(m);
            assertEquals(50, tree.nodeRows(0));
            DecisionTreeClassifierModel alone = learner.tree(4).withSeed(bags[m].seed()).fit(data);
            for (int i = 0; i < 50; i++) {
                assertArrayEquals(alone.predictProbabilities(data.row(i)), tree.predictProbabilities(data.row(i)), 0.0);
            }
        }
    }

    @Test
    void fit_sameSeed_bitIdenticalFor1_2And8Threads() {
        Dataset data = RandomData.blobs(new SplittableRandom(12), 200, 5, 3, 1.0);
        ExtraTreesClassifier learner = ExtraTreesClassifier.of().withTrees(12).withSeed(8);
        ForestClassifierModel one = learner.withThreads(1).fit(data);
        Dataset probes = RandomData.blobs(new SplittableRandom(13), 60, 5, 3, 1.0);
        for (int threads : new int[] {2, 8}) {
            ForestClassifierModel other = learner.withThreads(threads).fit(data);
            assertTrue(java.util.Arrays.deepEquals(one.predictProbabilities(probes), other.predictProbabilities(probes)));
            for (int m = 0; m < 12; m++) {
                DecisionTreeClassifierModel a = one.trees().get(m);
                DecisionTreeClassifierModel b = other.trees().get(m);
                assertEquals(a.nodeCount(), b.nodeCount());
                for (int node = 0; node < a.nodeCount(); node++) {
                    assertEquals(a.threshold(node), b.threshold(node), 0.0);
                }
            }
        }
    }
}
