package io.github.classicml.benchmarks.workloads;

import io.github.classicml.algorithms.linear.LogisticRegression;
import io.github.classicml.algorithms.linear.LogisticRegressionModel;
import io.github.classicml.core.Dataset;

import java.util.Map;

/**
 * Workload W4, row {@code l2-logistic}: binary logistic regression with an L2 penalty fitted on
 * 50,000 × 50 rows, objective {@code sum log-loss + (1/2) ||w||^2} with the intercept unpenalised
 * (scikit-learn's {@code C = 1}, {@code tol = 1e-4}, {@code max_iter = 100}: {@link LogisticRegression#of()}).
 * The timed call is the fit, as {@code sklearn_bench.py} times {@code LogisticRegression(...).fit(X, y)};
 * the dataset is built beforehand. Rows for 1 and 2 threads (the model is the same). Quality: test accuracy on the other 10,000 rows, and the objective at
 * the fitted weights (equal objectives mean equally good fits).
 */
public final class W4LogisticL2 implements WorkloadTask {

    /** Creates the task; the data is read in {@link #prepare}. */
    public W4LogisticL2() {
    }

    @Override
    public String workload() {
        return "W4";
    }

    @Override
    public String row() {
        return "l2-logistic";
    }

    /** One thread, and two: the loss and gradient are shared out in fixed parts of rows. */
    @Override
    public int[] threadCounts() {
        return new int[] {1, 2};
    }

    @Override
    public Run prepare(WorkloadData data, int threads) {
        Dataset train = data.classification("w4_X_train", "w4_y_train");
        Dataset test = data.features("w4_X_test");
        int[] expected = data.labels("w4_y_test");
        LogisticRegression learner = LogisticRegression.of().withThreads(threads);
        return new Run() {
            @Override
            public Object call() {
                return learner.fit(train);
            }

            @Override
            public Map<String, Double> quality(Object result) {
                LogisticRegressionModel model = (LogisticRegressionModel) result;
                int[] predicted = model.predict(test);
                return Map.of("test_accuracy", WorkloadTask.accuracy(predicted, expected), "objective", model.objective(),
                        "n_iter", (double) model.iterations());
            }
        };
    }
}
