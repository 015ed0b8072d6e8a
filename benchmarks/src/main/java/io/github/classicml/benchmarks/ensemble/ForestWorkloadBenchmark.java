package io.github.classicml.benchmarks.ensemble;

import io.github.classicml.algorithms.ensemble.BaggingClassifier;
import io.github.classicml.algorithms.ensemble.MaxFeatures;
import io.github.classicml.algorithms.ensemble.RandomForestClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.benchmarks.workloads.WorkloadData;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Workload W7: 50 fully grown Gini trees on bootstrap samples of 20,000 × 20 rows, on the fixed workload
 * files ({@code CLASSICML_WORKLOADS} or {@code -Dclassicml.workloads}), with 1 and 2 threads.
 * {@link #forest()} is the timed call of the comparison runner: {@code bagging} (every column a
 * candidate at every split) and {@code random-forest} (4 of 20). {@link #baggingOfCopies()} fits the
 * same bagged trees through the generic {@link BaggingClassifier}, which copies each bootstrap sample
 * and lets each tree sort it again, against the forest's path of one shared dataset and the draw
 * counts as row weights: the reason forests do not go through the generic bag.
 *
 * <pre>CLASSICML_WORKLOADS=/work/workload-data java -jar benchmarks/target/benchmarks.jar ForestWorkloadBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ForestWorkloadBenchmark {

    /** The W7 row. */
    @Param({"bagging", "random-forest"})
    public String row;

    /** The threads that grow trees. */
    @Param({"1", "2"})
    public int threads;

    private Dataset train;
    private RandomForestClassifier forest;
    private BaggingClassifier bagging;

    /** Loads W7. */
    @Setup
    public void setUp() {
        train = WorkloadData.open().classification("w7_X_train", "w7_y_train");
        forest = RandomForestClassifier.of().withTrees(50).withThreads(threads)
                .withMaxFeatures(row.equals("bagging") ? MaxFeatures.all() : MaxFeatures.sqrt());
        DecisionTreeClassifier tree = DecisionTreeClassifier.of()
                .withMaxFeatures(row.equals("bagging") ? 0 : MaxFeatures.sqrt().of(train.columns()));
        bagging = BaggingClassifier.of(tree::withSeed).withMembers(50).withThreads(threads);
    }

    /** @return the forest (the W7 timed call) */
    @Benchmark
    public Classifier forest() {
        return forest.fit(train);
    }

    /** @return the same trees through the generic bag: copied samples, sorted again per tree */
    @Benchmark
    public Classifier baggingOfCopies() {
        return bagging.fit(train);
    }
}
