package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;

/**
 * A pipeline that ends in a classifier: a classifier learner whose fit runs the transformers in order
 * on the training rows, then fits the classifier on their output. Its model applies the fitted
 * transformers to each row and classifies the result. Made by {@link Pipeline#classifier}.
 *
 * @param transformers the transformer steps
 * @param classifier the final classifier learner
 * @see PipelineClassifierModel
 */
public record PipelineClassifier(Pipeline transformers, Learner<? extends Classifier> classifier)
        implements Learner<PipelineClassifierModel> {

    /**
     * Validates the parts.
     *
     * @param transformers the transformer steps
     * @param classifier the final classifier learner
     */
    public PipelineClassifier {
        Check.notNull("transformers", transformers);
        Check.notNull("classifier", classifier);
    }

    @Override
    public PipelineClassifierModel fit(Dataset data) {
        Pipeline.FittedSteps fitted = transformers.fitSteps(data);
        Classifier last = classifier.fit(fitted.output());
        return new PipelineClassifierModel(this, new PipelineTransformerModel(transformers, fitted.steps()), last);
    }
}
