package io.github.classicml.benchmarks.tree;

import io.github.classicml.core.internal.linalg.SplitScans;
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

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The split scan of a tree node: one sweep over {@code rows} rows sorted by one feature, scoring
 * every threshold. Compares the k-class Gini kernel (per-class arrays updated in place), the
 * two-class kernel (two running sums in registers; classes as ints or as bytes; weights as doubles or, for
 * bootstrap counts, as ints), the entropy
 * kernel, unit weights against given weights, and the squared-error kernel. The row ids are a random permutation, so the class and
 * weight reads are gathers, as in a real node.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar SplitScanBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SplitScanBenchmark {

    /** Rows in the node. */
    @Param({"1000", "50000"})
    public int rows;

    private int[] order;
    private double[] values;
    private int[] classes;
    private byte[] classBytes;
    private double[] weights;
    private int[] intWeights;
    private double[] targets;
    private final double[] counts = new double[2];
    private final double[] left = new double[2];
    private final double[] right = new double[2];
    private final double[] best = new double[1];
    private double targetSum;

    /** Random sorted values, a random permutation of row ids, two classes. */
    @Setup
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(6);
        order = new int[rows];
        values = new double[rows];
        classes = new int[rows];
        classBytes = new byte[rows];
        weights = new double[rows];
        intWeights = new int[rows];
        targets = new double[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
            values[i] = rng.nextDouble();
            classes[i] = rng.nextInt(2);
            classBytes[i] = (byte) classes[i];
            weights[i] = 1 + rng.nextInt(3);
            intWeights[i] = (int) weights[i];
            targets[i] = rng.nextDouble();
            targetSum += targets[i];
        }
        Arrays.sort(values);
        for (int i = rows - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int i = 0; i < rows; i++) {
            counts[classes[i]]++;
        }
    }

    /** @return the best position: k-class Gini kernel, unit weights */
    @Benchmark
    public int giniClasses() {
        best[0] = Double.NEGATIVE_INFINITY;
        return SplitScans.bestGini(order, values, 0, rows, classes, null, counts, rows, left, right, 2, 1, best);
    }

    /** @return the best position: two-class Gini kernel, unit weights */
    @Benchmark
    public int giniTwoClasses() {
        best[0] = Double.NEGATIVE_INFINITY;
        return SplitScans.bestGiniBinary(order, values, 0, rows, classes, null, rows, counts[1], 1, best);
    }

    /** @return the best position: two-class Gini kernel, unit weights, classes as bytes (what fits use) */
    @Benchmark
    public int giniTwoClassesBytes() {
        best[0] = Double.NEGATIVE_INFINITY;
        return SplitScans.bestGiniBinary(order, values, 0, rows, classBytes, rows, counts[1], 1, best);
    }

    /** @return the best position: two-class Gini kernel, integer weights (a bootstrap sample) */
    @Benchmark
    public int giniTwoClassesWeighted() {
        best[0] = Double.NEGATIVE_INFINITY;
        double total = 0;
        double one = 0;
        for (int i = 0; i < rows; i++) {
            total += weights[i];
            one += classes[i] * weights[i];
        }
        return SplitScans.bestGiniBinary(order, values, 0, rows, classes, weights, total, one, 1, best);
    }

    /**
     * @return the best position: two-class Gini kernel, the same integer weights as ints with the classes
     *     as bytes (what forests' trees use for bootstrap counts)
     */
    @Benchmark
    public int giniTwoClassesCounts() {
        best[0] = Double.NEGATIVE_INFINITY;
        double total = 0;
        double one = 0;
        for (int i = 0; i < rows; i++) {
            total += weights[i];
            one += classes[i] * weights[i];
        }
        return SplitScans.bestGiniBinary(order, values, 0, rows, classBytes, intWeights, total, one, 1, best);
    }

    /** @return the best position: entropy kernel, unit weights */
    @Benchmark
    public int entropy() {
        best[0] = Double.NEGATIVE_INFINITY;
        return SplitScans.bestEntropy(order, values, 0, rows, classes, null, counts, rows, left, right, 2, 1, best);
    }

    /** @return the best position: squared-error kernel, unit weights */
    @Benchmark
    public int squaredError() {
        best[0] = Double.NEGATIVE_INFINITY;
        return SplitScans.bestSquaredError(order, values, 0, rows, targets, null, targetSum, rows, 1, best);
    }
}
