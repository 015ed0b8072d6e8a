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
 * <p>Immutable and safe for concurrent use; keeps {@code O(p^2)} numbers, none of the training rows.
 *
 * @see LinearRegression
 */
public final class LinearRegressionModel implements Regressor {

    /** The name of the intercept's row in {@link #terms()}. */
    public static final String INTERCEPT = "intercept";

    private final LinearRegression learner;
    private final List<String> columnNames;
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

    LinearRegressionModel(LinearRegression learner, List<String> columnNames, double intercept, double[] coefficients,
                          double residualSumOfSquares, double totalSumOfSquares, int rows, double[] weights,
                          boolean weighted, double[] xMean, double weightSum, Factorization factorization) {
        this(learner, columnNames, intercept, coefficients, residualSumOfSquares, totalSumOfSquares, rows,
                sumOfLogs(weights, weighted), weighted, xMean, weightSum, factorization);
    }

    /** The state itself, as fitting computes it or a model file holds it. */
    LinearRegressionModel(LinearRegression learner, List<String> columnNames, double intercept, double[] coefficients,
                          double residualSumOfSquares, double totalSumOfSquares, int rows, double sumLogWeights,
                          boolean weighted, double[] xMean, double weightSum, Factorization factorization) {
        this.learner = learner;
        this.columnNames = List.copyOf(columnNames);
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

    @Override
    public double predict(double[] row) {
        Check.finiteRow(row, coefficients.length);
        double s = intercept;
        for (int j = 0; j < row.length; j++) {
            s += coefficients[j] * row[j];
        }
        return s;
    }

    /** @return the intercept {@code b0} (0 when not fitted) */
    public double intercept() {
        return intercept;
    }

    /** @return the coefficients {@code b}, one per column, a copy */
    public double[] coefficients() {
        return coefficients.clone();
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

    /** @return {@code RSS = sum w_i e_i^2} */
    public double residualSumOfSquares() {
        return residualSumOfSquares;
    }

    /** @return the residual standard error {@code s = sqrt(RSS / df)} (NIST's "residual standard deviation") */
    public double residualStandardError() {
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
        return -0.5 * n * (Math.log(2 * Math.PI) + Math.log(residualSumOfSquares / n) + 1) + 0.5 * sumLogWeights;
    }

    /** @return Akaike's information criterion {@code -2 logL + 2k} */
    public double aic() {
        return -2 * logLikelihood() + 2.0 * parameters();
    }

    /** @return the Bayesian (Schwarz) information criterion {@code -2 logL + k log n} */
    public double bic() {
        return -2 * logLikelihood() + Math.log(rows) * parameters();
    }

    /** @return the coefficients' standard errors, one per column */
    public double[] standardErrors() {
        double s = residualStandardError();
        double[] out = new double[coefficients.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = s * Math.sqrt(scaledInverse[j][j]) / norms[j];
        }
        return out;
    }

    /** @return the intercept's standard error (0 when no intercept is fitted) */
    public double interceptStandardError() {
        if (!learner.fitIntercept()) {
            return 0.0;
        }
        return residualStandardError() * Math.sqrt(1.0 / weightSum + quadratic(xMean));
    }

    /**
     * The covariance matrix of the estimates, {@code s^2 (X^T W X)^-1}.
     *
     * @return {@code k × k}, the intercept first when fitted, then the coefficients in column order
     */
    public double[][] covariance() {
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
        TDistribution t = TDistribution.of(residualDf);
        double q = t.inverseSurvivalProbability((1 - level) / 2);
        List<Term> out = new ArrayList<>();
        if (learner.fitIntercept()) {
            out.add(term(INTERCEPT, intercept, interceptStandardError(), t, q));
        }
        double[] se = standardErrors();
        for (int j = 0; j < coefficients.length; j++) {
            out.add(term(columnNames.get(j), coefficients[j], se[j], t, q));
        }
        return List.copyOf(out);
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
     */
    public double conditionNumber() {
        return conditionNumber;
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
            double e = data.target(i) - predict(row);
            for (int j = 0; j < p; j++) {
                row[j] -= xMean[j];
            }
            double h = w[i] * (c + quadratic(row));
            leverage[i] = h;
            cook[i] = w[i] * e * e * h / (k * s2 * (1 - h) * (1 - h));
        }
        return new Influence(leverage, cook);
    }

    /**
     * A readable statistics table in the spirit of statsmodels' {@code summary()}: the fit (rows, R²,
     * adjusted R², F and its p-value, residual standard error, log-likelihood, AIC, BIC, condition
     * number) and one line per parameter.
     *
     * @return the table, several lines
     */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Least squares%s: %d rows, %d parameters, %d residual degrees of freedom%n",
                weighted ? " (weighted)" : "", rows, parameters(), residualDf));
        sb.append(String.format(Locale.ROOT, "R² %.6g   adjusted R² %.6g   F %.6g on %d and %d DF, p-value %.4g%n",
                rSquared(), adjustedRSquared(), fStatistic(), coefficients.length, residualDf, fPValue()));
        sb.append(String.format(Locale.ROOT, "residual standard error %.6g   log-likelihood %.6g   AIC %.6g   BIC %.6g%n",
                residualStandardError(), logLikelihood(), aic(), bic()));
        sb.append(String.format(Locale.ROOT, "condition number %.4g%n", conditionNumber));
        int width = INTERCEPT.length();
        for (String name : columnNames) {
            width = Math.max(width, name.length());
        }
        sb.append(String.format(Locale.ROOT, "%-" + width + "s %14s %12s %9s %10s %14s %14s%n",
                "term", "estimate", "std. error", "t", "p > |t|", "[0.025", "0.975]"));
        for (Term t : terms()) {
            sb.append(String.format(Locale.ROOT, "%-" + width + "s %14.6g %12.4g %9.3f %10.4g %14.6g %14.6g%n",
                    t.name(), t.estimate(), t.standardError(), t.t(), t.pValue(), t.lower(), t.upper()));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "LinearRegressionModel(%d coefficients%s, R² %.4f, fitted on %d rows)",
                coefficients.length, learner.fitIntercept() ? String.format(Locale.ROOT, ", intercept %.6g", intercept) : ", no intercept",
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
