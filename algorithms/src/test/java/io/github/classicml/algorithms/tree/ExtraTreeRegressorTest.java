package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.RegressorContract;

/** The regressor with random thresholds: the contract of a randomised learner. */
class ExtraTreeRegressorTest implements RegressorContract<DecisionTreeRegressorModel> {

    /**
     * Invariant to scaling up only: like scikit-learn, the split search treats feature values closer
     * than the absolute 1e-7 as equal, so at 10^-300 every column looks constant and the tree stays a leaf.
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return scale >= 1;
    }

    @Override
    public Learner<DecisionTreeRegressorModel> learner() {
        return DecisionTreeRegressor.of().withSplitter(Splitter.RANDOM).withSeed(5);
    }

    /** A step function a tree can learn (see {@link TreeTestData}). */
    @Override
    public io.github.classicml.core.Dataset easyCase() {
        return TreeTestData.steps(4000);
    }

    @Override
    public boolean randomised() {
        return true;
    }

    @Override
    public Learner<DecisionTreeRegressorModel> learnerWithSeed(long seed) {
        return DecisionTreeRegressor.of().withSplitter(Splitter.RANDOM).withSeed(seed);
    }
}
