package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.internal.Parallel;
import io.github.classicml.core.internal.linalg.Gram;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Ordinary least squares: the linear model {@code y ≈ b0 + x.b} whose coefficients minimise the
 * (optionally weighted) sum of squared residuals {@code sum_i w_i (y_i - b0 - x_i.b)^2} — scikit-learn's
 * {@code LinearRegression}, with the statistics table of statsmodels' {@code OLS}/{@code WLS}.
 *
 * <p>How it works: with an intercept the columns and the target are centred by their weighted means,
 * which removes the intercept from the problem ({@code b0 = ybar - xbar.b}) and removes the largest
 * source of ill-conditioning (a column far from 0 is nearly parallel to the constant column); rows are
 * weighted by {@code sqrt(w_i)}. Two solvers give the same answer to working accuracy:
 * <ol>
 *   <li>When there are at least twice as many rows as columns, one blocked pass forms the Gram matrix
 *       {@code X^T W X} of the centred design (with {@code X^T W y}), scales it to unit diagonal and
 *       computes its condition number; if that is at most 1e8 it is factored by Cholesky. The normal
 *       equations square the condition number, which is why this path is only taken when the squared
 *       condition still leaves about 8 digits, and is followed by a refinement step.</li>
 *   <li>Otherwise — ill-conditioned, a zero column, or few rows — each column is scaled to unit length
 *       and the design is factored by Householder QR with column pivoting ({@code X P = Q R}); the
 *       coefficients solve {@code R u = (Q^T y)_{1..p}}, never the normal equations.</li>
 * </ol>
 * Either way the solution is then refined: the residuals of the original, uncentred rows are computed
 * in twice the working precision (Ogita, Rump and Oishi's Dot2) and the least-squares correction they call
 * for is added. On the NIST StRD linear-regression sets this gives at least 13 correct digits for every
 * certified value (the design notes tabulate how the accuracy falls with the condition number).
 *
 * <p>Rank deficiency: when a column is (numerically) a linear combination of the others — or constant,
 * when an intercept is fitted — the coefficients are not identifiable and their standard errors do not
 * exist, so {@code fit} throws an {@link IllegalArgumentException} that states the numerical rank and
 * names the dependent columns (those pivoted last), rather than returning scikit-learn's minimum-norm
 * solution. The same rule covers more columns than rows: OLS needs more rows than parameters (at
 * least one residual degree of freedom); use {@link Ridge}, {@link Lasso} or {@link ElasticNet} there.
 *
 * <p>Magnitudes near the ends of the double range: a column or target whose largest magnitude lies
 * beyond {@code 2^±256} is fitted multiplied by an exact power of two (ordinary data as they are), so
 * that features and targets of 10^±300 give the model of the same data at ordinary magnitudes, every
 * statistic exactly transformed; see {@link LinearRegressionModel} for what each getter reports.
 *
 * <p>Cost: {@code n p^2 / 2} multiply-adds for the Gram pass (split over {@code threads}), or
 * {@code 2 n p^2} for the QR; {@code O(n p)} memory for a copy of the design.
 *
 * <p>Reference: G. H. Golub, C. F. Van Loan, <i>Matrix Computations</i>, 4th ed., 2013, sections 5.3
 * and 5.4; N. J. Higham, <i>Accuracy and Stability of Numerical Algorithms</i>, 2nd ed., 2002, chapter
 * 20 (least squares and iterative refinement); B. D. McCullough, "Assessing the reliability of
 * statistical software", The American Statistician 52 (1998).
 *
 * @param fitIntercept whether to fit the intercept {@code b0} (unpenalised, by centring); default true.
 *     Without it the model passes through the origin and R² is uncentred, as in statsmodels.
 * @param threads threads for the pass over the data that forms the Gram matrix, at least 0; 0 (the
 *     default) means one per available processor; affects speed only (the work is split the same way
 *     whatever the count, so the model is identical)
 * @see LinearRegressionModel
 */
public record LinearRegression(boolean fitIntercept, int threads) implements Learner<LinearRegressionModel> {

    /**
     * Validates the hyperparameters.
     *
     * @param fitIntercept whether to fit the intercept
     * @param threads threads for the Gram pass, at least 0 (0: one per available processor)
     */
    public LinearRegression {
        Check.atLeast("threads", threads, 0);
    }

    /** @return ordinary least squares with an intercept (scikit-learn's default), all processors */
    public static LinearRegression of() {
        return new LinearRegression(true, 0);
    }

    /**
     * @param value whether to fit the intercept
     * @return a copy with that setting
     */
    public LinearRegression withFitIntercept(boolean value) {
        return new LinearRegression(value, threads);
    }

    /**
     * @param value threads for the Gram pass, at least 0 (0: one per available processor); affects speed only
     * @return a copy with that thread count
     */
    public LinearRegression withThreads(int value) {
        return new LinearRegression(fitIntercept, value);
    }

    /**
     * Fits with every row weighted 1.
     *
     * @param data rows with finite features and finite numeric targets, more rows than parameters;
     *     not modified
     * @return the model
     * @throws IllegalArgumentException if the data is unsuitable or the columns are linearly dependent
     */
    @Override
    public LinearRegressionModel fit(Dataset data) {
        return fit(data, (double[]) null);
    }

    /**
     * Fits weighted least squares: row {@code i} counts {@code sampleWeights[i]} times (scikit-learn's
     * {@code sample_weight}; the statistics follow statsmodels' {@code WLS}).
     *
     * @param data rows with finite features and finite numeric targets, more rows than parameters;
     *     not modified
     * @param sampleWeights one finite weight {@code >= 0} per row, with a positive sum, or null for all 1;
     *     not modified
     * @return the model
     * @throws IllegalArgumentException if the data or weights are unsuitable or the columns are
     *     linearly dependent
     */
    public LinearRegressionModel fit(Dataset data, double[] sampleWeights) {
        return fit(data, sampleWeights, true);
    }

    /**
     * @param normalEquations whether the Gram + Cholesky path may be tried (false: always pivoted QR)
     */
    LinearRegressionModel fit(Dataset data, double[] sampleWeights, boolean normalEquations) {
        Check.notNull("data", data);
        Check.minRows(data, 1);
        Check.finiteTargets(data);
        int n = data.rows();
        int p = data.columns();
        double[] x = data.features();
        double[] largest = LeastSquaresUnits.checkedColumnMaxima(data, x);
        int parameters = p + (fitIntercept ? 1 : 0);
        Check.that(n > parameters, () -> "data must have more rows than the model has parameters ("
                + parameters + (fitIntercept ? ": " + p + " coefficients and the intercept" : "")
                + "), got " + n + "; use Ridge, Lasso or ElasticNet when columns outnumber rows");
        double[] w = WeightedDesign.checkedWeights(sampleWeights, n);
        boolean weighted = sampleWeights != null;
        if (weighted) {
            checkWeightScale(w);
        }
        double[] y = data.targets();
        // columns and targets beyond 2^±256 are fitted in exact power-of-two units (ordinary data as they are)
        LeastSquaresUnits units = LeastSquaresUnits.of(largest, y);
        if (!units.isOne()) {
            units.scale(x, y);
            data = Dataset.ofRowMajor(x, p).withColumnNames(data.columnNames()).withTargets(y, data.targetName());
        }
        double weightSum = CompensatedSums.sum(w);
        double[] xMean = new double[p];
        double yMean = 0;
        if (fitIntercept) {
            yMean = WeightedDesign.means(x, y, w, weightSum, xMean);
        }
        NormalEquations normal = null;
        try (Parallel parallel = Parallel.of(n <= Gram.CHUNK_ROWS ? 1 : threads)) {
            if (normalEquations && n >= 2 * p) {
                normal = NormalEquations.tryFactor(x, n, p, xMean, y, yMean, weighted ? w : null, parallel);
            }
            if (normal != null) {
                return fitNormal(data, units, normal, x, y, w, weighted, xMean, yMean, weightSum, parallel);
            }
        }
        WeightedDesign design = WeightedDesign.of(data, sampleWeights, fitIntercept);
        PivotedQr qr = PivotedQr.of(design.x, n, p);
        if (!qr.fullRank()) {
            throw new IllegalArgumentException(dependenceMessage(data, qr, fitIntercept));
        }
        double[] b = qr.solve(design.y);
        double[] squares = new double[n];
        for (int i = 0; i < n; i++) {
            squares[i] = design.y[i] * design.y[i];
        }
        double tss = CompensatedSums.sum(squares);
        double b0 = fitIntercept ? yMean - dot(xMean, b) : 0.0;
        // two steps of iterative refinement on the original rows, residuals in twice the working precision
        double[] residuals = new double[n];
        for (int step = 0; step < 2; step++) {
            residuals(x, y, b0, b, residuals);
            double mean = fitIntercept ? weightedMean(residuals, w) / weightSum : 0.0;
            double[] rhs = new double[n];
            for (int i = 0; i < n; i++) {
                double s = weighted ? Math.sqrt(w[i]) : 1.0;
                rhs[i] = s * (residuals[i] - mean);
            }
            double[] delta = qr.solve(rhs);
            for (int j = 0; j < p; j++) {
                b[j] += delta[j];
            }
            if (fitIntercept) {
                b0 += mean - dot(xMean, delta);
            }
        }
        residuals(x, y, b0, b, residuals);
        return finish(data, units, b0, b, residuals, tss, n, w, weighted, xMean, weightSum,
                qr.factorization(xMean, weightSum, fitIntercept, units));
    }

    /** The Gram path: solve, one refinement step (in parallel chunks), statistics. */
    private LinearRegressionModel fitNormal(Dataset data, LeastSquaresUnits units, NormalEquations normal, double[] x, double[] y, double[] w,
                                            boolean weighted, double[] xMean, double yMean, double weightSum,
                                            Parallel parallel) {
        int n = y.length;
        int p = xMean.length;
        double[] b = normal.solve(normal.xty());
        double b0 = fitIntercept ? yMean - dot(xMean, b) : 0.0;
        double[] residuals = new double[n];
        // residuals in twice the working precision and sum_i w_i (x_i - xbar) r_i, chunk by chunk in a fixed
        // split (sum_i w_i (x_i - xbar) = 0 makes centring r unnecessary)
        int chunks = (n + Gram.CHUNK_ROWS - 1) / Gram.CHUNK_ROWS;
        double[][] partial = new double[chunks][];
        double b0Start = b0;
        double[] bStart = b;
        parallel.forEach(chunks, c -> partial[c] = refinementPass(x, y, p, b0Start, bStart, xMean, w, residuals,
                c * Gram.CHUNK_ROWS, Math.min(n, (c + 1) * Gram.CHUNK_ROWS)));
        double[] g = new double[p];
        for (double[] part : partial) {
            for (int j = 0; j < p; j++) {
                g[j] += part[j];
            }
        }
        double mean = fitIntercept ? weightedMean(residuals, w) / weightSum : 0.0;
        double[] delta = normal.solve(g);
        double[] refined = b.clone();
        for (int j = 0; j < p; j++) {
            refined[j] += delta[j];
        }
        double delta0 = fitIntercept ? mean - dot(xMean, delta) : 0.0;
        // the new residuals are the old minus the (small) correction, in plain arithmetic
        parallel.forEach(chunks, c -> {
            int end = Math.min(n, (c + 1) * Gram.CHUNK_ROWS);
            for (int i = c * Gram.CHUNK_ROWS, o = i * p; i < end; i++, o += p) {
                double s = delta0;
                for (int j = 0; j < p; j++) {
                    s += x[o + j] * delta[j];
                }
                residuals[i] -= s;
            }
        });
        return finish(data, units, b0 + delta0, refined, residuals, normal.yty(), n, w, weighted, xMean, weightSum,
                normal.factorization(xMean, weightSum, fitIntercept, units));
    }

    private LinearRegressionModel finish(Dataset data, LeastSquaresUnits units, double b0, double[] b, double[] residuals, double tss, int n,
                                         double[] w, boolean weighted, double[] xMean, double weightSum,
                                         Factorization factorization) {
        double[] terms = new double[n];
        for (int i = 0; i < n; i++) {
            terms[i] = w[i] * residuals[i] * residuals[i];
        }
        double rss = CompensatedSums.sum(terms);
        return new LinearRegressionModel(this, data.columnNames(), units, b0, b, rss, tss, n, w, weighted, xMean,
                weightSum, factorization);
    }

    /**
     * Computes the residuals {@code r_i = y_i - b0 - x_i.b} in twice the working precision into
     * {@code out}, and returns {@code sum_i w_i (x_i - xbar) r_i}, the right-hand side of a refinement step.
     */
    private static double[] refinementPass(double[] x, double[] y, int p, double b0, double[] b, double[] xMean,
                                           double[] w, double[] out, int from, int to) {
        double[] g = new double[p];
        for (int i = from, o = from * p; i < to; i++, o += p) {
            double r = CompensatedSums.residual(y[i], b0, x, o, b);
            out[i] = r;
            double wr = w[i] * r;
            for (int j = 0; j < p; j++) {
                g[j] += (x[o + j] - xMean[j]) * wr;
            }
        }
        return g;
    }

    private static String dependenceMessage(Dataset data, PivotedQr qr, boolean intercept) {
        List<Integer> dependent = qr.dependentColumns();
        String names = dependent.stream().map(data::columnName).collect(Collectors.joining(", "));
        return "features are linearly dependent (rank " + qr.rank + " of " + qr.columns + " columns"
                + (qr.rows < qr.columns ? ", more columns than rows" : "") + "): " + names
                + (dependent.size() == 1 ? " depends" : " depend") + " linearly on the other columns"
                + (intercept ? " and the intercept" : "") + "; drop " + (dependent.size() == 1 ? "it" : "them")
                + " or use Ridge";
    }

    private static void residuals(double[] x, double[] y, double b0, double[] b, double[] out) {
        int p = b.length;
        for (int i = 0; i < y.length; i++) {
            out[i] = CompensatedSums.residual(y[i], b0, x, i * p, b);
        }
    }

    /**
     * The weighted sums of squares and the Gram matrix are kept in the weights' own units (they are
     * reported: RSS, log-likelihood), so the weights must leave them room: a sum of at most 2^1020, so that
     * {@code sum_i w_i x_i^2} of columns in their units (below 4) stays finite, and a largest weight of at
     * least {@link Double#MIN_NORMAL}, below which the weights are subnormal and carry fewer than 53 bits.
     * Multiplying every weight by one factor changes no coefficient and no standard error.
     *
     * @throws IllegalArgumentException naming the sum or the largest weight and the remedy
     */
    private static void checkWeightScale(double[] w) {
        double largest = 0;
        for (double v : w) {
            largest = Math.max(largest, v);
        }
        double sum = CompensatedSums.sum(w);
        double top = largest;
        Check.that(sum <= 0x1p1020 && top >= Double.MIN_NORMAL, () -> "sampleWeights must have a sum of at most "
                + "2^1020 (about 1.1e307) and a largest weight of at least 2^-1022 (about 2.2e-308), got a sum of "
                + Check.format(sum) + " and a largest weight of " + Check.format(top) + "; multiply them by a common "
                + "factor: the coefficients and their standard errors do not change (the weighted sums of squares "
                + "and the log-likelihood do)");
    }

    private static double weightedMean(double[] values, double[] weights) {
        double[] terms = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            terms[i] = weights[i] * values[i];
        }
        return CompensatedSums.sum(terms);
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
