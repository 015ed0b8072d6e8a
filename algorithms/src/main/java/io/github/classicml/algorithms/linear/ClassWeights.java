package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;

import java.util.List;

/**
 * How a classifier weights the rows of each class in its loss: equally, inversely to the class
 * frequencies, or by weights the caller gives.
 *
 * <ul>
 *   <li>{@link #uniform()} (the default): every class weight 1, as scikit-learn's {@code class_weight=None};</li>
 *   <li>{@link #balanced()}: class {@code c} weighs {@code n / (k n_c)}, with {@code n} rows, {@code k}
 *       classes that have rows and {@code n_c} rows in class {@code c} (counted without sample weights),
 *       as scikit-learn's {@code class_weight="balanced"}: every class then carries the same total weight;</li>
 *   <li>{@link #of(double...)}: one weight per class index, each at least 0, as scikit-learn's
 *       {@code class_weight} dictionary.</li>
 * </ul>
 *
 * <p>A row's weight in the loss is its sample weight (1 unless given) times its class's weight.
 *
 * @param rule how the weights are set
 * @param values the given weights by class index when {@code rule} is {@link Rule#GIVEN}, else empty
 */
public record ClassWeights(Rule rule, List<Double> values) {

    /** The three ways of weighting classes. */
    public enum Rule {
        /** Every class weighs 1. */
        UNIFORM,
        /** Inversely proportional to the class's number of rows. */
        BALANCED,
        /** Given by the caller, one per class. */
        GIVEN
    }

    /**
     * Validates the rule and values.
     *
     * @param rule how the weights are set
     * @param values the given weights, finite and at least 0; empty unless {@code rule} is {@link Rule#GIVEN}
     */
    public ClassWeights {
        Check.notNull("rule", rule);
        Check.notNull("values", values);
        values = List.copyOf(values);
        if (rule != Rule.GIVEN) {
            Check.that(values.isEmpty(), "values must be empty unless rule is GIVEN, got " + values);
        } else {
            Check.that(!values.isEmpty(), "values must hold one weight per class, got 0 entries");
            for (int c = 0; c < values.size(); c++) {
                double v = values.get(c);
                int index = c;
                Check.that(Double.isFinite(v) && v >= 0,
                        () -> "values must be finite and >= 0; entry " + index + " is " + Check.format(v));
            }
        }
    }

    /** @return every class weight 1 */
    public static ClassWeights uniform() {
        return new ClassWeights(Rule.UNIFORM, List.of());
    }

    /** @return weights inversely proportional to the class sizes, {@code n / (k n_c)} */
    public static ClassWeights balanced() {
        return new ClassWeights(Rule.BALANCED, List.of());
    }

    /**
     * @param weights one weight per class index, finite and at least 0; not modified
     * @return those weights
     */
    public static ClassWeights of(double... weights) {
        Check.notNull("weights", weights);
        Double[] boxed = new Double[weights.length];
        for (int c = 0; c < weights.length; c++) {
            boxed[c] = weights[c];
        }
        return new ClassWeights(Rule.GIVEN, List.of(boxed));
    }

    /**
     * The weight of each class for the given class sizes.
     *
     * @param counts the number of rows of each class index
     * @return one weight per class index
     */
    double[] weights(int[] counts) {
        double[] out = new double[counts.length];
        switch (rule) {
            case UNIFORM -> java.util.Arrays.fill(out, 1.0);
            case BALANCED -> {
                long n = 0;
                int present = 0;
                for (int count : counts) {
                    n += count;
                    present += count > 0 ? 1 : 0;
                }
                for (int c = 0; c < counts.length; c++) {
                    out[c] = counts[c] == 0 ? 0 : (double) n / ((double) present * counts[c]);
                }
            }
            case GIVEN -> {
                Check.that(values.size() == counts.length, () -> "classWeights must hold one weight per class ("
                        + counts.length + "), got " + values.size());
                for (int c = 0; c < out.length; c++) {
                    out[c] = values.get(c);
                }
            }
            default -> throw new AssertionError(rule);
        }
        return out;
    }
}
