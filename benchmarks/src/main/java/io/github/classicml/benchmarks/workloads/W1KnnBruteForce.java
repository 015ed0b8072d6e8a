package io.github.classicml.benchmarks.workloads;

import io.github.classicml.algorithms.neighbors.SearchStrategy;

/** Workload W1, row {@code brute}: k-nearest-neighbours prediction by brute-force search. */
public final class W1KnnBruteForce extends W1Knn {

    /** The W1 brute-force row. */
    public W1KnnBruteForce() {
        super(SearchStrategy.BRUTE_FORCE, "brute");
    }
}
