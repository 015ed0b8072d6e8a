package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;

/**
 * A learning-rate schedule for gradient descent: the step size {@code eta} of each update.
 *
 * <ul>
 *   <li>{@link #constant(double)}: {@code eta_t = eta0}. Full-batch descent on a smooth convex loss
 *       converges when {@code eta0 < 2 / L} ({@code L} the largest curvature); stochastic descent only
 *       reaches a noise floor whose height is proportional to {@code eta0}.</li>
 *   <li>{@link #inverseScaling(double, double)}: {@code eta_t = eta0 / t^power}, {@code t} the number of
 *       the update from 1 (scikit-learn's {@code "invscaling"}); with {@code 1/2 < power <= 1} the steps
 *       satisfy Robbins and Monro's conditions (their sum diverges, the sum of their squares does not), so
 *       stochastic descent converges.</li>
 *   <li>{@link #stepDecay(double, double, int)}: {@code eta = eta0 · factor^floor((epoch - 1) / every)},
 *       the rate multiplied by {@code factor} every {@code every} epochs.</li>
 * </ul>
 *
 * @param kind the schedule
 * @param initial {@code eta0}, positive and finite
 * @param power the exponent of inverse scaling, in (0, 1]; 0 for the other kinds
 * @param factor the step-decay factor, in (0, 1]; 1 for the other kinds
 * @param every the epochs between decays, at least 1; 1 for the other kinds
 */
public record LearningRate(Kind kind, double initial, double power, double factor, int every) {

    /** The schedules. */
    public enum Kind {
        /** The same rate for every update. */
        CONSTANT,
        /** {@code eta0 / t^power}. */
        INVERSE_SCALING,
        /** Multiplied by a factor every few epochs. */
        STEP_DECAY
    }

    /**
     * Validates the schedule.
     *
     * @param kind not null
     * @param initial positive and finite
     * @param power in (0, 1] for inverse scaling, else 0
     * @param factor in (0, 1] for step decay, else 1
     * @param every at least 1
     */
    public LearningRate {
        Check.notNull("kind", kind);
        Check.positive("initial", initial);
        Check.atLeast("every", every, 1);
        if (kind == Kind.INVERSE_SCALING) {
            Check.that(power > 0 && power <= 1, () -> "power must be in (0, 1], got " + Check.format(power));
        } else {
            Check.that(power == 0, () -> "power must be 0 unless kind is INVERSE_SCALING, got " + Check.format(power));
        }
        if (kind == Kind.STEP_DECAY) {
            Check.that(factor > 0 && factor <= 1, () -> "factor must be in (0, 1], got " + Check.format(factor));
        } else {
            Check.that(factor == 1, () -> "factor must be 1 unless kind is STEP_DECAY, got " + Check.format(factor));
        }
    }

    /**
     * @param eta the rate, positive
     * @return the constant schedule
     */
    public static LearningRate constant(double eta) {
        return new LearningRate(Kind.CONSTANT, eta, 0, 1, 1);
    }

    /**
     * @param eta0 the first rate, positive
     * @param power the exponent, in (0, 1] (scikit-learn's default {@code power_t} is 0.25)
     * @return {@code eta0 / t^power}
     */
    public static LearningRate inverseScaling(double eta0, double power) {
        return new LearningRate(Kind.INVERSE_SCALING, eta0, power, 1, 1);
    }

    /**
     * @param eta0 the first rate, positive
     * @param factor the multiplier, in (0, 1]
     * @param every the epochs between multiplications, at least 1
     * @return the step-decay schedule
     */
    public static LearningRate stepDecay(double eta0, double factor, int every) {
        return new LearningRate(Kind.STEP_DECAY, eta0, 0, factor, every);
    }

    /**
     * @param update the number of the update, from 1
     * @param epoch the number of the epoch, from 1
     * @return the step size of that update
     */
    public double at(long update, int epoch) {
        return switch (kind) {
            case CONSTANT -> initial;
            case INVERSE_SCALING -> initial / Math.pow(update, power);
            case STEP_DECAY -> initial * Math.pow(factor, (epoch - 1) / every);
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case CONSTANT -> "constant " + Check.format(initial);
            case INVERSE_SCALING -> Check.format(initial) + " / t^" + Check.format(power);
            case STEP_DECAY -> Check.format(initial) + " x " + Check.format(factor) + " every " + every + " epochs";
        };
    }
}
