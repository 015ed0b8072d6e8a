package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Check;

/**
 * The additive smoothing {@code alpha} of the count-based naive Bayes learners (multinomial, complement,
 * Bernoulli, categorical), checked in one place so that the learners and the model-file loader, which
 * builds the learner through the same constructor, apply the same rule.
 *
 * <p>The smoothed shares are ratios such as {@code (N_cj + alpha) / (N_c + alpha p)} and
 * {@code (N_cj + alpha) / (n_c + 2 alpha)}, whose denominators add {@code alpha} once per column, per
 * category or twice. For {@code alpha} near the largest double these sums overflow and every
 * log-probability is {@code -Infinity} (fit or prediction then failed with a message about the
 * features or counts, which were fine). An {@code alpha} of {@link #MAX_ALPHA} = 1e100 times up to 2^31
 * columns or categories stays below 1e110, far inside the range, and is already so large beside any
 * real count that every smoothed share is uniform to rounding; larger values can only break the
 * arithmetic, so they are refused, naming {@code alpha}.
 */
final class Smoothing {

    /** The largest additive smoothing accepted, 1e100. */
    static final double MAX_ALPHA = 1e100;

    private Smoothing() {
    }

    /**
     * @param alpha the additive smoothing
     * @return {@code alpha}
     * @throws IllegalArgumentException if it is not in {@code (0, 1e100]}, naming {@code alpha} and the value
     */
    static double checkAlpha(double alpha) {
        Check.positive("alpha", alpha);
        Check.that(alpha <= MAX_ALPHA, () -> "alpha must be <= 1e100, got " + Check.format(alpha)
                + "; the smoothed shares add alpha once per column or category, and beyond 1e100 it swamps"
                + " every count and its sums approach the double range");
        return alpha;
    }
}
