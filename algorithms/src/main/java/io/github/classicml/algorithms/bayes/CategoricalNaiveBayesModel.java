package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.util.List;

/**
 * A fitted categorical naive Bayes model: per class, the prior and the smoothed probability of each
 * category of each column; scores are {@code log P(c) + sum_j log P(x_j | c)}, a column whose code is
 * above its learned range contributing nothing ({@link CategoricalNaiveBayes}).
 *
 * <p>It keeps the raw counts, so that {@link #update(Dataset)} learns from more rows. Immutable and safe
 * for concurrent use.
 *
 * @see CategoricalNaiveBayes
 */
public final class CategoricalNaiveBayesModel extends NaiveBayesModel {

    private final CategoricalNaiveBayes learner;
    private final CategoryCounts counts;
    /** Per column, {@code log P(x_j = code | c)} at {@code [j][c * m_j + code]}. */
    private final double[][] logProbabilities;

    CategoricalNaiveBayesModel(CategoricalNaiveBayes learner, CategoryCounts counts, List<String> columnNames,
                               List<String> classNames) {
        super(columnNames, classNames, counts.classCounts.clone(), learner.priors().logPriors(counts.classCounts));
        this.learner = learner;
        this.counts = counts;
        int k = counts.classCounts.length;
        int p = counts.categories.length;
        double alpha = learner.alpha();
        this.logProbabilities = new double[p][];
        for (int j = 0; j < p; j++) {
            int m = counts.categories[j];
            logProbabilities[j] = new double[k * m];
            for (int c = 0; c < k; c++) {
                double total = 0;
                for (int code = 0; code < m; code++) {
                    total += counts.counts[j][c * m + code] + alpha;
                }
                double logTotal = Math.log(total);
                for (int code = 0; code < m; code++) {
                    logProbabilities[j][c * m + code] = Math.log(counts.counts[j][c * m + code] + alpha) - logTotal;
                }
            }
        }
    }

    /** @return the counts, for the model file */
    final CategoryCounts counts() {
        return counts;
    }

    /** @return the learner (hyperparameters) this model was fitted with */
    public CategoricalNaiveBayes learner() {
        return learner;
    }

    /** @return the number of categories of each column, largest training code + 1 (scikit-learn's {@code n_categories_}) */
    public int[] categoryCounts() {
        return counts.categories.clone();
    }

    /**
     * @param column a column index
     * @return {@code log P(x_column = code | c)} as {@code [class][code]} (scikit-learn's
     *     {@code feature_log_prob_[column]})
     */
    public double[][] featureLogProbabilities(int column) {
        Check.atLeast("column", column, 0);
        Check.atMost("column", column, columns() - 1);
        int m = counts.categories[column];
        double[][] out = new double[classNames().size()][m];
        for (int c = 0; c < out.length; c++) {
            System.arraycopy(logProbabilities[column], c * m, out[c], 0, m);
        }
        return out;
    }

    /**
     * Learns from more rows: returns the model that fitting on this model's rows and {@code data}
     * together would give, exactly. This model is unchanged.
     *
     * @param data more rows with the same columns and class names; not modified
     * @return the updated model
     * @throws IllegalArgumentException if the width or the class names differ, or a value is not a
     *     category code
     */
    public CategoricalNaiveBayesModel update(Dataset data) {
        checkUpdate(data);
        return new CategoricalNaiveBayesModel(learner, counts.plus(CategoryCounts.of(data)), columnNames(),
                classNames());
    }

    @Override
    void checkRow(double[] row) {
        FeatureValues.requireCodes(row, 0, row.length, -1, Integer.MAX_VALUE);
    }

    @Override
    void addLogLikelihoods(double[] row, double[] jll) {
        for (int c = 0; c < jll.length; c++) {
            if (counts.classCounts[c] > 0) {
                double s = 0;
                for (int j = 0; j < row.length; j++) {
                    s += featureLogLikelihood(row, c, j);
                }
                jll[c] += s;
            }
        }
    }

    @Override
    double featureLogLikelihood(double[] row, int c, int j) {
        int m = counts.categories[j];
        double code = row[j];
        // a code above the learned range is unknown: no evidence, the column is left out
        return code < m ? logProbabilities[j][c * m + (int) code] : 0;
    }

    @Override
    String likelihoodFormula() {
        return "log P(x_j = k | c) = log((rows of c with code k in column j + alpha) / (rows of c + alpha m_j)), alpha = "
                + learner.alpha() + "; a code above column j's training range contributes 0 (no evidence)";
    }
}
