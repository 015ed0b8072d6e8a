package io.github.classicml.benchmarks.selection;

import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.algorithms.selection.CrossValidation;
import io.github.classicml.algorithms.selection.CrossValidationResult;
import io.github.classicml.algorithms.selection.Fold;
import io.github.classicml.algorithms.selection.Pipeline;
import io.github.classicml.algorithms.selection.PipelineClassifier;
import io.github.classicml.algorithms.selection.PipelineClassifierModel;
import io.github.classicml.algorithms.selection.Scorer;
import io.github.classicml.algorithms.selection.StratifiedKFold;
import io.github.classicml.core.Dataset;
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

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * 10-fold stratified cross-validation of a scaled 5-nearest-neighbour pipeline on 4000 rows of 16
 * columns (4 Gaussian classes): the harness on 1 and 2 threads against a plain loop that fits and
 * scores each fold in turn, which shows the harness's own cost and what parallel folds gain.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar CrossValidationBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1)
public class CrossValidationBenchmark {

    /** Threads for the folds. */
    @Param({"1", "2"})
    public int threads;

    private Dataset data;
    private List<Fold> folds;
    private PipelineClassifier learner;

    /** Draws the data and the folds. */
    @Setup
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(12);
        int rows = 4000;
        int columns = 16;
        double[][] x = new double[rows][columns];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = i % 4;
            for (int j = 0; j < columns; j++) {
                x[i][j] = (j % 4 == y[i] ? 2.0 : 0.0) + rng.nextGaussian() * (1 + j);
            }
        }
        data = Dataset.of(x).withClasses(y);
        folds = StratifiedKFold.of(10).splits(data);
        learner = Pipeline.of(StandardScaler.of()).classifier(KnnClassifier.of(5));
    }

    /** @return the cross-validation through the harness */
    @Benchmark
    public CrossValidationResult harness() {
        return CrossValidation.crossValidate(learner, data, folds, List.of(Scorer.accuracy()), threads);
    }

    /** @return the sum of the fold accuracies from a plain sequential loop (the baseline) */
    @Benchmark
    public double plainLoop() {
        double sum = 0;
        for (Fold fold : folds) {
            PipelineClassifierModel model = learner.fit(fold.trainData(data));
            sum += Scorer.accuracy().score(model, fold.testData(data));
        }
        return sum;
    }
}
