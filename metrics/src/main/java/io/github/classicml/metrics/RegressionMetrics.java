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
 * <p>Magnitudes: values beyond {@code 2^±200} are compared in a power-of-two unit near the largest of them,
 * so residuals and squares neither overflow nor underflow; R² and explained variance, which are
 * scale-free, are then the figures of the data at ordinary magnitudes. An error figure whose true value
 * cannot be a double — above {@link Double#MAX_VALUE} (an MSE of values near 1e300), or non-zero and
 * below the smallest normal double (an MSE of values near 1e-300, about 1e-600) — is an
 * {@link ArithmeticException} naming the figure and its value, never infinity, NaN or a silent 0.
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
     * The mean squared error, with its working: {@code MSE = SS_res / n = 12.5 / 10 = 1.250}.
     *
     * @param actual the true values; not modified
     * @param predicted the predictions; not modified
     * @return MSE = (1/n) Σ (actual - predicted)²
     * @throws ArithmeticException if it lies beyond the double range, naming it and its value
     */
    public static Ratio meanSquaredError(double[] actual, double[] predicted) {
        Inputs.finitePair("actual", actual, "predicted", predicted);
        Units u = Units.of(actual, predicted);
        double ssRes = u.real(sumSquaredResiduals(actual, predicted, u), 2, "SS_res",
                "; the root mean squared error or R² may still be representable");
        return Ratio.of("MSE", "SS_res / n", ssRes, actual.length, ZeroDivision.ZERO);
    }

    /**
     * The root mean squared error, with its working: {@code RMSE = √(SS_res / n) = √(12.5 / 10) = 1.118}.
     *
     * @param actual the true values; not modified
     * @param predicted the predictions; not modified
     * @return RMSE = √MSE
     * @throws ArithmeticException if it lies beyond the double range, naming it and its value
     */
    public static Measure rootMeanSquaredError(double[] actual, double[] predicted) {
        Inputs.finitePair("actual", actual, "predicted", predicted);
        Units u = Units.of(actual, predicted);
        double ssResInUnits = sumSquaredResiduals(actual, predicted, u);
        int n = actual.length;
        if (u.exponent == 0) {
            return new Measure("RMSE", "√(SS_res / n)", "√(" + Ratio.number(ssResInUnits) + " / "
                    + Ratio.number(n) + ")", Math.sqrt(n == 0 ? 0 : ssResInUnits / n));
        }
        // the residuals in units of 2^e: √(SS_res / n) = 2^e √(Σ (e_i / 2^e)^2 / n), finite where the root is
        return new Measure("RMSE", "√(SS_res / n)", "2^" + u.exponent + " · √(" + Ratio.number(ssResInUnits) + " / "
                + Ratio.number(n) + ")", u.real(Math.sqrt(n == 0 ? 0 : ssResInUnits / n), 1, "RMSE", ""));
    }

    /**
     * The mean absolute error, with its working: {@code MAE = Σ |e| / n = 7.5 / 10 = 0.750}.
     *
     * @param actual the true values; not modified
     * @param predicted the predictions; not modified
     * @return MAE = (1/n) Σ |actual - predicted|
     * @throws ArithmeticException if it lies beyond the double range, naming it and its value
     */
    public static Ratio meanAbsoluteError(double[] actual, double[] predicted) {
        Inputs.finitePair("actual", actual, "predicted", predicted);
        Units u = Units.of(actual, predicted);
        Sum s = new Sum();
        for (int i = 0; i < actual.length; i++) {
            s.add(Math.abs(u.residual(actual[i], predicted[i])));
        }
        if (u.exponent == 0) {
            return Ratio.of("MAE", "Σ |e| / n", s.value(), actual.length, ZeroDivision.ZERO);
        }
        // Σ|e| may overflow where the mean does not: divide in units, then scale the mean back
        double mean = u.real(actual.length == 0 ? 0 : s.value() / actual.length, 1, "MAE", "");
        return Ratio.of("MAE", "Σ |e| / n", mean * actual.length, actual.length, ZeroDivision.ZERO);
    }

    /**
     * The median absolute error, with its working: the middle value of the sorted |e|, or the mean
     * of the two middle values for even n.
     *
     * @param actual the true values; not modified
     * @param predicted the predictions; not modified
     * @return the median of |actual - predicted|
     * @throws ArithmeticException if it lies beyond the double range, naming it and its value
     */
    public static Measure medianAbsoluteError(double[] actual, double[] predicted) {
        Inputs.finitePair("actual", actual, "predicted", predicted);
        int n = actual.length;
        Units u = Units.of(actual, predicted);
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = u.real(Math.abs(u.residual(actual[i], predicted[i])), i);
        }
        Arrays.sort(e);
        String name = "median absolute error";
        String formula = "median |e|";
        if (n % 2 == 1) {
            return new Measure(name, formula, "|e| number " + (n / 2 + 1) + " of " + n + " sorted", e[n / 2]);
        }
        return new Measure(name, formula, "(" + Ratio.number(e[n / 2 - 1]) + " + " + Ratio.number(e[n / 2])
                + ") / 2, the middle two of " + n + " sorted", midpoint(e[n / 2 - 1], e[n / 2]));
    }

    /**
     * The mean absolute percentage error, with its working.
     *
     * @param actual the true values; not modified
     * @param predicted the predictions; not modified
     * @return MAPE = (1/n) Σ |actual - predicted| / max(|actual|, {@link #MAPE_EPSILON}), a fraction
     * @throws ArithmeticException if it lies beyond the double range, naming it and its value
     */
    public static Ratio meanAbsolutePercentageError(double[] actual, double[] predicted) {
        Inputs.finitePair("actual", actual, "predicted", predicted);
        Units u = Units.of(actual, predicted);
        double epsilon = u.inUnits(MAPE_EPSILON);
        Sum s = new Sum();
        for (int i = 0; i < actual.length; i++) {
            // numerator and denominator in the same units: the ratio is the plain one
            double error = Math.abs(u.residual(actual[i], predicted[i]));
            double divisor = Math.max(Math.abs(u.inUnits(actual[i])), epsilon);
            double term = error / divisor;
            if (Double.isInfinite(term)) {
                // the quotient of two finite numbers: its size from their logarithms
                double log2 = (Math.log(error) - Math.log(divisor)) / Math.log(2);
                long k = (long) Math.floor(log2);
                throw outOfRange("MAPE", Math.pow(2, log2 - k), k, "; the error of entry " + i + " divided by max(|actual|, "
                        + MAPE_EPSILON + ") alone exceeds the range (an actual value near 0 with a large error)");
            }
            s.add(term);
        }
        if (Double.isInfinite(s.value())) {
            throw new ArithmeticException("MAPE must lie within the double range to be returned: the sum of the "
                    + actual.length + " terms |e| / max(|actual|, ε) exceeds " + Check.format(Double.MAX_VALUE)
                    + " although each term is finite");
        }
        return Ratio.of("MAPE", "Σ |e| / max(|actual|, ε) / n", s.value(), actual.length, ZeroDivision.ZERO);
    }

    /**
     * The coefficient of determination, with its working:
     * {@code R² = 1 - SS_res / SS_tot = 1 - 12.5 / 80 = 0.844}.
     *
     * @param actual the true values, at least 2; not modified
     * @param predicted the predictions; not modified
     * @return R² = 1 - Σ e² / Σ (y - ȳ)², or for constant y: 1 if every prediction is exact, else 0
     * @throws IllegalArgumentException with fewer than 2 rows
     */
    public static Measure r2(double[] actual, double[] predicted) {
        Inputs.finitePair("actual", actual, "predicted", predicted);
        Check.that(actual.length >= 2, () -> "actual must have at least 2 entries for R², got " + actual.length);
        // both sums in the same units of 2^(2e): their ratio, R², does not depend on the scale
        Units u = Units.of(actual, predicted);
        double mean = mean(actual, u);
        Sum total = new Sum();
        for (double y : actual) {
            double d = u.inUnits(y) - mean;
            total.add(d * d);
        }
        return finiteScore("R²", "1 - SS_res / SS_tot", sumSquaredResiduals(actual, predicted, u), total.value());
    }

    /**
     * R² adjusted for the number of predictors, with its working.
     *
     * @param actual the true values; not modified
     * @param predicted the predictions; not modified
     * @param predictors the number of predictors p of the model, not counting the intercept;
     *     {@code 0 <= p <= n - 2}
     * @return 1 - (1 - R²)(n - 1)/(n - p - 1)
     * @throws IllegalArgumentException when {@code n - p - 1 <= 0}: too few rows for that many predictors
     */
    public static Measure adjustedR2(double[] actual, double[] predicted, int predictors) {
        Inputs.finitePair("actual", actual, "predicted", predicted);
        Check.atLeast("predictors", predictors, 0);
        int n = actual.length;
        Check.that(n - predictors - 1 > 0, () -> "predictors must be <= n - 2 = " + (n - 2)
                + " for adjusted R² (n - p - 1 > 0 with n = " + n + " rows), got " + predictors
                + "; use more rows or fewer predictors");
        double r2 = r2(actual, predicted).value();
        return new Measure("adjusted R²", "1 - (1 - R²)·(n - 1) / (n - p - 1)", "1 - (1 - " + Ratio.number(r2)
                + ")·" + (n - 1) + " / " + (n - predictors - 1), 1 - (1 - r2) * (n - 1) / (n - predictors - 1));
    }

    /**
     * The explained variance score, with its working:
     * {@code explained variance = 1 - Var(e) / Var(actual) = 1 - 1.2 / 8 = 0.850}.
     *
     * @param actual the true values; not modified
     * @param predicted the predictions; not modified
     * @return 1 - Var(actual - predicted) / Var(actual), or for constant y: 1 if the residuals are
     *     constant, else 0
     */
    public static Measure explainedVariance(double[] actual, double[] predicted) {
        Inputs.finitePair("actual", actual, "predicted", predicted);
        int n = actual.length;
        Units u = Units.of(actual, predicted);
        double[] e = new double[n];
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = u.residual(actual[i], predicted[i]);
            a[i] = u.inUnits(actual[i]);
        }
        return finiteScore("explained variance", "1 - Var(e) / Var(actual)", variance(e), variance(a));
    }

    /** {@code 1 - numerator / denominator} with scikit-learn's force_finite rule for R² and explained variance. */
    private static Measure finiteScore(String name, String formula, double numerator, double denominator) {
        String working = "1 - " + Ratio.number(numerator) + " / " + Ratio.number(denominator);
        if (numerator == 0) {
            return new Measure(name, formula, denominator == 0
                    ? working + " (undefined for constant actual values; exact predictions count as 1)" : working, 1.0);
        }
        if (denominator == 0) {
            return new Measure(name, formula, working + " (undefined for constant actual values; reported as 0)", 0.0);
        }
        return new Measure(name, formula, working, 1 - numerator / denominator);
    }

    /** @return {@code Σ (e_i / 2^e)^2}, the residual sum of squares in the units of {@code u} */
    private static double sumSquaredResiduals(double[] actual, double[] predicted, Units u) {
        Sum s = new Sum();
        for (int i = 0; i < actual.length; i++) {
            double e = u.residual(actual[i], predicted[i]);
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

    private static double mean(double[] values, Units u) {
        Sum s = new Sum();
        for (double v : values) {
            s.add(u.inUnits(v));
        }
        return s.value() / values.length;
    }

    /** @return {@code (a + b) / 2} without overflow */
    private static double midpoint(double a, double b) {
        double sum = a + b;
        return Double.isInfinite(sum) ? a / 2 + b / 2 : sum / 2;
    }

    /**
     * The units of a pair of arrays: a power of two {@code 2^e} near their largest absolute value when
     * that lies beyond {@code 2^±200}, else 1 ({@code e = 0}). Residuals and squares are formed in these
     * units, where they neither overflow (a residual of values near 1e308, a square of 1e200) nor
     * underflow (a square of 1e-200); dividing by a power of two is exact, so with {@code e = 0} the
     * arithmetic is the plain one, bit for bit, and otherwise the same to rounding.
     */
    private static final class Units {
        final int exponent;

        private Units(int exponent) {
            this.exponent = exponent;
        }

        static Units of(double[] actual, double[] predicted) {
            double largest = 0;
            for (int i = 0; i < actual.length; i++) {
                largest = Math.max(largest, Math.max(Math.abs(actual[i]), Math.abs(predicted[i])));
            }
            int e = largest > 0 ? Math.getExponent(largest) : 0;
            return new Units(Math.abs(e) > 200 ? e : 0);
        }

        double inUnits(double v) {
            return exponent == 0 ? v : Math.scalb(v, -exponent);
        }

        /** @return {@code (actual - predicted) / 2^e}, without overflow */
        double residual(double actual, double predicted) {
            return exponent == 0 ? actual - predicted : Math.scalb(actual, -exponent) - Math.scalb(predicted, -exponent);
        }

        /**
         * A value computed in units, in the data's units: exact, or an error when it cannot be represented —
         * above {@link Double#MAX_VALUE}, or a non-zero value that the unit brings below the smallest normal
         * double (where it would round to a subnormal with few digits, or to a silent 0).
         *
         * @param valueInUnits a value in units of {@code 2^(power e)}
         * @param power the power of the unit the value is in (1 for errors, 2 for squares)
         * @param what the quantity, for the message
         * @param hint what the caller can do instead, starting with "; " (or empty)
         * @return the value in the data's units
         * @throws ArithmeticException {@code <what> must lie within the double range to be returned, got about
         *     <value><hint>} if it lies beyond the double range
         */
        double real(double valueInUnits, int power, String what, String hint) {
            double v = Math.scalb(valueInUnits, power * exponent);
            if (Double.isInfinite(v) || valueInUnits != 0 && Math.abs(v) < Double.MIN_NORMAL) {
                throw outOfRange(what, valueInUnits, power * exponent, hint);
            }
            return v;
        }

        /** {@link #real} for the absolute error of one entry, its name built only on failure. */
        double real(double valueInUnits, int entry) {
            double v = Math.scalb(valueInUnits, exponent);
            if (Double.isInfinite(v) || valueInUnits != 0 && Math.abs(v) < Double.MIN_NORMAL) {
                throw outOfRange("the absolute error of entry " + entry, valueInUnits, exponent, "");
            }
            return v;
        }
    }

    /**
     * @param what the quantity
     * @param value its value in units of {@code 2^k}, finite and not 0
     * @param k the exponent
     * @param hint what the caller can do, starting with "; " (or empty)
     * @return {@code <what> must lie within the double range to be returned, got about <value 2^k><hint>}
     */
    static ArithmeticException outOfRange(String what, double value, long k, String hint) {
        String about = io.github.classicml.core.internal.linalg.Scaling.approximately(value, k);
        double log2 = Math.log(Math.abs(value)) / Math.log(2) + k;
        if (log2 < Double.MIN_EXPONENT && log2 >= Double.MIN_EXPONENT - 52) {
            // a subnormal double: representable, but with fewer than 53 bits
            return new ArithmeticException(what + " must be at least 2.2e-308 in magnitude (the smallest normal "
                    + "double) to be returned with full precision, got about " + about + hint);
        }
        return new ArithmeticException(what + " must lie within the double range to be returned, got about "
                + about + hint);
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

    /**
     * Neumaier's compensated summation, safe at the top of the double range: when a partial sum of finite
     * terms would overflow, the sum and its compensation are scaled down by an exact power of two
     * ({@code 2^-64}, as often as needed) and later terms are added at that scale, so a sum whose value is
     * finite comes out finite (no {@code Inf - Inf} in the compensation), and one beyond the range comes
     * out infinite. Ordinary sums never scale and keep their bits.
     */
    static final class Sum {
        private static final int STEP = 64;
        private double sum;
        private double compensation;
        /** Terms are added times {@code 2^-shift}. */
        private int shift;

        void add(double x) {
            double v = shift == 0 ? x : Math.scalb(x, -shift);
            double t = sum + v;
            while (Double.isInfinite(t) && Double.isFinite(v) && Double.isFinite(sum)) {
                shift += STEP;
                sum = Math.scalb(sum, -STEP);
                compensation = Math.scalb(compensation, -STEP);
                v = Math.scalb(v, -STEP);
                t = sum + v;
            }
            compensation += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
        }

        double value() {
            return shift == 0 ? sum + compensation : Math.scalb(sum + compensation, shift);
        }
    }
}
