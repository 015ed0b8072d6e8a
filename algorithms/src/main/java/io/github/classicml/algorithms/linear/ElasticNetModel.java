package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.Regressor;

import java.util.Locale;

/**
 * A fitted lasso or elastic net {@code y = b0 + x.b}, with the report of its coordinate descent.
 * Immutable and safe for concurrent use.
 *
 * @see ElasticNet
 * @see Lasso
 */
public final class ElasticNetModel implements Regressor {

    private final PenalizedRegression learner;
    final double alpha;
    final double l1Ratio;
    private final double intercept;
    private final double[] coefficients;
    final int iterations;
    /** The last gap, in the units the fit worked in: the data's times {@code 2^-gapExponent}. */
    final double dualityGap;
    /** The gap in the data's units is {@code dualityGap 2^gapExponent}: 0 for data within {@code 2^±256}. */
    final int gapExponent;
    final boolean converged;

    ElasticNetModel(PenalizedRegression learner, double alpha, double l1Ratio, double intercept,
                    double[] coefficients, int iterations, double dualityGap, int gapExponent, boolean converged) {
        this.learner = learner;
        this.alpha = alpha;
        this.l1Ratio = l1Ratio;
        this.intercept = intercept;
        this.coefficients = coefficients.clone();
        this.iterations = iterations;
        this.dualityGap = dualityGap;
        this.gapExponent = gapExponent;
        this.converged = converged;
    }

    /** @return the {@link Lasso} or {@link ElasticNet} that fitted this model, with its penalty */
    @Override
    public PenalizedRegression learner() {
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

    /** @return the coefficients, one per column, exact zeros where the L1 penalty removed a column; a copy */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** @return the number of non-zero coefficients */
    public int nonZeroCount() {
        int k = 0;
        for (double b : coefficients) {
            if (b != 0) {
                k++;
            }
        }
        return k;
    }

    /** @return the penalty strength */
    public double alpha() {
        return alpha;
    }

    /** @return the share of the L1 penalty (1 for the lasso) */
    public double l1Ratio() {
        return l1Ratio;
    }

    /** @return the coordinate-descent sweeps run */
    public int iterations() {
        return iterations;
    }

    /**
     * The last duality gap computed, in the scaled objective {@code n} times the documented one (on the
     * scale of {@code ||y - ybar||^2}). The fit computes it in power-of-two units of the target (see
     * {@link Lasso}), where it stays within the double range; in the data's units it is squared with the
     * target, so targets near 10^±300 have gaps near 10^±600.
     *
     * @return the gap; infinite if never computed
     * @throws ArithmeticException if it lies beyond the double range (targets near 10^±300), with its value;
     *     {@link #converged()} still tells whether it met the tolerance
     */
    public double dualityGap() {
        double out = gapExponent == 0 ? dualityGap : Math.scalb(dualityGap, gapExponent);
        boolean tooSmall = dualityGap > 0 && gapExponent < Double.MIN_EXPONENT && out < Double.MIN_NORMAL;
        if (out == Double.POSITIVE_INFINITY && dualityGap != out || tooSmall) {
            throw new ArithmeticException("dualityGap must lie within the double range to be returned, got about "
                    + LeastSquaresUnits.approximately(dualityGap, gapExponent)
                    + "; converged() reports whether it met the tolerance");
        }
        return out;
    }

    /** @return whether the duality gap fell below the tolerance before {@code maxIterations} sweeps */
    public boolean converged() {
        return converged;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ElasticNetModel(alpha %.4g, l1Ratio %.3g, %d of %d coefficients non-zero, "
                        + "intercept %.6g, %d sweeps, %s)", alpha, l1Ratio, nonZeroCount(), coefficients.length, intercept,
                iterations, converged ? "converged" : "not converged");
    }
}
