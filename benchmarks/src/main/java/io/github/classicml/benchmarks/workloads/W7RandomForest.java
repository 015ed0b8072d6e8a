package io.github.classicml.benchmarks.workloads;

import io.github.classicml.algorithms.ensemble.MaxFeatures;

/**
 * Workload W7, row {@code random-forest}: a random forest, 4 = floor(sqrt(20)) random candidate columns
 * per split.
 */
public final class W7RandomForest extends W7Forest {

    /** Creates the task; the data is read in {@link #prepare}. */
    public W7RandomForest() {
        super("random-forest", MaxFeatures.sqrt());
    }
}
