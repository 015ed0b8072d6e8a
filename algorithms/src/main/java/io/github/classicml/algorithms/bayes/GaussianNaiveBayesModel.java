package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.internal.linalg.Vectors;

import java.util.List;

/**
 * A fitted Gaussian naive Bayes model: per class, the prior and each column's mean and smoothed
 * variance; scores are {@code log P(c) + sum_j log N(x_j; mean_cj, variance_cj)}.
 *
 * <p>It keeps the sufficient statistics (counts, means, sums of squared deviations), so that
 * {@link #update(Dataset)} learns from more rows without the old ones. Immutable and safe for
 * concurrent use.
 *
 * @see GaussianNaiveBayes
 */
public final class GaussianNaiveBayesModel extends NaiveBayesModel {

    private static final double LOG_TWO_PI = Math.log(2 * Math.PI);

    private final GaussianNaiveBayes learner;
    private final GaussianStatistics statistics;
    private final double epsilon;
    /** Means, class-major. */
    private final double[] means;
    /** Smoothed variances, class-major. */
    private final double[] variances;
    /** Their reciprocals, for the scoring loop. */
    private final double[] precisions;
    /** Per class: {@code -sum_j log(2 pi variance_cj) / 2}, the part of the score that does not depend on x. */
    private final double[] normalisers;

    GaussianNaiveBayesModel(GaussianNaiveBayes learner, GaussianStatistics statistics, List<String> columnNames,
                            List<String> classNames) {
        super(columnNames, classNames, statistics.counts.clone(), learner.priors().logPriors(statistics.counts));
        this.learner = learner;
        this.statistics = statistics;
        this.means = statistics.roundedMeans();
        int k = statistics.classes;
        int p = statistics.columns;
        double largest = 0;
        for (double v : statistics.columnVariances()) {
            largest = Math.max(largest, v);
        }
        // every column constant: no scale in the data; any common variance gives the same posteriors
        this.epsilon = learner.varianceSmoothing() * (largest > 0 ? largest : 1.0);
        this.variances = new double[k * p];
        this.precisions = new double[k * p];
        this.normalisers = new double[k];
        for (int c = 0; c < k; c++) {
            double n = statistics.counts[c];
            if (n == 0) {
                continue;
            }
            double logNormaliser = 0;
            for (int j = 0; j < p; j++) {
                int at = c * p + j;
                double v = statistics.squaredDeviations[at] / n + epsilon;
                if (!Double.isFinite(1.0 / v)) {
                    throw new IllegalArgumentException("variances must be > 0 after smoothing; column " + j + " (\""
                            + columnNames.get(j) + "\") of class \"" + classNames.get(c) + "\" has variance "
                            + v + " with varianceSmoothing " + Check.format(learner.varianceSmoothing())
                            + "; set varianceSmoothing > 0");
                }
                variances[at] = v;
                precisions[at] = 1.0 / v;
                logNormaliser += Math.log(2 * Math.PI * v);
            }
            normalisers[c] = -0.5 * logNormaliser;
        }
    }

    /** @return the learner (hyperparameters) this model was fitted with */
    public GaussianNaiveBayes learner() {
        return learner;
    }

    /** @return the sufficient statistics, for the model file */
    GaussianStatistics statistics() {
        return statistics;
    }

    /**
     * @return the variance smoothing added to every variance, {@code varianceSmoothing × the largest column
     *     variance} (scikit-learn's {@code epsilon_})
     */
    public double epsilon() {
        return epsilon;
    }

    /** @return the mean of each column in each class, {@code [class][column]} (scikit-learn's {@code theta_}) */
    public double[][] means() {
        return byClass(means, columns());
    }

    /**
     * @return the smoothed variance of each column in each class, {@code [class][column]}: the population
     *     variance plus {@link #epsilon()} (scikit-learn's {@code var_}); 0 for classes without rows
     */
    public double[][] variances() {
        return byClass(variances, columns());
    }

    /**
     * Learns from more rows: returns the model that fitting on this model's rows and {@code data}
     * together would give (to rounding), without revisiting the old rows. This model is unchanged.
     *
     * @param data more rows with the same columns and class names; not modified
     * @return the updated model
     * @throws IllegalArgumentException if the width or the class names differ, or a feature is not finite
     */
    public GaussianNaiveBayesModel update(Dataset data) {
        checkUpdate(data);
        if (data.rows() == 0) {
            return this;
        }
        return new GaussianNaiveBayesModel(learner, statistics.merge(GaussianStatistics.of(data)), columnNames(),
                classNames());
    }

    @Override
    void checkRow(double[] row) {
        // any real value is a valid observation; NaN and infinities are caught from the scores
    }

    @Override
    void addLogLikelihoods(double[] row, double[] jll) {
        int p = row.length;
        for (int c = 0; c < jll.length; c++) {
            if (statistics.counts[c] > 0) {
                int at = c * p;
                jll[c] += normalisers[c] - 0.5 * Vectors.weightedSquaredEuclidean(row, 0, means, at,
                        precisions, at, p);
            }
        }
    }

    @Override
    double featureLogLikelihood(double[] row, int c, int j) {
        int at = c * columns() + j;
        double d = row[j] - means[at];
        return -0.5 * (LOG_TWO_PI + Math.log(variances[at]) + d * d / variances[at]);
    }

    @Override
    String likelihoodFormula() {
        return "log P(x_j | c) = log N(x_j; mean_cj, variance_cj) = -(log(2 pi variance_cj) + (x_j - mean_cj)^2 / variance_cj) / 2";
    }
}
