package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Check;

import java.util.ArrayList;
import java.util.List;

/**
 * How a naive Bayes model sets the prior probability {@code P(c)} of each class: estimated from the
 * training rows, uniform, or given by the caller.
 *
 * <ul>
 *   <li>{@link #estimated()} (the default): {@code P(c) = n_c / n}, the share of training rows in class
 *       {@code c}, as scikit-learn's {@code fit_prior=True} and GaussianNB's {@code priors=None};</li>
 *   <li>{@link #uniform()}: {@code P(c) = 1 / k} over the k classes that have training rows, as
 *       scikit-learn's {@code fit_prior=False};</li>
 *   <li>{@link #of(double...)}: one given prior per class, each in (0, 1], summing to 1 within
 *       {@link #SUM_TOLERANCE}, as scikit-learn's {@code priors} / {@code class_prior}. They are used as
 *       given, not renormalised.</li>
 * </ul>
 *
 * <p>Whatever the rule, a class with no training rows (a dataset keeps every class name, also of
 * classes absent from a fold) has prior 0: its joint log-probability is {@code -Infinity} and its
 * posterior 0, because nothing is known about its likelihood. scikit-learn's {@code fit} does not know
 * such a class at all, which gives the same posteriors.
 *
 * @param rule how the priors are set
 * @param values the given priors by class index when {@code rule} is {@link Rule#GIVEN}, else empty
 */
public record ClassPriors(Rule rule, List<Double> values) {

    /** How far the given priors may sum from 1: 1e-5, about scikit-learn's {@code np.isclose} test. */
    public static final double SUM_TOLERANCE = 1e-5;

    /** The three ways of setting priors. */
    public enum Rule {
        /** From the class frequencies of the training rows. */
        ESTIMATED,
        /** Equal for every class that has training rows. */
        UNIFORM,
        /** Given by the caller, one per class. */
        GIVEN
    }

    /**
     * Validates the rule and values.
     *
     * @param rule how the priors are set
     * @param values the given priors: positive, finite, summing to 1; empty unless {@code rule} is
     *     {@link Rule#GIVEN}
     */
    public ClassPriors {
        Check.notNull("rule", rule);
        Check.notNull("values", values);
        values = List.copyOf(values);
        if (rule != Rule.GIVEN) {
            List<Double> given = values;
            Check.that(values.isEmpty(), () -> "values must be empty unless rule is GIVEN, got " + given);
        } else {
            Check.that(!values.isEmpty(), "values must hold one prior per class, got 0 entries");
            double sum = 0;
            for (int c = 0; c < values.size(); c++) {
                double v = Check.notNull("values", c, values.get(c));
                if (!(v > 0 && v <= 1)) {
                    int entry = c;
                    Check.that(v > 0 && v <= 1, () -> "priors must be in (0, 1]; entry " + entry + " is "
                            + Check.format(v));
                }
                sum += v;
            }
            double total = sum;
            Check.that(Math.abs(sum - 1) <= SUM_TOLERANCE,
                    () -> "priors must sum to 1 (within " + SUM_TOLERANCE + "), got " + total);
        }
    }

    /** @return priors estimated from the class frequencies of the training rows */
    public static ClassPriors estimated() {
        return new ClassPriors(Rule.ESTIMATED, List.of());
    }

    /** @return equal priors for every class that has training rows */
    public static ClassPriors uniform() {
        return new ClassPriors(Rule.UNIFORM, List.of());
    }

    /**
     * @param priors one prior per class, by class index: each in (0, 1], summing to 1; not modified
     * @return the given priors
     */
    public static ClassPriors of(double... priors) {
        Check.notNull("priors", priors);
        List<Double> list = new ArrayList<>(priors.length);
        for (double p : priors) {
            list.add(p);
        }
        return new ClassPriors(Rule.GIVEN, list);
    }

    /**
     * Checks that given priors fit the data's classes.
     *
     * @param classCount the number of classes of the training data
     */
    void checkClassCount(int classCount) {
        Check.that(rule != Rule.GIVEN || values.size() == classCount,
                () -> "priors must have one entry per class (" + classCount + "), got " + values.size());
    }

    /**
     * The log prior of each class, {@code -Infinity} for classes without rows.
     *
     * @param classCounts the number of training rows of each class, at least one of them positive
     * @return {@code log P(c)} by class index
     */
    double[] logPriors(double[] classCounts) {
        int k = classCounts.length;
        double total = 0;
        int present = 0;
        for (double n : classCounts) {
            total += n;
            present += n > 0 ? 1 : 0;
        }
        double[] out = new double[k];
        for (int c = 0; c < k; c++) {
            if (classCounts[c] == 0) {
                out[c] = Double.NEGATIVE_INFINITY;
            } else if (rule == Rule.ESTIMATED) {
                out[c] = Math.log(classCounts[c]) - Math.log(total);
            } else if (rule == Rule.UNIFORM) {
                out[c] = -Math.log(present);
            } else {
                out[c] = Math.log(values.get(c));
            }
        }
        return out;
    }
}
