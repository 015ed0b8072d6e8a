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
 * exactly the call the comparison runner times. {@link #comparisonSortOfTheScores} is the baseline
 * the radix sort replaced: a comparison sort of the same scores, without counting anything.
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
    private double[] scores;

    /** Loads W8 and W9. */
    @Setup
    public void setUp() {
        WorkloadData data = WorkloadData.open();
        auc = new W8RocAuc().prepare(data, 1);
        confusion = new W9ConfusionMatrix().prepare(data, 1);
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

    /**
     * The baseline: only sorting a copy of the W8 scores with {@code Arrays.sort} (dual-pivot
     * quicksort), which any comparison-sort AUC must pay before it counts anything.
     *
     * @return the median score
     */
    @Benchmark
    public double comparisonSortOfTheScores() {
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
