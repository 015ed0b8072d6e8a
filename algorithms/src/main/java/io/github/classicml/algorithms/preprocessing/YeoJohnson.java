package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

/**
 * The Yeo-Johnson transformation, column by column, with λ chosen by maximum likelihood; then,
 * optionally, standardisation to mean 0 and variance 1. Unlike Box-Cox it takes any real value:
 * <pre>
 * ψ(x, λ) = ((x + 1)^λ - 1) / λ                 x ≥ 0, λ ≠ 0      log(1 + x)    x ≥ 0, λ = 0
 *         = -((1 - x)^(2 - λ) - 1) / (2 - λ)      x &lt; 0, λ ≠ 2      -log(1 - x)   x &lt; 0, λ = 2
 * </pre>
 *
 * <p>It is Box-Cox applied to x + 1 for x ≥ 0 and to 1 - x (with exponent 2 - λ, mirrored) for
 * x &lt; 0, smooth at 0. λ maximises the profile log-likelihood
 * {@code ℓ(λ) = -n/2 · log σ̂²(λ) + (λ - 1) Σ sign(x_i) log(1 + |x_i|)} ({@link #profileLogLikelihood}),
 * found by Brent's method after a bracket search from λ = -2 and 2 (scikit-learn's starting bracket), to
 * about 1e-10 relative. Each evaluation costs O(n). λ equals scikit-learn's
 * {@code PowerTransformer(method="yeo-johnson")}.
 *
 * <p>Reference: I.-K. Yeo, R. A. Johnson, "A new family of power transformations to improve normality
 * or symmetry", Biometrika 87(4), 2000.
 *
 * @param standardize whether the transformed columns are standardised; default true, as
 *     scikit-learn's
 * @see PowerTransformerModel
 * @see PowerTransformer
 */
public record YeoJohnson(boolean standardize) implements PowerTransformer {

    /** @return Yeo-Johnson with standardisation, scikit-learn's default */
    public static YeoJohnson of() {
        return new YeoJohnson(true);
    }

    /**
     * @param value whether to standardise the transformed columns
     * @return a copy with it
     */
    public YeoJohnson withStandardize(boolean value) {
        return new YeoJohnson(value);
    }

    /**
     * The profile log-likelihood ℓ(λ) of a column, the function whose maximum is the fitted λ.
     *
     * @param column the values, finite; not modified
     * @param lambda the exponent, finite
     * @return ℓ(λ); -∞ where the transformed column has no spread
     */
    public static double profileLogLikelihood(double[] column, double lambda) {
        Check.notNull("column", column);
        Check.finite("lambda", lambda);
        Check.notEmpty("column", column.length);
        Check.allFinite("column", column);
        return PowerTransforms.yeoJohnsonLogLikelihood(column, lambda);
    }

    /**
     * Chooses each column's λ by maximum likelihood, then fits the standardisation if asked.
     *
     * @param data at least 2 rows, all features finite; not modified
     * @return the model
     * @throws IllegalArgumentException if there are fewer than 2 rows, a non-finite value, or a
     *     constant column
     */
    @Override
    public PowerTransformerModel fit(Dataset data) {
        Check.notNull("data", data);
        Check.minRows(data, 2);
        Check.finiteFeatures(data);
        int p = data.columns();
        PowerTransformerModel.requireNotConstant(data, "Yeo-Johnson");
        double[] lambdas = new double[p];
        for (int j = 0; j < p; j++) {
            double[] column = data.column(j);
            final int c = j;
            PowerTransforms.YeoJohnsonLikelihood likelihood = new PowerTransforms.YeoJohnsonLikelihood(column);
            lambdas[j] = BrentMinimizer.minimize(l -> -likelihood.at(l), -2, 2,
                    "the Yeo-Johnson likelihood of column " + c);
        }
        double[] units = new double[p];
        java.util.Arrays.fill(units, 1.0);
        return PowerTransformerModel.fit(this, PowerTransformerModel.Method.YEO_JOHNSON, lambdas, units, standardize,
                data);
    }
}
