package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

/**
 * The Box-Cox transformation, column by column, with λ chosen by maximum likelihood:
 * {@code y = (x^λ - 1) / λ}, or {@code log x} at λ = 0, for strictly positive x; then, optionally,
 * standardisation to mean 0 and variance 1.
 *
 * <p>A right-skewed column (incomes, concentrations, counts) becomes close to symmetric and its
 * variance stops growing with its level, which linear models and Gaussian methods assume. λ maximises
 * the profile log-likelihood of a normal model for the transformed values,
 * {@code ℓ(λ) = (λ - 1) Σ log x_i - n/2 · log σ̂²(λ)}, with σ̂² the population variance of the
 * transformed column: the first term is the log-Jacobian that makes likelihoods at different λ
 * comparable. {@link #profileLogLikelihood} gives ℓ for plotting. The maximum is found by Brent's
 * method after a downhill bracket search from λ = 0 and 1 (scipy's {@code boxcox} starts there too),
 * to about 1e-10 relative; each evaluation costs O(n), so a fit costs O(n·p) times a few dozen
 * evaluations. Zero or negative values are refused (use {@link YeoJohnson}). λ equals scipy's
 * {@code stats.boxcox} and scikit-learn's {@code PowerTransformer(method="box-cox")}.
 *
 * <p>Reference: G. E. P. Box, D. R. Cox, "An analysis of transformations", Journal of the Royal
 * Statistical Society B 26(2), 1964.
 *
 * @param standardize whether the transformed columns are standardised (mean 0, variance 1 on the
 *     training data); default true, as scikit-learn's
 * @see PowerTransformerModel
 * @see PowerTransformer
 */
public record BoxCox(boolean standardize) implements PowerTransformer {

    /** @return Box-Cox with standardisation, scikit-learn's default */
    public static BoxCox of() {
        return new BoxCox(true);
    }

    /**
     * @param value whether to standardise the transformed columns
     * @return a copy with it
     */
    public BoxCox withStandardize(boolean value) {
        return new BoxCox(value);
    }

    /**
     * The profile log-likelihood ℓ(λ) of a column, the function whose maximum is the fitted λ.
     *
     * @param column the values, strictly positive and finite, at least 2 distinct; not modified
     * @param lambda the exponent, finite
     * @return ℓ(λ)
     * @throws IllegalArgumentException if a value is not strictly positive
     */
    public static double profileLogLikelihood(double[] column, double lambda) {
        Check.notNull("column", column);
        Check.finite("lambda", lambda);
        Check.notEmpty("column", column.length);
        for (int i = 0; i < column.length; i++) {
            requirePositive(column[i], i, 0);
        }
        return PowerTransforms.boxCoxLogLikelihood(column, lambda);
    }

    static void requirePositive(double v, int row, int column) {
        if (!(v > 0) || v == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException((row < 0 ? "row must be > 0 for Box-Cox; column " + column
                    : "data must be > 0 for Box-Cox; row " + row + ", column " + column) + " is " + Check.format(v)
                    + "; use YeoJohnson for zero or negative values");
        }
    }

    /**
     * Chooses each column's λ by maximum likelihood, then fits the standardisation if asked.
     *
     * @param data at least 2 rows, all features strictly positive and finite; not modified
     * @return the model
     * @throws IllegalArgumentException if there are fewer than 2 rows, a value is not strictly
     *     positive, or a column is constant (its likelihood has no maximum)
     */
    @Override
    public PowerTransformerModel fit(Dataset data) {
        Check.notNull("data", data);
        Check.minRows(data, 2);
        Check.finiteFeatures(data);
        double[] x = data.features();
        int p = data.columns();
        for (int k = 0; k < x.length; k++) {
            requirePositive(x[k], k / p, k % p);
        }
        PowerTransformerModel.requireNotConstant(data, "Box-Cox");
        double[] lambdas = new double[p];
        for (int j = 0; j < p; j++) {
            double[] column = data.column(j);
            final int c = j;
            PowerTransforms.BoxCoxLikelihood likelihood = new PowerTransforms.BoxCoxLikelihood(column);
            lambdas[j] = BrentMinimizer.minimize(l -> -likelihood.at(l), 0, 1,
                    "the Box-Cox likelihood of column " + c);
        }
        return PowerTransformerModel.fit(this, PowerTransformerModel.Method.BOX_COX, lambdas, standardize, data);
    }
}
