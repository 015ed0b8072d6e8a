package io.github.classicml.benchmarks.workloads;

import io.github.classicml.metrics.Ratio;
import io.github.classicml.metrics.RocAuc;

import java.util.Map;

/**
 * Workload W8: the ROC AUC of 1,000,000 scores rounded to 3 decimals (heavy ties), about 30 %
 * positives. The timed call is {@link RocAuc#binary}; turning the 0/1 labels into booleans is setup,
 * as scikit-learn receives its labels ready too. Quality: {@code auc}, which must equal
 * scikit-learn's {@code roc_auc_score} exactly.
 */
public final class W8RocAuc implements WorkloadTask {

    /** Creates the task; it holds no state until {@link #prepare}. */
    public W8RocAuc() {
    }

    @Override
    public String workload() {
        return "W8";
    }

    @Override
    public String row() {
        return "auc";
    }

    @Override
    public Run prepare(WorkloadData data, int threads) {
        double[] y = data.values("w8_y");
        double[] scores = data.values("w8_score");
        boolean[] actual = new boolean[y.length];
        for (int i = 0; i < y.length; i++) {
            actual[i] = y[i] == 1;
        }
        return new Run() {
            @Override
            public Object call() {
                return RocAuc.binary(actual, scores);
            }

            @Override
            public Map<String, Double> quality(Object result) {
                return Map.of("auc", ((Ratio) result).value());
            }
        };
    }
}
