package io.github.classicml.benchmarks.workloads;

import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.neighbors.KnnClassifierModel;
import io.github.classicml.algorithms.neighbors.SearchStrategy;
import io.github.classicml.core.Dataset;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Workload W1: 5-nearest-neighbours classification (Euclidean, uniform votes) of the 2000 query rows
 * against the 20000 training rows of 32 columns; the timed call is the batch prediction, the index build
 * (the fit) is timed once in {@link #prepare} and reported as {@code index_build_s}.
 */
abstract class W1Knn implements WorkloadTask {

    private final SearchStrategy strategy;
    private final String row;

    W1Knn(SearchStrategy strategy, String row) {
        this.strategy = strategy;
        this.row = row;
    }

    @Override
    public String workload() {
        return "W1";
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
        Dataset train = data.classification("w1_X_train", "w1_y_train");
        Dataset queries = data.features("w1_X_query");
        int[] truth = data.labels("w1_y_query");
        KnnClassifier learner = KnnClassifier.of(5).withSearch(strategy).withThreads(threads);
        long start = System.nanoTime();
        KnnClassifierModel model = learner.fit(train);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        return new Run() {
            @Override
            public Object call() {
                return model.predict(queries);
            }

            @Override
            public Map<String, Double> quality(Object result) {
                int[] predicted = (int[]) result;
                int correct = 0;
                for (int i = 0; i < truth.length; i++) {
                    correct += predicted[i] == truth[i] ? 1 : 0;
                }
                Map<String, Double> q = new LinkedHashMap<>();
                q.put("accuracy", correct / (double) truth.length);
                q.put("index_build_s", buildSeconds);
                return q;
            }
        };
    }
}
