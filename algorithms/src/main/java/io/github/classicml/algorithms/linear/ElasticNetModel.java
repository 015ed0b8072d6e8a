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
    final double dualityGap;
    final boolean converged;

    ElasticNetModel(PenalizedRegression learner, double alpha, double l1Ratio, double intercept,
                    double[] coefficients, int iterations, double dualityGap, boolean converged) {
        this.learner = learner;
        this.alpha = alpha;
        this.l1Ratio = l1Ratio;
        this.intercept = intercept;
        this.coefficients = coefficients.clone();
        this.iterations = iterations;
        this.dualityGap = dualityGap;
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

    @Override
    public double predict(double[] row) {
        Check.finiteRow(row, coefficients.length);
        double s = intercept;
        for (int j = 0; j < row.length; j++) {
            s += coefficients[j] * row[j];
        }
        return s;
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
     * @return the last duality gap computed, in the scaled objective {@code n} times the documented one
     *     (on the scale of {@code ||y - ybar||^2}); infinite if never computed
     */
    public double dualityGap() {
        return dualityGap;
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
