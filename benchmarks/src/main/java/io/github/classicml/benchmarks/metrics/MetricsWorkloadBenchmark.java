package io.github.classicml.benchmarks.metrics;

import io.github.classicml.benchmarks.workloads.W8RocAuc;
import io.github.classicml.benchmarks.workloads.W9ConfusionMatrix;
import io.github.classicml.benchmarks.workloads.WorkloadData;
import io.github.classicml.benchmarks.workloads.WorkloadTask;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Workloads W8 and W9 of {@code WORKLOADS.md}, read from the same files as scikit-learn's timings
 * ({@code -Dclassicml.workloads=/path/to/workload-data}): the ROC AUC of 10^6 tied scores and the 10 x 10
 * confusion matrix of 10^6 label pairs, each through its {@link WorkloadTask} so that JMH times
 * exactly the call the comparison runner times. {@link #aucComparisonSort} is the baseline the radix
 * sort replaced: the same split by class and merge, with {@code Arrays.sort} on the scores.
 *
 * <pre>java -Dclassicml.workloads=/work/workload-data -jar benchmarks/target/benchmarks.jar MetricsWorkloadBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MetricsWorkloadBenchmark {

    private WorkloadTask.Run auc;
    private WorkloadTask.Run confusion;
    private boolean[] actual;
    private double[] scores;

    /** Loads W8 and W9. */
    @Setup
    public void setUp() {
        WorkloadData data = WorkloadData.open();
        auc = new W8RocAuc().prepare(data, 1);
        confusion = new W9ConfusionMatrix().prepare(data, 1);
        double[] y = data.values("w8_y");
        actual = new boolean[y.length];
        for (int i = 0; i < y.length; i++) {
            actual[i] = y[i] == 1;
        }
        scores = data.values("w8_score");
    }

    /** @return W8: {@code RocAuc.binary} (radix sort of the scores of each class, then one merge) */
    @Benchmark
    public Object auc() {
        return auc.call();
    }

    /** @return W9: {@code ConfusionMatrix.of} with validation of every label */
    @Benchmark
    public Object confusion() {
        return confusion.call();
    }

    /** @return the W8 AUC with {@code Arrays.sort} in place of the radix sort, the baseline */
    @Benchmark
    public double aucComparisonSort() {
        int p = 0;
        for (boolean b : actual) {
            p += b ? 1 : 0;
        }
        double[] pos = new double[p];
        double[] neg = new double[actual.length - p];
        int i = 0;
        int j = 0;
        for (int r = 0; r < actual.length; r++) {
            if (actual[r]) {
                pos[i++] = scores[r];
            } else {
                neg[j++] = scores[r];
            }
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        long u2 = 0;
        i = 0;
        j = 0;
        while (i < pos.length) {
            double v = pos[i];
            while (j < neg.length && neg[j] < v) {
                j++;
            }
            int equalEnd = j;
            while (equalEnd < neg.length && neg[equalEnd] == v) {
                equalEnd++;
            }
            int groupEnd = i + 1;
            while (groupEnd < pos.length && pos[groupEnd] == v) {
                groupEnd++;
            }
            u2 += (long) (groupEnd - i) * (2L * j + (equalEnd - j));
            i = groupEnd;
            j = equalEnd;
        }
        return u2 / (2.0 * pos.length * neg.length);
    }
}
