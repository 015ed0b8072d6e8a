package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.RegressorContract;

class ExtraTreesRegressorTest implements RegressorContract<ForestRegressorModel> {

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
        return ExtraTreesRegressor.of().withTrees(20).withSeed(1);
    }

    @Override
    public boolean randomised() {
        return true;
    }

    @Override
    public Learner<ForestRegressorModel> learnerWithSeed(long seed) {
        return ExtraTreesRegressor.of().withTrees(20).withSeed(seed);
    }
}
