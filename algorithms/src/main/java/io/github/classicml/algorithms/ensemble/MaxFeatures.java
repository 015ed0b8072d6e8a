package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Check;

/**
 * How many columns a forest's tree draws as split candidates at each node: scikit-learn's
 * {@code max_features}.
 *
 * <p>{@link #sqrt()} ({@code max(1, floor(sqrt(p)))} of {@code p} columns, the classification default of
 * random forests and extra trees), {@link #log2()} ({@code max(1, floor(log2(p)))}), {@link #all()} (the
 * regression default), {@link #fraction(double)} ({@code max(1, floor(f p))}) or {@link #count(int)}
 * (a fixed number, at most {@code p}). Fewer candidates make the trees less alike, so their average
 * varies less, at the price of a little bias in each tree.
 *
 * @param rule the rule
 * @param value the fraction or the count; unused by the other rules
 */
public record MaxFeatures(Rule rule, double value) {

    /** The rules. */
    public enum Rule {
        /** {@code max(1, floor(sqrt(p)))}. */
        SQRT,
        /** {@code max(1, floor(log2(p)))}. */
        LOG2,
        /** All {@code p} columns. */
        ALL,
        /** {@code max(1, floor(value * p))}. */
        FRACTION,
        /** {@code value} columns. */
        COUNT
    }

    /**
     * Validates the rule and its value.
     *
     * @param rule the rule; not null
     * @param value for {@link Rule#FRACTION} in (0, 1]; for {@link Rule#COUNT} an integer at least 1
     */
    public MaxFeatures {
        Check.notNull("rule", rule);
        if (rule == Rule.FRACTION) {
            BaggingClassifier.fraction("maxFeatures", value);
        } else if (rule == Rule.COUNT) {
            Check.that(value >= 1 && value == Math.rint(value) && value <= Integer.MAX_VALUE,
                    () -> "maxFeatures must be a whole number >= 1, got " + Check.format(value));
        }
    }

    /** @return {@code max(1, floor(sqrt(p)))} columns */
    public static MaxFeatures sqrt() {
        return new MaxFeatures(Rule.SQRT, 0);
    }

    /** @return {@code max(1, floor(log2(p)))} columns */
    public static MaxFeatures log2() {
        return new MaxFeatures(Rule.LOG2, 0);
    }

    /** @return all columns */
    public static MaxFeatures all() {
        return new MaxFeatures(Rule.ALL, 0);
    }

    /**
     * @param fraction the fraction of the columns, in (0, 1]
     * @return {@code max(1, floor(fraction * p))} columns
     */
    public static MaxFeatures fraction(double fraction) {
        return new MaxFeatures(Rule.FRACTION, fraction);
    }

    /**
     * @param count the number of columns, at least 1 and at most the training width
     * @return that many columns
     */
    public static MaxFeatures count(int count) {
        return new MaxFeatures(Rule.COUNT, count);
    }

    /**
     * @param columns the training width {@code p}, at least 1
     * @return the number of candidate columns, in [1, p]
     * @throws IllegalArgumentException if a count exceeds the width
     */
    public int of(int columns) {
        switch (rule) {
            case SQRT:
                return Math.max(1, (int) Math.sqrt(columns));
            case LOG2:
                // floor(log2(p)) exactly, also at powers of two
                return Math.max(1, 31 - Integer.numberOfLeadingZeros(columns));
            case ALL:
                return columns;
            case FRACTION:
                return Math.max(1, (int) (value * columns));
            default:
                Check.atMost("maxFeatures", (int) value, columns, "the number of columns");
                return (int) value;
        }
    }

    @Override
    public String toString() {
        switch (rule) {
            case FRACTION:
                return "fraction " + value;
            case COUNT:
                return Check.format(value);
            default:
                return rule.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
