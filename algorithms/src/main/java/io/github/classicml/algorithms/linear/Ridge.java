package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.internal.linalg.Scaling;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

import java.util.ArrayList;
import java.util.List;

/**
 * Ridge regression: least squares with an L2 penalty on the coefficients, minimising
 * {@code sum_i w_i (y_i - b0 - x_i.b)^2 + alpha ||b||^2} — scikit-learn's {@code Ridge} objective
 * (the squared loss is summed, not averaged; the intercept {@code b0} is not penalised).
 *
 * <p>How it works: the columns and target are centred by their weighted means (which takes the
 * intercept out, {@code b0 = ybar - xbar.b}), rows are multiplied by {@code sqrt(w_i)}, and the centred
 * design is factored once by a thin singular value decomposition {@code X = U S V^T}. The solution is
 * then {@code b = V diag(s_k / (s_k^2 + alpha)) U^T y} for any {@code alpha}: {@link #path} gives the
 * models of many penalties for the price of one SVD. The penalty shrinks the coefficients along the
 * directions of small singular values most (those that ordinary least squares estimates worst), so
 * ridge has a unique, stable answer even when columns are collinear or outnumber the rows. As
 * {@code alpha → 0} it tends to the least-squares (minimum-norm) solution.
 *
 * <p>Magnitudes near the ends of the double range: features whose largest magnitude lies beyond
 * {@code 2^±256} are fitted multiplied by one exact power of two {@code 2^c} (one for all columns, so that
 * the penalty stays a multiple of the identity and one SVD still serves every penalty), the target
 * likewise by {@code 2^t} and the sample weights by {@code 2^m}; the problem is then the same with the
 * penalty {@code alpha 2^(2c + m)}, which is never formed: each filter factor
 * {@code s_k / (s_k^2 + alpha)} is computed from the mantissas and exponents of {@code s_k} and
 * {@code alpha} apart (the larger of {@code s_k^2} and {@code alpha} scaled to 1), so that neither
 * {@code s_k^2} overflows (it did at features of 1e160, giving zero coefficients) nor the penalty leaves
 * the range. Ordinary data take the plain formula, bit for bit. Coefficients and the intercept are
 * converted back exactly; one above the double range is an {@link ArithmeticException} naming it, one
 * below the normal range underflows gradually. Columns whose magnitudes differ by more than the double
 * range itself lose the small ones, as any SVD of such a matrix does.
 *
 * <p>Cost: {@code O(n p min(n, p))} for the SVD, then {@code O(p min(n, p))} per penalty. Columns are
 * not standardised: scale them first if they have different units, since the penalty treats all
 * coefficients alike.
 *
 * <p>Reference: A. E. Hoerl, R. W. Kennard, "Ridge regression: biased estimation for nonorthogonal
 * problems", Technometrics 12 (1970); T. Hastie, R. Tibshirani, J. Friedman, <i>The Elements of
 * Statistical Learning</i>, 2nd ed., section 3.4.1.
 *
 * @param alpha the penalty strength, {@code > 0}; default 1 (scikit-learn's)
 * @param fitIntercept whether to fit an unpenalised intercept; default true
 * @see RidgeModel
 */
public record Ridge(double alpha, boolean fitIntercept) implements Learner<RidgeModel> {

    /**
     * Validates the hyperparameters.
     *
     * @param alpha the penalty strength, {@code > 0}
     * @param fitIntercept whether to fit the intercept
     */
    public Ridge {
        Check.positive("alpha", alpha);
    }

    /** @return ridge with {@code alpha = 1} and an intercept (scikit-learn's defaults) */
    public static Ridge of() {
        return new Ridge(1.0, true);
    }

    /**
     * @param value the penalty strength, {@code > 0}
     * @return a copy with that penalty
     */
    public Ridge withAlpha(double value) {
        return new Ridge(value, fitIntercept);
    }

    /**
     * @param value whether to fit the intercept
     * @return a copy with that setting
     */
    public Ridge withFitIntercept(boolean value) {
        return new Ridge(alpha, value);
    }

    @Override
    public RidgeModel fit(Dataset data) {
        return fit(data, (double[]) null);
    }

    /**
     * Fits with sample weights (scikit-learn's {@code sample_weight}: row {@code i}'s squared error
     * counts {@code w_i} times).
     *
     * @param data rows with finite features and finite numeric targets; not modified
     * @param sampleWeights one finite weight {@code >= 0} per row with a positive sum, or null for all 1;
     *     not modified
     * @return the model
     * @throws ArithmeticException if a coefficient or the intercept lies above the double range, naming it
     */
    public RidgeModel fit(Dataset data, double[] sampleWeights) {
        return path(data, sampleWeights, new double[] {alpha}).get(0);
    }

    /**
     * Fits one model per penalty through a single SVD (the regularisation path). Each model's
     * {@code learner()} is this learner with that {@code alpha}.
     *
     * @param data rows with finite features and finite numeric targets; not modified
     * @param sampleWeights the sample weights, or null for all 1; not modified
     * @param alphas the penalties, each {@code > 0}; not modified
     * @return the models, in the order of {@code alphas}
     * @throws ArithmeticException if a coefficient or an intercept lies above the double range, naming it
     */
    public List<RidgeModel> path(Dataset data, double[] sampleWeights, double[] alphas) {
        Check.notNull("alphas", alphas);
        Check.notEmpty("alphas", alphas.length);
        for (double a : alphas) {
            Check.positive("alpha", a);
        }
        Check.notNull("data", data);
        Check.minRows(data, 1);
        Check.finiteTargets(data);
        Check.finiteFeatures(data);
        int n = data.rows();
        int p = data.columns();
        // exact power-of-two units (1 for ordinary data): one for every column, so that the penalty stays
        // a multiple of the identity and one SVD serves every alpha; one for the target; one for the weights
        double[] x = data.features();
        double[] y = data.targets();
        int c = Scaling.scaleExponent(Scaling.maxAbs(x, 0, x.length), LeastSquaresUnits.WINDOW);
        int t = LeastSquaresUnits.targetExponent(y);
        double[] weights = sampleWeights == null ? null : WeightedDesign.checkedWeights(sampleWeights, n);
        int m = weights == null ? 0 : Scaling.scaleExponent(Scaling.maxAbs(weights, 0, n), LeastSquaresUnits.WINDOW);
        Dataset fitData = data;
        if (c != 0 || t != 0) {
            Scaling.scale(x, 0, x.length, c);
            Scaling.scale(y, 0, n, t);
            fitData = Dataset.ofRowMajor(x, p).withColumnNames(data.columnNames()).withTargets(y, data.targetName());
        }
        if (m != 0) {
            Scaling.scale(weights, 0, n, m);
        }
        WeightedDesign design = WeightedDesign.of(fitData, weights, fitIntercept);
        int k = Math.min(n, p);
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, p, true, true, true);
        if (!svd.decompose(new DMatrixRMaj(n, p, true, design.x))) {
            throw new IllegalStateException("the SVD of the " + n + " × " + p + " design did not converge");
        }
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj v = svd.getV(null, false);
        double[] s = svd.getSingularValues();
        // U^T y, one entry per singular value
        double[] uty = new double[k];
        for (int i = 0; i < n; i++) {
            double yi = design.y[i];
            for (int q = 0; q < k; q++) {
                uty[q] += u.get(i, q) * yi;
            }
        }
        List<RidgeModel> out = new ArrayList<>(alphas.length);
        double[] dMantissa = new double[k];
        int[] dExponent = new int[k];
        for (double a : alphas) {
            if (c == 0 && t == 0 && m == 0) {
                RidgeModel plain = plain(design, a, s, uty, v);
                if (plain != null) {
                    out.add(plain);
                    continue;
                }
            }
            // in these units the penalty is alpha 2^(2c + m) = alphaMantissa 2^alphaExponent
            int alphaExponent = Scaling.exponent(a) + 2 * c + m;
            double alphaMantissa = Math.scalb(a, -Scaling.exponent(a));
            double dof = 0;
            int top = Integer.MIN_VALUE;
            for (int q = 0; q < k; q++) {
                dMantissa[q] = 0;
                if (s[q] == 0) {
                    continue;
                }
                int es = Scaling.exponent(s[q]);
                double ms = Math.scalb(s[q], -es);
                // s^2 + alpha = 2^(2 es) (ms^2 + alpha 2^-2es): scale out the larger of the two exponents
                int g = alphaExponent - 2 * es;
                double square;
                double denominator;
                int scale;
                if (g <= 0) {
                    square = ms * ms;
                    denominator = square + Math.scalb(alphaMantissa, Math.max(g, -2200));
                    scale = -2 * es;
                } else {
                    square = Math.scalb(ms * ms, -Math.min(g, 2200));
                    denominator = square + alphaMantissa;
                    scale = -alphaExponent;
                }
                dof += square / denominator;
                if (uty[q] != 0) {
                    // d_q = s_q u_q / (s_q^2 + alpha) = (ms mu / denominator) 2^(es + eu + scale)
                    int eu = Scaling.exponent(uty[q]);
                    dMantissa[q] = ms * Math.scalb(uty[q], -eu) / denominator;
                    dExponent[q] = es + eu + scale;
                    top = Math.max(top, dExponent[q]);
                }
            }
            // b' = V d in the fit's units, as bMantissa 2^top; in the data's units b = b' 2^(c - t)
            double[] b = new double[p];
            double[] bMantissa = new double[p];
            if (top != Integer.MIN_VALUE) {
                for (int j = 0; j < p; j++) {
                    double sum = 0;
                    for (int q = 0; q < k; q++) {
                        if (dMantissa[q] != 0) {
                            sum += v.get(j, q) * Math.scalb(dMantissa[q], Math.max(dExponent[q] - top, -2200));
                        }
                    }
                    bMantissa[j] = sum;
                    b[j] = inDataUnits(data, j, sum, top + c - t);
                }
            }
            double b0 = 0.0;
            if (fitIntercept) {
                // b0 = ybar - xbar.b, with xbar.b = (xbar' . bMantissa) 2^(top - t) in the data's units
                double dot = top == Integer.MIN_VALUE ? 0.0 : LinearRegression.dot(design.xMean, bMantissa);
                long k0 = (long) top - t;
                double shift = scalb(dot, k0);
                b0 = Math.scalb(design.yMean, -t) - shift;
                if (Double.isInfinite(b0)) {
                    // beyond the range: xbar.b alone, or (ybar - xbar.b) / 2 times 2
                    String about = Double.isInfinite(shift) ? LeastSquaresUnits.approximately(-dot, (int) k0)
                            : LeastSquaresUnits.approximately(Math.scalb(design.yMean, -t - 1) - shift / 2, 1);
                    throw new ArithmeticException("intercept must lie within the double range, got about " + about
                            + "; rescale the columns or the target");
                }
            }
            out.add(new RidgeModel(withAlpha(a), b0, b, dof));
        }
        return List.copyOf(out);
    }

    /**
     * Ordinary data: {@code d_k = s_k / (s_k^2 + alpha) (U^T y)_k} in plain arithmetic, accepted when no
     * step left the normal range (then it is exactly what the scaled path computes, to rounding, and
     * the models of earlier versions to the bit).
     *
     * @return the model, or null when a step overflowed or underflowed
     */
    private RidgeModel plain(WeightedDesign design, double a, double[] s, double[] uty, DMatrixRMaj v) {
        int k = uty.length;
        int p = design.columns;
        double[] d = new double[k];
        double dof = 0;
        for (int q = 0; q < k; q++) {
            double square = s[q] * s[q];
            double denominator = square + a;
            double ratio = s[q] / denominator;
            d[q] = ratio * uty[q];
            dof += square / denominator;
            if (s[q] != 0 && !(normal(square) && normal(denominator) && normal(ratio) && (uty[q] == 0 || normal(d[q])))) {
                return null;
            }
        }
        double[] b = new double[p];
        for (int j = 0; j < p; j++) {
            double sum = 0;
            for (int q = 0; q < k; q++) {
                sum += v.get(j, q) * d[q];
            }
            if (!Double.isFinite(sum)) {
                return null;
            }
            b[j] = sum;
        }
        double b0 = fitIntercept ? design.yMean - LinearRegression.dot(design.xMean, b) : 0.0;
        return Double.isFinite(b0) ? new RidgeModel(withAlpha(a), b0, b, dof) : null;
    }

    private static boolean normal(double v) {
        double m = Math.abs(v);
        return m >= Double.MIN_NORMAL && m <= Double.MAX_VALUE;
    }

    private static double scalb(double v, long k) {
        return Math.scalb(v, (int) Math.max(-4000, Math.min(4000, k)));
    }

    /** A coefficient {@code mantissa 2^k} in the data's units; underflow is gradual, overflow an error. */
    private static double inDataUnits(Dataset data, int column, double mantissa, long k) {
        double out = scalb(mantissa, k);
        if (Double.isInfinite(out)) {
            throw new ArithmeticException("coefficient of " + data.columnName(column)
                    + " must lie within the double range, got about "
                    + LeastSquaresUnits.approximately(mantissa, (int) k) + "; rescale the column or the target");
        }
        return out;
    }
}
