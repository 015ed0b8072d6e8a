package io.github.classicml.benchmarks.kernels;

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

import java.util.concurrent.TimeUnit;

/**
 * The roofline of one core, measured from Java: the floating-point peak and the memory bandwidth
 * that every kernel's GFLOP/s or GB/s is reported against (Williams, Waterman and Patterson,
 * "Roofline: an insightful visual performance model for multicore architectures", CACM 52(4), 2009).
 *
 * <ul>
 *   <li>{@code fmaVector}: 16 independent chains of Vector API fused multiply-adds in registers
 *       (8 doubles each with AVX-512), the FP64 peak; needs {@code --add-modules
 *       jdk.incubator.vector}, which its fork gets.</li>
 *   <li>{@code fmaScalar}: the same with {@link Math#fma(double, double, double)} on single doubles:
 *       what code the JIT does not vectorise can reach.</li>
 *   <li>{@code triad}: STREAM's triad {@code a[i] = b[i] + s * c[i]} over three arrays of
 *       {@code length} doubles (3 x 128 MiB, twelve times the 32 MiB level-3 cache), in plain Java (HotSpot
 *       vectorises it); 24 bytes per element, as STREAM counts (the write-allocate read of
 *       {@code a} is not counted).</li>
 * </ul>
 *
 * <p>Arithmetic is reported in the {@code flops} counter, in GFLOP/s (flops per nanosecond); memory
 * in the {@code bytes} counter, in GB/s. The primary score (calls per nanosecond) means nothing here.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar RooflineBenchmark -f 1 -wi 3 -i 5</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RooflineBenchmark {

    /** Rounds of 16 fused multiply-adds per call. */
    private static final int ROUNDS = 1 << 16;

    /** Elements per triad array (16 Mi doubles = 128 MiB). */
    @Param("16777216")
    public int length;

    private FmaPeak peak;
    private double[] a;
    private double[] b;
    private double[] c;
    private double s;



    /**
     * Picks the FMA loop for the benchmark method and fills the triad arrays.
     *
     * @param params the benchmark's parameters
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        peak = method.equals("fmaVector") ? FmaPeak.vector() : FmaPeak.scalar();
        if (!method.equals("triad")) {
            return;
        }
        a = new double[length];
        b = new double[length];
        c = new double[length];
        for (int i = 0; i < length; i++) {
            b[i] = i;
            c[i] = 1.0 / (i + 1);
        }
        s = 3;
    }

    /**
     * @param work the flop counter
     * @return the sum of the accumulators
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {KernelPath.VECTOR_OPTION_1, KernelPath.VECTOR_OPTION_2})
    public double fmaVector(WorkCounters.Flops work) {
        work.flops += 2L * FmaPeak.CHAINS * peak.lanes() * ROUNDS;
        return peak.run(ROUNDS, 0.999999, 1e-3);
    }

    /**
     * @param work the flop counter
     * @return the sum of the accumulators
     */
    @Benchmark
    public double fmaScalar(WorkCounters.Flops work) {
        work.flops += 2L * FmaPeak.CHAINS * ROUNDS;
        return peak.run(ROUNDS, 0.999999, 1e-3);
    }

    /**
     * @param work the byte counter
     * @return the triad's output array
     */
    @Benchmark
    public double[] triad(WorkCounters.Bytes work) {
        double[] a = this.a;
        double[] b = this.b;
        double[] c = this.c;
        double s = this.s;
        for (int i = 0; i < a.length; i++) {
            a[i] = b[i] + s * c[i];
        }
        work.bytes += 24L * length;
        return a;
    }
}
