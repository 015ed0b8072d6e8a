package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;

/**
 * The settings of gradient descent, shared by {@link GradientDescentRegressor} (least squares) and
 * {@link GradientDescentClassifier} (logistic loss): how many rows each step sees, the learning-rate
 * schedule, when to stop, and the seed that shuffles the rows.
 *
 * <p>Gradient descent minimises a mean loss {@code F(theta) = (1/n) sum_i loss_i(theta) + penalty} by
 * repeating {@code theta <- theta - eta_t g}, where {@code g} is the gradient of the mean loss over a
 * batch of rows. With {@code batchSize = 0} every step uses all rows (batch descent: the exact gradient,
 * one step per epoch); with {@code batchSize = 1} one row (stochastic descent: {@code n} cheap, noisy steps
 * per epoch); in between, mini-batches. Each epoch visits the rows in a new random order (from
 * {@code seed}) when batches are smaller than the data. After every epoch the full objective and its
 * gradient are computed once, for the loss history and the stopping rules:
 *
 * <ul>
 *   <li><b>converged</b> when no entry of the full gradient exceeds {@code tolerance × min(1, g0)}, where
 *       {@code g0} is the largest entry of the gradient at the start (the minimiser of a convex loss is
 *       where the gradient vanishes). For a problem whose starting gradient is 1 or more this is the
 *       absolute tolerance; a problem whose gradient starts smaller (targets of 1e-300, or features near 0)
 *       must shrink its gradient by the same factor {@code tolerance}, so a run never reports convergence
 *       at the start because the whole problem is small: the gradient's scale is the scale of the problem
 *       (of the targets for least squares, of the features for the logistic loss). For least squares the
 *       iterates are linear in the targets, so targets multiplied by a power of two give the same run,
 *       scaled;</li>
 *   <li><b>diverged</b> when the objective is not finite or has grown above {@code 10^6} times its value at
 *       the start: the learning rate is too large (for batch descent on least squares, larger than
 *       {@code 2 / L} with {@code L} the largest eigenvalue of {@code X'X / n}); the fit stops and keeps the
 *       parameters of the last finite epoch, so nothing returns NaN;</li>
 *   <li>otherwise after {@code maxEpochs} epochs, not converged.</li>
 * </ul>
 *
 * <p>This is the method the closed form and L-BFGS skip: a student can watch each epoch's loss, see a
 * too-large rate diverge, and see the stochastic noise floor that a decaying rate removes. For real
 * work, {@link LogisticRegression} (L-BFGS) is much faster. Cost: {@code O(n p k)} per epoch.
 *
 * <p>Reference: S. Ruder, "An overview of gradient descent optimization algorithms", arXiv:1609.04747,
 * 2016; L. Bottou, F. E. Curtis, J. Nocedal, "Optimization methods for large-scale machine learning",
 * SIAM Review 60(2), 2018.
 *
 * @param batchSize the rows per step, at least 0; 0 (the default) means all rows
 * @param learningRate the schedule; default {@code constant(0.1)}
 * @param maxEpochs the most passes over the data, at least 1 and at most {@link #MAX_EPOCHS} (the loss
 *     history holds one loss per epoch in one array); default 1000
 * @param tolerance stop when no full-gradient entry exceeds this (relative to the starting gradient when
 *     that is below 1), at least 0; default 1e-6
 * @param seed shuffles the rows each epoch when {@code batchSize} is smaller than the data; default 0
 */
public record GradientDescent(int batchSize, LearningRate learningRate, int maxEpochs, double tolerance, long seed) {

    /**
     * The most epochs: the loss history holds the start and every epoch in one array, and a Java array
     * holds at most {@code Dataset.MAX_CELLS} entries. The history grows with the epochs actually run, so a
     * large limit costs nothing until it is used.
     */
    public static final int MAX_EPOCHS = io.github.classicml.core.Dataset.MAX_CELLS - 1;

    /** The growth of the objective over its starting value that is taken as divergence. */
    public static final double DIVERGENCE_FACTOR = 1e6;

    /**
     * Validates the settings.
     *
     * @param batchSize at least 0
     * @param learningRate not null
     * @param maxEpochs at least 1 and at most {@link #MAX_EPOCHS}
     * @param tolerance at least 0 and finite
     * @param seed any value
     */
    public GradientDescent {
        Check.atLeast("batchSize", batchSize, 0);
        Check.notNull("learningRate", learningRate);
        Check.atLeast("maxEpochs", maxEpochs, 1);
        Check.atMost("maxEpochs", maxEpochs, MAX_EPOCHS, "the longest loss history an array holds, less the start");
        Check.nonNegative("tolerance", tolerance);
    }

    /** @return batch descent with a constant rate 0.1, at most 1000 epochs, tolerance 1e-6, seed 0 */
    public static GradientDescent of() {
        return new GradientDescent(0, LearningRate.constant(0.1), 1000, 1e-6, 0L);
    }

    /**
     * @param rows the rows per step: 0 for all (batch), 1 for stochastic, more for mini-batches
     * @return a copy with that batch size
     */
    public GradientDescent withBatchSize(int rows) {
        return new GradientDescent(rows, learningRate, maxEpochs, tolerance, seed);
    }

    /**
     * @param schedule the learning-rate schedule
     * @return a copy with that schedule
     */
    public GradientDescent withLearningRate(LearningRate schedule) {
        return new GradientDescent(batchSize, schedule, maxEpochs, tolerance, seed);
    }

    /**
     * @param epochs the most epochs, at least 1 and at most {@link #MAX_EPOCHS}
     * @return a copy with that limit
     */
    public GradientDescent withMaxEpochs(int epochs) {
        return new GradientDescent(batchSize, learningRate, epochs, tolerance, seed);
    }

    /**
     * @param newTolerance the gradient tolerance, at least 0
     * @return a copy with that tolerance
     */
    public GradientDescent withTolerance(double newTolerance) {
        return new GradientDescent(batchSize, learningRate, maxEpochs, newTolerance, seed);
    }

    /**
     * @param newSeed the shuffling seed
     * @return a copy with that seed
     */
    public GradientDescent withSeed(long newSeed) {
        return new GradientDescent(batchSize, learningRate, maxEpochs, tolerance, newSeed);
    }

    /** How a run of gradient descent ended. */
    public enum Status {
        /** The full gradient fell within the tolerance. */
        CONVERGED,
        /** The epoch limit came first. */
        MAX_EPOCHS,
        /** The objective became non-finite or grew {@link #DIVERGENCE_FACTOR} times: the rate is too large. */
        DIVERGED
    }
}
