package io.github.classicml.benchmarks.kernels;

import io.github.classicml.core.internal.linalg.Vectors;
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

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The squared Euclidean distance kernel, and the naive single-accumulator loop it replaces, at the
 * widths of the workloads (4 for iris, 16 for W2, 32 for W1) and a long vector. One operation is one
 * distance between two vectors of {@code length} elements; 3 floating-point operations per element.
 * The {@code ...Vector} methods run the same kernels on the Vector API path, in a fork started with
 * {@code --add-modules jdk.incubator.vector}; the others on the default (plain-Java) path.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar VectorKernelBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class VectorKernelBenchmark {

    /** Vector length. */
    @Param({"4", "16", "32", "1024"})
    public int length;

    private double[] a;
    private double[] b;

    /** Fills both vectors from a fixed seed. */
    @Setup
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(1);
        a = new double[length];
        b = new double[length];
        for (int i = 0; i < length; i++) {
            a[i] = rng.nextDouble();
            b[i] = rng.nextDouble();
        }
    }

    /** @return the distance by the library kernel (four accumulators) */
    @Benchmark
    public double squaredEuclidean() {
        return Vectors.squaredEuclidean(a, 0, b, 0, length);
    }

    /** @return the distance by a plain loop with one accumulator, the baseline */
    @Benchmark
    public double squaredEuclideanNaive() {
        double s = 0;
        for (int i = 0; i < length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return s;
    }

    /** @return the dot product by the library kernel */
    @Benchmark
    public double dot() {
        return Vectors.dot(a, 0, b, 0, length);
    }

    /** @return the distance by the library kernel on the Vector API path */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {KernelPath.VECTOR_OPTION_1, KernelPath.VECTOR_OPTION_2, KernelPath.VECTOR_OPTION_3})
    public double squaredEuclideanVector() {
        return Vectors.squaredEuclidean(a, 0, b, 0, length);
    }

    /** @return the dot product by the library kernel on the Vector API path */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {KernelPath.VECTOR_OPTION_1, KernelPath.VECTOR_OPTION_2, KernelPath.VECTOR_OPTION_3})
    public double dotVector() {
        return Vectors.dot(a, 0, b, 0, length);
    }
}
