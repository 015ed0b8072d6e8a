package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;

/**
 * A pipeline that ends in a regressor: a regressor learner whose fit runs the transformers in order
 * on the training rows, then fits the regressor on their output. Its model applies the fitted
 * transformers to each row and predicts from the result. Made by {@link Pipeline#regressor}.
 *
 * @param transformers the transformer steps
 * @param regressor the final regressor learner
 * @see PipelineRegressorModel
 */
public record PipelineRegressor(Pipeline transformers, Learner<? extends Regressor> regressor)
        implements Learner<PipelineRegressorModel> {

    /**
     * Validates the parts.
     *
     * @param transformers the transformer steps
     * @param regressor the final regressor learner
     */
    public PipelineRegressor {
        Check.notNull("transformers", transformers);
        Check.notNull("regressor", regressor);
    }

    @Override
    public PipelineRegressorModel fit(Dataset data) {
        Pipeline.FittedSteps fitted = transformers.fitSteps(data);
        Regressor last = regressor.fit(fitted.output());
        return new PipelineRegressorModel(this, new PipelineTransformerModel(transformers, fitted.steps()), last);
    }
}
