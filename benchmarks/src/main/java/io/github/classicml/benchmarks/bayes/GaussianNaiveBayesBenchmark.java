package io.github.classicml.benchmarks.bayes;

import io.github.classicml.algorithms.bayes.GaussianNaiveBayes;
import io.github.classicml.algorithms.bayes.GaussianNaiveBayesModel;
import io.github.classicml.benchmarks.workloads.WorkloadData;
import io.github.classicml.core.Dataset;
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

import java.util.concurrent.TimeUnit;

/**
 * Workload W3: Gaussian naive Bayes fitted on 200,000 × 50 rows (80 MB) of 5 classes and predicting
 * 50,000 rows, single-threaded, on the fixed workload files ({@code CLASSICML_WORKLOADS} or
 * {@code -Dclassicml.workloads}). {@link #fitAndPredict()} is the timed region of the comparison with
 * scikit-learn; {@link #fit()} and {@link #predict()} split it. The {@code read*} benchmarks measure the
 * ways of reading a {@link Dataset}'s 80 MB, the floor under any fit: one copy of the whole array
 * ({@code features()}), row by row into one buffer ({@code copyRow}), and element by element
 * ({@code get}).
 *
 * <pre>CLASSICML_WORKLOADS=/work/workload-data java -jar benchmarks/target/benchmarks.jar GaussianNaiveBayesBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class GaussianNaiveBayesBenchmark {

    private Dataset train;
    private Dataset test;
    private GaussianNaiveBayesModel model;
    private final GaussianNaiveBayes learner = GaussianNaiveBayes.of();

    /** Loads W3 and fits one model for the predict benchmark. */
    @Setup
    public void setUp() {
        WorkloadData data = WorkloadData.open();
        train = data.classification("w3_X_train", "w3_y_train");
        test = data.features("w3_X_test");
        model = learner.fit(train);
    }

    /** @return the predictions: fit on the training rows, predict the test rows (the W3 timed call) */
    @Benchmark
    public int[] fitAndPredict() {
        return learner.fit(train).predict(test);
    }

    /** @return the model fitted on the 200,000 training rows */
    @Benchmark
    public GaussianNaiveBayesModel fit() {
        return learner.fit(train);
    }

    /** @return the predictions of the 50,000 test rows */
    @Benchmark
    public int[] predict() {
        return model.predict(test);
    }

    /** @return a sum over the training features read by one {@code features()} copy */
    @Benchmark
    public double readByFeaturesCopy() {
        double[] x = train.features();
        return sum(x, 0, x.length);
    }

    /** @return a sum over the training features read row by row with {@code copyRow} into one buffer */
    @Benchmark
    public double readByCopyRow() {
        int p = train.columns();
        double[] row = new double[p];
        double s = 0;
        for (int i = 0; i < train.rows(); i++) {
            train.copyRow(i, row, 0);
            s += sum(row, 0, p);
        }
        return s;
    }

    /** @return a sum over the training features read value by value with {@code get} */
    @Benchmark
    public double readByGet() {
        int p = train.columns();
        double s0 = 0;
        double s1 = 0;
        for (int i = 0; i < train.rows(); i++) {
            int j = 0;
            for (; j + 1 < p; j += 2) {
                s0 += train.get(i, j);
                s1 += train.get(i, j + 1);
            }
            if (j < p) {
                s0 += train.get(i, j);
            }
        }
        return s0 + s1;
    }

    /** Sum with four accumulators, so that the reads, not the additions' latency, set the pace. */
    private static double sum(double[] x, int offset, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < length; i += 4) {
            s0 += x[offset + i];
            s1 += x[offset + i + 1];
            s2 += x[offset + i + 2];
            s3 += x[offset + i + 3];
        }
        for (; i < length; i++) {
            s0 += x[offset + i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
