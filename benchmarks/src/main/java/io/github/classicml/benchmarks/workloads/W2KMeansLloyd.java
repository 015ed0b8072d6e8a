package io.github.classicml.benchmarks.workloads;

import io.github.classicml.algorithms.cluster.KMeans;

/** Workload W2, row {@code lloyd}: k-means with Lloyd's iterations. */
public final class W2KMeansLloyd extends W2KMeans {

    /** The W2 Lloyd row. */
    public W2KMeansLloyd() {
        super(KMeans.Algorithm.LLOYD, "lloyd");
    }
}
