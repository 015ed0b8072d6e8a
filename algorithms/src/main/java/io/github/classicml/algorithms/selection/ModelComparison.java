package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Statistical tests that ask whether one model is really better than another, or only luckier on
 * these rows.
 *
 * <p>{@link #correctedResampledTTest}: compares two learners' scores on the same resampled folds
 * (repeated k-fold, repeated hold-out). The plain paired t-test treats the folds as independent, but
 * their training sets overlap, so the variance of the mean difference is underestimated and the test
 * finds differences that are not there. Nadeau and Bengio's correction inflates the variance:
 * with {@code J} folds, per-fold differences {@code d_j}, their mean {@code d̄} and sample variance
 * {@code s²}, {@code t = d̄ / sqrt((1/J + n_test/n_train) s²)} with {@code J - 1} degrees of freedom.
 *
 * <p>{@link #mcNemar}: compares two classifiers on one test set. Only the rows where they disagree
 * matter: {@code b} rows the first gets right and the second wrong, {@code c} the reverse. Under the
 * null hypothesis of equal error rates, {@code b ~ Binomial(b + c, 1/2)}. The exact test uses that
 * distribution (two-sided {@code p = min(1, 2 P(X <= min(b, c)))}); the chi-squared form with continuity
 * correction uses {@code (|b - c| - 1)² / (b + c)} with 1 degree of freedom. Both equal statsmodels'
 * {@code mcnemar(table, exact=True)} and {@code mcnemar(table, exact=False, correction=True)}.
 *
 * <p>References: Nadeau and Bengio, "Inference for the generalization error", Machine Learning 52
 * (2003); McNemar, "Note on the sampling error of the difference between correlated proportions or
 * percentages", Psychometrika 12 (1947); Dietterich, "Approximate statistical tests for comparing
 * supervised classification learning algorithms", Neural Computation 10 (1998).
 */
public final class ModelComparison {

    private ModelComparison() {
    }

    /**
     * The result of a test.
     *
     * @param statistic the test statistic (t, or chi-squared, or for the exact McNemar test
     *     {@code min(b, c)})
     * @param degreesOfFreedom its degrees of freedom (0 for the exact test)
     * @param pValue the two-sided p-value
     * @param difference the mean score difference (first minus second) for the t-test; {@code b - c}
     *     for McNemar's test
     */
    public record TestResult(double statistic, double degreesOfFreedom, double pValue, double difference) {
    }

    /**
     * Nadeau and Bengio's corrected resampled t-test of two learners' scores on the same folds.
     *
     * @param first the first learner's score on each fold; not modified
     * @param second the second learner's score on the same folds; not modified
     * @param trainRows the number of training rows per fold, {@code >= 1}
     * @param testRows the number of test rows per fold, {@code >= 1}
     * @return the t statistic (positive when the first scores higher), {@code J - 1} degrees of
     *     freedom, the two-sided p-value and the mean difference
     * @throws IllegalArgumentException if the arrays differ in length, have fewer than 2 entries, are
     *     not finite, or every difference is the same up to rounding (zero variance: no test is possible)
     */
    public static TestResult correctedResampledTTest(double[] first, double[] second, int trainRows, int testRows) {
        Check.notNull("first", first);
        Check.notNull("second", second);
        Check.sameLength("first", first.length, "second", second.length);
        Check.atLeast("folds", first.length, 2);
        Check.atLeast("trainRows", trainRows, 1);
        Check.atLeast("testRows", testRows, 1);
        Check.allFinite("first", first);
        Check.allFinite("second", second);
        int j = first.length;
        double mean = 0;
        for (int i = 0; i < j; i++) {
            mean += first[i] - second[i];
        }
        mean /= j;
        double ss = 0;
        double largest = 0;
        for (int i = 0; i < j; i++) {
            double d = first[i] - second[i] - mean;
            ss += d * d;
            largest = Math.max(largest, Math.abs(first[i] - second[i]));
        }
        double variance = ss / (j - 1);
        double m = mean;
        // differences equal up to rounding (0.9 - 0.8 against 0.8 - 0.7) count as equal
        Check.that(Math.sqrt(variance) > 1e-12 * largest, () -> "first - second must vary across folds, got the same difference "
                + Check.format(m) + " on every fold; the t-test is undefined");
        double t = mean / Math.sqrt((1.0 / j + (double) testRows / trainRows) * variance);
        double p = 2 * TDistribution.of(j - 1).survivalProbability(Math.abs(t));
        return new TestResult(t, j - 1, Math.min(1, p), mean);
    }

    /**
     * McNemar's test of two classifiers' predictions on the same rows.
     *
     * @param actual the true class of each row; not modified
     * @param first the first classifier's predictions; not modified
     * @param second the second classifier's predictions; not modified
     * @param exact true for the exact binomial test, false for the chi-squared test with continuity
     *     correction
     * @return the statistic, degrees of freedom, two-sided p-value and {@code b - c}
     * @throws IllegalArgumentException if the lengths differ or the arrays are empty
     */
    public static TestResult mcNemar(int[] actual, int[] first, int[] second, boolean exact) {
        Check.notNull("actual", actual);
        Check.notNull("first", first);
        Check.notNull("second", second);
        Check.notEmpty("actual", actual.length);
        Check.sameLength("actual", actual.length, "first", first.length);
        Check.sameLength("actual", actual.length, "second", second.length);
        int b = 0;
        int c = 0;
        for (int i = 0; i < actual.length; i++) {
            boolean firstRight = first[i] == actual[i];
            boolean secondRight = second[i] == actual[i];
            if (firstRight && !secondRight) {
                b++;
            } else if (!firstRight && secondRight) {
                c++;
            }
        }
        return mcNemar(b, c, exact);
    }

    /**
     * McNemar's test from the two discordant counts.
     *
     * @param b rows the first classifier gets right and the second wrong, {@code >= 0}
     * @param c rows the first gets wrong and the second right, {@code >= 0}
     * @param exact true for the exact binomial test, false for chi-squared with continuity correction
     * @return the statistic, degrees of freedom, two-sided p-value and {@code b - c}
     */
    public static TestResult mcNemar(int b, int c, boolean exact) {
        Check.atLeast("b", b, 0);
        Check.atLeast("c", c, 0);
        int n = b + c;
        if (n == 0) {
            // the classifiers never disagree: no evidence of a difference
            return new TestResult(0, exact ? 0 : 1, 1.0, 0);
        }
        if (exact) {
            int k = Math.min(b, c);
            double p = Math.min(1.0, 2 * BinomialDistribution.of(n, 0.5).cumulativeProbability(k));
            return new TestResult(k, 0, p, b - c);
        }
        double diff = Math.abs(b - c) - 1.0;
        double statistic = diff * diff / n;
        double p = ChiSquaredDistribution.of(1).survivalProbability(statistic);
        return new TestResult(statistic, 1, p, b - c);
    }
}
