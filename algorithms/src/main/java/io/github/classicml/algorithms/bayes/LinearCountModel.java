package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Dataset;

import java.util.List;

/**
 * What the multinomial and complement models share: rows of non-negative counts, the raw per-class
 * column counts (kept so that {@code update} can add more rows), and one weight {@code w_cj} per class
 * and column, so that a class's score is linear in the row, {@code sum_j x_j w_cj} (plus the prior,
 * where the model uses one). The two differ only in how the weights come from the counts.
 */
abstract sealed class LinearCountModel extends NaiveBayesModel
        permits MultinomialNaiveBayesModel, ComplementNaiveBayesModel {

    private final FeatureCounts counts;
    /** {@code w_cj}, class-major. */
    private final double[] weights;

    LinearCountModel(FeatureCounts counts, double[] weights, double[] logPriors, List<String> columnNames,
                     List<String> classNames) {
        super(columnNames, classNames, counts.classCounts.clone(), logPriors);
        this.counts = counts;
        this.weights = weights;
    }

    /** @return the counts, for the model file */
    final FeatureCounts counts() {
        return counts;
    }

    /** @return the sum of each column over each class's rows, {@code [class][column]} (scikit-learn's {@code feature_count_}) */
    public double[][] featureCounts() {
        return counts.byClass();
    }

    /**
     * Learns from more rows: returns the model that fitting on this model's rows and {@code data}
     * together would give (exactly, for integer counts). This model is unchanged.
     *
     * @param data more rows with the same columns and class names; not modified
     * @return the updated model
     * @throws IllegalArgumentException if the width or the class names differ, or a value is negative or
     *     not finite
     */
    public abstract LinearCountModel update(Dataset data);

    /** @return a copy of the weights, {@code [class][column]} */
    final double[][] weightsByClass() {
        return byClass(weights, columns());
    }

    /**
     * Checks that {@code data} continues this model's training data and adds its counts.
     *
     * @param data more rows with the same columns and class names
     * @return the counts of the old rows and the new ones together
     */
    final FeatureCounts countsWith(Dataset data) {
        checkUpdate(data);
        return counts.plus(MultinomialNaiveBayes.count(data));
    }

    @Override
    final void checkRow(double[] row) {
        FeatureValues.requireCounts(row, 0, row.length, -1);
    }

    @Override
    final void addLogLikelihoods(double[] row, double[] jll) {
        addLinearScores(row, weights, counts.classCounts, jll);
    }

    @Override
    final double featureLogLikelihood(double[] row, int c, int j) {
        return row[j] == 0 ? 0 : row[j] * weights[c * columns() + j];
    }
}
