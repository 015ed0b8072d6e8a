package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.ProgressListener;

import java.util.ArrayList;
import java.util.List;

/** Fits elastic-net models along a list of penalties with warm starts; the penalty grid. */
final class PenalizedPath {

    private PenalizedPath() {
    }

    /**
     * scikit-learn's grid: {@code alpha_max = max_j |x_j^T y| / (n rho)} on the centred data, then
     * {@code pathLength} values spaced evenly in {@code log10} from {@code alpha_max} down to
     * {@code eps alpha_max}.
     */
    static double[] grid(ElasticNet settings, Dataset data, int pathLength, double eps) {
        Check.atLeast("pathLength", pathLength, 1);
        Check.that(eps > 0 && eps <= 1, () -> "eps must be in (0, 1], got " + Check.format(eps));
        WeightedDesign design = WeightedDesign.of(data, null, settings.fitIntercept());
        double alphaMax = new CoordinateDescent(design).maxCorrelation() / (design.rows * settings.l1Ratio());
        Check.that(alphaMax > 0, "targets must vary (after centring) for a penalty path; every coefficient is 0 at any penalty");
        double top = Math.log10(alphaMax);
        double bottom = Math.log10(alphaMax * eps);
        double[] out = new double[pathLength];
        if (pathLength == 1) {
            out[0] = alphaMax;
            return out;
        }
        double step = (top - bottom) / (pathLength - 1);
        // numpy's logspace(bottom, top, num)[::-1]: exponents bottom + i step, the last exactly top
        for (int i = 0; i < pathLength; i++) {
            double exponent = i == pathLength - 1 ? top : bottom + i * step;
            out[pathLength - 1 - i] = Math.pow(10, exponent);
        }
        return out;
    }

    /**
     * @param settings the problem (alpha is replaced by each entry of {@code alphas})
     * @param origin the learner the models report: an {@link ElasticNet} or a {@link Lasso}
     */
    static List<ElasticNetModel> fit(ElasticNet settings, PenalizedRegression origin, Dataset data,
                                     double[] alphas, ProgressListener listener) {
        return fit(settings, origin, data, null, alphas, listener);
    }

    /**
     * @param sampleWeights the weights, or null; rescaled to sum to the number of rows (scikit-learn's
     *     convention), so that the loss stays a weighted mean
     */
    static List<ElasticNetModel> fit(ElasticNet settings, PenalizedRegression origin, Dataset data,
                                     double[] sampleWeights, double[] alphas, ProgressListener listener) {
        Check.notNull("listener", listener);
        Check.notNull("alphas", alphas);
        Check.notEmpty("alphas", alphas.length);
        for (double a : alphas) {
            Check.positive("alpha", a);
        }
        double[] weights = null;
        if (sampleWeights != null) {
            Check.notNull("data", data);
            weights = WeightedDesign.checkedWeights(sampleWeights, data.rows());
            double sum = 0;
            for (double v : weights) {
                sum += v;
            }
            for (int i = 0; i < weights.length; i++) {
                weights[i] *= data.rows() / sum;
            }
        }
        WeightedDesign design = WeightedDesign.of(data, weights, settings.fitIntercept());
        CoordinateDescent solver = new CoordinateDescent(design);
        double[] w = new double[design.columns];
        List<ElasticNetModel> out = new ArrayList<>(alphas.length);
        for (int k = 0; k < alphas.length; k++) {
            CoordinateDescent.Result result = solver.run(alphas[k], settings.l1Ratio(), w, settings.maxIterations(),
                    settings.tolerance(), listener, k + 1, alphas.length);
            w = result.coefficients();
            double b0 = settings.fitIntercept() ? design.yMean - LinearRegression.dot(design.xMean, w) : 0.0;
            PenalizedRegression learner = origin instanceof Lasso lasso ? lasso.withAlpha(alphas[k])
                    : settings.withAlpha(alphas[k]);
            out.add(new ElasticNetModel(learner, alphas[k], settings.l1Ratio(), b0, w, result.iterations(),
                    result.dualityGap(), result.converged()));
        }
        return List.copyOf(out);
    }
}
