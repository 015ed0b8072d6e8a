package io.github.classicml.algorithms.selection;

import io.github.classicml.algorithms.neighbors.KnnRegressor;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.RegressorContract;

/** A pipeline ending in a regressor keeps the regressor contract. */
class PipelineRegressorTest implements RegressorContract<PipelineRegressorModel> {

    @Override
    public Learner<PipelineRegressorModel> learner() {
        return Pipeline.of(StandardScaler.of()).then(StandardScaler.of()).regressor(KnnRegressor.of(3));
    }

    @Override
    public int minimumRows() {
        return 3;
    }
}
