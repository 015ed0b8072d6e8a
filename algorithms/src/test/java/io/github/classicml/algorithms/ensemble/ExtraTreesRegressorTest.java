package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.RegressorContract;

class ExtraTreesRegressorTest implements RegressorContract<ForestRegressorModel> {

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
