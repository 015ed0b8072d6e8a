package io.github.classicml.benchmarks.linear;

import io.github.classicml.algorithms.linear.LogisticRegression;
import io.github.classicml.algorithms.linear.LogisticRegressionModel;
import io.github.classicml.benchmarks.kernels.KernelPath;
import io.github.classicml.benchmarks.workloads.WorkloadData;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.internal.linalg.Vectors;
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
 * Workload W4: binary L2 logistic regression fitted on 50,000 × 50 rows (20 MB), single-threaded, on the
 * fixed workload files ({@code CLASSICML_WORKLOADS} or {@code -Dclassicml.workloads}). {@link #fit()}
 * (one thread) is the timed call of the comparison with scikit-learn (44 L-BFGS iterations, about 50 evaluations of the
 * log-loss and its gradient). The {@code gradient*} benchmarks time one such evaluation's linear algebra,
 * {@code X w} and {@code X' r} over all rows: by the row-block kernels ({@code Vectors.multiplyRows} and
 * {@code addWeightedRows}, 256 rows per block, as the fit does), and by one {@code dot} and one
 * {@code axpy} per row, the form they replaced. Methods ending in {@code Vector} run in a fork on the
 * Vector API path, the others on the plain-Java path.
 *
 * <pre>CLASSICML_WORKLOADS=/work/workload-data java -jar benchmarks/target/benchmarks.jar LogisticRegressionBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", KernelPath.SCALAR_OPTION})
public class LogisticRegressionBenchmark {

    private static final int BLOCK = 256;

    private Dataset train;
    private double[] x;
    private int rows;
    private int columns;
    private double[] w;
    private double[] r;
    private final LogisticRegression learner = LogisticRegression.of().withThreads(1);

    /** Loads W4's training rows and fixes a weight vector and residuals. */
    @Setup
    public void setUp() {
        WorkloadData data = WorkloadData.open();
        train = data.classification("w4_X_train", "w4_y_train");
        x = train.features();
        rows = train.rows();
        columns = train.columns();
        w = new double[columns];
        for (int j = 0; j < columns; j++) {
            w[j] = 0.01 * (j - columns / 2);
        }
        r = new double[rows];
        for (int i = 0; i < rows; i++) {
            r[i] = ((i * 7919) % 1000) / 1000.0 - 0.5;
        }
    }

    /** @return the model: the W4 timed call */
    @Benchmark
    public LogisticRegressionModel fit() {
        return learner.fit(train);
    }

    /** @return the model, on the Vector API path */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", KernelPath.VECTOR_OPTION_1, KernelPath.VECTOR_OPTION_2,
            KernelPath.VECTOR_OPTION_3})
    public LogisticRegressionModel fitVector() {
        return learner.fit(train);
    }

    /** @return X w and X' r over all rows by the row-block kernels */
    @Benchmark
    public double gradientBlocks() {
        return blocks();
    }

    /** @return the same on the Vector API path */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", KernelPath.VECTOR_OPTION_1, KernelPath.VECTOR_OPTION_2,
            KernelPath.VECTOR_OPTION_3})
    public double gradientBlocksVector() {
        return blocks();
    }

    /** @return X w and X' r by one dot and one axpy per row */
    @Benchmark
    public double gradientRowByRow() {
        return rowByRow();
    }

    /** @return the same on the Vector API path */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", KernelPath.VECTOR_OPTION_1, KernelPath.VECTOR_OPTION_2,
            KernelPath.VECTOR_OPTION_3})
    public double gradientRowByRowVector() {
        return rowByRow();
    }

    private double blocks() {
        double[] z = new double[BLOCK];
        double[] g = new double[columns];
        double sum = 0;
        for (int first = 0; first < rows; first += BLOCK) {
            int count = Math.min(BLOCK, rows - first);
            Vectors.multiplyRows(x, first, count, columns, w, 0, z, 0);
            for (int k = 0; k < count; k++) {
                sum += z[k];
                z[k] = r[first + k];
            }
            Vectors.addWeightedRows(x, first, count, columns, z, 0, g, 0);
        }
        return sum + g[0];
    }

    private double rowByRow() {
        double[] g = new double[columns];
        double sum = 0;
        for (int i = 0, offset = 0; i < rows; i++, offset += columns) {
            sum += Vectors.dot(x, offset, w, 0, columns);
            Vectors.axpy(r[i], x, offset, g, 0, columns);
        }
        return sum + g[0];
    }
}
