package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.Regressor;

/**
 * A linear regression fitted by gradient descent, with the loss of every epoch and how the run ended.
 * Immutable and safe for concurrent use.
 *
 * @see GradientDescentRegressor
 */
public final class GradientDescentRegressorModel implements Regressor {

    private final GradientDescentRegressor learner;
    final double[] weights;
    final double intercept;
    final double[] history;
    final int epochs;
    final GradientDescent.Status status;
    final String reason;

    GradientDescentRegressorModel(GradientDescentRegressor learner, double[] weights, double intercept, double[] history,
                                  int epochs, GradientDescent.Status status, String reason) {
        this.learner = learner;
        this.weights = weights;
        this.intercept = intercept;
        this.history = history;
        this.epochs = epochs;
        this.status = status;
        this.reason = reason;
    }

    @Override
    public GradientDescentRegressor learner() {
        return learner;
    }

    @Override
    public int columns() {
        return weights.length;
    }

    /** @return the weights, one per column (a copy) */
    public double[] coefficients() {
        return weights.clone();
    }

    /** @return the intercept (0 when not fitted) */
    public double intercept() {
        return intercept;
    }

    /** @return the objective (mean squared error / 2) at the start and after each finished epoch (a copy) */
    public double[] lossHistory() {
        return history.clone();
    }

    /** @return the number of finished epochs */
    public int epochs() {
        return epochs;
    }

    /** @return how the run ended */
    public GradientDescent.Status status() {
        return status;
    }

    /** @return how the run ended, in a sentence with the figures and, where it failed, what to change */
    public String statusReason() {
        return reason;
    }

    /**
     * {@inheritDoc}
     *
     * <p>A sum that leaves the double range on the way is taken again in scaled units
     * (a power of two scales out the largest term), so any prediction that is a double is returned.
     *
     * @throws ArithmeticException if the prediction lies beyond the double range
     */
    @Override
    public double predict(double[] row) {
        Check.finiteRow(row, weights.length);
        return AffineSums.predict(intercept, weights, row);
    }

    @Override
    public String toString() {
        return "GradientDescentRegressorModel(" + weights.length + " columns, " + status + " after " + epochs
                + " epochs, loss " + Check.format(history[history.length - 1]) + ")";
    }
}
