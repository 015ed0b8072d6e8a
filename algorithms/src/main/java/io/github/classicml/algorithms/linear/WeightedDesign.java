package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

/**
 * The training data of a linear model as the solvers need it: the rows of {@code X} and {@code y},
 * centred by their weighted means when an intercept is fitted, and multiplied by the square root of
 * their sample weights, so that the weighted problem {@code min sum_i w_i (y_i - b0 - x_i.b)^2} becomes
 * the plain least-squares problem {@code min ||y~ - X~ b||^2} and the intercept follows as
 * {@code b0 = ybar - xbar.b} (the intercept is never penalised).
 *
 * <p>Package-private: shared by every linear learner of this package.
 */
final class WeightedDesign {

    final int rows;
    final int columns;
    final boolean intercept;
    /** Row-major, {@code rows × columns}: {@code sqrt(w_i) (x_ij - xbar_j)}. */
    final double[] x;
    /** {@code sqrt(w_i) (y_i - ybar)}. */
    final double[] y;
    /** The weighted column means (zeros without intercept). */
    final double[] xMean;
    /** The weighted target mean (0 without intercept). */
    final double yMean;
    /** The sample weights (all 1 when none were given). */
    final double[] weights;
    final double weightSum;
    final boolean weighted;

    private WeightedDesign(int rows, int columns, boolean intercept, double[] x, double[] y, double[] xMean,
                           double yMean, double[] weights, double weightSum, boolean weighted) {
        this.rows = rows;
        this.columns = columns;
        this.intercept = intercept;
        this.x = x;
        this.y = y;
        this.xMean = xMean;
        this.yMean = yMean;
        this.weights = weights;
        this.weightSum = weightSum;
        this.weighted = weighted;
    }

    /**
     * Checks the data and weights and builds the centred, weighted design.
     *
     * @param data rows with finite features and numeric finite targets; not modified
     * @param sampleWeights one non-negative finite weight per row with a positive sum, or null for all 1
     * @param intercept whether to centre
     * @return the design
     */
    static WeightedDesign of(Dataset data, double[] sampleWeights, boolean intercept) {
        Check.notNull("data", data);
        Check.minRows(data, 1);
        Check.finiteTargets(data);
        Check.finiteFeatures(data);
        int n = data.rows();
        int p = data.columns();
        double[] w = checkedWeights(sampleWeights, n);
        boolean weighted = sampleWeights != null;
        double[] x = data.features();
        double[] y = data.targets();
        double wSum = 0;
        for (double v : w) {
            wSum += v;
        }
        double[] xMean = new double[p];
        double yMean = 0;
        if (intercept) {
            yMean = means(x, y, w, wSum, xMean);
        }
        for (int i = 0; i < n; i++) {
            double s = weighted ? Math.sqrt(w[i]) : 1.0;
            int o = i * p;
            for (int j = 0; j < p; j++) {
                x[o + j] = s * (x[o + j] - xMean[j]);
            }
            y[i] = s * (y[i] - yMean);
        }
        return new WeightedDesign(n, p, intercept, x, y, xMean, yMean, w, wSum, weighted);
    }

    /**
     * Weighted column and target means in one pass over data shifted by the first row
     * ({@code mean = x_0 + sum_i w_i (x_i - x_0) / W}), accurate for columns far from 0: the shifted
     * values are small where the column varies little.
     *
     * @param x row-major features; not modified
     * @param y targets; not modified
     * @param w weights
     * @param weightSum their sum
     * @param xMean receives the column means
     * @return the target mean
     */
    static double means(double[] x, double[] y, double[] w, double weightSum, double[] xMean) {
        int n = y.length;
        int p = xMean.length;
        double[] sum = new double[p];
        double ySum = 0;
        double y0 = y[0];
        for (int i = 0, o = 0; i < n; i++, o += p) {
            double wi = w[i];
            for (int j = 0; j < p; j++) {
                sum[j] += wi * (x[o + j] - x[j]);
            }
            ySum += wi * (y[i] - y0);
        }
        for (int j = 0; j < p; j++) {
            xMean[j] = x[j] + sum[j] / weightSum;
        }
        return y0 + ySum / weightSum;
    }

    /**
     * @param sampleWeights the weights or null
     * @param rows the number of rows
     * @return a copy of the weights, or ones
     */
    static double[] checkedWeights(double[] sampleWeights, int rows) {
        if (sampleWeights == null) {
            double[] ones = new double[rows];
            java.util.Arrays.fill(ones, 1.0);
            return ones;
        }
        Check.that(sampleWeights.length == rows,
                () -> "sampleWeights has " + sampleWeights.length + " entries but data has " + rows + " rows");
        double sum = 0;
        for (int i = 0; i < sampleWeights.length; i++) {
            double v = sampleWeights[i];
            if (!(v >= 0) || Double.isInfinite(v)) {
                final int row = i;
                Check.that(false, () -> "sampleWeights must be finite and >= 0; row " + row + " is " + Check.format(v));
            }
            sum += v;
        }
        double total = sum;
        Check.that(total > 0, () -> "sampleWeights must have a positive sum, got " + Check.format(total));
        return sampleWeights.clone();
    }
}
