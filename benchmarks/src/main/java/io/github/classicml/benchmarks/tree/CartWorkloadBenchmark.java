package io.github.classicml.benchmarks.tree;

import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeClassifierModel;
import io.github.classicml.benchmarks.workloads.WorkloadData;
import io.github.classicml.core.Dataset;
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

import java.util.concurrent.TimeUnit;

/**
 * Workload W6: a fully grown Gini tree on 50,000 × 20 rows of 2 classes, single-threaded, on the
 * fixed workload files ({@code CLASSICML_WORKLOADS} or {@code -Dclassicml.workloads}).
 * {@link #fit()} is the timed region of the comparison; {@link #fitEntropy()} and
 * {@link #fitDepthTen()} show what the criterion and the depth cost.
 *
 * <pre>CLASSICML_WORKLOADS=/work/workload-data java -jar benchmarks/target/benchmarks.jar CartWorkloadBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CartWorkloadBenchmark {

    private Dataset train;

    /** Loads W6. */
    @Setup
    public void setUp() {
        train = WorkloadData.open().classification("w6_X_train", "w6_y_train");
    }

    /** @return the fully grown Gini tree (the W6 timed call) */
    @Benchmark
    public DecisionTreeClassifierModel fit() {
        return DecisionTreeClassifier.of().fit(train);
    }

    /** @return the fully grown entropy tree */
    @Benchmark
    public DecisionTreeClassifierModel fitEntropy() {
        return DecisionTreeClassifier.of().withCriterion(io.github.classicml.algorithms.tree.ClassificationCriterion.ENTROPY)
                .fit(train);
    }

    /** @return the Gini tree limited to depth 10 */
    @Benchmark
    public DecisionTreeClassifierModel fitDepthTen() {
        return DecisionTreeClassifier.of().withMaxDepth(10).fit(train);
    }
}
