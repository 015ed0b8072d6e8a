package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.ProgressListener;

import java.util.List;

/**
 * The lasso: least squares with an L1 penalty, minimising scikit-learn's objective
 * {@code 1/(2n) ||y - b0 - X b||^2 + alpha ||b||_1} (the intercept is not penalised).
 *
 * <p>The L1 penalty sets coefficients exactly to zero, so the lasso selects columns: as {@code alpha}
 * falls from {@code alpha_max = max_j |x_j^T (y - ybar)| / n} (where every coefficient is 0), columns
 * enter the model one after another ({@link #path(Dataset)}). It is the {@link ElasticNet} with
 * {@code l1Ratio = 1} and is fitted by the same cyclic coordinate descent with duality-gap stopping;
 * see there for the algorithm, its cost and the tolerance. Works with more columns than rows. Scale
 * the columns first if they have different units.
 *
 * <p>Reference: R. Tibshirani, "Regression shrinkage and selection via the lasso", J. R. Statist.
 * Soc. B 58 (1996).
 *
 * @param alpha the penalty strength, {@code > 0}; default 1
 * @param fitIntercept whether to fit an unpenalised intercept; default true
 * @param maxIterations the most coordinate-descent sweeps, at least 1; default 1000
 * @param tolerance the stopping tolerance (scikit-learn's {@code tol}), {@code > 0}; default 1e-4
 * @see ElasticNetModel
 */
public record Lasso(double alpha, boolean fitIntercept, int maxIterations, double tolerance)
        implements PenalizedRegression {

    /**
     * Validates the hyperparameters.
     *
     * @param alpha the penalty strength, {@code > 0}
     * @param fitIntercept whether to fit the intercept
     * @param maxIterations the most sweeps, at least 1
     * @param tolerance the stopping tolerance, {@code > 0}
     */
    public Lasso {
        Check.positive("alpha", alpha);
        Check.atLeast("maxIterations", maxIterations, 1);
        Check.positive("tolerance", tolerance);
    }

    /** @return the lasso with scikit-learn's defaults: alpha 1, intercept, 1000 sweeps, tol 1e-4 */
    public static Lasso of() {
        return new Lasso(1.0, true, 1000, 1e-4);
    }

    /**
     * @param value the penalty strength, {@code > 0}
     * @return a copy with that penalty
     */
    public Lasso withAlpha(double value) {
        return new Lasso(value, fitIntercept, maxIterations, tolerance);
    }

    /**
     * @param value whether to fit the intercept
     * @return a copy with that setting
     */
    public Lasso withFitIntercept(boolean value) {
        return new Lasso(alpha, value, maxIterations, tolerance);
    }

    /**
     * @param value the most sweeps, at least 1
     * @return a copy with that limit
     */
    public Lasso withMaxIterations(int value) {
        return new Lasso(alpha, fitIntercept, value, tolerance);
    }

    /**
     * @param value the stopping tolerance, {@code > 0}
     * @return a copy with that tolerance
     */
    public Lasso withTolerance(double value) {
        return new Lasso(alpha, fitIntercept, maxIterations, value);
    }

    /** @return the same problem as an elastic net with {@code l1Ratio = 1} */
    ElasticNet asElasticNet() {
        return new ElasticNet(alpha, 1.0, fitIntercept, maxIterations, tolerance);
    }

    @Override
    public ElasticNetModel fit(Dataset data) {
        return fit(data, ProgressListener.NONE);
    }

    /**
     * Fits, reporting each sweep (its objective and largest coefficient change) to {@code listener}.
     *
     * @param data rows with finite features and finite numeric targets; not modified
     * @param listener receives one step per sweep
     * @return the model
     */
    @Override
    public ElasticNetModel fit(Dataset data, ProgressListener listener) {
        Check.notNull("listener", listener);
        return PenalizedPath.fit(asElasticNet(), this, data, new double[] {alpha}, listener).get(0);
    }

    /**
     * Fits with sample weights: the loss becomes {@code 1/(2n) sum_i s_i (y_i - b0 - x_i.b)^2} with the
     * weights rescaled to sum to {@code n}, {@code s_i = n w_i / sum w} (scikit-learn's
     * {@code sample_weight}), and the centring uses the weighted means.
     *
     * @param data rows with finite features and finite numeric targets; not modified
     * @param sampleWeights one finite weight {@code >= 0} per row with a positive sum; not modified
     * @return the model
     */
    public ElasticNetModel fit(Dataset data, double[] sampleWeights) {
        Check.notNull("sampleWeights", sampleWeights);
        return PenalizedPath.fit(asElasticNet(), this, data, sampleWeights, new double[] {alpha}, ProgressListener.NONE).get(0);
    }

    /**
     * The lasso path on scikit-learn's default grid ({@code lasso_path}): 100 penalties from
     * {@code alpha_max} down to {@code 1e-3 alpha_max}, warm-started.
     *
     * @param data the training data; not modified
     * @return one model per penalty, the largest first
     */
    public List<ElasticNetModel> path(Dataset data) {
        return path(data, ElasticNet.DEFAULT_PATH_LENGTH, ElasticNet.DEFAULT_PATH_EPS, ProgressListener.NONE);
    }

    /**
     * The lasso path on a geometric grid of {@code pathLength} penalties from {@code alpha_max} down to
     * {@code eps alpha_max}.
     *
     * @param data the training data; not modified
     * @param pathLength the number of penalties, in {@code [1, 10000]} (scikit-learn's default is 100)
     * @param eps the ratio of the smallest to the largest penalty, in (0, 1]
     * @param listener receives the sweeps, one round per penalty
     * @return one model per penalty, the largest first; each model's learner has its penalty
     */
    public List<ElasticNetModel> path(Dataset data, int pathLength, double eps, ProgressListener listener) {
        ElasticNet net = asElasticNet();
        return PenalizedPath.fit(net, this, data, PenalizedPath.grid(net, data, pathLength, eps), listener);
    }
}
