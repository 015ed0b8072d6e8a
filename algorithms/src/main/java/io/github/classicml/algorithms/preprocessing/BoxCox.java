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
 * <p>Box-Cox is scale-equivariant: the λ that maximises ℓ does not depend on a common factor c, and
 * {@code boxcox(c·x) = c^λ·boxcox(x) + (c^λ - 1)/λ} is an affine image of {@code boxcox(x)}, so the
 * standardised output does not depend on c either. The transform as written loses that where
 * {@code x^λ} is far from 1: for values near 1e-300, or 1e6 + {1, 2, 3, 5, 8} (λ about -1.7e5), every
 * row rounds to the same {@code -1/λ}. So a column whose geometric mean lies beyond {@code 2^±200}, or
 * whose transform, computed as it stands, is more than 16 times its range in magnitude, has λ fitted
 * on {@code x / c}, c a power of two times the remaining
 * geometric mean (so that scaling by a power of two gives the same bits), and, with standardisation, is
 * transformed in those units: the same standardised output, exactly as accurate as on ordinary data.
 * Other columns (all ordinary data) are fitted and transformed as scipy and scikit-learn do. Without
 * standardisation the output is {@code boxcox(x)} itself, to which every row may round the same (1e-300
 * times 1, 2, 3, 5, 8 at λ = 0.137 are all -7.3264, the correctly rounded values); where it lies beyond
 * the double range the transform throws {@link ArithmeticException} naming the row and column.
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

    /**
     * How many times its range a column's transform may be in magnitude before λ is refitted and the
     * column transformed in normalised units (16: at most 4 bits lost to the offset).
     */
    static final double RESOLUTION = 16;

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
        double[] units = new double[p];
        for (int j = 0; j < p; j++) {
            double[] column = data.column(j);
            double unit = PowerTransforms.normaliser(column);
            double raw = Double.NaN;
            if (Math.abs(Math.getExponent(unit)) <= 200) {
                // ordinary magnitudes (the columns of 2^±900·x all go the other way, so they give the same bits)
                try {
                    raw = maximiseLikelihood(column, 1, j);
                } catch (IllegalArgumentException e) {
                    raw = Double.NaN;
                }
            }
            if (!Double.isNaN(raw) && resolves(column, raw)) {
                lambdas[j] = raw;
                units[j] = 1;
            } else {
                lambdas[j] = maximiseLikelihood(column, unit, j);
                units[j] = standardize ? unit : 1;
            }
        }
        return PowerTransformerModel.fit(this, PowerTransformerModel.Method.BOX_COX, lambdas, units, standardize, data);
    }

    private static double maximiseLikelihood(double[] column, double unit, int j) {
        PowerTransforms.BoxCoxLikelihood likelihood = new PowerTransforms.BoxCoxLikelihood(column, unit);
        return BrentMinimizer.minimize(l -> -likelihood.at(l), 0, 1, "the Box-Cox likelihood of column " + j);
    }

    /**
     * Whether the column's transform, computed as it stands, keeps its rows apart to within a few
     * roundings: every value finite and at most {@link #RESOLUTION} times the column's range. Beyond that
     * the values are a large constant ({@code -1/λ}, or log x near 1e±300) plus small differences that
     * rounding erases: 1e-300·{1, 2, 3, 5, 8} all went to -7.3264, 1e6 + {1, 2, 3, 5, 8} (λ = -172801) all
     * to 5.787e-6.
     */
    private static boolean resolves(double[] column, double lambda) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : column) {
            double y = PowerTransforms.boxCox(x, lambda);
            lo = Math.min(lo, y);
            hi = Math.max(hi, y);
        }
        double range = hi - lo;
        return Double.isFinite(range) && range > 0 && Math.max(Math.abs(lo), Math.abs(hi)) <= RESOLUTION * range;
    }
}
