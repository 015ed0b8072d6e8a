package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Regressor;
import io.github.classicml.core.Dataset;

/**
 * A fitted {@link PipelineRegressor}: the fitted transformers, then the fitted regressor. Batch
 * predictions transform the whole batch step by step and predict from it, which gives exactly the
 * row-by-row answers. Immutable and safe for concurrent use when its parts are.
 *
 * @see PipelineRegressor
 */
public final class PipelineRegressorModel implements Regressor {

    private final PipelineRegressor learner;
    private final PipelineTransformerModel transformers;
    private final Regressor regressor;

    PipelineRegressorModel(PipelineRegressor learner, PipelineTransformerModel transformers, Regressor regressor) {
        this.learner = learner;
        this.transformers = transformers;
        this.regressor = regressor;
    }

    /** @return the fitted transformer steps */
    public PipelineTransformerModel transformers() {
        return transformers;
    }

    /** @return the fitted final regressor, which sees transformed rows */
    public Regressor regressor() {
        return regressor;
    }

    @Override
    public PipelineRegressor learner() {
        return learner;
    }

    @Override
    public int columns() {
        return transformers.columns();
    }

    @Override
    public double predict(double[] row) {
        return regressor.predict(transformers.transform(row));
    }

    @Override
    public double[] predict(Dataset data) {
        return regressor.predict(transformers.transform(data));
    }

    @Override
    public String toString() {
        return "PipelineRegressorModel[" + transformers.steps().stream().map(s -> s.getClass().getSimpleName())
                .reduce((a, b) -> a + " -> " + b).orElse("") + " -> " + regressor.getClass().getSimpleName()
                + ", " + columns() + " columns]";
    }
}
