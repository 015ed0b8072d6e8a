package io.github.classicml.benchmarks.workloads;

import io.github.classicml.metrics.ConfusionMatrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Workload W9: the 10 x 10 confusion matrix of 1,000,000 label pairs. The timed call is
 * {@link ConfusionMatrix#of(int[], int[], List)}, which validates every label and counts. Quality, as
 * {@code sklearn_bench.py} computes it: {@code trace} (the correct predictions) and {@code sum_sq}
 * (the sum of the squared cell counts, a checksum of the whole matrix).
 */
public final class W9ConfusionMatrix implements WorkloadTask {

    /** Creates the task; it holds no state until {@link #prepare}. */
    public W9ConfusionMatrix() {
    }

    @Override
    public String workload() {
        return "W9";
    }

    @Override
    public String row() {
        return "confusion";
    }

    @Override
    public Run prepare(WorkloadData data, int threads) {
        int[] actual = data.labels("w9_y_true");
        int[] predicted = data.labels("w9_y_pred");
        List<String> names = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            names.add(Integer.toString(c));
        }
        return new Run() {
            @Override
            public Object call() {
                return ConfusionMatrix.of(actual, predicted, names);
            }

            @Override
            public Map<String, Double> quality(Object result) {
                ConfusionMatrix m = (ConfusionMatrix) result;
                double sumSq = 0;
                for (long[] row : m.counts()) {
                    for (long c : row) {
                        sumSq += (double) c * c;
                    }
                }
                return Map.of("trace", (double) m.trace(), "sum_sq", sumSq);
            }
        };
    }
}
