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
public final class MultinomialNaiveBayesModel extends LinearCountModel {

    private final MultinomialNaiveBayes learner;

    MultinomialNaiveBayesModel(MultinomialNaiveBayes learner, FeatureCounts counts, List<String> columnNames,
                               List<String> classNames) {
        super(counts, smoothedLogShares(counts, learner.alpha()), learner.priors().logPriors(counts.classCounts),
                columnNames, classNames);
        this.learner = learner;
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

    /** @return {@code log theta_cj}, {@code [class][column]} (scikit-learn's {@code feature_log_prob_}) */
    public double[][] featureLogProbabilities() {
        return weightsByClass();
    }

    /** {@inheritDoc} */
    @Override
    public MultinomialNaiveBayesModel update(Dataset data) {
        return new MultinomialNaiveBayesModel(learner, countsWith(data), columnNames(), classNames());
    }

    @Override
    String likelihoodFormula() {
        return "log P(x_j | c) = x_j log theta_cj, theta_cj = (count of j in c + alpha) / (all counts in c + alpha p), alpha = "
                + learner.alpha();
    }
}
