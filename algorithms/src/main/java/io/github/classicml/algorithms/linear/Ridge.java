package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
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
     */
    public List<RidgeModel> path(Dataset data, double[] sampleWeights, double[] alphas) {
        Check.notNull("alphas", alphas);
        Check.notEmpty("alphas", alphas.length);
        for (double a : alphas) {
            Check.positive("alpha", a);
        }
        WeightedDesign design = WeightedDesign.of(data, sampleWeights, fitIntercept);
        int n = design.rows;
        int p = design.columns;
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
            for (int c = 0; c < k; c++) {
                uty[c] += u.get(i, c) * yi;
            }
        }
        List<RidgeModel> out = new ArrayList<>(alphas.length);
        for (double a : alphas) {
            double[] d = new double[k];
            double dof = 0;
            for (int c = 0; c < k; c++) {
                d[c] = s[c] / (s[c] * s[c] + a) * uty[c];
                dof += s[c] * s[c] / (s[c] * s[c] + a);
            }
            double[] b = new double[p];
            for (int j = 0; j < p; j++) {
                double t = 0;
                for (int c = 0; c < k; c++) {
                    t += v.get(j, c) * d[c];
                }
                b[j] = t;
            }
            double b0 = fitIntercept ? design.yMean - LinearRegression.dot(design.xMean, b) : 0.0;
            out.add(new RidgeModel(withAlpha(a), b0, b, dof));
        }
        return List.copyOf(out);
    }
}
