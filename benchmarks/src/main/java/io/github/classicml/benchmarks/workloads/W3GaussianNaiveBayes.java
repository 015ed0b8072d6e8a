package io.github.classicml.benchmarks.workloads;

import io.github.classicml.algorithms.bayes.GaussianNaiveBayes;
import io.github.classicml.core.Dataset;

import java.util.Map;

/**
 * Workload W3, row {@code gnb}: Gaussian naive Bayes with scikit-learn's defaults fitted on
 * 200,000 × 50 rows of 5 classes, then predicting 50,000 rows. The timed call is fit plus predict, as
 * {@code sklearn_bench.py} times {@code GaussianNB().fit(X, y).predict(Xt)}; the datasets are built
 * beforehand. Quality: test accuracy.
 */
public final class W3GaussianNaiveBayes implements WorkloadTask {

    /** Creates the task; the data is read in {@link #prepare}. */
    public W3GaussianNaiveBayes() {
    }

    @Override
    public String workload() {
        return "W3";
    }

    @Override
    public String row() {
        return "gnb";
    }

    @Override
    public Run prepare(WorkloadData data, int threads) {
        Dataset train = data.classification("w3_X_train", "w3_y_train");
        Dataset test = data.features("w3_X_test");
        int[] expected = data.labels("w3_y_test");
        GaussianNaiveBayes learner = GaussianNaiveBayes.of();
        return new Run() {
            @Override
            public Object call() {
                return learner.fit(train).predict(test);
            }

            @Override
            public Map<String, Double> quality(Object result) {
                int[] predicted = (int[]) result;
                return Map.of("accuracy", WorkloadTask.accuracy(predicted, expected));
            }
        };
    }
}
