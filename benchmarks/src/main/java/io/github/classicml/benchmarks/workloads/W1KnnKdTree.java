package io.github.classicml.benchmarks.workloads;

import io.github.classicml.algorithms.neighbors.SearchStrategy;

/** Workload W1, row {@code kd-tree}: k-nearest-neighbours prediction through a k-d tree. */
public final class W1KnnKdTree extends W1Knn {

    /** The W1 k-d tree row. */
    public W1KnnKdTree() {
        super(SearchStrategy.KD_TREE, "kd-tree");
    }
}
