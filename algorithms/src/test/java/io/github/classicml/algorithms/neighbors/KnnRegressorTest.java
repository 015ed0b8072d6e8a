package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.LearnerContract;

class KnnRegressorTest implements LearnerContract<KnnRegressorModel> {

    @Override
    public Learner<KnnRegressorModel> learner() {
        return new KnnRegressor(3).withWeighting(Weighting.DISTANCE);
    }

    @Override
    public Kind kind() {
        return Kind.REGRESSOR;
    }

    @Override
    public int minimumRows() {
        return 3;
    }
}
