package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;

import java.util.List;

/**
 * A fitted {@link PipelineClassifier}: the fitted transformers, then the fitted classifier. Batch
 * predictions transform the whole batch step by step and classify it, which gives exactly the
 * row-by-row answers. Immutable and safe for concurrent use when its parts are.
 *
 * @see PipelineClassifier
 */
public final class PipelineClassifierModel implements Classifier {

    private final PipelineClassifier learner;
    private final PipelineTransformerModel transformers;
    private final Classifier classifier;

    PipelineClassifierModel(PipelineClassifier learner, PipelineTransformerModel transformers, Classifier classifier) {
        this.learner = learner;
        this.transformers = transformers;
        this.classifier = classifier;
    }

    /** @return the fitted transformer steps */
    public PipelineTransformerModel transformers() {
        return transformers;
    }

    /** @return the fitted final classifier, which sees transformed rows */
    public Classifier classifier() {
        return classifier;
    }

    @Override
    public PipelineClassifier learner() {
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
    public String toString() {
        return "PipelineClassifierModel[" + transformers.steps().stream().map(s -> s.getClass().getSimpleName())
                .reduce((a, b) -> a + " -> " + b).orElse("") + " -> " + classifier.getClass().getSimpleName()
                + ", " + classNames().size() + " classes]";
    }
}
