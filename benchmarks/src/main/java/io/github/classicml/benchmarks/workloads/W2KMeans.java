package io.github.classicml.benchmarks.workloads;

import io.github.classicml.algorithms.cluster.KMeans;
import io.github.classicml.algorithms.cluster.KMeansModel;
import io.github.classicml.core.Dataset;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Workload W2: k-means fit of 100000 rows of 16 columns, k = 16, k-means++ start, one run, at most 100
 * iterations, tolerance 1e-4, seed 0; the timed call is the whole fit, start included.
 */
abstract class W2KMeans implements WorkloadTask {

    private final KMeans.Algorithm algorithm;
    private final String row;

    W2KMeans(KMeans.Algorithm algorithm, String row) {
        this.algorithm = algorithm;
        this.row = row;
    }

    /**
     * @param algorithm the assignment step
     * @param threads the number of threads
     * @return the W2 learner
     */
    static KMeans learner(KMeans.Algorithm algorithm, int threads) {
        return KMeans.of(16).withRestarts(1).withMaxIterations(100).withTolerance(1e-4).withSeed(0)
                .withAlgorithm(algorithm).withThreads(threads);
    }

    @Override
    public String workload() {
        return "W2";
    }

    @Override
    public String row() {
        return row;
    }

    @Override
    public int[] threadCounts() {
        return new int[] {1, 2};
    }

    @Override
    public Run prepare(WorkloadData data, int threads) {
        Dataset x = data.features("w2_X");
        KMeans learner = learner(algorithm, threads);
        return new Run() {
            @Override
            public Object call() {
                return learner.fit(x);
            }

            @Override
            public Map<String, Double> quality(Object result) {
                KMeansModel model = (KMeansModel) result;
                Map<String, Double> q = new LinkedHashMap<>();
                q.put("inertia", model.inertia());
                q.put("n_iter", (double) model.iterations());
                return q;
            }
        };
    }
}
