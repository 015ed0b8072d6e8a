package io.github.classicml.benchmarks.workloads;

import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeClassifierModel;
import io.github.classicml.core.Dataset;

import java.util.Map;

/**
 * Workload W6, row {@code cart}: a classification tree with scikit-learn's defaults (Gini, unlimited
 * depth, one row per leaf) fitted on 50,000 × 20 rows of 2 classes. The timed call is the fit, as
 * {@code sklearn_bench.py} times {@code DecisionTreeClassifier().fit(X, y)}; the quality is the test
 * accuracy on the 10,000 held-out rows, predicted outside the timing.
 */
public final class W6Cart implements WorkloadTask {

    /** Creates the task; the data is read in {@link #prepare}. */
    public W6Cart() {
    }

    @Override
    public String workload() {
        return "W6";
    }

    @Override
    public String row() {
        return "cart";
    }

    @Override
    public Run prepare(WorkloadData data, int threads) {
        Dataset train = data.classification("w6_X_train", "w6_y_train");
        Dataset test = data.features("w6_X_test");
        int[] expected = data.labels("w6_y_test");
        DecisionTreeClassifier learner = DecisionTreeClassifier.of();
        return new Run() {
            @Override
            public Object call() {
                return learner.fit(train);
            }

            @Override
            public Map<String, Double> quality(Object result) {
                int[] predicted = ((DecisionTreeClassifierModel) result).predict(test);
                return Map.of("test_accuracy", WorkloadTask.accuracy(predicted, expected));
            }
        };
    }
}
