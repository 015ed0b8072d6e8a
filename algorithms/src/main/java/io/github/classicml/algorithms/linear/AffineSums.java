package io.github.classicml.algorithms.linear;

import io.github.classicml.core.internal.linalg.Scaling;

/**
 * The prediction of a linear model, {@code b0 + sum_j b_j x_j}, whenever it is a double: the one
 * helper behind every linear regressor's {@code predict}.
 *
 * <p>The plain left-to-right sum is tried first (ordinary rows pay one test for it); when it is not
 * finite — a product or a partial sum went beyond the double range although the total may not —
 * the sum is taken again in scaled units: each term is split into its mantissas and binary exponents
 * ({@code b_j x_j = (m_b m_x) 2^(e_b + e_x)}), every term is divided by the power of two {@code 2^E} of
 * the largest ({@code E} the largest exponent), so that no term exceeds 4 and the sum of {@code p + 1}
 * of them cannot overflow, and the sum is multiplied back by {@code 2^E}. Multiplying by a power of two
 * commutes with every rounding (while the results are normal numbers), so the scaled sum is the plain
 * sum computed in an unbounded exponent range, in the same order, with the same roundings — the
 * technique of LAPACK's scaled sums ({@code dlassq}); terms below {@code 2^(E - 1074)} are lost, far
 * below the rounding error of the sum. A value whose magnitude truly exceeds {@link Double#MAX_VALUE}
 * is an {@link ArithmeticException} naming it; a value below the normal range underflows gradually,
 * as any double arithmetic on these inputs would.
 *
 * <p>Reference: N. J. Higham, <i>Accuracy and Stability of Numerical Algorithms</i>, 2nd ed., 2002,
 * section 2.7 (scaling by powers of the base is exact) and section 4.2 (error of recursive summation).
 */
final class AffineSums {

    private AffineSums() {
    }

    /**
     * @param intercept {@code b0}
     * @param coefficients {@code b}; not modified
     * @param row {@code x}, finite, as long as {@code b}; not modified
     * @return {@code b0 + sum_j b_j x_j}
     * @throws ArithmeticException {@code prediction must lie within the double range to be returned, got
     *     about <value>} when its magnitude exceeds {@link Double#MAX_VALUE}
     */
    static double predict(double intercept, double[] coefficients, double[] row) {
        double s = intercept;
        for (int j = 0; j < row.length; j++) {
            s += coefficients[j] * row[j];
        }
        if (Double.isFinite(s)) {
            return s;
        }
        return scaled(intercept, coefficients, row, null, 0);
    }

    /**
     * A prediction of a model fitted in power-of-two units: {@code 2^k (b0 + sum_j b_j x_j 2^(c_j))}, with
     * {@code x_j 2^(c_j)} the row in the fit's units, never formed (it may lie beyond the range when the
     * prediction does not). Always takes the scaled sum; exact to the bit as the plain sum in the fit's
     * units would be.
     *
     * @param intercept {@code b0}, in the fit's units
     * @param coefficients {@code b}, in the fit's units; not modified
     * @param row {@code x}, finite, in the data's units; not modified
     * @param columnExponents {@code c_j}; not modified
     * @param k the exponent that brings the fit's target units back to the data's
     * @return the prediction in the data's units
     * @throws ArithmeticException as {@link #predict(double, double[], double[])}
     */
    static double predict(double intercept, double[] coefficients, double[] row, int[] columnExponents, int k) {
        return scaled(intercept, coefficients, row, columnExponents, k);
    }

    private static double scaled(double intercept, double[] b, double[] x, int[] columnExponents, int k) {
        int top = topExponent(intercept, b, x, columnExponents);
        if (top == Integer.MIN_VALUE) {
            return 0.0;
        }
        double s = scaledSum(intercept, b, x, columnExponents, top);
        long exponent = (long) top + k;
        double out = Math.scalb(s, (int) Math.max(Math.min(exponent, 4000), -4000));
        if (Double.isInfinite(out)) {
            throw new ArithmeticException("prediction must lie within the double range to be returned, got about "
                    + LeastSquaresUnits.approximately(s, (int) exponent));
        }
        return out;
    }

    /**
     * @param intercept {@code b0}
     * @param b the coefficients; not modified
     * @param x the row, as long as {@code b}; not modified
     * @param columnExponents {@code c_j}, or null for none; not modified
     * @return the binary exponent of the largest term of {@code b0 + sum_j b_j x_j 2^(c_j)} (each term's
     *     exponent taken as the sum of its factors'), {@link Integer#MIN_VALUE} if every term is 0
     */
    static int topExponent(double intercept, double[] b, double[] x, int[] columnExponents) {
        int top = intercept == 0 ? Integer.MIN_VALUE : Scaling.exponent(intercept);
        for (int j = 0; j < x.length; j++) {
            if (b[j] != 0 && x[j] != 0) {
                int e = Scaling.exponent(b[j]) + Scaling.exponent(x[j]) + (columnExponents == null ? 0 : columnExponents[j]);
                top = Math.max(top, e);
            }
        }
        return top;
    }

    /**
     * The sum {@code (b0 + sum_j b_j x_j 2^(c_j)) / 2^E} in the order of the plain sum, each term formed
     * from its factors' mantissas ({@code (m_b m_x) 2^(e_b + e_x + c_j - E)}: one rounding, as {@code b_j x_j}
     * has), so that nothing overflows: for {@code E} at least {@link #topExponent} every term is below 4.
     * Several sums at one {@code E} (the scores of the classes of one row) can be compared directly.
     *
     * @param e the exponent {@code E}, at least {@link #topExponent} of every sum taken at it
     * @return the scaled sum
     */
    static double scaledSum(double intercept, double[] b, double[] x, int[] columnExponents, int e) {
        double s = Math.scalb(intercept, -e);
        for (int j = 0; j < x.length; j++) {
            if (b[j] != 0 && x[j] != 0) {
                int eb = Scaling.exponent(b[j]);
                int ex = Scaling.exponent(x[j]);
                double term = Math.scalb(b[j], -eb) * Math.scalb(x[j], -ex);
                int shift = eb + ex + (columnExponents == null ? 0 : columnExponents[j]) - e;
                s += Math.scalb(term, Math.max(shift, -2200));
            }
        }
        return s;
    }
}
