package io.github.classicml.benchmarks.cluster;

import io.github.classicml.algorithms.cluster.KMeans;
import io.github.classicml.algorithms.cluster.KMeansModel;
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
 * Workload W2 of {@code WORKLOADS.md}: k-means fit of 100000 rows of 16 columns, k = 16, k-means++ start,
 * one run, at most 100 iterations, tolerance 1e-4, seed 0; Lloyd's and Hamerly's iterations (identical
 * results), on 1 and 2 threads.
 *
 * <pre>java -Dclassicml.workloads=/work/workload-data -jar benchmarks/target/benchmarks.jar KMeansWorkloadBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class KMeansWorkloadBenchmark {

    /** The assignment step. */
    @Param({"LLOYD", "HAMERLY"})
    public KMeans.Algorithm algorithm;

    /** Threads. */
    @Param({"1", "2"})
    public int threads;

    private Dataset data;
    private KMeans learner;

    /** Loads the W2 file. */
    @Setup
    public void setUp() {
        data = WorkloadData.open().features("w2_X");
        learner = KMeans.of(16).withRestarts(1).withMaxIterations(100).withTolerance(1e-4).withSeed(0)
                .withAlgorithm(algorithm).withThreads(threads);
    }

    /** @return the fitted model (the timed W2 call) */
    @Benchmark
    public KMeansModel fit() {
        return learner.fit(data);
    }
}
