package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Regressor;
import org.apache.commons.statistics.distribution.FDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fitted ordinary-least-squares model {@code y = b0 + x.b}, with the statistics table a statistician
 * expects (the quantities of statsmodels' {@code OLS} summary, with the same definitions).
 *
 * <p>With {@code n} rows, {@code p} columns and {@code k = p + 1} parameters ({@code k = p} without
 * intercept), residuals {@code e_i = y_i - yhat_i} and weights {@code w_i} (all 1 unless given):
 * <ul>
 *   <li>residual sum of squares {@code RSS = sum w_i e_i^2}, residual degrees of freedom
 *       {@code df = n - k}, residual variance {@code s^2 = RSS / df};</li>
 *   <li>coefficient covariance {@code s^2 (X^T W X)^-1} (with the intercept's column of ones), standard
 *       errors its square roots, {@code t = b / se}, two-sided p-values from Student's t with
 *       {@code df} degrees of freedom, confidence intervals {@code b ± t_{df, 1-a/2} se};</li>
 *   <li>{@code R² = 1 - RSS / TSS} with {@code TSS} centred about the weighted mean (uncentred,
 *       {@code sum w_i y_i^2}, without intercept); adjusted {@code R² = 1 - (1 - R²)(n - c)/df} with
 *       {@code c} 1 with intercept, else 0; {@code F = ((TSS - RSS)/p) / s^2} on {@code p} and
 *       {@code df} degrees of freedom;</li>
 *   <li>Gaussian log-likelihood {@code -n/2 (log(2 pi) + log(RSS/n) + 1) + 1/2 sum log w_i},
 *       {@code AIC = -2 logL + 2k}, {@code BIC = -2 logL + k log n};</li>
 *   <li>variance inflation factors, the condition number of the design, and (from the training data)
 *       leverage and Cook's distance: see their methods.</li>
 * </ul>
 *
 * <p><b>Magnitudes near the ends of the double range.</b> Least squares is invariant to scaling: with a
 * column multiplied by {@code s} its coefficient is divided by {@code s}, with the target multiplied by
 * {@code s} every estimate is multiplied by it, and R², t, p-values, F, VIF, leverage and Cook's
 * distance do not change. The sums of squares of columns or targets near 10^±300, however, lie beyond
 * the double range. So a column (or the target) whose largest magnitude lies beyond {@code 2^±256} is
 * fitted multiplied by an exact power of two that brings it near 1 (columns of ordinary magnitude keep
 * their own values, bit for bit), every statistic is computed in those units, and each getter converts
 * back exactly: estimates, standard errors, intervals and covariances by the ratio of the target's unit
 * to their columns' units, RSS and TSS by the square of the target's unit, the log-likelihood, AIC and
 * BIC by an additive {@code n log(unit)} term, the scale-free figures not at all. A model of data
 * multiplied by {@code 2^k} therefore reports every statistic of the model of the data itself, exactly
 * transformed (the log-likelihood to rounding), and data multiplied by 10^±300 (not a power of two,
 * so the data carry their own rounding) report them to rounding. A getter whose true value lies beyond the double range (the covariance of
 * coefficients of features of 10^-300 and targets of 10^300, about 10^1200) throws an
 * {@link ArithmeticException} naming the quantity and its value, e.g. {@code got about 1.000e1200};
 * predictions, R² and the other scale-free figures stay available. The condition number is the one
 * statistic that depends on the units of the columns (with an intercept, the column of ones is not
 * scaled with the others): it is that of the design as given, computed in these units and converted
 * exactly, and an error when it exceeds the range.
 *
 * <p>Immutable and safe for concurrent use; keeps {@code O(p^2)} numbers, none of the training rows.
 *
 * @see LinearRegression
 */
public final class LinearRegressionModel implements Regressor {

    /** The name of the intercept's row in {@link #terms()}. */
    public static final String INTERCEPT = "intercept";

    private final LinearRegression learner;
    private final List<String> columnNames;
    // every number below is in the fit's power-of-two units (the data's own for ordinary data); the
    // getters convert through `units`, the one place that knows them
    final LeastSquaresUnits units;
    private final double intercept;
    private final double[] coefficients;
    private final int rows;
    private final int residualDf;
    final double residualSumOfSquares;
    final double totalSumOfSquares;
    final double sumLogWeights;
    final double[] xMean;
    final double weightSum;
    /** {@code M}, with {@code (Xc^T W Xc)^-1 = S M S}, {@code S = diag(1 / norms)}: scale-safe. */
    final double[][] scaledInverse;
    /** {@code ||x_j||_W} of the centred (or raw, without intercept) columns. */
    final double[] norms;
    final double conditionNumber;
    final boolean weighted;

    LinearRegressionModel(LinearRegression learner, List<String> columnNames, LeastSquaresUnits units,
                          double intercept, double[] coefficients, double residualSumOfSquares,
                          double totalSumOfSquares, int rows, double[] weights, boolean weighted, double[] xMean,
                          double weightSum, Factorization factorization) {
        this(learner, columnNames, units, intercept, coefficients, residualSumOfSquares, totalSumOfSquares, rows,
                sumOfLogs(weights, weighted), weighted, xMean, weightSum, factorization);
    }

    /**
     * The state itself, as fitting computes it or a model file holds it: every number in the units
     * {@code units} (the condition number, which has no unit, aside).
     */
    LinearRegressionModel(LinearRegression learner, List<String> columnNames, LeastSquaresUnits units,
                          double intercept, double[] coefficients, double residualSumOfSquares,
                          double totalSumOfSquares, int rows, double sumLogWeights, boolean weighted, double[] xMean,
                          double weightSum, Factorization factorization) {
        this.learner = learner;
        this.columnNames = List.copyOf(columnNames);
        this.units = units;
        this.intercept = intercept;
        this.coefficients = coefficients.clone();
        this.rows = rows;
        int p = coefficients.length;
        this.residualDf = rows - p - (learner.fitIntercept() ? 1 : 0);
        this.residualSumOfSquares = residualSumOfSquares;
        this.totalSumOfSquares = totalSumOfSquares;
        this.sumLogWeights = sumLogWeights;
        this.xMean = xMean.clone();
        this.weightSum = weightSum;
        this.scaledInverse = factorization.scaledInverse();
        this.norms = factorization.norms().clone();
        this.conditionNumber = factorization.conditionNumber();
        this.weighted = weighted;
    }

    private static double sumOfLogs(double[] weights, boolean weighted) {
        double logs = 0;
        if (weighted) {
            for (double w : weights) {
                logs += Math.log(w);
            }
        }
        return logs;
    }

    @Override
    public LinearRegression learner() {
        return learner;
    }

    @Override
    public int columns() {
        return coefficients.length;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Sums that leave the double range on the way (a row of {@code 1e308} and {@code -1e308}) are
     * taken again in scaled units (a power of two scales out the largest term), so any prediction that is a double is returned.
     *
     * @throws ArithmeticException if the prediction lies beyond the double range
     */
    @Override
    public double predict(double[] row) {
        Check.finiteRow(row, coefficients.length);
        if (units.isOne()) {
            return AffineSums.predict(intercept, coefficients, row);
        }
        return units.prediction(intercept, coefficients, row);
    }

    private double predictInFitUnits(double[] row) {
        double s = intercept;
        for (int j = 0; j < row.length; j++) {
            s += coefficients[j] * row[j];
        }
        return s;
    }

    /** @return the intercept in the fit's units (for the model file) */
    double interceptInFitUnits() {
        return intercept;
    }

    /** @return the coefficients in the fit's units (for the model file), a copy */
    double[] coefficientsInFitUnits() {
        return coefficients.clone();
    }

    /**
     * @return the intercept {@code b0} (0 when not fitted)
     * @throws ArithmeticException if it lies beyond the double range
     */
    public double intercept() {
        return LeastSquaresUnits.inDataUnits("intercept", intercept, units.exponent(1));
    }

    /**
     * @return the coefficients {@code b}, one per column, a copy
     * @throws ArithmeticException if one lies beyond the double range (a column of 10^-300 with targets
     *     of 10^300), naming it
     */
    public double[] coefficients() {
        double[] out = new double[coefficients.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = LeastSquaresUnits.inDataUnits("coefficient of " + columnNames.get(j), coefficients[j],
                    units.exponent(1, j));
        }
        return out;
    }

    /** @return the names of the columns the model was fitted on */
    public List<String> columnNames() {
        return columnNames;
    }

    /** @return the number of training rows {@code n} */
    public int rows() {
        return rows;
    }

    /** @return the number of parameters {@code k}: the coefficients, plus one for the intercept */
    public int parameters() {
        return coefficients.length + (learner.fitIntercept() ? 1 : 0);
    }

    /** @return the residual degrees of freedom {@code n - k}, at least 1 */
    public int residualDegreesOfFreedom() {
        return residualDf;
    }

    /**
     * @return {@code RSS = sum w_i e_i^2}
     * @throws ArithmeticException if it lies beyond the double range (targets near 10^±300)
     */
    public double residualSumOfSquares() {
        return LeastSquaresUnits.inDataUnits("residualSumOfSquares", residualSumOfSquares, units.exponent(2));
    }

    /**
     * @return the total sum of squares {@code TSS = sum w_i (y_i - ybar)^2} (uncentred, {@code sum w_i y_i^2},
     *     without intercept)
     * @throws ArithmeticException if it lies beyond the double range (targets near 10^±300)
     */
    public double totalSumOfSquares() {
        return LeastSquaresUnits.inDataUnits("totalSumOfSquares", totalSumOfSquares, units.exponent(2));
    }

    /**
     * @return the residual standard error {@code s = sqrt(RSS / df)} (NIST's "residual standard deviation")
     * @throws ArithmeticException if it lies beyond the double range
     */
    public double residualStandardError() {
        return LeastSquaresUnits.inDataUnits("residualStandardError", sigma(), units.exponent(1));
    }

    /** @return {@code s} in the fit's units */
    private double sigma() {
        return Math.sqrt(residualSumOfSquares / residualDf);
    }

    /**
     * @return {@code R² = 1 - RSS/TSS}; when the target is constant ({@code TSS = 0}), 1 for a perfect fit
     *     and 0 otherwise (scikit-learn's convention)
     */
    public double rSquared() {
        if (totalSumOfSquares == 0) {
            return residualSumOfSquares == 0 ? 1.0 : 0.0;
        }
        return 1.0 - residualSumOfSquares / totalSumOfSquares;
    }

    /** @return adjusted {@code R² = 1 - (1 - R²)(n - c)/df}, {@code c} = 1 with intercept, else 0 */
    public double adjustedRSquared() {
        int c = learner.fitIntercept() ? 1 : 0;
        return 1.0 - (1.0 - rSquared()) * (rows - c) / residualDf;
    }

    /** @return the F statistic of the model against the intercept-only model (the zero model without intercept) */
    public double fStatistic() {
        double explained = Math.max(0.0, totalSumOfSquares - residualSumOfSquares) / coefficients.length;
        double s2 = residualSumOfSquares / residualDf;
        return s2 == 0 ? Double.POSITIVE_INFINITY : explained / s2;
    }

    /** @return the p-value of {@link #fStatistic()} on {@code p} and {@code df} degrees of freedom */
    public double fPValue() {
        double f = fStatistic();
        return Double.isInfinite(f) ? 0.0 : FDistribution.of(coefficients.length, residualDf).survivalProbability(f);
    }

    /**
     * @return the Gaussian log-likelihood at the fitted coefficients and the maximum-likelihood variance;
     *     {@code +∞} for a perfect fit
     */
    public double logLikelihood() {
        double n = rows;
        if (residualSumOfSquares == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double inFitUnits = -0.5 * n * (Math.log(2 * Math.PI) + Math.log(residualSumOfSquares / n) + 1)
                + 0.5 * sumLogWeights;
        return inFitUnits + units.logLikelihoodShift(rows);
    }

    /** @return Akaike's information criterion {@code -2 logL + 2k} */
    public double aic() {
        return -2 * logLikelihood() + 2.0 * parameters();
    }

    /** @return the Bayesian (Schwarz) information criterion {@code -2 logL + k log n} */
    public double bic() {
        return -2 * logLikelihood() + Math.log(rows) * parameters();
    }

    /**
     * @return the coefficients' standard errors, one per column
     * @throws ArithmeticException if one lies beyond the double range, naming it
     */
    public double[] standardErrors() {
        double[] se = standardErrorsInFitUnits();
        for (int j = 0; j < se.length; j++) {
            se[j] = LeastSquaresUnits.inDataUnits("standard error of " + columnNames.get(j), se[j], units.exponent(1, j));
        }
        return se;
    }

    private double[] standardErrorsInFitUnits() {
        double s = sigma();
        double[] out = new double[coefficients.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = s * Math.sqrt(scaledInverse[j][j]) / norms[j];
        }
        return out;
    }

    /**
     * @return the intercept's standard error (0 when no intercept is fitted)
     * @throws ArithmeticException if it lies beyond the double range
     */
    public double interceptStandardError() {
        return LeastSquaresUnits.inDataUnits("interceptStandardError", interceptStandardErrorInFitUnits(),
                units.exponent(1));
    }

    private double interceptStandardErrorInFitUnits() {
        if (!learner.fitIntercept()) {
            return 0.0;
        }
        return sigma() * Math.sqrt(1.0 / weightSum + quadratic(xMean));
    }

    /**
     * The covariance matrix of the estimates, {@code s^2 (X^T W X)^-1}.
     *
     * @return {@code k × k}, the intercept first when fitted, then the coefficients in column order
     * @throws ArithmeticException if an entry lies beyond the double range (features of 10^-300 with
     *     targets of 10^300 give variances of about 10^1200), naming it
     */
    public double[][] covariance() {
        double[][] out = covarianceInFitUnits();
        int shift = learner.fitIntercept() ? 1 : 0;
        for (int a = 0; a < out.length; a++) {
            for (int b = 0; b < out.length; b++) {
                out[a][b] = LeastSquaresUnits.inDataUnits("covariance[" + a + "][" + b + "]", out[a][b],
                        units.exponent(2, a - shift, b - shift));
            }
        }
        return out;
    }

    private double[][] covarianceInFitUnits() {
        double s2 = residualSumOfSquares / residualDf;
        int p = coefficients.length;
        int shift = learner.fitIntercept() ? 1 : 0;
        double[][] out = new double[p + shift][p + shift];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                out[a + shift][b + shift] = s2 * (scaledInverse[a][b] / norms[a] / norms[b]);
            }
        }
        if (shift == 1) {
            // b0 = ybar - xbar.b, so Var(b0) = s^2/W + xbar^T Cov(b) xbar and Cov(b0, b) = -Cov(b) xbar
            out[0][0] = s2 * (1.0 / weightSum + quadratic(xMean));
            for (int a = 0; a < p; a++) {
                double s = 0;
                for (int b = 0; b < p; b++) {
                    s += scaledInverse[a][b] * (xMean[b] / norms[b]);
                }
                out[0][a + 1] = -s2 * (s / norms[a]);
                out[a + 1][0] = -s2 * (s / norms[a]);
            }
        }
        return out;
    }

    /** {@code v^T (Xc^T W Xc)^-1 v = u^T M u} with {@code u_j = v_j / ||x_j||}, scale-safe. */
    private double quadratic(double[] v) {
        int p = v.length;
        double[] u = new double[p];
        for (int j = 0; j < p; j++) {
            u[j] = v[j] / norms[j];
        }
        double s = 0;
        for (int a = 0; a < p; a++) {
            double t = 0;
            for (int b = 0; b < p; b++) {
                t += scaledInverse[a][b] * u[b];
            }
            s += u[a] * t;
        }
        return s;
    }

    /**
     * The table of estimates at a 95 % confidence level: {@link #terms(double)} with 0.95.
     *
     * @return one term per parameter, the intercept first when fitted
     */
    public List<Term> terms() {
        return terms(0.95);
    }

    /**
     * The table of estimates: estimate, standard error, t statistic, two-sided p-value and confidence
     * interval of every parameter.
     *
     * @param level the confidence level, in (0, 1)
     * @return one term per parameter, the intercept (named {@value #INTERCEPT}) first when fitted
     */
    public List<Term> terms(double level) {
        Check.inOpenRange("level", level, 0.0, 1.0);
        List<Term> out = new ArrayList<>();
        List<Term> inFitUnits = termsInFitUnits(level);
        for (int i = 0; i < inFitUnits.size(); i++) {
            Term t = inFitUnits.get(i);
            int k = termExponent(i);
            out.add(new Term(t.name(), LeastSquaresUnits.inDataUnits("estimate of " + t.name(), t.estimate(), k),
                    LeastSquaresUnits.inDataUnits("standard error of " + t.name(), t.standardError(), k), t.t(),
                    t.pValue(), LeastSquaresUnits.inDataUnits("lower confidence bound of " + t.name(), t.lower(), k),
                    LeastSquaresUnits.inDataUnits("upper confidence bound of " + t.name(), t.upper(), k)));
        }
        return List.copyOf(out);
    }

    /** The table in the fit's units: t and p are the same in any units, the rest is {@link #termExponent}. */
    private List<Term> termsInFitUnits(double level) {
        TDistribution t = TDistribution.of(residualDf);
        double q = t.inverseSurvivalProbability((1 - level) / 2);
        List<Term> out = new ArrayList<>();
        if (learner.fitIntercept()) {
            out.add(term(INTERCEPT, intercept, interceptStandardErrorInFitUnits(), t, q));
        }
        double[] se = standardErrorsInFitUnits();
        for (int j = 0; j < coefficients.length; j++) {
            out.add(term(columnNames.get(j), coefficients[j], se[j], t, q));
        }
        return out;
    }

    /** @return the exponent that brings term {@code i} of {@link #termsInFitUnits} to the data's units */
    private int termExponent(int i) {
        return units.exponent(1, i - (learner.fitIntercept() ? 1 : 0));
    }

    private static Term term(String name, double estimate, double se, TDistribution t, double q) {
        double stat = se == 0 ? (estimate == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, estimate)) : estimate / se;
        double p = Double.isInfinite(stat) ? 0.0 : 2 * t.survivalProbability(Math.abs(stat));
        return new Term(name, estimate, se, stat, p, estimate - q * se, estimate + q * se);
    }

    /**
     * The variance inflation factor of each column: {@code VIF_j = 1 / (1 - R_j²)}, with {@code R_j²} the
     * R² of column {@code j} regressed on the other columns (and the intercept, when fitted). It is how
     * many times the variance of {@code b_j} exceeds what it would be if column {@code j} were
     * uncorrelated with the others; above 10 is the usual warning sign of multicollinearity. Computed
     * as {@code [(X^T W X)^-1]_jj * (x_j^T W x_j)} on the centred design — the diagonal of the inverse
     * of the columns' correlation matrix — which equals statsmodels' {@code variance_inflation_factor}
     * on a design with a constant column.
     *
     * @return one factor per column, each at least 1
     */
    public double[] varianceInflationFactors() {
        double[] out = new double[coefficients.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = scaledInverse[j][j];
        }
        return out;
    }

    /**
     * The 2-norm condition number of the design as given (with its column of ones when an intercept is
     * fitted, rows weighted by {@code sqrt(w_i)}), {@code sigma_max / sigma_min}: statsmodels' "Cond.
     * No.". Large values (above about 1e3 for standardised data) mean that small changes in the data
     * can move the coefficients a lot. It depends on the units of the columns; the accuracy of the fit
     * depends on the condition of the centred, column-scaled design, which is usually far smaller.
     *
     * @return the condition number, at least 1
     * @throws ArithmeticException if it lies beyond the double range (columns whose magnitudes differ by
     *     more than about 10^300 from one another or from the column of ones)
     */
    public double conditionNumber() {
        if (!Double.isFinite(conditionNumber)) {
            throw new ArithmeticException("conditionNumber must lie within the double range to be returned, got more"
                    + " than about 1.8e308: the design's columns (the column of ones included) differ in magnitude"
                    + " by a factor of about " + LeastSquaresUnits.approximately(1.0, unitSpread()));
        }
        return conditionNumber;
    }

    /** The ratio of the largest to the smallest column unit (1 for the intercept's column), as a power of two. */
    private int unitSpread() {
        int max = learner.fitIntercept() ? 0 : Integer.MIN_VALUE;
        int min = learner.fitIntercept() ? 0 : Integer.MAX_VALUE;
        for (int j = 0; j < coefficients.length; j++) {
            int k = units.exponent(0, j);
            max = Math.max(max, k);
            min = Math.min(min, k);
        }
        return max - min;
    }

    /**
     * Leverage and Cook's distance of each training row. The model keeps none of its training rows, so
     * they are passed again.
     *
     * @param data the training data (the same rows and targets the model was fitted on); not modified
     * @return the diagnostics, one entry per row
     * @throws IllegalArgumentException if the data has the wrong width or no numeric targets, or the
     *     model was fitted with sample weights
     */
    public Influence influence(Dataset data) {
        Check.that(!weighted, "influence(data) is for unweighted fits; pass the sample weights: influence(data, sampleWeights)");
        return influence(data, (double[]) null);
    }

    /**
     * Leverage and Cook's distance of each training row of a weighted fit: leverage
     * {@code h_i = w_i (c/W + (x_i - xbar)^T (X_c^T W X_c)^-1 (x_i - xbar))} (the diagonal of the hat
     * matrix; {@code c} 1 with intercept, else 0 and no centring) and Cook's distance
     * {@code D_i = w_i e_i^2 h_i / (k s^2 (1 - h_i)^2)}: how far all fitted values move when row
     * {@code i} is left out, in units of the estimates' covariance.
     *
     * @param data the training data; not modified
     * @param sampleWeights the weights the model was fitted with, or null for all 1; not modified
     * @return the diagnostics, one entry per row
     * @throws IllegalArgumentException if the data has the wrong width or no numeric targets
     */
    public Influence influence(Dataset data, double[] sampleWeights) {
        Check.columns(data, coefficients.length);
        Check.finiteTargets(data);
        double[] w = WeightedDesign.checkedWeights(sampleWeights, data.rows());
        int n = data.rows();
        int p = coefficients.length;
        double c = learner.fitIntercept() ? 1.0 / weightSum : 0.0;
        double s2 = residualSumOfSquares / residualDf;
        double k = parameters();
        double[] leverage = new double[n];
        double[] cook = new double[n];
        double[] row = new double[p];
        for (int i = 0; i < n; i++) {
            data.copyRow(i, row, 0);
            // in the fit's units, where leverage and Cook's distance are the same ratios
            double[] scaled = units.scaledRow(row);
            double e = units.scaledTarget(data.target(i)) - predictInFitUnits(scaled);
            for (int j = 0; j < p; j++) {
                scaled[j] -= xMean[j];
            }
            double h = w[i] * (c + quadratic(scaled));
            leverage[i] = h;
            cook[i] = w[i] * e * e * h / (k * s2 * (1 - h) * (1 - h));
        }
        return new Influence(leverage, cook);
    }

    /**
     * A readable statistics table in the spirit of statsmodels' {@code summary()}: the fit (rows, R²,
     * adjusted R², F and its p-value, residual standard error, log-likelihood, AIC, BIC, condition
     * number) and one line per parameter. Numbers beyond the double range are written as
     * {@code about 1.000e600} rather than refused.
     *
     * @return the table, several lines
     */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Least squares%s: %d rows, %d parameters, %d residual degrees of freedom%n",
                weighted ? " (weighted)" : "", rows, parameters(), residualDf));
        sb.append(String.format(Locale.ROOT, "R² %.6g   adjusted R² %.6g   F %.6g on %d and %d DF, p-value %.4g%n",
                rSquared(), adjustedRSquared(), fStatistic(), coefficients.length, residualDf, fPValue()));
        sb.append(String.format(Locale.ROOT, "residual standard error %s   log-likelihood %.6g   AIC %.6g   BIC %.6g%n",
                LeastSquaresUnits.text(sigma(), units.exponent(1), "%.6g"), logLikelihood(), aic(), bic()));
        sb.append(Double.isFinite(conditionNumber)
                ? String.format(Locale.ROOT, "condition number %.4g%n", conditionNumber)
                : String.format(Locale.ROOT, "condition number beyond about 1.8e308%n"));
        int width = INTERCEPT.length();
        for (String name : columnNames) {
            width = Math.max(width, name.length());
        }
        sb.append(String.format(Locale.ROOT, "%-" + width + "s %14s %12s %9s %10s %14s %14s%n",
                "term", "estimate", "std. error", "t", "p > |t|", "[0.025", "0.975]"));
        List<Term> terms = termsInFitUnits(0.95);
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            int k = termExponent(i);
            sb.append(String.format(Locale.ROOT, "%-" + width + "s %14s %12s %9.3f %10.4g %14s %14s%n", t.name(),
                    LeastSquaresUnits.text(t.estimate(), k, "%.6g"), LeastSquaresUnits.text(t.standardError(), k, "%.4g"),
                    t.t(), t.pValue(), LeastSquaresUnits.text(t.lower(), k, "%.6g"),
                    LeastSquaresUnits.text(t.upper(), k, "%.6g")));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "LinearRegressionModel(%d coefficients%s, R² %.4f, fitted on %d rows)",
                coefficients.length, learner.fitIntercept()
                        ? ", intercept " + LeastSquaresUnits.text(intercept, units.exponent(1), "%.6g") : ", no intercept",
                rSquared(), rows);
    }

    /**
     * One row of the statistics table.
     *
     * @param name the column's name, or {@value LinearRegressionModel#INTERCEPT}
     * @param estimate the estimate
     * @param standardError its standard error
     * @param t {@code estimate / standardError}
     * @param pValue the two-sided p-value of {@code t} under Student's t with the residual degrees of freedom
     * @param lower the lower end of the confidence interval
     * @param upper the upper end of the confidence interval
     */
    public record Term(String name, double estimate, double standardError, double t, double pValue, double lower,
                       double upper) {
    }

    /**
     * Influence diagnostics of the training rows.
     *
     * @param leverage the diagonal of the hat matrix, each in [0, 1], summing to the number of parameters
     * @param cooksDistance Cook's distance of each row; above about 1 (or {@code 4/n}) marks an
     *     influential row
     */
    public record Influence(double[] leverage, double[] cooksDistance) {

        /**
         * Copies the arrays.
         *
         * @param leverage the leverages
         * @param cooksDistance the distances
         */
        public Influence {
            leverage = leverage.clone();
            cooksDistance = cooksDistance.clone();
        }

        /** @return the leverages, a copy */
        @Override
        public double[] leverage() {
            return leverage.clone();
        }

        /** @return Cook's distances, a copy */
        @Override
        public double[] cooksDistance() {
            return cooksDistance.clone();
        }
    }
}
