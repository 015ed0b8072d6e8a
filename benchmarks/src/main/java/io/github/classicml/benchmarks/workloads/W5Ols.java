package io.github.classicml.benchmarks.workloads;

import io.github.classicml.algorithms.linear.LinearRegression;
import io.github.classicml.algorithms.linear.LinearRegressionModel;
import io.github.classicml.core.Dataset;

import java.util.Map;

/**
 * Workload W5, row {@code ols}: ordinary least squares with an intercept fitted on 200,000 × 100 rows
 * ({@code make_regression}). The timed call is the fit, as {@code sklearn_bench.py} times
 * {@code LinearRegression().fit(X, y)}; the dataset is built beforehand. Quality: in-sample R²
 * (computed from the model's predictions, outside the timing).
 */
public final class W5Ols implements WorkloadTask {

    /** Creates the task; the data is read in {@link #prepare}. */
    public W5Ols() {
    }

    @Override
    public String workload() {
        return "W5";
    }

    @Override
    public String row() {
        return "ols";
    }

    @Override
    public int[] threadCounts() {
        return new int[] {1, 2};
    }

    @Override
    public Run prepare(WorkloadData data, int threads) {
        Dataset train = data.regression("w5_X", "w5_y");
        LinearRegression learner = LinearRegression.of().withThreads(threads);
        return new Run() {
            @Override
            public Object call() {
                return learner.fit(train);
            }

            @Override
            public Map<String, Double> quality(Object result) {
                double[] predicted = ((LinearRegressionModel) result).predict(train);
                double mean = 0;
                for (int i = 0; i < predicted.length; i++) {
                    mean += train.target(i);
                }
                mean /= predicted.length;
                double residual = 0;
                double total = 0;
                for (int i = 0; i < predicted.length; i++) {
                    double d = train.target(i) - predicted[i];
                    double t = train.target(i) - mean;
                    residual += d * d;
                    total += t * t;
                }
                return Map.of("r2", 1 - residual / total);
            }
        };
    }
}
