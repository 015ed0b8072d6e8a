package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Model;
import io.github.classicml.core.ProbabilisticClassifier;
import io.github.classicml.core.Regressor;
import io.github.classicml.metrics.ConfusionMatrix;
import io.github.classicml.metrics.RegressionMetrics;
import io.github.classicml.metrics.RocAuc;

import java.util.function.ToDoubleBiFunction;

/**
 * Judges a fitted model on test rows: a metric of (actual, predicted), named, with the direction in
 * which it improves.
 *
 * <p>Scoring is split in two so that cross-validation can average it two ways: {@link #predict} turns
 * a model and test rows into predictions (class indices for a classifier, held as exact doubles; real
 * values for a regressor), and {@link #score(double[], double[])} applies the metric to actual and
 * predicted values. Per-fold averaging scores each fold and averages the scores; pooled averaging
 * concatenates every fold's predictions and scores them once (see {@link Averaging}).
 *
 * <p>Build one with {@link #classification}, {@link #regression} or {@link #binaryProbability} from any
 * function over arrays (the {@code metrics} module's, for instance), or take a ready one:
 * {@link #accuracy()}, {@link #rocAuc()}, {@link #r2()}, {@link #meanSquaredError()},
 * {@link #meanAbsoluteError()}. Scorers are immutable.
 *
 * @param <M> the kind of model it judges
 */
public interface Scorer<M extends Model> {

    /** @return the metric's name, for tables */
    String name();

    /** @return true if larger scores are better (accuracy, R²), false if smaller are (errors) */
    boolean higherIsBetter();

    /**
     * @param model the fitted model
     * @param test the test rows; not modified
     * @return one prediction per row
     */
    double[] predict(M model, Dataset test);

    /**
     * @param test the test rows, with targets
     * @return the true value of each row (class indices as doubles for classes)
     */
    double[] actual(Dataset test);

    /**
     * @param actual the true values; not modified
     * @param predicted the predictions; not modified
     * @return the metric
     */
    double score(double[] actual, double[] predicted);

    /**
     * A key equal for scorers whose {@link #predict} gives the same predictions, so that
     * cross-validation predicts once for all of them. By default the scorer itself (no sharing).
     *
     * @return the key
     */
    default Object predictionKind() {
        return this;
    }

    /**
     * @param model the fitted model
     * @param test the test rows, with targets; not modified
     * @return the metric of the model's predictions on them
     */
    default double score(M model, Dataset test) {
        return score(actual(test), predict(model, test));
    }

    /**
     * A classification metric over class indices.
     *
     * @param name the metric's name
     * @param higherIsBetter the direction in which it improves
     * @param metric the metric of (actual, predicted) class indices
     * @return the scorer
     */
    static Scorer<Classifier> classification(String name, boolean higherIsBetter,
            ToDoubleBiFunction<int[], int[]> metric) {
        return new ClassificationScorer(Check.notNull("name", name), higherIsBetter, Check.notNull("metric", metric));
    }

    /**
     * A regression metric over real values.
     *
     * @param name the metric's name
     * @param higherIsBetter the direction in which it improves
     * @param metric the metric of (actual, predicted) values
     * @return the scorer
     */
    static Scorer<Regressor> regression(String name, boolean higherIsBetter,
            ToDoubleBiFunction<double[], double[]> metric) {
        return new RegressionScorer(Check.notNull("name", name), higherIsBetter, Check.notNull("metric", metric));
    }

    /**
     * A two-class metric over the labels and the predicted probability of class 1 (the second class
     * name), such as the ROC AUC or the log loss.
     *
     * @param name the metric's name
     * @param higherIsBetter the direction in which it improves
     * @param metric the metric of (actual is class 1, probability of class 1)
     * @return the scorer; it refuses models with other than two classes
     */
    static Scorer<ProbabilisticClassifier> binaryProbability(String name, boolean higherIsBetter,
            ToDoubleBiFunction<boolean[], double[]> metric) {
        return new BinaryProbabilityScorer(Check.notNull("name", name), higherIsBetter,
                Check.notNull("metric", metric));
    }

    /**
     * @return the two-class ROC AUC of the probability of class 1 (higher is better); pooled over folds it
     *     ranks rows of different models against each other, which per-fold averaging does not
     */
    static Scorer<ProbabilisticClassifier> rocAuc() {
        return binaryProbability("roc_auc", true, (a, p) -> RocAuc.binary(a, p).value());
    }

    /** @return the share of rows classified correctly (higher is better) */
    static Scorer<Classifier> accuracy() {
        return classification("accuracy", true, (a, p) -> ConfusionMatrix.of(a, p).accuracy().value());
    }

    /** @return the coefficient of determination R² (higher is better) */
    static Scorer<Regressor> r2() {
        return regression("r2", true, (a, p) -> RegressionMetrics.r2(a, p).value());
    }

    /** @return the mean squared error (lower is better) */
    static Scorer<Regressor> meanSquaredError() {
        return regression("mse", false, (a, p) -> RegressionMetrics.meanSquaredError(a, p).value());
    }

    /** @return the mean absolute error (lower is better) */
    static Scorer<Regressor> meanAbsoluteError() {
        return regression("mae", false, (a, p) -> RegressionMetrics.meanAbsoluteError(a, p).value());
    }
}
