package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.ProgressListener;

import java.util.List;

/**
 * The elastic net: least squares with a mix of L1 and L2 penalties, minimising scikit-learn's objective
 * {@code 1/(2n) ||y - b0 - X b||^2 + alpha (rho ||b||_1 + (1 - rho)/2 ||b||^2)} with {@code rho} the
 * {@code l1Ratio} (the loss is averaged over the rows, unlike {@link Ridge}'s summed loss; the intercept
 * is not penalised). {@code rho = 1} is the {@link Lasso}; {@code rho = 0} is ridge with penalty
 * {@code n alpha}.
 *
 * <p>How it works: columns and target are centred (taking the intercept out); cyclic coordinate
 * descent then updates one coefficient at a time by soft thresholding, stopping on the duality gap
 * with scikit-learn's tolerance semantics: when a sweep's largest change is below {@code tolerance}
 * times the largest coefficient, the gap is computed, and the fit stops once it is below
 * {@code tolerance ||y - ybar||^2}. The L1 part sets coefficients exactly to zero (feature selection);
 * the L2 part keeps groups of correlated columns together. A fit that reaches {@code maxIterations}
 * returns its last iterate with {@link ElasticNetModel#converged()} false. The penalty treats all
 * coefficients alike, so scale columns with different units first.
 *
 * <p>{@link #path(Dataset)} fits scikit-learn's grid of penalties from
 * {@code alpha_max = max_j |x_j^T (y - ybar)| / (n rho)} (the smallest penalty that zeroes every
 * coefficient) down to {@code eps alpha_max}, geometrically spaced, each fit warm-started from the
 * previous one — how the lasso's regularisation path is computed in practice.
 *
 * <p>Magnitudes near the ends of the double range: columns and a target whose largest magnitude lies
 * beyond {@code 2^±256} are fitted in exact power-of-two units (ordinary data as they are), so the
 * stopping test {@code gap < tolerance ||y - ybar||^2} is the same test whatever the target's magnitude
 * (a lasso of targets of 10^300 with {@code alpha} times 10^300 converges in the sweeps of the original
 * problem); see {@link ElasticNetModel#dualityGap()} for the gap's unit. A coefficient above the double
 * range is an {@link ArithmeticException} naming it. Paths are at most
 * 10,000 penalties long.
 *
 * <p>Cost: {@code O(n p)} per sweep; the number of sweeps grows as the penalty falls. Works with more
 * columns than rows.
 *
 * <p>Reference: H. Zou, T. Hastie, "Regularization and variable selection via the elastic net", J. R.
 * Statist. Soc. B 67 (2005); J. Friedman, T. Hastie, R. Tibshirani, "Regularization paths for
 * generalized linear models via coordinate descent", J. Statist. Software 33 (2010).
 *
 * @param alpha the penalty strength, {@code > 0}; default 1
 * @param l1Ratio the share {@code rho} of the L1 penalty, in [0, 1]; default 0.5
 * @param fitIntercept whether to fit an unpenalised intercept; default true
 * @param maxIterations the most coordinate-descent sweeps, at least 1; default 1000
 * @param tolerance the stopping tolerance (scikit-learn's {@code tol}), {@code > 0}; default 1e-4
 * @see ElasticNetModel
 */
public record ElasticNet(double alpha, double l1Ratio, boolean fitIntercept, int maxIterations, double tolerance)
        implements PenalizedRegression {

    /** The default number of penalties on a path. */
    public static final int DEFAULT_PATH_LENGTH = 100;
    /** The default ratio of the smallest to the largest penalty on a path. */
    public static final double DEFAULT_PATH_EPS = 1e-3;

    /**
     * Validates the hyperparameters.
     *
     * @param alpha the penalty strength, {@code > 0}
     * @param l1Ratio the L1 share, in [0, 1]
     * @param fitIntercept whether to fit the intercept
     * @param maxIterations the most sweeps, at least 1
     * @param tolerance the stopping tolerance, {@code > 0}
     */
    public ElasticNet {
        Check.positive("alpha", alpha);
        Check.inClosedRange("l1Ratio", l1Ratio, 0.0, 1.0);
        Check.atLeast("maxIterations", maxIterations, 1);
        Check.positive("tolerance", tolerance);
    }

    /** @return the elastic net with scikit-learn's defaults: alpha 1, l1Ratio 0.5, intercept, 1000 sweeps, tol 1e-4 */
    public static ElasticNet of() {
        return new ElasticNet(1.0, 0.5, true, 1000, 1e-4);
    }

    /**
     * @param value the penalty strength, {@code > 0}
     * @return a copy with that penalty
     */
    public ElasticNet withAlpha(double value) {
        return new ElasticNet(value, l1Ratio, fitIntercept, maxIterations, tolerance);
    }

    /**
     * @param value the L1 share, in [0, 1]
     * @return a copy with that share
     */
    public ElasticNet withL1Ratio(double value) {
        return new ElasticNet(alpha, value, fitIntercept, maxIterations, tolerance);
    }

    /**
     * @param value whether to fit the intercept
     * @return a copy with that setting
     */
    public ElasticNet withFitIntercept(boolean value) {
        return new ElasticNet(alpha, l1Ratio, value, maxIterations, tolerance);
    }

    /**
     * @param value the most sweeps, at least 1
     * @return a copy with that limit
     */
    public ElasticNet withMaxIterations(int value) {
        return new ElasticNet(alpha, l1Ratio, fitIntercept, value, tolerance);
    }

    /**
     * @param value the stopping tolerance, {@code > 0}
     * @return a copy with that tolerance
     */
    public ElasticNet withTolerance(double value) {
        return new ElasticNet(alpha, l1Ratio, fitIntercept, maxIterations, value);
    }

    @Override
    public ElasticNetModel fit(Dataset data) {
        return fit(data, ProgressListener.NONE);
    }

    /**
     * Fits, reporting each sweep (its objective and largest coefficient change) to {@code listener}.
     *
     * @param data rows with finite features and finite numeric targets; not modified
     * @param listener receives one step per sweep (in power-of-two units, the objective and change of the
     *     problem as fitted: see the class comment; the data's own for ordinary data)
     * @return the model
     */
    @Override
    public ElasticNetModel fit(Dataset data, ProgressListener listener) {
        Check.notNull("listener", listener);
        return PenalizedPath.fit(this, this, data, new double[] {alpha}, listener).get(0);
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
        return PenalizedPath.fit(this, this, data, sampleWeights, new double[] {alpha}, ProgressListener.NONE).get(0);
    }

    /**
     * The regularisation path on scikit-learn's default grid: {@value #DEFAULT_PATH_LENGTH} penalties from
     * {@code alpha_max} down to {@code 1e-3 alpha_max}.
     *
     * @param data the training data; not modified
     * @return one model per penalty, the largest penalty first
     */
    public List<ElasticNetModel> path(Dataset data) {
        return path(data, DEFAULT_PATH_LENGTH, DEFAULT_PATH_EPS, ProgressListener.NONE);
    }

    /**
     * The regularisation path on a geometric grid of {@code pathLength} penalties from {@code alpha_max}
     * down to {@code eps alpha_max}, each fit warm-started from the previous one.
     *
     * @param data the training data; not modified
     * @param pathLength the number of penalties, in {@code [1, 10000]} (scikit-learn's default is 100)
     * @param eps the ratio of the smallest to the largest penalty, in (0, 1]
     * @param listener receives the sweeps, one round per penalty
     * @return one model per penalty, the largest penalty first; each model's learner has its penalty
     */
    public List<ElasticNetModel> path(Dataset data, int pathLength, double eps, ProgressListener listener) {
        Check.that(l1Ratio > 0, "l1Ratio must be > 0 for a path, got 0; use Ridge.path for a pure L2 penalty");
        return PenalizedPath.fit(this, this, data, PenalizedPath.grid(this, data, pathLength, eps), listener);
    }

    /**
     * The regularisation path at given penalties, fitted in the order given, each warm-started from the
     * previous one.
     *
     * @param data the training data; not modified
     * @param alphas the penalties, each {@code > 0}; not modified
     * @param listener receives the sweeps, one round per penalty
     * @return one model per penalty, in the order of {@code alphas}
     */
    public List<ElasticNetModel> path(Dataset data, double[] alphas, ProgressListener listener) {
        return PenalizedPath.fit(this, this, data, alphas, listener);
    }
}
