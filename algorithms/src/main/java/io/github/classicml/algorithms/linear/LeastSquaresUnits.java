package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.internal.linalg.Scaling;

import java.util.Arrays;
import java.util.Locale;

/**
 * The power-of-two units a least-squares fit works in, and every conversion back to the data's units:
 * the one place where {@link LinearRegressionModel} keeps its unit bookkeeping.
 *
 * <p>A column whose largest magnitude lies beyond {@code 2^±256} ({@link Scaling#window} for squares),
 * and likewise the target, is multiplied by the power of two {@code 2^c_j} (resp. {@code 2^t}) that
 * brings that magnitude into {@code [1/4, 1/2)} ({@link Scaling#scaleExponent}); every other column
 * keeps the unit 1, so ordinary data are fitted on exactly their own bits. Multiplying by a power of
 * two only changes exponents, and every step of the fit (centring, the Gram pass or the QR, the
 * refinement in twice the working precision, the sums of squares) commutes with it, so the fit in
 * these units is the fit in the data's units with each quantity multiplied by a known power of two:
 * <ul>
 *   <li>the intercept, residuals and residual standard error by {@code 2^t}; RSS and TSS by
 *       {@code 2^2t};</li>
 *   <li>coefficient {@code j} and its standard error by {@code 2^(t - c_j)}; the covariance of
 *       parameters {@code a, b} by the product of theirs;</li>
 *   <li>the log-likelihood: {@code log RSS} in the fit's units exceeds the data's by {@code 2t ln 2},
 *       so the data's {@code logL} is the fit's plus {@code n t ln 2} ({@link #logLikelihoodShift}),
 *       and AIC and BIC are the fit's minus {@code 2 n t ln 2} (the same for every model of the same
 *       targets, so comparisons between models are unchanged);</li>
 *   <li>R², adjusted R², t, p-values, F, VIF, leverage and Cook's distance are ratios in which the
 *       units cancel: computed in these units they are the same numbers.</li>
 * </ul>
 * The condition number of the design is the exception: with an intercept it depends on the columns'
 * units, and {@link Factorization#conditionNumber} computes it for the design as given.
 * A value converts back exactly ({@link Math#scalb}) unless it lies beyond the double range; then
 * {@link #inDataUnits} throws an {@link ArithmeticException} naming the quantity and its value, e.g.
 * {@code covariance must lie within the double range to be returned, got about 1.000e1200}.
 */
final class LeastSquaresUnits {

    /** Magnitudes within {@code 2^±WINDOW} keep the unit 1: their squares and sums stay far inside the range. */
    static final int WINDOW = Scaling.window(2);

    /** The largest |exponent| a unit can have: enough for any double, from the subnormals to the largest. */
    static final int MAX_EXPONENT = 1100;

    private static final double LN_2 = Math.log(2);

    /** {@code c_j}: the solver sees column {@code j} times {@code 2^c_j}. */
    private final int[] columns;
    /** {@code t}: the solver sees the target times {@code 2^t}. */
    private final int target;
    private final boolean one;

    LeastSquaresUnits(int[] columns, int target) {
        this.columns = columns.clone();
        this.target = target;
        this.one = target == 0 && Arrays.stream(columns).allMatch(c -> c == 0);
    }

    /** @return the unit 1 for every one of {@code p} columns and the target */
    static LeastSquaresUnits none(int p) {
        return new LeastSquaresUnits(new int[p], 0);
    }

    /**
     * The largest magnitude of each column, in one pass that is also the check for non-finite values (it
     * replaces {@code Check.finiteFeatures}, so the units cost no extra pass over the data).
     *
     * @param x row-major features, {@code n × p}; not modified
     * @param p the number of columns
     * @return {@code max_i |x_ij|} per column, NaN for a column that holds a NaN or an infinity
     */
    static double[] columnMaxima(double[] x, int p) {
        double[] max = new double[p];
        double[] nonFinite = new double[p];
        for (int o = 0; o < x.length; o += p) {
            for (int j = 0; j < p; j++) {
                double v = Math.abs(x[o + j]);
                // a compare and a multiply-add: measured faster than Math.max, whose NaN rule adds work
                max[j] = v > max[j] ? v : max[j];
                nonFinite[j] += v * 0.0;
            }
        }
        for (int j = 0; j < p; j++) {
            if (nonFinite[j] != 0) { // NaN: 0 times a NaN or an infinity
                max[j] = Double.NaN;
            }
        }
        return max;
    }

    /**
     * {@link #columnMaxima} of a dataset's features, refusing non-finite ones: the full check (which names
     * the row and column) runs only when a maximum comes out NaN.
     *
     * @param data the data
     * @param x its features ({@code data.features()}, which copies: the caller's copy is reused); not modified
     * @return {@code max_i |x_ij|} per column, finite
     * @throws IllegalArgumentException naming the first non-finite feature
     */
    static double[] checkedColumnMaxima(Dataset data, double[] x) {
        double[] largest = columnMaxima(x, data.columns());
        for (double m : largest) {
            if (Double.isNaN(m)) {
                Check.finiteFeatures(data);
            }
        }
        return largest;
    }

    /**
     * The units for some data: 1 for columns (and a target) within {@code 2^±256}.
     *
     * @param columnMaxima the largest magnitude of each column ({@link #columnMaxima}), finite
     * @param y the targets, finite; not modified
     * @return the units
     */
    static LeastSquaresUnits of(double[] columnMaxima, double[] y) {
        int[] c = new int[columnMaxima.length];
        for (int j = 0; j < c.length; j++) {
            c[j] = Scaling.scaleExponent(columnMaxima[j], WINDOW);
        }
        return new LeastSquaresUnits(c, targetExponent(y));
    }

    /**
     * @param y the targets, finite; not modified
     * @return {@code t}: 0 when the targets lie within {@code 2^±256}
     */
    static int targetExponent(double[] y) {
        return Scaling.scaleExponent(Scaling.maxAbs(y, 0, y.length), WINDOW);
    }

    /** @return whether every unit is 1 (the fit ran on the data's own values) */
    boolean isOne() {
        return one;
    }

    /** @return {@code c_j} of every column, a copy */
    int[] columnExponents() {
        return columns.clone();
    }

    /** @return {@code t} */
    int targetExponent() {
        return target;
    }

    /**
     * @param x row-major features, {@code n × p}; scaled in place
     * @param y the targets; scaled in place
     */
    void scale(double[] x, double[] y) {
        int p = columns.length;
        for (int o = 0; o < x.length; o += p) {
            for (int j = 0; j < p; j++) {
                x[o + j] = Math.scalb(x[o + j], columns[j]);
            }
        }
        Scaling.scale(y, 0, y.length, target);
    }

    /**
     * @param row a row in the data's units; not modified
     * @return the row in the fit's units (the same array when every column unit is 1)
     */
    double[] scaledRow(double[] row) {
        if (isOne()) {
            return row;
        }
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = Math.scalb(row[j], columns[j]);
        }
        return out;
    }

    /** @return the target {@code y} in the fit's units */
    double scaledTarget(double y) {
        return target == 0 ? y : Math.scalb(y, target);
    }

    /**
     * The exponent that brings a quantity of the fit back to the data's units: the quantity is
     * {@code (target units)^targetPower} divided by the units of the given columns (a coefficient
     * {@code j}: power 1 and column {@code j}; a covariance of coefficients {@code a, b}: power 2, columns
     * {@code a} and {@code b}; a column index of -1 stands for the intercept, whose unit is 1).
     *
     * @param targetPower how many times the target's unit enters
     * @param columnIndices the columns whose units divide the quantity, -1 for none
     * @return the exponent {@code k}: data units = fit units times {@code 2^k}
     */
    int exponent(int targetPower, int... columnIndices) {
        int k = -targetPower * target;
        for (int j : columnIndices) {
            if (j >= 0) {
                k += columns[j];
            }
        }
        return k;
    }

    /** @return what the log-likelihood computed in the fit's units gains in the data's: {@code n t ln 2} */
    double logLikelihoodShift(int n) {
        return logLikelihoodShift(n, target);
    }

    /**
     * @param n the number of rows
     * @param target the target's exponent {@code t}
     * @return {@code n t ln 2}, exactly 0 when {@code t} is 0
     */
    static double logLikelihoodShift(int n, int target) {
        return target == 0 ? 0.0 : (double) n * target * LN_2;
    }

    /**
     * A value of the fit in the data's units: {@code v 2^k}, exact unless it lies beyond the double range.
     * Beyond it means above {@link Double#MAX_VALUE}, or non-zero and below {@link Double#MIN_NORMAL}
     * because of the units themselves ({@code 2^k} below the smallest normal double); a value that is
     * merely far smaller than its unit (a covariance near 0 by cancellation) underflows gradually, as
     * any double arithmetic would.
     *
     * @param name the quantity, for the message
     * @param v the value in the fit's units
     * @param k the exponent ({@link #exponent})
     * @return the value in the data's units
     * @throws ArithmeticException naming the quantity and its value when it cannot be represented
     */
    static double inDataUnits(String name, double v, int k) {
        double out = k == 0 ? v : Math.scalb(v, k);
        boolean tooSmall = v != 0 && k < Double.MIN_EXPONENT && Math.abs(out) < Double.MIN_NORMAL;
        if (!Double.isFinite(out) || tooSmall) {
            throw new ArithmeticException(name + " must lie within the double range to be returned, got about "
                    + approximately(v, k) + "; the model itself is exact: it works in power-of-two units of the"
                    + " columns and the target");
        }
        return out;
    }

    /**
     * A prediction in the data's units from coefficients in the fit's units, the row never scaled (in
     * the fit's units a query may lie beyond the range where the prediction does not): exact as the sum
     * in the fit's units, see {@link AffineSums}.
     *
     * @param intercept the intercept in the fit's units
     * @param coefficients the coefficients in the fit's units; not modified
     * @param row the row in the data's units, finite; not modified
     * @return the prediction in the data's units; below the normal range it underflows gradually
     * @throws ArithmeticException if it lies above the double range
     */
    double prediction(double intercept, double[] coefficients, double[] row) {
        return AffineSums.predict(intercept, coefficients, row, columns, exponent(1));
    }

    /**
     * @param v a value in the fit's units
     * @param k its exponent
     * @return {@code v 2^k} as text whatever its size, e.g. {@code 1.000e600} (a double when it is one)
     */
    static String approximately(double v, int k) {
        return Scaling.approximately(v, k);
    }

    /**
     * @param v a value in the fit's units
     * @param k its exponent
     * @param format the format of a representable value, e.g. {@code "%.6g"}
     * @return the value in the data's units as text; beyond the double range {@code about } and
     *     {@link #approximately}
     */
    static String text(double v, int k, String format) {
        double out = k == 0 ? v : Math.scalb(v, k);
        if (Double.isFinite(out) && (out != 0 || v == 0)) {
            return String.format(Locale.ROOT, format, out);
        }
        return "about " + approximately(v, k);
    }
}
