package io.github.classicml.metrics;

import io.github.classicml.core.Check;

/**
 * A metric that is not a plain ratio, kept together with its working so that it can explain
 * itself: {@code R² = 1 - SS_res / SS_tot = 1 - 12.5 / 80 = 0.844}.
 *
 * <p>Ratios (accuracy, recall, MSE, log loss, ...) are {@link Ratio}s, whose numerator and
 * denominator are numbers; a {@code Measure} is any other single figure (R², RMSE, a median, an
 * area), whose working is the formula with the numbers put in. Either way {@code value()} is the
 * figure and {@code toString()} shows how it was reached.
 *
 * @param name the metric's name, e.g. {@code R²}
 * @param formula the formula in symbols, e.g. {@code 1 - SS_res / SS_tot}
 * @param working the formula with the numbers put in, e.g. {@code 1 - 12.5 / 80}
 * @param value the metric's value
 */
public record Measure(String name, String formula, String working, double value) {

    /**
     * Validates the components.
     *
     * @param name the metric's name
     * @param formula the formula
     * @param working the formula with the numbers
     * @param value the value
     */
    public Measure {
        Check.notNull("name", name);
        Check.notNull("formula", formula);
        Check.notNull("working", working);
    }

    /**
     * The working, e.g. {@code R² = 1 - SS_res / SS_tot = 1 - 12.5 / 80 = 0.844}.
     *
     * @return the working, the value to three decimals
     */
    @Override
    public String toString() {
        return name + " = " + formula + " = " + working + " = " + Ratio.fixed(value, 3);
    }
}
