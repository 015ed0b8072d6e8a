package io.github.classicml.benchmarks.linear;

import io.github.classicml.algorithms.linear.LinearRegression;
import io.github.classicml.algorithms.linear.LinearRegressionModel;
import io.github.classicml.benchmarks.workloads.WorkloadData;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.internal.Parallel;
import io.github.classicml.core.internal.linalg.Gram;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.qr.QRColPivDecompositionHouseholderColumn_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Workload W5: ordinary least squares with an intercept on 200,000 × 100 rows, single-threaded, on the
 * fixed workload files ({@code CLASSICML_WORKLOADS} or {@code -Dclassicml.workloads}). The candidates
 * for the solver: {@link #fit()} (classicml's choice: the blocked Gram pass, scaled Cholesky with a
 * conditioning check, one refinement step), the Gram pass alone on the active and on the plain-Java
 * kernel ({@link #gram()}, {@link #gramScalar()}), EJML's Householder QR with column pivoting on the
 * design ({@link #ejmlPivotedQr()}, the fallback path), and EJML's blocked least-squares QR solver
 * ({@link #ejmlBlockQrSolve()}).
 *
 * <pre>CLASSICML_WORKLOADS=/work/workload-data java --add-modules jdk.incubator.vector -jar benchmarks/target/benchmarks.jar LinearRegressionBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 4, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class LinearRegressionBenchmark {

    private Dataset train;
    private double[] x;
    private double[] y;
    private double[] mean;
    private double yMean;
    private int rows;
    private int columns;
    private Parallel parallel;
    private final LinearRegression learner = LinearRegression.of().withThreads(1);

    /** Loads W5 and the column means. */
    @Setup
    public void setUp() {
        train = WorkloadData.open().regression("w5_X", "w5_y");
        x = train.features();
        y = train.targets();
        rows = train.rows();
        columns = train.columns();
        mean = new double[columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                mean[j] += x[i * columns + j] / rows;
            }
            yMean += y[i] / rows;
        }
        parallel = Parallel.of(1);
    }

    /** Stops the runner. */
    @TearDown
    public void tearDown() {
        parallel.close();
    }

    /** @return the model (the W5 timed call) */
    @Benchmark
    public LinearRegressionModel fit() {
        return learner.fit(train);
    }

    /** @return the Gram matrix of the centred design and target, active kernel */
    @Benchmark
    public double[] gram() {
        return Gram.shifted(x, rows, columns, mean, y, yMean, null, parallel);
    }

    /** @return the Gram matrix with the plain-Java kernel */
    @Benchmark
    public double[] gramScalar() {
        return Gram.shiftedScalar(x, rows, columns, mean, y, yMean, null, parallel);
    }

    /** @return the R factor's first entry after EJML's pivoted Householder QR of the centred design */
    @Benchmark
    public double ejmlPivotedQr() {
        DMatrixRMaj a = centred();
        QRColPivDecompositionHouseholderColumn_DDRM qr = new QRColPivDecompositionHouseholderColumn_DDRM();
        qr.decompose(a);
        return qr.getQR()[0][0];
    }

    /** @return the coefficients from EJML's blocked QR least-squares solver on the centred design */
    @Benchmark
    public DMatrixRMaj ejmlBlockQrSolve() {
        DMatrixRMaj a = centred();
        DMatrixRMaj b = new DMatrixRMaj(rows, 1);
        for (int i = 0; i < rows; i++) {
            b.data[i] = y[i] - yMean;
        }
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.leastSquares(rows, columns);
        solver.setA(a);
        DMatrixRMaj out = new DMatrixRMaj(columns, 1);
        solver.solve(b, out);
        return out;
    }

    private DMatrixRMaj centred() {
        DMatrixRMaj a = new DMatrixRMaj(rows, columns);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                a.data[i * columns + j] = x[i * columns + j] - mean[j];
            }
        }
        return a;
    }
}
