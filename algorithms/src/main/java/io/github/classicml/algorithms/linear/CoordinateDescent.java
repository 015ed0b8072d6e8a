package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Progress;
import io.github.classicml.core.ProgressListener;
import io.github.classicml.core.internal.linalg.Scaling;

/**
 * Cyclic coordinate descent for the elastic net on a centred design, in scikit-learn's scaling:
 * minimise {@code 1/2 ||y - X w||^2 + l1 ||w||_1 + l2/2 ||w||^2} with {@code l1 = n alpha rho} and
 * {@code l2 = n alpha (1 - rho)} (the objective of {@link ElasticNet} times {@code n}).
 *
 * <p>Each sweep updates every coefficient in turn to its exact minimiser with the others held fixed —
 * a soft threshold: {@code w_j = S(x_j^T r_j, l1) / (||x_j||^2 + l2)}, with {@code r_j} the residual
 * without column {@code j}'s contribution — keeping the residual up to date ({@code O(n)} per
 * coordinate). When the largest change of a sweep is small relative to the largest coefficient
 * ({@code < tol}), the duality gap is computed; the fit stops when it falls below {@code tol ||y||^2}.
 *
 * <p>Units: the design and target arrive in the power-of-two units of {@link LeastSquaresUnits} (column
 * {@code j} times {@code 2^c_j}, the target times {@code 2^t}; every unit 1 for data within
 * {@code 2^±256}), so that {@code ||y||^2}, the gap and every sum of squares lie well inside the double
 * range whatever the data's magnitude, and the stopping test {@code gap < tol ||y||^2}, a ratio of two
 * quantities of the target's squared unit, is the same test as in the data's units. In these units the
 * coefficients are {@code w'_j = w_j 2^(t - c_j)} and the problem is the same problem with per-column
 * penalties {@code l1_j = l1 2^(t + c_j)} and {@code l2_j = l2 2^(2 c_j)} (substitute and multiply the
 * objective by {@code 2^2t}); with every unit 1 these are {@code l1} and {@code l2}, bit for bit. A
 * penalty that overflows (a column far smaller than its penalty) zeroes that coefficient, as its exact
 * value would; one that underflows is negligible beside the data.
 *
 * <p>Reference: J. Friedman, T. Hastie, R. Tibshirani, "Regularization paths for generalized linear
 * models via coordinate descent", J. Statist. Software 33 (2010); the duality gap of S.-J. Kim et al.,
 * "An interior-point method for large-scale l1-regularized least squares", IEEE J. Sel. Topics Signal
 * Process. 1 (2007), as scikit-learn uses it.
 */
final class CoordinateDescent {

    /** The outcome of one fit. */
    record Result(double[] coefficients, int iterations, double dualityGap, boolean converged) {
    }

    private final int rows;
    private final int columns;
    /** Column-major: column {@code j} at {@code [j * rows, (j + 1) * rows)}. */
    private final double[] x;
    private final double[] y;
    private final double[] columnSquares;
    private final double yy;
    /** {@code c_j}: the design's column {@code j} is the data's times {@code 2^c_j}. */
    private final int[] columnExponents;
    /** {@code t}: the design's target is the data's times {@code 2^t}. */
    private final int targetExponent;
    private final boolean unitsOne;

    /**
     * @param design the centred (weighted) design, in the units {@code units}; read, not modified
     * @param units the power-of-two units of the columns and the target
     */
    CoordinateDescent(WeightedDesign design, LeastSquaresUnits units) {
        this.columnExponents = units.columnExponents();
        this.targetExponent = units.targetExponent();
        this.unitsOne = units.isOne();
        this.rows = design.rows;
        this.columns = design.columns;
        this.x = new double[rows * columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                x[j * rows + i] = design.x[i * columns + j];
            }
        }
        this.y = design.y.clone();
        this.columnSquares = new double[columns];
        for (int j = 0; j < columns; j++) {
            columnSquares[j] = dot(j, x, j);
        }
        double s = 0;
        for (double v : y) {
            s += v * v;
        }
        this.yy = s;
    }

    /**
     * @return {@code max_j |x_j^T y|} in the data's units, the smallest {@code n alpha rho} that zeroes every
     *     coefficient
     * @throws ArithmeticException if it lies beyond the double range, above it or below the normal numbers
     *     because of the units (then so do the penalties of a path)
     */
    double maxCorrelation() {
        double max = 0;
        int top = 0;
        for (int j = 0; j < columns; j++) {
            double s = 0;
            int o = j * rows;
            for (int i = 0; i < rows; i++) {
                s += x[o + i] * y[i];
            }
            // x_j^T y in the data's units is s 2^-(c_j + t): compare magnitudes as mantissa and exponent
            s = Math.abs(s);
            int k = -(columnExponents[j] + targetExponent);
            if (s != 0 && (max == 0 || Scaling.exponent(s) + k > Scaling.exponent(max) + top
                    || Scaling.exponent(s) + k == Scaling.exponent(max) + top && Math.scalb(s, k - top) > max)) {
                max = s;
                top = k;
            }
        }
        double out = Math.scalb(max, top);
        if (Double.isInfinite(out) || max != 0 && top < Double.MIN_EXPONENT && out < Double.MIN_NORMAL) {
            throw new ArithmeticException("max_j |x_j^T (y - ybar)| must lie within the double range for a penalty"
                    + " path, got about " + LeastSquaresUnits.approximately(max, top)
                    + "; rescale the columns or the target");
        }
        return out;
    }

    /**
     * Runs coordinate descent from {@code start}.
     *
     * @param alpha the penalty strength
     * @param rho the share of L1 in the penalty
     * @param start the initial coefficients (warm start); not modified
     * @param maxIterations the most sweeps
     * @param tolerance scikit-learn's {@code tol}
     * @param listener receives one step per sweep
     * @param round the round to report (the position on a path)
     * @param rounds the number of rounds
     * @return the coefficients and the convergence report
     */
    Result run(double alpha, double rho, double[] start, int maxIterations, double tolerance,
               ProgressListener listener, int round, int rounds) {
        // the penalties of the data's units, l1 in the target's unit; per column in these units
        double l1 = Math.scalb(alpha, targetExponent) * rho * rows;
        double l2 = alpha * (1 - rho) * rows;
        double[] l1s = new double[columns];
        double[] l2s = new double[columns];
        for (int j = 0; j < columns; j++) {
            l1s[j] = Math.scalb(l1, columnExponents[j]);
            l2s[j] = Math.scalb(l2, 2 * columnExponents[j]);
        }
        double[] w = start.clone();
        double[] r = y.clone();
        for (int j = 0; j < columns; j++) {
            if (w[j] != 0) {
                axpy(-w[j], j, r);
            }
        }
        double gapTolerance = tolerance * yy;
        double gap = Double.POSITIVE_INFINITY;
        boolean converged = false;
        int sweep = 0;
        while (sweep < maxIterations) {
            sweep++;
            double wMax = 0;
            double dwMax = 0;
            for (int j = 0; j < columns; j++) {
                if (columnSquares[j] == 0) {
                    continue;
                }
                double old = w[j];
                if (old != 0) {
                    axpy(old, j, r);
                }
                double t = dot(j, x, r);
                double shrunk = Math.abs(t) - l1s[j];
                double value = shrunk > 0 ? Math.copySign(shrunk, t) / (columnSquares[j] + l2s[j]) : 0.0;
                w[j] = value;
                if (value != 0) {
                    axpy(-value, j, r);
                }
                dwMax = Math.max(dwMax, Math.abs(value - old));
                wMax = Math.max(wMax, Math.abs(value));
            }
            boolean check = wMax == 0 || dwMax / wMax < tolerance || sweep == maxIterations;
            if (check) {
                gap = dualityGap(w, r, l1, l2, l2s);
            }
            if (listener != ProgressListener.NONE) {
                listener.onStep(new Progress(round, rounds, sweep, maxIterations, objective(w, r, alpha, rho, l1, l2), dwMax));
            }
            if (check && gap < gapTolerance) {
                converged = true;
                break;
            }
        }
        return new Result(w, sweep, gap, converged);
    }

    /**
     * The duality gap of the scaled problem at {@code w} with residual {@code r}, in the units of the
     * design: with per-column penalties {@code l1 2^c_j} and {@code l2 2^2c_j}, the dual point is
     * {@code r} times {@code min(1, l1 / max_j |x_j^T r - l2_j w_j| 2^-c_j)} and the penalties of the primal
     * are {@code l1 sum_j |w_j 2^c_j|} and {@code l2 sum_j (w_j 2^c_j)^2} (Kim et al.'s gap with weighted
     * norms); with every unit 1 this is scikit-learn's formula, term for term.
     */
    private double dualityGap(double[] w, double[] r, double l1, double l2, double[] l2s) {
        double dualNorm = 0;
        for (int j = 0; j < columns; j++) {
            double g = Math.abs(dot(j, x, r) - (w[j] == 0 ? 0.0 : l2s[j] * w[j]));
            dualNorm = Math.max(dualNorm, Math.scalb(g, -columnExponents[j]));
        }
        double rr = 0;
        double ry = 0;
        for (int i = 0; i < rows; i++) {
            rr += r[i] * r[i];
            ry += r[i] * y[i];
        }
        double ww = 0;
        double l1Norm = 0;
        for (int j = 0; j < columns; j++) {
            double v = Math.scalb(w[j], columnExponents[j]);
            ww += v * v;
            l1Norm += Math.abs(v);
        }
        double c;
        double gap;
        if (dualNorm > l1) {
            c = l1 / dualNorm;
            gap = 0.5 * (rr + rr * c * c);
        } else {
            c = 1.0;
            gap = rr;
        }
        // a zero norm adds nothing, whatever its penalty (which may be infinite)
        return gap + (l1Norm == 0 ? 0.0 : l1 * l1Norm) - c * ry + (ww == 0 ? 0.0 : 0.5 * l2 * (1 + c * c) * ww);
    }

    /**
     * The unscaled objective {@code 1/(2n) ||r||^2 + alpha (rho ||w||_1 + (1 - rho)/2 ||w||^2)}; when the
     * units are not 1, that of the problem in the design's units (the data's times {@code 2^2t}), which
     * stays within the double range where the data's may not.
     */
    private double objective(double[] w, double[] r, double alpha, double rho, double l1, double l2) {
        double rr = 0;
        for (double v : r) {
            rr += v * v;
        }
        double l1Norm = 0;
        double ww = 0;
        for (int j = 0; j < columns; j++) {
            double v = Math.scalb(w[j], columnExponents[j]);
            l1Norm += Math.abs(v);
            ww += v * v;
        }
        if (unitsOne) {
            return rr / (2.0 * rows) + alpha * (rho * l1Norm + 0.5 * (1 - rho) * ww);
        }
        return rr / (2.0 * rows) + ((l1Norm == 0 ? 0.0 : l1 * l1Norm) + (ww == 0 ? 0.0 : 0.5 * l2 * ww)) / rows;
    }

    private double dot(int j, double[] a, double[] v) {
        int o = j * rows;
        double s0 = 0;
        double s1 = 0;
        int i = 0;
        for (; i + 1 < rows; i += 2) {
            s0 += a[o + i] * v[i];
            s1 += a[o + i + 1] * v[i + 1];
        }
        if (i < rows) {
            s0 += a[o + i] * v[i];
        }
        return s0 + s1;
    }

    private double dot(int j, double[] a, int k) {
        int o = j * rows;
        int q = k * rows;
        double s = 0;
        for (int i = 0; i < rows; i++) {
            s += a[o + i] * a[q + i];
        }
        return s;
    }

    private void axpy(double factor, int j, double[] r) {
        int o = j * rows;
        for (int i = 0; i < rows; i++) {
            r[i] += factor * x[o + i];
        }
    }
}
