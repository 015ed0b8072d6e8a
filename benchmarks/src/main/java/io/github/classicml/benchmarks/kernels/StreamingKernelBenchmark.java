package io.github.classicml.benchmarks.kernels;

import io.github.classicml.core.internal.linalg.Vectors;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The single-vector kernels of {@link Vectors} on vectors too long for the caches ({@code length}
 * doubles each, 128 MiB by default, four times the 32 MiB level-3 cache), where
 * they can only be as fast as memory: the figure to compare with the triad bandwidth of
 * {@link RooflineBenchmark}.
 *
 * <p>Reported in the {@code bytes} counter, in GB/s (bytes per nanosecond), counting as STREAM does
 * the bytes the kernel must read and write: 16 per element for {@code dot},
 * {@code squaredEuclidean} and {@code manhattan} (two reads), 24 for {@code axpy} (two reads, one
 * write). {@code scalar} and {@code vector} run the two kernel paths, each in its own fork.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar StreamingKernelBenchmark -f 1 -wi 3 -i 5</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StreamingKernelBenchmark {

    /** The kernel. */
    @Param({"dot", "squaredEuclidean", "manhattan", "axpy"})
    public String kernel;
    /** Elements per vector (16 Mi doubles = 128 MiB). */
    @Param("16777216")
    public int length;

    private double[] x;
    private double[] y;
    private double alpha;


    /**
     * Fills both vectors from a fixed seed and checks the fork's kernel path.
     *
     * @param params the benchmark's parameters
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        KernelPath.check(params);
        SplittableRandom rng = new SplittableRandom(2);
        x = new double[length];
        y = new double[length];
        for (int i = 0; i < length; i++) {
            x[i] = rng.nextDouble();
            y[i] = rng.nextDouble();
        }
        // axpy alternates +alpha and -alpha so y stays bounded over millions of calls
        alpha = 0x1p-10;
    }

    private double run(WorkCounters.Bytes counter) {
        switch (kernel) {
            case "dot":
                counter.bytes += 16L * length;
                return Vectors.dot(x, y);
            case "squaredEuclidean":
                counter.bytes += 16L * length;
                return Vectors.squaredEuclidean(x, y);
            case "manhattan":
                counter.bytes += 16L * length;
                return Vectors.manhattan(x, y);
            case "axpy":
                counter.bytes += 24L * length;
                alpha = -alpha;
                Vectors.axpy(alpha, x, y);
                return y[0];
            default:
                throw new IllegalArgumentException("kernel must be dot, squaredEuclidean, manhattan or axpy, got " + kernel);
        }
    }

    /**
     * @param counter the byte counter
     * @return the kernel's result, on the plain-Java path
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = KernelPath.SCALAR_OPTION)
    public double scalar(WorkCounters.Bytes counter) {
        return run(counter);
    }

    /**
     * @param counter the byte counter
     * @return the kernel's result, on the Vector API path
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {KernelPath.VECTOR_OPTION_1, KernelPath.VECTOR_OPTION_2, KernelPath.VECTOR_OPTION_3})
    public double vector(WorkCounters.Bytes counter) {
        return run(counter);
    }
}
