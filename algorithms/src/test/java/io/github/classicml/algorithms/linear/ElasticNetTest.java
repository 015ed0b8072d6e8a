package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.RegressorContract;

/** The regressor contract for the elastic net; its reference and hand-worked tests are in {@link LassoTest}. */
class ElasticNetTest implements RegressorContract<ElasticNetModel> {

    @Override
    public Learner<ElasticNetModel> learner() {
        return ElasticNet.of().withAlpha(0.02);
    }
}
