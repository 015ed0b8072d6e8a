package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.ProbabilisticClassifierContract;

/** The classifier with one random candidate feature per node: the contract of a randomised learner. */
class RandomFeatureTreeClassifierTest implements ProbabilisticClassifierContract<DecisionTreeClassifierModel> {

    /**
     * Invariant to scaling up only: like scikit-learn, the split search treats feature values closer
     * than the absolute 1e-7 as equal, so at 10^-300 every column looks constant and the tree stays a leaf.
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return scale >= 1;
    }

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
