package io.github.classicml.benchmarks.workloads;

import io.github.classicml.algorithms.ensemble.ForestClassifierModel;
import io.github.classicml.algorithms.ensemble.MaxFeatures;
import io.github.classicml.algorithms.ensemble.RandomForestClassifier;
import io.github.classicml.core.Dataset;

import java.util.Map;

/**
 * Workload W7's two rows, which differ only in the candidate columns per split: 50 fully grown Gini
 * trees on bootstrap samples of 20,000 × 20 rows of 2 classes, with 1 or 2 threads. The timed call is the
 * fit, as {@code sklearn_bench.py} times it; the quality is the test accuracy on the 5,000 held-out rows,
 * predicted outside the timing.
 */
abstract class W7Forest implements WorkloadTask {

    private final String row;
    private final MaxFeatures candidates;

    W7Forest(String row, MaxFeatures candidates) {
        this.row = row;
        this.candidates = candidates;
    }

    @Override
    public String workload() {
        return "W7";
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
    public final Run prepare(WorkloadData data, int threads) {
        Dataset train = data.classification("w7_X_train", "w7_y_train");
        Dataset test = data.features("w7_X_test");
        int[] expected = data.labels("w7_y_test");
        RandomForestClassifier learner = RandomForestClassifier.of().withTrees(50).withMaxFeatures(candidates)
                .withThreads(threads);
        return new Run() {
            @Override
            public Object call() {
                return learner.fit(train);
            }

            @Override
            public Map<String, Double> quality(Object result) {
                int[] predicted = ((ForestClassifierModel) result).predict(test);
                return Map.of("test_accuracy", WorkloadTask.accuracy(predicted, expected));
            }
        };
    }
}
