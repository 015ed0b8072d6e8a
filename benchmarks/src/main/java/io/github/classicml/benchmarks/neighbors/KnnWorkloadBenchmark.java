package io.github.classicml.benchmarks.neighbors;

import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.neighbors.KnnClassifierModel;
import io.github.classicml.algorithms.neighbors.SearchStrategy;
import io.github.classicml.benchmarks.workloads.WorkloadData;
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
 * Workload W1 of {@code WORKLOADS.md}: predict the 2000 query rows with 5-nearest neighbours
 * (Euclidean) against 20000 training rows of 32 columns, by brute force and through the k-d tree, on 1
 * and 2 threads; and, separately, the fit, which builds the index.
 *
 * <pre>java -Dclassicml.workloads=/work/workload-data -jar benchmarks/target/benchmarks.jar KnnWorkloadBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class KnnWorkloadBenchmark {

    /** The search strategy. */
    @Param({"BRUTE_FORCE", "KD_TREE"})
    public SearchStrategy search;

    /** Threads for batch prediction. */
    @Param({"1", "2"})
    public int threads;

    private Dataset train;
    private Dataset queries;
    private KnnClassifier learner;
    private KnnClassifierModel model;

    /** Loads the W1 files and fits the model. */
    @Setup
    public void setUp() {
        WorkloadData data = WorkloadData.open();
        train = data.classification("w1_X_train", "w1_y_train");
        queries = data.features("w1_X_query");
        learner = KnnClassifier.of(5).withSearch(search).withThreads(threads);
        model = learner.fit(train);
    }

    /** @return the predicted classes of the 2000 queries (the timed W1 call) */
    @Benchmark
    public int[] predict() {
        return model.predict(queries);
    }

    /** @return a fitted model: the stored copy of the training rows and the index (W1's index build) */
    @Benchmark
    public KnnClassifierModel fit() {
        return learner.fit(train);
    }
}
