package io.github.classicml.metrics;

import io.github.classicml.core.Check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A metric that is a ratio, kept together with its working so that it can explain itself:
 * {@code recall = TP / (TP + FN) = 10 / 50 = 0.200}.
 *
 * <p>{@code value} is {@code numerator / denominator}, or, when the denominator is zero, the value
 * chosen by the {@link ZeroDivision} policy it was computed under; {@link #defined()} tells the two
 * apart. The numbers are kept exactly as they entered the division, so the working can be checked by
 * hand.
 *
 * @param name the metric's name, e.g. {@code recall} or {@code macro precision}
 * @param formula the formula in words or symbols, e.g. {@code TP / (TP + FN)}
 * @param numerator the numerator
 * @param denominator the denominator
 * @param value the metric's value
 */
public record Ratio(String name, String formula, double numerator, double denominator, double value) {

    /**
     * Validates the components.
     *
     * @param name the metric's name
     * @param formula the formula
     * @param numerator the numerator
     * @param denominator the denominator
     * @param value the value
     */
    public Ratio {
        Check.notNull("name", name);
        Check.notNull("formula", formula);
    }

    /**
     * Divides, applying the zero-division policy when {@code denominator} is zero.
     *
     * @param name the metric's name
     * @param formula the formula
     * @param numerator the numerator
     * @param denominator the denominator
     * @param zeroDivision what to report when the denominator is zero
     * @return the ratio
     */
    public static Ratio of(String name, String formula, double numerator, double denominator,
            ZeroDivision zeroDivision) {
        Check.notNull("zeroDivision", zeroDivision);
        double value = denominator == 0 ? zeroDivision.value() : numerator / denominator;
        return new Ratio(name, formula, numerator, denominator, value);
    }

    /** @return false when the denominator is zero and the value comes from the zero-division policy */
    public boolean defined() {
        return denominator != 0;
    }

    /**
     * The working, e.g. {@code recall = TP / (TP + FN) = 10 / 50 = 0.200}; an undefined ratio reads
     * {@code precision = TP / (TP + FP) = 0 / 0, undefined; reported as 0.000}.
     *
     * @return the working, the value to three decimals
     */
    @Override
    public String toString() {
        String head = name + " = " + formula + " = " + number(numerator) + " / " + number(denominator);
        if (!defined()) {
            return head + ", undefined; reported as " + fixed(value, 3);
        }
        return head + " = " + fixed(value, 3);
    }

    /**
     * Formats a number of the working: whole numbers without decimals, others to at most four.
     *
     * @param x the number
     * @return its text
     */
    static String number(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /**
     * @param x a value
     * @param digits decimals
     * @return {@code x} with exactly {@code digits} decimals, or {@code NaN}
     */
    static String fixed(double x, int digits) {
        return Double.isNaN(x) ? "NaN" : String.format(Locale.ROOT, "%." + digits + "f", x);
    }
}
