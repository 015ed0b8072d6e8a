package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Progress;
import io.github.classicml.core.ProgressListener;

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

    /**
     * @param design the centred (weighted) design; read, not modified
     */
    CoordinateDescent(WeightedDesign design) {
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

    /** @return {@code max_j |x_j^T y|}, the smallest {@code n alpha rho} that zeroes every coefficient */
    double maxCorrelation() {
        double max = 0;
        for (int j = 0; j < columns; j++) {
            double s = 0;
            int o = j * rows;
            for (int i = 0; i < rows; i++) {
                s += x[o + i] * y[i];
            }
            max = Math.max(max, Math.abs(s));
        }
        return max;
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
        double l1 = alpha * rho * rows;
        double l2 = alpha * (1 - rho) * rows;
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
                double shrunk = Math.abs(t) - l1;
                double value = shrunk > 0 ? Math.copySign(shrunk, t) / (columnSquares[j] + l2) : 0.0;
                w[j] = value;
                if (value != 0) {
                    axpy(-value, j, r);
                }
                dwMax = Math.max(dwMax, Math.abs(value - old));
                wMax = Math.max(wMax, Math.abs(value));
            }
            boolean check = wMax == 0 || dwMax / wMax < tolerance || sweep == maxIterations;
            if (check) {
                gap = dualityGap(w, r, l1, l2);
            }
            if (listener != ProgressListener.NONE) {
                listener.onStep(new Progress(round, rounds, sweep, maxIterations, objective(w, r, alpha, rho), dwMax));
            }
            if (check && gap < gapTolerance) {
                converged = true;
                break;
            }
        }
        return new Result(w, sweep, gap, converged);
    }

    /** The duality gap of the scaled problem at {@code w} with residual {@code r}. */
    private double dualityGap(double[] w, double[] r, double l1, double l2) {
        double dualNorm = 0;
        for (int j = 0; j < columns; j++) {
            dualNorm = Math.max(dualNorm, Math.abs(dot(j, x, r) - l2 * w[j]));
        }
        double rr = 0;
        double ry = 0;
        for (int i = 0; i < rows; i++) {
            rr += r[i] * r[i];
            ry += r[i] * y[i];
        }
        double ww = 0;
        double l1Norm = 0;
        for (double v : w) {
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
        return gap + l1 * l1Norm - c * ry + 0.5 * l2 * (1 + c * c) * ww;
    }

    /** The unscaled objective {@code 1/(2n) ||r||^2 + alpha (rho ||w||_1 + (1 - rho)/2 ||w||^2)}. */
    private double objective(double[] w, double[] r, double alpha, double rho) {
        double rr = 0;
        for (double v : r) {
            rr += v * v;
        }
        double l1Norm = 0;
        double ww = 0;
        for (double v : w) {
            l1Norm += Math.abs(v);
            ww += v * v;
        }
        return rr / (2.0 * rows) + alpha * (rho * l1Norm + 0.5 * (1 - rho) * ww);
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
