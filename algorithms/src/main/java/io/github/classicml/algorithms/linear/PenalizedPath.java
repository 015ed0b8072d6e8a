package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.ProgressListener;
import io.github.classicml.core.internal.linalg.Scaling;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits elastic-net models along a list of penalties with warm starts; the penalty grid.
 *
 * <p>Columns and target beyond {@code 2^±256} are fitted in the exact power-of-two units of
 * {@link LeastSquaresUnits} (ordinary data as they are), so that the sums of squares and the duality
 * gap of targets or columns of 10^±300 stay within the double range and the stopping test is the
 * same test as at ordinary magnitudes; the coefficients and the intercept are converted back exactly,
 * and an {@link ArithmeticException} names one that lies above the double range (one below it
 * underflows gradually, as any double arithmetic on such data would).
 */
final class PenalizedPath {

    /**
     * The most penalties on a generated path: 100 times scikit-learn's default of 100. Each penalty
     * keeps a model of {@code p} coefficients, and a path of more than a few hundred points resolves
     * nothing that a finer {@code eps} or explicit {@code alphas} would not; the bound keeps a mistaken
     * length from allocating gigabytes.
     */
    static final int MAX_PATH_LENGTH = 10_000;

    private PenalizedPath() {
    }

    /** The data in the units they are fitted in, and those units. */
    private record Scaled(Dataset data, LeastSquaresUnits units) {
    }

    /** Checks the data and brings columns and target beyond {@code 2^±256} into power-of-two units. */
    private static Scaled scaled(Dataset data) {
        Check.notNull("data", data);
        Check.minRows(data, 1);
        Check.finiteTargets(data);
        int p = data.columns();
        double[] x = data.features();
        double[] largest = LeastSquaresUnits.checkedColumnMaxima(data, x);
        double[] y = data.targets();
        LeastSquaresUnits units = LeastSquaresUnits.of(largest, y);
        if (units.isOne()) {
            return new Scaled(data, units);
        }
        units.scale(x, y);
        return new Scaled(Dataset.ofRowMajor(x, p).withColumnNames(data.columnNames()).withTargets(y, data.targetName()),
                units);
    }

    /**
     * scikit-learn's grid: {@code alpha_max = max_j |x_j^T y| / (n rho)} on the centred data, then
     * {@code pathLength} values spaced evenly in {@code log10} from {@code alpha_max} down to
     * {@code eps alpha_max}.
     *
     * @throws IllegalArgumentException if {@code pathLength} is not in {@code [1, MAX_PATH_LENGTH]}
     */
    static double[] grid(ElasticNet settings, Dataset data, int pathLength, double eps) {
        Check.atLeast("pathLength", pathLength, 1);
        Check.atMost("pathLength", pathLength, MAX_PATH_LENGTH);
        Check.that(eps > 0 && eps <= 1, () -> "eps must be in (0, 1], got " + Check.format(eps));
        Scaled scaled = scaled(data);
        WeightedDesign design = WeightedDesign.of(scaled.data(), null, settings.fitIntercept());
        double correlation = new CoordinateDescent(design, scaled.units()).maxCorrelation();
        Check.that(correlation > 0, "targets must vary (after centring) for a penalty path; every coefficient is 0 at any penalty");
        double alphaMax = correlation / (design.rows * settings.l1Ratio());
        if (Double.isInfinite(alphaMax) || alphaMax * eps < Double.MIN_NORMAL) {
            throw new ArithmeticException("the path's penalties must lie within the double range, got alpha_max about "
                    + Check.format(alphaMax) + " and eps " + Check.format(eps) + "; rescale the columns or the target,"
                    + " or give the penalties");
        }
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
            // weights beyond 2^±256 first by a power of two (exact), so that their sum and n / sum stay finite
            Scaling.scale(weights, 0, weights.length,
                    Scaling.scaleExponent(Scaling.maxAbs(weights, 0, weights.length), LeastSquaresUnits.WINDOW));
            double sum = 0;
            for (double v : weights) {
                sum += v;
            }
            for (int i = 0; i < weights.length; i++) {
                weights[i] *= data.rows() / sum;
            }
        }
        Scaled scaled = scaled(data);
        LeastSquaresUnits units = scaled.units();
        WeightedDesign design = WeightedDesign.of(scaled.data(), weights, settings.fitIntercept());
        CoordinateDescent solver = new CoordinateDescent(design, units);
        double[] w = new double[design.columns];
        int[] c = units.columnExponents();
        int t = units.targetExponent();
        List<ElasticNetModel> out = new ArrayList<>(alphas.length);
        for (int k = 0; k < alphas.length; k++) {
            CoordinateDescent.Result result = solver.run(alphas[k], settings.l1Ratio(), w, settings.maxIterations(),
                    settings.tolerance(), listener, k + 1, alphas.length);
            w = result.coefficients();
            // in the fit's units, then the data's: b0 2^-t, w_j 2^(c_j - t)
            double b0 = settings.fitIntercept() ? design.yMean - LinearRegression.dot(design.xMean, w) : 0.0;
            b0 = inDataUnits(data, -1, b0, -t);
            double[] b = new double[w.length];
            for (int j = 0; j < b.length; j++) {
                b[j] = inDataUnits(data, j, w[j], c[j] - t);
            }
            PenalizedRegression learner = origin instanceof Lasso lasso ? lasso.withAlpha(alphas[k])
                    : settings.withAlpha(alphas[k]);
            out.add(new ElasticNetModel(learner, alphas[k], settings.l1Ratio(), b0, b, result.iterations(),
                    result.dualityGap(), -2 * t, result.converged()));
        }
        return List.copyOf(out);
    }

    /** {@code v 2^k}: exact, gradual below the normal range, an error above the double range. */
    private static double inDataUnits(Dataset data, int column, double v, int k) {
        double out = k == 0 ? v : Math.scalb(v, k);
        if (Double.isInfinite(out)) {
            String name = column < 0 ? "intercept" : "coefficient of " + data.columnName(column);
            throw new ArithmeticException(name + " must lie within the double range, got about "
                    + LeastSquaresUnits.approximately(v, k) + "; rescale the columns or the target");
        }
        return out;
    }
}
