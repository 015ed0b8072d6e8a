package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.RegressorContract;

/** The regressor contract for the elastic net; its reference and hand-worked tests are in {@link LassoTest}. */
class ElasticNetTest implements RegressorContract<ElasticNetModel> {

    /**
     * Not scale-invariant: the penalty {@code alpha} is absolute, while the coefficients it shrinks scale
     * with the inverse of the features (scikit-learn's objective, kept on purpose).
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return false;
    }

    @Override
    public Learner<ElasticNetModel> learner() {
        return ElasticNet.of().withAlpha(0.02);
    }
}
