package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.ProbabilisticClassifier;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;

/**
 * A pipeline that ends in a probabilistic classifier: a probabilistic classifier learner whose fit runs the transformers in order
 * on the training rows, then fits the classifier on their output. Its model applies the fitted
 * transformers to each row and classifies the result, with class probabilities. Made by {@link Pipeline#probabilisticClassifier}.
 *
 * @param transformers the transformer steps
 * @param classifier the final classifier learner
 * @see PipelineProbabilisticClassifierModel
 */
public record PipelineProbabilisticClassifier(Pipeline transformers, Learner<? extends ProbabilisticClassifier> classifier)
        implements Learner<PipelineProbabilisticClassifierModel> {

    /**
     * Validates the parts.
     *
     * @param transformers the transformer steps
     * @param classifier the final classifier learner
     */
    public PipelineProbabilisticClassifier {
        Check.notNull("transformers", transformers);
        Check.notNull("classifier", classifier);
    }

    @Override
    public PipelineProbabilisticClassifierModel fit(Dataset data) {
        Pipeline.FittedSteps fitted = transformers.fitSteps(data);
        ProbabilisticClassifier last = classifier.fit(fitted.output());
        return new PipelineProbabilisticClassifierModel(this, new PipelineTransformerModel(transformers, fitted.steps()), last);
    }
}
