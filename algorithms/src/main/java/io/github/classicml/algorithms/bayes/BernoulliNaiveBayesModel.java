package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Dataset;

import java.util.List;

/**
 * A fitted Bernoulli naive Bayes model: per class, the prior and the smoothed probability
 * {@code p_cj} that each feature is present; scores are
 * {@code log P(c) + sum_j [b_j log p_cj + (1 - b_j) log(1 - p_cj)]} for the binarised row {@code b}.
 *
 * <p>It keeps the raw counts, so that {@link #update(Dataset)} learns from more rows. Immutable and safe
 * for concurrent use.
 *
 * @see BernoulliNaiveBayes
 */
public final class BernoulliNaiveBayesModel extends NaiveBayesModel {

    private final BernoulliNaiveBayes learner;
    private final FeatureCounts counts;
    /** {@code log p_cj}, class-major. */
    private final double[] logPresent;
    /** {@code log(1 - p_cj)}, class-major. */
    private final double[] logAbsent;
    /** Per class, {@code sum_j log(1 - p_cj)}: the score of a row in which no feature is present. */
    private final double[] allAbsent;

    BernoulliNaiveBayesModel(BernoulliNaiveBayes learner, FeatureCounts counts, List<String> columnNames,
                             List<String> classNames) {
        super(columnNames, classNames, counts.classCounts.clone(), learner.priors().logPriors(counts.classCounts));
        this.learner = learner;
        this.counts = counts;
        int p = counts.columns;
        int k = counts.classCounts.length;
        double alpha = learner.alpha();
        this.logPresent = new double[k * p];
        this.logAbsent = new double[k * p];
        this.allAbsent = new double[k];
        for (int c = 0; c < k; c++) {
            double n = counts.classCounts[c];
            double logTotal = Math.log(n + 2 * alpha);
            for (int j = c * p; j < (c + 1) * p; j++) {
                double present = counts.featureCounts[j];
                logPresent[j] = Math.log(present + alpha) - logTotal;
                logAbsent[j] = Math.log(n - present + alpha) - logTotal;
                allAbsent[c] += logAbsent[j];
            }
        }
    }

    /** @return the counts, for the model file */
    final FeatureCounts counts() {
        return counts;
    }

    /** @return the learner (hyperparameters) this model was fitted with */
    public BernoulliNaiveBayes learner() {
        return learner;
    }

    /** @return per class, the number of rows in which each feature is present, {@code [class][column]} */
    public double[][] featureCounts() {
        return counts.byClass();
    }

    /** @return {@code log p_cj}, {@code [class][column]} (scikit-learn's {@code feature_log_prob_}) */
    public double[][] featureLogProbabilities() {
        return byClass(logPresent, columns());
    }

    /**
     * Learns from more rows: returns the model that fitting on this model's rows and {@code data}
     * together would give, exactly. This model is unchanged.
     *
     * @param data more rows with the same columns and class names; not modified
     * @return the updated model
     * @throws IllegalArgumentException if the width or the class names differ, or a value is not finite
     *     (or not 0/1 without a threshold)
     */
    public BernoulliNaiveBayesModel update(Dataset data) {
        checkUpdate(data);
        return new BernoulliNaiveBayesModel(learner, counts.plus(learner.count(data)), columnNames(), classNames());
    }

    @Override
    void checkRow(double[] row) {
        FeatureValues.requireFinite(row, 0, row.length, -1, learner.binarizeThreshold().isEmpty());
    }

    @Override
    void addLogLikelihoods(double[] row, double[] jll) {
        int p = row.length;
        for (int c = 0; c < jll.length; c++) {
            if (counts.classCounts[c] > 0) {
                // start from "every feature absent" and switch the present ones
                double s = allAbsent[c];
                for (int j = 0; j < p; j++) {
                    if (learner.binary(row[j]) == 1) {
                        s += logPresent[c * p + j] - logAbsent[c * p + j];
                    }
                }
                jll[c] += s;
            }
        }
    }

    @Override
    double featureLogLikelihood(double[] row, int c, int j) {
        int at = c * columns() + j;
        return learner.binary(row[j]) == 1 ? logPresent[at] : logAbsent[at];
    }

    @Override
    String likelihoodFormula() {
        return "log P(x_j | c) = log p_cj if x_j is present, log(1 - p_cj) if absent, p_cj = (rows of c with j + alpha) "
                + "/ (rows of c + 2 alpha), alpha = " + learner.alpha() + (learner.binarizeThreshold().isPresent()
                ? "; present means x_j > " + learner.binarizeThreshold().getAsDouble() : "");
    }
}
