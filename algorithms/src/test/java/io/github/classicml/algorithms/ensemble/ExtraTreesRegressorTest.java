package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.RegressorContract;

class ExtraTreesRegressorTest implements RegressorContract<ForestRegressorModel> {

    /**
     * Not scale-invariant yet. At 10^-300: like scikit-learn, the split search treats feature values
     * closer than the absolute 1e-7 as equal, so every column looks constant and the tree stays a leaf
     * (kept on purpose). At 10^300: the squared-error impurity of targets near 1e300 overflows, so the
     * tree stops splitting early; the answers are finite (checked), but the fix (targets kept in a
     * power-of-two unit while growing) is still open in issue 13.
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return false;
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
