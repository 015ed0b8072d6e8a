package io.github.classicml.algorithms.selection;

import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.ClassifierContract;

/** A pipeline ending in a classifier keeps the classifier contract. */
class PipelineClassifierTest implements ClassifierContract<PipelineClassifierModel> {

    @Override
    public Learner<PipelineClassifierModel> learner() {
        return Pipeline.of(StandardScaler.of()).classifier(KnnClassifier.of(3));
    }

    @Override
    public int minimumRows() {
        return 3;
    }
}
