package io.github.classicml.benchmarks.workloads;

import io.github.classicml.algorithms.cluster.KMeans;

/** Workload W2, row {@code accelerated}: k-means with Hamerly's iterations (same result as Lloyd's). */
public final class W2KMeansAccelerated extends W2KMeans {

    /** The W2 accelerated row. */
    public W2KMeansAccelerated() {
        super(KMeans.Algorithm.HAMERLY, "accelerated");
    }
}
