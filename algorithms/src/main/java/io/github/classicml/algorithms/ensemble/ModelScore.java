package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Check;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Model;
import io.github.classicml.core.Regressor;
import io.github.classicml.metrics.RegressionMetrics;

/**
 * How well a fitted model answers a labelled dataset, higher being better: the score that
 * {@link PermutationImportance} watches fall when a column is shuffled.
 *
 * @param <M> the kind of model scored
 */
@FunctionalInterface
public interface ModelScore<M extends Model> {

    /**
     * @param model the fitted model
     * @param data labelled rows of the model's width; not modified
     * @return the score, higher is better
     */
    double score(M model, Dataset data);

    /** @return the accuracy of a classifier: the share of rows whose class it predicts */
    static ModelScore<Classifier> accuracy() {
        return (model, data) -> {
            Check.hasClasses(data);
            int[] predicted = model.predict(data);
            int correct = 0;
            for (int i = 0; i < predicted.length; i++) {
                correct += predicted[i] == data.classOf(i) ? 1 : 0;
            }
            return (double) correct / predicted.length;
        };
    }

    /** @return the coefficient of determination R² of a regressor ({@link RegressionMetrics#r2}) */
    static ModelScore<Regressor> r2() {
        return (model, data) -> {
            Check.finiteTargets(data);
            return RegressionMetrics.r2(data.targets(), model.predict(data)).value();
        };
    }
}
