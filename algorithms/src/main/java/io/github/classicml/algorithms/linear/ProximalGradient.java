package io.github.classicml.algorithms.linear;

/**
 * FISTA, the accelerated proximal-gradient method, for {@code F(x) = f(x) + sum_j l1_j |x_j|}
 * with {@code f} smooth and convex.
 *
 * <p>Each iteration takes a gradient step on {@code f} from the extrapolated point {@code y} and then
 * the proximal step of the L1 term, soft-thresholding: {@code x+ = S(y - g(y)/L, l1_j/L)} with
 * {@code S(v, t) = sign(v) max(|v| - t, 0)} on penalised entries (intercepts, {@code l1_j = 0}, are only moved). The
 * step {@code 1/L} is found by backtracking: {@code L} doubles until
 * {@code f(x+) <= f(y) + g(y)·(x+ - y) + (L/2)||x+ - y||^2}, and is lowered by 10 % after each
 * accepted step so that it can follow the local curvature. The momentum
 * {@code t+ = (1 + sqrt(1 + 4 t^2)) / 2}, {@code y = x+ + ((t - 1)/t+)(x+ - x)} makes the error
 * fall as {@code O(1/k^2)}; the momentum restarts whenever {@code F} rises (O'Donoghue and Candès'
 * function restart), which recovers linear convergence on strongly convex problems.
 *
 * <p>Stopping rule: the largest entry of the minimum-norm subgradient of {@code F} at the new point
 * ({@code |g_j + l1_j sign(x_j)|} for a non-zero entry,
 * {@code max(|g_j| - l1_j, 0)} for a zero one: the analogue of the gradient, zero exactly at a
 * minimiser) at most the tolerance; or the iteration limit (reported as not converged). The
 * backtracking test allows 16 ulps of {@code f} for rounding, so that {@code L} stays finite when the
 * steps fall below the noise of {@code f}.
 *
 * <p>Reference: A. Beck and M. Teboulle, "A fast iterative shrinkage-thresholding algorithm for linear
 * inverse problems", SIAM J. Imaging Sciences 2(1), 2009; B. O'Donoghue and E. Candès, "Adaptive restart
 * for accelerated gradient schemes", Foundations of Computational Mathematics 15, 2015.
 */
final class ProximalGradient {

    /**
     * The outcome of a run.
     *
     * @param x the last iterate
     * @param value {@code F} at {@code x}
     * @param mappingMaxNorm the largest entry of the minimum-norm subgradient at {@code x}
     * @param iterations the number of iterations
     * @param converged whether the gradient mapping fell below the tolerance
     */
    record Result(double[] x, double value, double mappingMaxNorm, int iterations, boolean converged) {
    }

    private final int maxIterations;
    private final double tolerance;

    /**
     * @param maxIterations the most iterations, at least 1
     * @param tolerance the largest gradient-mapping entry accepted as converged
     */
    ProximalGradient(int maxIterations, double tolerance) {
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /**
     * Minimises {@code f + sum_j l1_j |x_j|} from {@code start}. A coefficient of 0 leaves its entry
     * unpenalised (an intercept); an infinite one holds its entry at 0 (a column so small, in the units
     * of the fit, that no finite weight pays for its penalty).
     *
     * @param f the smooth part
     * @param l1 the L1 coefficient of each entry, at least 0, possibly infinite; not modified
     * @param start the first point, 0 wherever {@code l1} is infinite; not modified
     * @param monitor sees every iterate (value of {@code F}, gradient-mapping norm), or null
     * @return the outcome
     */
    Result minimise(DifferentiableFunction f, double[] l1, double[] start, Lbfgs.Monitor monitor) {
        int d = start.length;
        double[] x = start.clone();
        double[] y = start.clone();
        double[] xNew = new double[d];
        double[] gy = new double[d];
        double[] gTrial = new double[d];
        double fx = f.valueAndGradient(x, gTrial) + l1Norm(x, l1);
        double lipschitz = 1.0;
        double t = 1.0;
        double mapping = Double.POSITIVE_INFINITY;
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            double fy = f.valueAndGradient(y, gy);
            double fNew;
            while (true) {
                double step = 1.0 / lipschitz;
                double dotGd = 0;
                double squared = 0;
                for (int j = 0; j < d; j++) {
                    double v = y[j] - step * gy[j];
                    if (l1[j] != 0) {
                        double threshold = step * l1[j];
                        v = v > threshold ? v - threshold : v < -threshold ? v + threshold : 0.0;
                    }
                    xNew[j] = v;
                    double diff = v - y[j];
                    dotGd += gy[j] * diff;
                    squared += diff * diff;
                }
                fNew = f.valueAndGradient(xNew, gTrial);
                // the upper bound, with room for the rounding of f near the minimum (else L would double
                // without end once the steps are below the noise of f)
                double bound = fy + dotGd + 0.5 * lipschitz * squared + 16 * Math.ulp(Math.abs(fy));
                if (fNew <= bound || squared == 0) {
                    // the optimality measure at the new point itself, from the gradient just computed there
                    mapping = subgradientMeasure(xNew, gTrial, l1);
                    break;
                }
                lipschitz *= 2;
            }
            double bigF = fNew + l1Norm(xNew, l1);
            if (bigF > fx) {
                // function restart: drop the momentum and step plainly from x+
                t = 1.0;
                System.arraycopy(xNew, 0, y, 0, d);
            } else {
                double tNew = 0.5 * (1 + Math.sqrt(1 + 4 * t * t));
                double beta = (t - 1) / tNew;
                for (int j = 0; j < d; j++) {
                    y[j] = xNew[j] + beta * (xNew[j] - x[j]);
                }
                t = tNew;
            }
            System.arraycopy(xNew, 0, x, 0, d);
            fx = bigF;
            lipschitz *= 0.9;
            boolean stop = monitor != null && monitor.after(iteration, x, fx, mapping);
            if (mapping <= tolerance) {
                return new Result(x, fx, mapping, iteration, true);
            }
            if (stop) {
                return new Result(x, fx, mapping, iteration, false);
            }
        }
        return new Result(x, fx, mapping, maxIterations, false);
    }

    /** {@code sum_j l1_j |x_j|}; an entry at 0 adds nothing, whatever its coefficient (even infinite). */
    private static double l1Norm(double[] x, double[] l1) {
        double sum = 0;
        for (int j = 0; j < x.length; j++) {
            if (x[j] != 0) {
                sum += l1[j] * Math.abs(x[j]);
            }
        }
        return sum;
    }

    /**
     * The largest entry of the minimum-norm subgradient of {@code F} at {@code x}: {@code |g_j + l1_j sign(x_j)|}
     * for a non-zero entry and {@code max(|g_j| - l1_j, 0)} for a zero one (an unpenalised entry, {@code l1_j = 0},
     * gives {@code |g_j|} either way); all vanish exactly at a minimiser.
     */
    private static double subgradientMeasure(double[] x, double[] g, double[] l1) {
        double max = 0;
        for (int j = 0; j < x.length; j++) {
            double v = x[j] != 0 ? Math.abs(g[j] + Math.copySign(l1[j], x[j])) : Math.max(Math.abs(g[j]) - l1[j], 0);
            max = Math.max(max, v);
        }
        return max;
    }
}
