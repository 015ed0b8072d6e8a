package io.github.classicml.benchmarks.kernels;

import io.github.classicml.core.internal.linalg.PackedRows;
import io.github.classicml.core.internal.linalg.PairwiseDistances;
import io.github.classicml.core.internal.linalg.SinglePrecisionRows;
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
 * The blocked many-to-many squared Euclidean distances ({@link PairwiseDistances}) at the size of
 * workload W1: {@code queries} rows against {@code train} rows of {@code columns} values (2000 x
 * 20000 x 32), computed in blocks of {@code queryBlock x trainBlock} into one reused output buffer,
 * as a brute-force nearest-neighbour search does. One operation is all the pairs.
 *
 * <p>Reported as throughput in the {@code flops} counter, in GFLOP/s (flops per nanosecond),
 * counting the GEMM form's 2 floating-point operations per column per pair ({@code 2 * queries *
 * train * columns} per operation; the norms and the finishing {@code |a|^2 + |b|^2 - 2 a.b} are not
 * counted). {@code scalar} runs the plain-Java path, {@code vector} the Vector API path, each in
 * its own fork; {@code unblocked} is the baseline the blocked kernels replaced: one
 * {@link Vectors#dot(double[], int, double[], int, int)} call per pair, on the plain-Java path.
 * {@code packed...} is the same computation against training rows packed once ({@link PackedRows});
 * {@code nearest...} finds each query's nearest training row with
 * {@link PairwiseDistances#nearest(PackedRows, int, int, double[], int, int, double[], int[], double[],
 * double[])} (queries packed once, {@code queryBlock} per call, all training rows per call), the
 * k-means assignment step: run it with k-means' shape, {@code -p queries=100000 -p train=16 -p
 * columns=16 -p queryBlock=2048}. {@code screened...} is the single-precision screen of the brute-force
 * search ({@link SinglePrecisionRows#squaredDistances}) on the same shapes, flops counted the same way.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar PairwiseDistanceBenchmark -f 1 -wi 3 -i 5</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PairwiseDistanceBenchmark {

    /** Query rows (W1: 2000). */
    @Param("2000")
    public int queries;
    /** Training rows (W1: 20000). */
    @Param("20000")
    public int train;
    /** Columns (W1: 32). */
    @Param("32")
    public int columns;
    /** Query rows per call. */
    @Param("256")
    public int queryBlock;
    /** Training rows per call. */
    @Param("2000")
    public int trainBlock;

    private double[] a;
    private double[] b;
    private double[] aNorms;
    private double[] bNorms;
    private double[] out;
    private PackedRows packedA;
    private PackedRows packedB;
    private int[] index;
    private double[] nearest;
    private double[] second;
    private SinglePrecisionRows singleB;
    private SinglePrecisionRows.Block[] singleBlocks;
    private float[] screened;
    private float[] cut;
    private boolean[] within;

    /**
     * Fills both matrices from a fixed seed and checks the fork's kernel path.
     *
     * @param params the benchmark's parameters
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        KernelPath.check(params);
        SplittableRandom rng = new SplittableRandom(101);
        a = new double[queries * columns];
        b = new double[train * columns];
        for (int i = 0; i < a.length; i++) {
            a[i] = rng.nextDouble() * 20 - 10;
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = rng.nextDouble() * 20 - 10;
        }
        aNorms = PairwiseDistances.squaredNorms(a, queries, columns);
        bNorms = PairwiseDistances.squaredNorms(b, train, columns);
        out = new double[queryBlock * trainBlock];
        packedA = PackedRows.of(a, queries, columns);
        packedB = PackedRows.of(b, train, columns);
        index = new int[queryBlock];
        nearest = new double[queryBlock];
        second = new double[queryBlock];
        singleB = SinglePrecisionRows.of(b, train, columns);
        singleBlocks = new SinglePrecisionRows.Block[(queries + queryBlock - 1) / queryBlock];
        for (int i = 0; i < queries; i += queryBlock) {
            singleBlocks[i / queryBlock] = singleB.block(a, i, Math.min(queryBlock, queries - i));
        }
        screened = new float[queryBlock * trainBlock];
        // a cut-off below every distance, as for most blocks of a search: the flags are computed, no scan
        cut = new float[queryBlock];
        within = new boolean[queryBlock];
    }

    private float[] allScreened(WorkCounters.Flops counter) {
        for (int i = 0; i < queries; i += queryBlock) {
            for (int j = 0; j < train; j += trainBlock) {
                int m = Math.min(trainBlock, train - j);
                singleB.squaredDistances(singleBlocks[i / queryBlock], j, m, cut, screened, within);
            }
        }
        counter.flops += 2L * queries * train * columns;
        return screened;
    }

    /**
     * @param counter the flop counter
     * @return the last block of single-precision screened distances (with the within-cut-off flags), on
     *     the plain-Java path
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = KernelPath.SCALAR_OPTION)
    public float[] screenedScalar(WorkCounters.Flops counter) {
        return allScreened(counter);
    }

    /**
     * @param counter the flop counter
     * @return the same on the Vector API path
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {KernelPath.VECTOR_OPTION_1, KernelPath.VECTOR_OPTION_2, KernelPath.VECTOR_OPTION_3})
    public float[] screenedVector(WorkCounters.Flops counter) {
        return allScreened(counter);
    }

    private double[] allPacked(WorkCounters.Flops counter) {
        for (int i = 0; i < queries; i += queryBlock) {
            int n = Math.min(queryBlock, queries - i);
            for (int j = 0; j < train; j += trainBlock) {
                int m = Math.min(trainBlock, train - j);
                PairwiseDistances.squaredEuclidean(a, i, n, aNorms, packedB, j, m, out);
            }
        }
        counter.flops += 2L * queries * train * columns;
        return out;
    }

    private int[] allNearest(WorkCounters.Flops counter) {
        for (int i = 0; i < queries; i += queryBlock) {
            int n = Math.min(queryBlock, queries - i);
            PairwiseDistances.nearest(packedA, i, n, b, 0, train, bNorms, index, nearest, second);
        }
        counter.flops += 2L * queries * train * columns;
        return index;
    }

    /**
     * @param counter the flop counter
     * @return the last block of distances against packed rows, on the plain-Java path
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = KernelPath.SCALAR_OPTION)
    public double[] packedScalar(WorkCounters.Flops counter) {
        return allPacked(counter);
    }

    /**
     * @param counter the flop counter
     * @return the last block of distances against packed rows, on the Vector API path
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {KernelPath.VECTOR_OPTION_1, KernelPath.VECTOR_OPTION_2, KernelPath.VECTOR_OPTION_3})
    public double[] packedVector(WorkCounters.Flops counter) {
        return allPacked(counter);
    }

    /**
     * @param counter the flop counter
     * @return the last block's nearest training rows, on the plain-Java path
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = KernelPath.SCALAR_OPTION)
    public int[] nearestScalar(WorkCounters.Flops counter) {
        return allNearest(counter);
    }

    /**
     * @param counter the flop counter
     * @return the last block's nearest training rows, on the Vector API path
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {KernelPath.VECTOR_OPTION_1, KernelPath.VECTOR_OPTION_2, KernelPath.VECTOR_OPTION_3})
    public int[] nearestVector(WorkCounters.Flops counter) {
        return allNearest(counter);
    }

    private double[] all(WorkCounters.Flops counter) {
        for (int i = 0; i < queries; i += queryBlock) {
            int n = Math.min(queryBlock, queries - i);
            for (int j = 0; j < train; j += trainBlock) {
                int m = Math.min(trainBlock, train - j);
                PairwiseDistances.squaredEuclidean(a, i, n, aNorms, b, j, m, bNorms, columns, out);
            }
        }
        counter.flops += 2L * queries * train * columns;
        return out;
    }

    /**
     * @param counter the flop counter
     * @return the last block of distances, on the plain-Java path
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = KernelPath.SCALAR_OPTION)
    public double[] scalar(WorkCounters.Flops counter) {
        return all(counter);
    }

    /**
     * @param counter the flop counter
     * @return the last block of distances, on the Vector API path
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {KernelPath.VECTOR_OPTION_1, KernelPath.VECTOR_OPTION_2, KernelPath.VECTOR_OPTION_3})
    public double[] vector(WorkCounters.Flops counter) {
        return all(counter);
    }

    /**
     * @param counter the flop counter
     * @return the last block of distances, one dot product call per pair
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = KernelPath.SCALAR_OPTION)
    public double[] unblocked(WorkCounters.Flops counter) {
        for (int i = 0; i < queries; i += queryBlock) {
            int n = Math.min(queryBlock, queries - i);
            for (int j = 0; j < train; j += trainBlock) {
                int m = Math.min(trainBlock, train - j);
                for (int r = 0; r < n; r++) {
                    int ai = (i + r) * columns;
                    for (int c = 0; c < m; c++) {
                        double dot = Vectors.dot(a, ai, b, (j + c) * columns, columns);
                        out[r * m + c] = Math.max(0, aNorms[i + r] + bNorms[j + c] - 2 * dot);
                    }
                }
            }
        }
        counter.flops += 2L * queries * train * columns;
        return out;
    }
}
