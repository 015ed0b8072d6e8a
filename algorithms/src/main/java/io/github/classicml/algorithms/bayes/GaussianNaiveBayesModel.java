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
        int[] e = statistics.exponents;
        // the largest column variance, compared in true units (log2 of the variance plus twice the column's exponent)
        double[] columnVariances = statistics.columnVariances();
        int widest = -1;
        double widestLog2 = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < p; j++) {
            double log2 = columnVariances[j] > 0 ? Math.log(columnVariances[j]) / Math.log(2) + 2.0 * e[j]
                    : Double.NEGATIVE_INFINITY;
            if (columnVariances[j] > 0 && (widest < 0 || log2 > widestLog2
                    || log2 == widestLog2 && e[j] == e[widest] && columnVariances[j] > columnVariances[widest])) {
                widestLog2 = log2;
                widest = j;
            }
        }
        // every column constant: no scale in the data; any common variance gives the same posteriors
        double largest = widest >= 0 ? columnVariances[widest] : 1.0;
        int largestExponent = widest >= 0 ? 2 * e[widest] : 0;
        this.epsilon = learner.varianceSmoothing() * Math.scalb(largest, largestExponent);
        this.variances = new double[k * p];
        this.precisions = new double[k * p];
        this.normalisers = new double[k];
        double logScales = 0;
        for (int j = 0; j < p; j++) {
            logScales += e[j] * Math.log(2);
        }
        for (int c = 0; c < k; c++) {
            double n = statistics.counts[c];
            if (n == 0) {
                continue;
            }
            double logNormaliser = 0;
            for (int j = 0; j < p; j++) {
                int at = c * p + j;
                // the smoothing in column j's own units
                double smoothing = learner.varianceSmoothing() * Math.scalb(largest, largestExponent - 2 * e[j]);
                double v = statistics.squaredDeviations[at] / n + smoothing;
                if (!Double.isFinite(1.0 / v)) {
                    throw new IllegalArgumentException("variances must be > 0 after smoothing; column " + j + " (\""
                            + columnNames.get(j) + "\") of class \"" + classNames.get(c) + "\" has variance "
                            + v + " with varianceSmoothing " + Check.format(learner.varianceSmoothing())
                            + "; set varianceSmoothing > 0");
                }
                if (!Double.isFinite(v)) {
                    // the smoothing of the widest column, in the units of a column 2^600 times narrower
                    throw new IllegalArgumentException("variances must be within the double range in each column's "
                            + "scale; the smoothing " + epsilon + " (varianceSmoothing "
                            + Check.format(learner.varianceSmoothing()) + " times the largest column variance) "
                            + "overflows in column " + j + " (\"" + columnNames.get(j) + "\"), whose values are "
                            + "about 2^" + e[j] + "; bring the columns' magnitudes closer together");
                }
                variances[at] = v;
                precisions[at] = 1.0 / v;
                logNormaliser += Math.log(2 * Math.PI * v);
            }
            // densities in the true units: a column kept in units of 2^e has its density divided by 2^e
            normalisers[c] = -0.5 * logNormaliser - logScales;
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
     *     variance} (scikit-learn's {@code epsilon_}); infinite if it exceeds the double range (features
     *     beyond about 1e154), although the model itself works in scaled units and stays exact
     */
    public double epsilon() {
        return epsilon;
    }

    /** @return the mean of each column in each class, {@code [class][column]} (scikit-learn's {@code theta_}) */
    public double[][] means() {
        return byClass(unscaled(means, 1), columns());
    }

    /**
     * @return the smoothed variance of each column in each class, {@code [class][column]}: the population
     *     variance plus {@link #epsilon()} (scikit-learn's {@code var_}); 0 for classes without rows;
     *     infinite where the variance exceeds the double range (the model keeps such columns scaled)
     */
    public double[][] variances() {
        return byClass(unscaled(variances, 2), columns());
    }

    /** @return class-major values in the true units: column j's value times {@code 2^(power e_j)} */
    private double[] unscaled(double[] classMajor, int power) {
        double[] out = classMajor.clone();
        int p = columns();
        for (int at = 0; at < out.length; at++) {
            out[at] = Math.scalb(out[at], power * statistics.exponents[at % p]);
        }
        return out;
    }

    /** @return the row in the units the statistics are kept in: the row itself when no column is scaled */
    private double[] inModelUnits(double[] row) {
        int[] e = statistics.exponents;
        double[] out = row;
        for (int j = 0; j < e.length; j++) {
            if (e[j] != 0) {
                if (out == row) {
                    out = row.clone();
                }
                out[j] = Math.scalb(row[j], -e[j]);
            }
        }
        return out;
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
        GaussianStatistics more = GaussianStatistics.of(data, statistics.exponents);
        more.checkFinite(data);
        return new GaussianNaiveBayesModel(learner, statistics.merge(more), columnNames(), classNames());
    }

    @Override
    void checkRow(double[] row) {
        // any real value is a valid observation; NaN and infinities are caught from the scores
    }

    @Override
    void addLogLikelihoods(double[] original, double[] jll) {
        double[] row = inModelUnits(original);
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
        int e = statistics.exponents[j];
        double d = Math.scalb(row[j], -e) - means[at];
        return -0.5 * (LOG_TWO_PI + Math.log(variances[at]) + d * d / variances[at]) - e * Math.log(2);
    }

    @Override
    String likelihoodFormula() {
        return "log P(x_j | c) = log N(x_j; mean_cj, variance_cj) = -(log(2 pi variance_cj) + (x_j - mean_cj)^2 / variance_cj) / 2";
    }
}
