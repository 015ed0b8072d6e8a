package io.github.classicml.benchmarks.parallel;

import io.github.classicml.core.internal.Parallel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * The cost of one {@code Parallel.forEach} call of 49 tasks on 2 threads (k-means on W2 makes one such
 * call per iteration: 100000 rows in chunks of 2048), by where the helper comes from: the library's
 * shared pool (workers poll 100 microseconds before parking), the common {@link ForkJoinPool}, or a
 * plain fixed thread pool; {@code serial} is the same call on one thread, the yardstick. Each task either does nothing ({@code work = 0}, the hand-over alone) or sums
 * {@code work} doubles. Calls follow each other back to back, as k-means iterations do.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar HandOverBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HandOverBenchmark {

    /** Where the helper runs. */
    @Param({"serial", "shared", "commonForkJoin", "fixedThreadPool"})
    public String pool;

    /** Doubles summed per task. */
    @Param({"0", "2048", "16384"})
    public int work;

    /** Threads per call, the caller's included. */
    @Param({"2"})
    public int threads;

    private ExecutorService fixed;
    private Parallel parallel;
    private double[] values;
    private double[] sums;

    /** Creates the runner and the data. */
    @Setup(Level.Trial)
    public void setUp() {
        values = new double[Math.max(work, 1)];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 0.5;
        }
        sums = new double[49 * 8];
        switch (pool) {
            case "serial":
                parallel = Parallel.of(1);
                break;
            case "shared":
                parallel = Parallel.of(threads);
                break;
            case "commonForkJoin":
                parallel = Parallel.of(threads, ForkJoinPool.commonPool());
                break;
            case "fixedThreadPool":
                fixed = Executors.newFixedThreadPool(threads - 1, r -> {
                    Thread t = new Thread(r, "fixed-pool");
                    t.setDaemon(true);
                    return t;
                });
                parallel = Parallel.of(threads, fixed);
                break;
            default:
                throw new IllegalArgumentException("pool must be serial, shared, commonForkJoin or fixedThreadPool, got "
                        + pool);
        }
    }

    /** Stops the fixed pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
        if (fixed != null) {
            fixed.shutdownNow();
        }
    }

    /** @return the sum of the tasks' sums (keeps the work alive) */
    @Benchmark
    public double forEach49() {
        parallel.forEach(49, t -> {
            double s = 0;
            for (int i = 0; i < work; i++) {
                s += values[i];
            }
            sums[t * 8] = s; // one cache line per task
        });
        return sums[0] + sums[48 * 8];
    }
}
