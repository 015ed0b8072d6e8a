package io.github.classicml.algorithms.selection;

import io.github.classicml.core.ProbabilisticClassifier;
import io.github.classicml.core.Dataset;

import java.util.List;

/**
 * A fitted {@link PipelineProbabilisticClassifier}: the fitted transformers, then the fitted classifier,
 * whose class probabilities it passes on. Batch predictions transform the whole batch step by step
 * and classify it, which gives exactly the row-by-row answers. Immutable and safe for concurrent use when its parts are.
 *
 * @see PipelineProbabilisticClassifier
 */
public final class PipelineProbabilisticClassifierModel implements ProbabilisticClassifier {

    private final PipelineProbabilisticClassifier learner;
    private final PipelineTransformerModel transformers;
    private final ProbabilisticClassifier classifier;

    PipelineProbabilisticClassifierModel(PipelineProbabilisticClassifier learner, PipelineTransformerModel transformers,
            ProbabilisticClassifier classifier) {
        this.learner = learner;
        this.transformers = transformers;
        this.classifier = classifier;
    }

    /** @return the fitted transformer steps */
    public PipelineTransformerModel transformers() {
        return transformers;
    }

    /** @return the fitted final classifier, which sees transformed rows */
    public ProbabilisticClassifier classifier() {
        return classifier;
    }

    @Override
    public PipelineProbabilisticClassifier learner() {
        return learner;
    }

    @Override
    public int columns() {
        return transformers.columns();
    }

    @Override
    public List<String> classNames() {
        return classifier.classNames();
    }

    @Override
    public int predict(double[] row) {
        return classifier.predict(transformers.transform(row));
    }

    @Override
    public int[] predict(Dataset data) {
        return classifier.predict(transformers.transform(data));
    }

    @Override
    public double[] predictProbabilities(double[] row) {
        return classifier.predictProbabilities(transformers.transform(row));
    }

    @Override
    public double[][] predictProbabilities(Dataset data) {
        return classifier.predictProbabilities(transformers.transform(data));
    }

    @Override
    public String toString() {
        return "PipelineProbabilisticClassifierModel[" + transformers.steps().stream().map(s -> s.getClass().getSimpleName())
                .reduce((a, b) -> a + " -> " + b).orElse("") + " -> " + classifier.getClass().getSimpleName()
                + ", " + classNames().size() + " classes]";
    }
}
