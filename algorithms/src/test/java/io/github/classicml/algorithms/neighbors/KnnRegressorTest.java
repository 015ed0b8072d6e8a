package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.RegressorContract;

class KnnRegressorTest implements RegressorContract<KnnRegressorModel> {

    @Override
    public Learner<KnnRegressorModel> learner() {
        return KnnRegressor.of(3).withWeighting(Weighting.DISTANCE);
    }

    @Override
    public int minimumRows() {
        return 3;
    }
}
