package io.github.classicml.metrics;

import io.github.classicml.core.Check;

import java.util.Arrays;

/**
 * Errors and scores of a regression: MSE, RMSE, MAE, median absolute error, MAPE, R², adjusted R²
 * and explained variance, as scikit-learn defines them.
 *
 * <p>With residuals {@code e_i = actual_i - predicted_i} and ȳ the mean of {@code actual}:
 * <ul>
 *   <li>MSE = (1/n) Σ e², RMSE = √MSE (same unit as y), MAE = (1/n) Σ |e|, median absolute error
 *       = median |e| (the mean of the two middle values for even n; robust to outliers).
 *   <li>MAPE = (1/n) Σ |e| / max(|actual|, ε) with ε = 2.220446049250313e-16, scikit-learn's guard
 *       against division by zero: an actual value of 0 gives a huge but finite term. It is a
 *       fraction, not a percentage (0.1 means 10 %).
 *   <li>R² = 1 - Σ e² / Σ (y - ȳ)², the share of the variance of y explained; 1 is perfect, 0 is no
 *       better than predicting ȳ, and it is negative for worse. Needs at least 2 rows. When y is
 *       constant the formula is 0/0 or x/0; as scikit-learn ({@code force_finite=True}) it is then 1
 *       for perfect predictions and 0 otherwise.
 *   <li>Adjusted R² = 1 - (1 - R²)(n - 1)/(n - p - 1) for a model with p predictors (not counting the
 *       intercept); it penalises predictors that do not earn their keep and needs n - p - 1 &gt; 0.
 *   <li>Explained variance = 1 - Var(e) / Var(y): R² without the penalty for a constant bias (the
 *       mean residual is subtracted); the same constant-y rule as R².
 * </ul>
 *
 * <p>Sums are compensated (Neumaier), so they are at least as accurate as numpy's pairwise sums. All
 * O(n), except the median, O(n log n) on a copy. Values must be finite.
 *
 * <p>Reference: T. Hastie, R. Tibshirani and J. Friedman, The Elements of Statistical Learning, 2nd
 * ed., Springer, 2009, section 3.2; H. Theil, Economic Forecasts and Policy, 1961 (adjusted R²).
 */
public final class RegressionMetrics {

    /** MAPE's guard against division by zero: 2^-52, numpy's {@code finfo(float64).eps}. */
    public static final double MAPE_EPSILON = Math.ulp(1.0);

    private RegressionMetrics() {
    }

    /**
     * @param actual the true values; not modified
     * @param predicted the predictions; not modified
     * @return MSE = (1/n) Σ (actual - predicted)²
     */
    public static double meanSquaredError(double[] actual, double[] predicted) {
        Inputs.finitePair("actual", actual, "predicted", predicted);
        return sumSquaredResiduals(actual, predicted) / actual.length;
    }

    /**
     * @param actual the true values; not modified
     * @param predicted the predictions; not modified
     * @return RMSE = √MSE
     */
    public static double rootMeanSquaredError(double[] actual, double[] predicted) {
        return Math.sqrt(meanSquaredError(actual, predicted));
    }

    /**
     * @param actual the true values; not modified
     * @param predicted the predictions; not modified
     * @return MAE = (1/n) Σ |actual - predicted|
     */
    public static double meanAbsoluteError(double[] actual, double[] predicted) {
        Inputs.finitePair("actual", actual, "predicted", predicted);
        Sum s = new Sum();
        for (int i = 0; i < actual.length; i++) {
            s.add(Math.abs(predicted[i] - actual[i]));
        }
        return s.value() / actual.length;
    }

    /**
     * @param actual the true values; not modified
     * @param predicted the predictions; not modified
     * @return the median of |actual - predicted|
     */
    public static double medianAbsoluteError(double[] actual, double[] predicted) {
        Inputs.finitePair("actual", actual, "predicted", predicted);
        int n = actual.length;
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = Math.abs(predicted[i] - actual[i]);
        }
        Arrays.sort(e);
        return n % 2 == 1 ? e[n / 2] : (e[n / 2 - 1] + e[n / 2]) / 2;
    }

    /**
     * @param actual the true values; not modified
     * @param predicted the predictions; not modified
     * @return MAPE = (1/n) Σ |actual - predicted| / max(|actual|, {@link #MAPE_EPSILON}), a fraction
     */
    public static double meanAbsolutePercentageError(double[] actual, double[] predicted) {
        Inputs.finitePair("actual", actual, "predicted", predicted);
        Sum s = new Sum();
        for (int i = 0; i < actual.length; i++) {
            s.add(Math.abs(predicted[i] - actual[i]) / Math.max(Math.abs(actual[i]), MAPE_EPSILON));
        }
        return s.value() / actual.length;
    }

    /**
     * The coefficient of determination.
     *
     * @param actual the true values, at least 2; not modified
     * @param predicted the predictions; not modified
     * @return R² = 1 - Σ e² / Σ (y - ȳ)², or for constant y: 1 if every prediction is exact, else 0
     * @throws IllegalArgumentException with fewer than 2 rows
     */
    public static double r2(double[] actual, double[] predicted) {
        Inputs.finitePair("actual", actual, "predicted", predicted);
        Check.that(actual.length >= 2, "actual must have at least 2 entries for R², got " + actual.length);
        double mean = mean(actual);
        Sum total = new Sum();
        for (double y : actual) {
            total.add((y - mean) * (y - mean));
        }
        return finiteScore(sumSquaredResiduals(actual, predicted), total.value());
    }

    /**
     * R² adjusted for the number of predictors.
     *
     * @param actual the true values; not modified
     * @param predicted the predictions; not modified
     * @param predictors the number of predictors p of the model, not counting the intercept;
     *     {@code 0 <= p <= n - 2}
     * @return 1 - (1 - R²)(n - 1)/(n - p - 1)
     * @throws IllegalArgumentException when {@code n - p - 1 <= 0}: too few rows for that many predictors
     */
    public static double adjustedR2(double[] actual, double[] predicted, int predictors) {
        Inputs.finitePair("actual", actual, "predicted", predicted);
        Check.atLeast("predictors", predictors, 0);
        int n = actual.length;
        Check.that(n - predictors - 1 > 0, "predictors must be <= n - 2 = " + (n - 2) + " for adjusted R² (n - p - 1 > 0"
                + " with n = " + n + " rows), got " + predictors + "; use more rows or fewer predictors");
        double r2 = r2(actual, predicted);
        return 1 - (1 - r2) * (n - 1) / (n - predictors - 1);
    }

    /**
     * The explained variance score.
     *
     * @param actual the true values; not modified
     * @param predicted the predictions; not modified
     * @return 1 - Var(actual - predicted) / Var(actual), or for constant y: 1 if the residuals are
     *     constant, else 0
     */
    public static double explainedVariance(double[] actual, double[] predicted) {
        Inputs.finitePair("actual", actual, "predicted", predicted);
        int n = actual.length;
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = actual[i] - predicted[i];
        }
        return finiteScore(variance(e), variance(actual));
    }

    /** scikit-learn's force_finite rule for R² and explained variance. */
    private static double finiteScore(double numerator, double denominator) {
        if (numerator == 0) {
            return 1.0;
        }
        if (denominator == 0) {
            return 0.0;
        }
        return 1 - numerator / denominator;
    }

    private static double sumSquaredResiduals(double[] actual, double[] predicted) {
        Sum s = new Sum();
        for (int i = 0; i < actual.length; i++) {
            double e = actual[i] - predicted[i];
            s.add(e * e);
        }
        return s.value();
    }

    private static double mean(double[] values) {
        Sum s = new Sum();
        for (double v : values) {
            s.add(v);
        }
        return s.value() / values.length;
    }

    /** The population variance, two-pass: (1/n) Σ (v - mean)². */
    private static double variance(double[] values) {
        double mean = mean(values);
        Sum s = new Sum();
        for (double v : values) {
            s.add((v - mean) * (v - mean));
        }
        return s.value() / values.length;
    }

    /** Neumaier's compensated summation. */
    private static final class Sum {
        private double sum;
        private double compensation;

        void add(double x) {
            double t = sum + x;
            compensation += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
            sum = t;
        }

        double value() {
            return sum + compensation;
        }
    }
}
