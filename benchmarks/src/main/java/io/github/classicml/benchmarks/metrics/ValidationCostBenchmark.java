package io.github.classicml.benchmarks.metrics;

import io.github.classicml.metrics.Average;
import io.github.classicml.metrics.ProbabilityMetrics;
import io.github.classicml.metrics.RocAuc;
import io.github.classicml.metrics.ValidationProbe;
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

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * What input validation costs on good input (issue 9, item 4): the checks inside multi-class
 * {@code ProbabilityMetrics.logLoss} and one-vs-rest {@code RocAuc} on a 10^6 x 10 table of class
 * probabilities, each against a bare loop that tests the same conditions and builds no message.
 *
 * <p>Log loss checks: the arrays present and equally long, every row present and k wide, every
 * probability finite and in [0, 1], every class index in [0, k). One-vs-rest AUC checks the same
 * except the [0, 1] range, plus every row summing to 1 (numpy's {@code allclose}) and every class
 * present. The library's checks go through {@code Check}'s per-entry overloads, which build a message
 * only for the entry that fails; run with {@code -prof gc} to see that {@code gc.alloc.rate.norm}
 * stays constant (no bytes per entry). {@link #logLoss} and {@link #oneVsRestAuc} time the whole
 * metric for scale.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ValidationCostBenchmark -prof gc</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ValidationCostBenchmark {

    private static final int ROWS = 1_000_000;
    private static final int CLASSES = 10;

    private int[] actual;
    private double[][] probabilities;

    /** Seeded rows of 10 probabilities (uniform draws divided by their sum) and classes 0..9. */
    @Setup
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(42);
        actual = new int[ROWS];
        probabilities = new double[ROWS][CLASSES];
        for (int i = 0; i < ROWS; i++) {
            actual[i] = rng.nextInt(CLASSES);
            double[] row = probabilities[i];
            double sum = 0;
            for (int c = 0; c < CLASSES; c++) {
                row[c] = rng.nextDouble();
                sum += row[c];
            }
            for (int c = 0; c < CLASSES; c++) {
                row[c] /= sum;
            }
        }
    }

    /** @return k, after the library's validation of multi-class log loss */
    @Benchmark
    public int logLossValidation() {
        return ValidationProbe.logLoss(actual, probabilities);
    }

    /** @return k, after a bare loop testing the conditions of log loss's validation */
    @Benchmark
    public int logLossBareLoop() {
        return bareLoop(actual, probabilities, true, false);
    }

    /** @return k, after the library's validation of multi-class AUC */
    @Benchmark
    public int oneVsRestAucValidation() {
        return ValidationProbe.oneVsRestAuc(actual, probabilities);
    }

    /** @return k, after a bare loop testing the conditions of multi-class AUC's validation */
    @Benchmark
    public int oneVsRestAucBareLoop() {
        int k = bareLoop(actual, probabilities, false, true);
        int[] support = new int[k];
        for (int a : actual) {
            support[a]++;
        }
        for (int s : support) {
            if (s == 0) {
                throw new IllegalArgumentException();
            }
        }
        return k;
    }

    /** @return the whole multi-class log loss, validation included */
    @Benchmark
    public double logLoss() {
        return ProbabilityMetrics.logLoss(actual, probabilities).value();
    }

    /** @return the whole macro one-vs-rest AUC, validation included */
    @Benchmark
    public double oneVsRestAuc() {
        return RocAuc.oneVsRest(actual, probabilities, Average.MACRO).value();
    }

    /** The same tests as the library's, in the same order, throwing without a message. */
    private static int bareLoop(int[] actual, double[][] scores, boolean unitInterval, boolean rowsSumToOne) {
        if (actual == null || scores == null || actual.length != scores.length || actual.length == 0
                || scores[0] == null || scores[0].length < 2) {
            throw new IllegalArgumentException();
        }
        int k = scores[0].length;
        for (int i = 0; i < scores.length; i++) {
            double[] row = scores[i];
            if (row == null || row.length != k) {
                throw new IllegalArgumentException();
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                double v = row[c];
                if (!Double.isFinite(v) || unitInterval && !(v >= 0 && v <= 1)) {
                    throw new IllegalArgumentException();
                }
                sum += v;
            }
            if (rowsSumToOne && !(Math.abs(1 - sum) <= 1e-8 + 1e-5 * Math.abs(sum))) {
                throw new IllegalArgumentException();
            }
            if (actual[i] < 0 || actual[i] >= k) {
                throw new IllegalArgumentException();
            }
        }
        return k;
    }
}
