package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Dataset;

import java.util.List;

/**
 * A fitted multinomial naive Bayes model: per class, the prior and the smoothed probability
 * {@code theta_cj} of each column; scores are {@code log P(c) + sum_j x_j log theta_cj}.
 *
 * <p>It keeps the raw counts, so that {@link #update(Dataset)} learns from more rows. Immutable and safe
 * for concurrent use.
 *
 * @see MultinomialNaiveBayes
 */
public final class MultinomialNaiveBayesModel extends NaiveBayesModel {

    private final MultinomialNaiveBayes learner;
    private final FeatureCounts counts;
    /** {@code log theta_cj}, class-major. */
    private final double[] logTheta;

    MultinomialNaiveBayesModel(MultinomialNaiveBayes learner, FeatureCounts counts, List<String> columnNames,
                               List<String> classNames) {
        super(columnNames, classNames, counts.classCounts.clone(), learner.priors().logPriors(counts.classCounts));
        this.learner = learner;
        this.counts = counts;
        this.logTheta = smoothedLogShares(counts, learner.alpha());
    }

    /**
     * {@code log((N_cj + alpha) / sum_j (N_cj + alpha))} for every class and column: the smoothed share of
     * each column in each class's total.
     */
    static double[] smoothedLogShares(FeatureCounts counts, double alpha) {
        int p = counts.columns;
        int k = counts.classCounts.length;
        double[] out = new double[k * p];
        for (int c = 0; c < k; c++) {
            double total = 0;
            for (int j = c * p; j < (c + 1) * p; j++) {
                total += counts.featureCounts[j] + alpha;
            }
            double logTotal = Math.log(total);
            for (int j = c * p; j < (c + 1) * p; j++) {
                out[j] = Math.log(counts.featureCounts[j] + alpha) - logTotal;
            }
        }
        return out;
    }

    /** @return the learner (hyperparameters) this model was fitted with */
    public MultinomialNaiveBayes learner() {
        return learner;
    }

    /** @return the sum of each column over each class's rows, {@code [class][column]} (scikit-learn's {@code feature_count_}) */
    public double[][] featureCounts() {
        return counts.byClass();
    }

    /** @return {@code log theta_cj}, {@code [class][column]} (scikit-learn's {@code feature_log_prob_}) */
    public double[][] featureLogProbabilities() {
        return byClass(logTheta, columns());
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
    public MultinomialNaiveBayesModel update(Dataset data) {
        checkUpdate(data);
        return new MultinomialNaiveBayesModel(learner, counts.plus(MultinomialNaiveBayes.count(data)), columnNames(),
                classNames());
    }

    @Override
    void checkRow(double[] row) {
        FeatureValues.requireCounts(row, 0, row.length, -1);
    }

    @Override
    void addLogLikelihoods(double[] row, double[] jll) {
        addLinearScores(row, logTheta, counts.classCounts, jll);
    }

    @Override
    double featureLogLikelihood(double[] row, int c, int j) {
        return row[j] == 0 ? 0 : row[j] * logTheta[c * columns() + j];
    }

    @Override
    String likelihoodFormula() {
        return "log P(x_j | c) = x_j log theta_cj, theta_cj = (count of j in c + alpha) / (all counts in c + alpha p), alpha = "
                + learner.alpha();
    }
}
