package io.github.classicml.benchmarks.preprocessing;

import io.github.classicml.algorithms.preprocessing.BoxCox;
import io.github.classicml.algorithms.preprocessing.KnnImputer;
import io.github.classicml.algorithms.preprocessing.KnnImputerModel;
import io.github.classicml.algorithms.preprocessing.Pca;
import io.github.classicml.algorithms.preprocessing.PcaModel;
import io.github.classicml.algorithms.preprocessing.PowerTransformerModel;
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
 * The costlier preprocessing fits and transforms on data defined by formulas, so that
 * {@code benchmarks/scripts/preprocessing_sklearn.py} builds the very same numbers for scikit-learn:
 * the kNN imputer (5,000 × 8, every tenth cell missing in a fixed pattern; 5 neighbours), PCA by full
 * SVD (2,000 × 50, all components) and Box-Cox's λ search (20,000 × 5 positive values).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar PreprocessingBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PreprocessingBenchmark {

    private Dataset gappy;
    private KnnImputerModel imputer;
    private Dataset wide;
    private Dataset positive;

    /**
     * x[i][j] = sin(0.37·(i + 1)·(j + 1)) + 0.01·j·i / n; missing where (7i + 3j) mod 10 = 0 (never in row
     * 0); wide[i][j] = cos(0.11·(i + 1)·(j + 2)) + 0.001·i; positive[i][j] = exp(sin(0.21·(i + 1)·(j + 1))·(j + 1)/2).
     */
    @Setup
    public void setUp() {
        gappy = Dataset.of(gappy(5000, 8));
        imputer = KnnImputer.of().fit(gappy);
        double[][] w = new double[2000][50];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < 50; j++) {
                w[i][j] = Math.cos(0.11 * (i + 1) * (j + 2)) + 0.001 * i;
            }
        }
        wide = Dataset.of(w);
        double[][] p = new double[20000][5];
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < 5; j++) {
                p[i][j] = Math.exp(Math.sin(0.21 * (i + 1) * (j + 1)) * (j + 1) / 2);
            }
        }
        positive = Dataset.of(p);
    }

    static double[][] gappy(int n, int columns) {
        double[][] x = new double[n][columns];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < columns; j++) {
                x[i][j] = i > 0 && (7 * i + 3 * j) % 10 == 0 ? Double.NaN
                        : Math.sin(0.37 * (i + 1) * (j + 1)) + 0.01 * j * i / n;
            }
        }
        return x;
    }

    /** @return the 5,000 rows imputed by the fitted kNN imputer (sklearn's {@code transform}) */
    @Benchmark
    public Dataset knnImputerTransform() {
        return imputer.transform(gappy);
    }

    /** @return PCA fitted on 2,000 × 50 (centring and thin SVD) */
    @Benchmark
    public PcaModel pcaFit() {
        return Pca.of().fit(wide);
    }

    /** @return Box-Cox fitted on 20,000 × 5: Brent's search for each column's λ and the standardisation */
    @Benchmark
    public PowerTransformerModel boxCoxFit() {
        return BoxCox.of().fit(positive);
    }
}
