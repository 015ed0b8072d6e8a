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

class ExtraTreesClassifierTest implements ProbabilisticClassifierContract<ForestClassifierModel> {

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
}
