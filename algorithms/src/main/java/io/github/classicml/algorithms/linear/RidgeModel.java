package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.Regressor;

import java.util.Locale;

/**
 * A fitted ridge regression {@code y = b0 + x.b}. Immutable and safe for concurrent use.
 *
 * @see Ridge
 */
public final class RidgeModel implements Regressor {

    private final Ridge learner;
    private final double intercept;
    private final double[] coefficients;
    final double effectiveDegreesOfFreedom;

    RidgeModel(Ridge learner, double intercept, double[] coefficients, double effectiveDegreesOfFreedom) {
        this.learner = learner;
        this.intercept = intercept;
        this.coefficients = coefficients.clone();
        this.effectiveDegreesOfFreedom = effectiveDegreesOfFreedom;
    }

    @Override
    public Ridge learner() {
        return learner;
    }

    @Override
    public int columns() {
        return coefficients.length;
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
        Check.finiteRow(row, coefficients.length);
        return AffineSums.predict(intercept, coefficients, row);
    }

    /** @return the intercept (0 when not fitted) */
    public double intercept() {
        return intercept;
    }

    /** @return the coefficients, one per column, a copy */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** @return the penalty strength */
    public double alpha() {
        return learner.alpha();
    }

    /**
     * The effective number of parameters, {@code sum_k s_k^2 / (s_k^2 + alpha)} over the singular values
     * of the centred design: {@code p} at {@code alpha = 0}, falling to 0 as {@code alpha} grows
     * (Hastie, Tibshirani and Friedman, equation 3.50); the intercept is not counted.
     *
     * @return the effective degrees of freedom
     */
    public double effectiveDegreesOfFreedom() {
        return effectiveDegreesOfFreedom;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RidgeModel(alpha %.4g, %d coefficients, intercept %.6g, effective degrees of freedom %.3f)",
                learner.alpha(), coefficients.length, intercept, effectiveDegreesOfFreedom);
    }
}
