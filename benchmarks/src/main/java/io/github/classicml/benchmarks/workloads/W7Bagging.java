package io.github.classicml.benchmarks.workloads;

import io.github.classicml.algorithms.ensemble.MaxFeatures;

/**
 * Workload W7, row {@code bagging}: bagged trees, every one of the 20 columns a candidate at every split
 * ({@code RandomForestClassifier} with {@code MaxFeatures.all()}, which is bagging of trees with the draw
 * counts as row weights, as scikit-learn's {@code BaggingClassifier} fits trees).
 */
public final class W7Bagging extends W7Forest {

    /** Creates the task; the data is read in {@link #prepare}. */
    public W7Bagging() {
        super("bagging", MaxFeatures.all());
    }
}
