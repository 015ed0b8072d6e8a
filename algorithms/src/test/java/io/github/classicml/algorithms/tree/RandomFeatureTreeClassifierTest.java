package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.ProbabilisticClassifierContract;

/** The classifier with one random candidate feature per node: the contract of a randomised learner. */
class RandomFeatureTreeClassifierTest implements ProbabilisticClassifierContract<DecisionTreeClassifierModel> {

    @Override
    public Learner<DecisionTreeClassifierModel> learner() {
        return DecisionTreeClassifier.of().withMaxFeatures(1).withSeed(3);
    }

    /** Blobs a tree can separate along the axes (see {@link TreeTestData}). */
    @Override
    public io.github.classicml.core.Dataset easyCase() {
        return TreeTestData.separatedBlobs();
    }

    @Override
    public boolean randomised() {
        return true;
    }

    @Override
    public Learner<DecisionTreeClassifierModel> learnerWithSeed(long seed) {
        return DecisionTreeClassifier.of().withMaxFeatures(1).withSeed(seed);
    }
}
