package io.github.classicml.algorithms.linear;

/**
 * The limited-memory BFGS minimiser of a smooth function, with a line search that satisfies the
 * strong Wolfe conditions.
 *
 * <p>Each iteration takes the step {@code p = -H g}, where {@code H} approximates the inverse Hessian
 * from the last {@code m} pairs {@code s = x_{k+1} - x_k}, {@code y = g_{k+1} - g_k}; the product is
 * formed by the two-loop recursion without storing {@code H} (Nocedal and Wright, algorithm 7.4), with
 * the initial matrix {@code (s·y / y·y) I} of their equation 7.20 (algorithm 7.5). The step length
 * comes from their algorithm 3.5 with the "zoom" of algorithm 3.6: cubic interpolation, safeguarded by
 * bisection, until {@code f(x + a p) <= f(x) + c1 a g·p} (sufficient decrease, {@code c1 = 1e-4}) and
 * {@code |g(x + a p)·p| <= c2 |g·p|} (curvature, {@code c2 = 0.9}). The curvature condition keeps
 * {@code s·y > 0}, so {@code H} stays positive definite. Cost per iteration: one or a few function
 * evaluations plus {@code O(m d)} for {@code d} variables.
 *
 * <p>Stopping rules, checked after every iteration: the largest absolute gradient entry at most
 * {@code gradientTolerance} (scipy's {@code gtol}, which scikit-learn sets to its {@code tol});
 * the relative decrease {@code (f_k - f_{k+1}) / max(|f_k|, |f_{k+1}|, 1)} at most
 * {@code max(64 eps, 2.2e-5 × gradientTolerance)} (scipy's {@code ftol} rule): at the gradient
 * tolerance 1e-4 this is scipy's default {@code ftol = 1e7 eps = 2.2e-9}, with which scikit-learn's
 * lbfgs runs, and it tightens with the tolerance down to {@code 64 eps}, where no further progress is
 * possible in double precision (scikit-learn keeps 2.2e-9 whatever its {@code tol}, so that its fits at
 * {@code tol = 1e-10} stop short of the minimiser);
 * the iteration limit; a line search that cannot find a Wolfe point (reported, not thrown: the last
 * point is still the best one found); a stop asked for by the {@link Monitor} (e.g. a proof that no
 * minimum exists). A non-finite value never becomes the result: the line search treats it as a step
 * too long and shortens it.
 *
 * <p>Reference: J. Nocedal and S. J. Wright, <i>Numerical Optimization</i>, 2nd ed., Springer 2006,
 * algorithms 3.5, 3.6, 7.4 and 7.5.
 */
final class Lbfgs {

    /** Sufficient-decrease constant of the Wolfe conditions. */
    static final double C1 = 1e-4;
    /** Curvature constant of the Wolfe conditions, the usual value for quasi-Newton methods. */
    static final double C2 = 0.9;
    /** The relative decrease below which no progress is possible in double precision. */
    static final double RELATIVE_DECREASE = 64 * Math.ulp(1.0);
    /**
     * The relative-decrease threshold per unit of gradient tolerance: at scikit-learn's default
     * {@code tol = 1e-4} it gives scipy's default {@code ftol = 2.2e-9} that scikit-learn's lbfgs runs with.
     */
    static final double DECREASE_PER_TOLERANCE = 1e7 * Math.ulp(1.0) / 1e-4;
    /** The most function evaluations one line search may make. */
    static final int MAX_LINE_SEARCH_EVALUATIONS = 50;

    /** Why the minimiser stopped. */
    enum Status {
        /** The gradient is below the tolerance. */
        GRADIENT_BELOW_TOLERANCE(true),
        /** The objective no longer decreases in double precision. */
        NO_FURTHER_DECREASE(true),
        /** The iteration limit was reached first. */
        MAX_ITERATIONS(false),
        /** No step along the search direction satisfied the Wolfe conditions. */
        LINE_SEARCH_FAILED(false),
        /** The monitor asked to stop. */
        STOPPED_BY_MONITOR(false);

        private final boolean converged;

        Status(boolean converged) {
            this.converged = converged;
        }

        boolean converged() {
            return converged;
        }
    }

    /** Sees each iterate; may stop the run. */
    @FunctionalInterface
    interface Monitor {
        /**
         * @param iteration the finished iteration, from 1
         * @param x the iterate; must not be modified
         * @param value the objective there
         * @param gradientMaxNorm the largest absolute gradient entry there
         * @return true to stop now (the status becomes {@link Status#STOPPED_BY_MONITOR})
         */
        boolean after(int iteration, double[] x, double value, double gradientMaxNorm);
    }

    /**
     * The outcome of a run.
     *
     * @param x the last iterate, the point of lowest value found
     * @param value the objective at {@code x}
     * @param gradientMaxNorm the largest absolute gradient entry at {@code x}
     * @param iterations the number of finished iterations
     * @param evaluations the number of function evaluations
     * @param status why it stopped
     */
    record Result(double[] x, double value, double gradientMaxNorm, int iterations, int evaluations,
                  Status status) {
    }

    private final int memory;
    private final int maxIterations;
    private final double gradientTolerance;
    private final double relativeDecrease;

    /**
     * @param memory the number of correction pairs kept, at least 1 (scipy's default is 10)
     * @param maxIterations the most iterations, at least 1
     * @param gradientTolerance stop when no gradient entry exceeds this in absolute value, at least 0
     */
    Lbfgs(int memory, int maxIterations, double gradientTolerance) {
        this.memory = memory;
        this.maxIterations = maxIterations;
        this.gradientTolerance = gradientTolerance;
        this.relativeDecrease = Math.max(RELATIVE_DECREASE, DECREASE_PER_TOLERANCE * gradientTolerance);
    }

    /**
     * Minimises {@code f} from {@code start}.
     *
     * @param f the function
     * @param start the first point; not modified
     * @param monitor sees every iterate, or null
     * @return the outcome
     */
    Result minimise(DifferentiableFunction f, double[] start, Monitor monitor) {
        int d = start.length;
        double[] x = start.clone();
        double[] g = new double[d];
        double fx = f.valueAndGradient(x, g);
        int evaluations = 1;
        if (!Double.isFinite(fx)) {
            throw new IllegalArgumentException("the objective must be finite at the start, got " + fx);
        }
        double[][] s = new double[memory][d];
        double[][] y = new double[memory][d];
        double[] rho = new double[memory];
        double[] alpha = new double[memory];
        double[] p = new double[d];
        double[] xNew = new double[d];
        double[] gNew = new double[d];
        int stored = 0;
        int newest = -1;
        double gMax = maxAbs(g);
        if (gMax <= gradientTolerance) {
            return new Result(x, fx, gMax, 0, evaluations, Status.GRADIENT_BELOW_TOLERANCE);
        }
        LineSearch search = new LineSearch(f, d);
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            // algorithm 7.4: p = -H g by the two-loop recursion over the stored pairs, newest first
            for (int j = 0; j < d; j++) {
                p[j] = -g[j];
            }
            for (int k = 0; k < stored; k++) {
                int i = Math.floorMod(newest - k, memory);
                alpha[i] = rho[i] * dot(s[i], p);
                axpy(-alpha[i], y[i], p);
            }
            double initialStep;
            if (stored > 0) {
                // H0 = gamma I with gamma = s·y / y·y (equation 7.20)
                double gamma = 1.0 / (rho[newest] * dot(y[newest], y[newest]));
                scale(gamma, p);
                initialStep = 1.0;
            } else {
                initialStep = Math.min(1.0, 1.0 / norm(g));
            }
            for (int k = stored - 1; k >= 0; k--) {
                int i = Math.floorMod(newest - k, memory);
                double beta = rho[i] * dot(y[i], p);
                axpy(alpha[i] - beta, s[i], p);
            }
            double slope = dot(g, p);
            if (!(slope < 0)) {
                // rounding made p an ascent direction: restart from steepest descent
                stored = 0;
                for (int j = 0; j < d; j++) {
                    p[j] = -g[j];
                }
                slope = -dot(g, g);
                initialStep = Math.min(1.0, 1.0 / norm(g));
            }
            boolean found = search.run(x, fx, g, p, slope, initialStep, xNew, gNew);
            evaluations += search.evaluations;
            if (!found) {
                return new Result(x, fx, gMax, iteration - 1, evaluations, Status.LINE_SEARCH_FAILED);
            }
            double fNew = search.value;
            // store the pair s = x_{k+1} - x_k, y = g_{k+1} - g_k, dropping the oldest when full
            int slot = (newest + 1) % memory;
            double sy = 0;
            for (int j = 0; j < d; j++) {
                s[slot][j] = xNew[j] - x[j];
                y[slot][j] = gNew[j] - g[j];
                sy += s[slot][j] * y[slot][j];
            }
            if (sy > 0) {
                rho[slot] = 1.0 / sy;
                newest = slot;
                stored = Math.min(stored + 1, memory);
            }
            double decrease = (fx - fNew) / Math.max(Math.max(Math.abs(fx), Math.abs(fNew)), 1.0);
            System.arraycopy(xNew, 0, x, 0, d);
            System.arraycopy(gNew, 0, g, 0, d);
            fx = fNew;
            gMax = maxAbs(g);
            if (monitor != null && monitor.after(iteration, x, fx, gMax)) {
                return new Result(x, fx, gMax, iteration, evaluations, Status.STOPPED_BY_MONITOR);
            }
            if (gMax <= gradientTolerance) {
                return new Result(x, fx, gMax, iteration, evaluations, Status.GRADIENT_BELOW_TOLERANCE);
            }
            if (decrease <= relativeDecrease) {
                return new Result(x, fx, gMax, iteration, evaluations, Status.NO_FURTHER_DECREASE);
            }
        }
        return new Result(x, fx, gMax, maxIterations, evaluations, Status.MAX_ITERATIONS);
    }

    /** Algorithms 3.5 and 3.6 of Nocedal and Wright: a step length satisfying the strong Wolfe conditions. */
    private static final class LineSearch {
        private final DifferentiableFunction f;
        private final double[] xTrial;
        private final double[] gTrial;
        int evaluations;
        double value;

        LineSearch(DifferentiableFunction f, int d) {
            this.f = f;
            this.xTrial = new double[d];
            this.gTrial = new double[d];
        }

        /** φ'(a) at the last trial step. */
        private double slopeAt;

        /** φ(a) = f(x + a p), with the point left in xTrial, the gradient in gTrial and φ'(a) in slopeAt. */
        private double phi(double[] x, double[] p, double a) {
            for (int j = 0; j < x.length; j++) {
                xTrial[j] = x[j] + a * p[j];
            }
            double v = f.valueAndGradient(xTrial, gTrial);
            evaluations++;
            slopeAt = dot(gTrial, p);
            return Double.isNaN(v) || Double.isNaN(slopeAt) ? Double.POSITIVE_INFINITY : v;
        }

        /**
         * Searches along p; on success the new point and gradient are copied to xOut and gOut and
         * the value is in {@link #value}.
         */
        boolean run(double[] x, double f0, double[] g0, double[] p, double slope0, double initialStep,
                    double[] xOut, double[] gOut) {
            evaluations = 0;
            double aPrev = 0;
            double fPrev = f0;
            double dPrev = slope0;
            double a = initialStep;
            double bestA = 0;
            double bestF = f0;
            double[] bestX = null;
            for (int i = 1; evaluations < MAX_LINE_SEARCH_EVALUATIONS; i++) {
                double fa = phi(x, p, a);
                double da = slopeAt;
                if (fa < bestF && fa <= f0 + C1 * a * slope0) {
                    bestA = a;
                    bestF = fa;
                    bestX = keep(xOut, gOut);
                }
                if (fa > f0 + C1 * a * slope0 || (i > 1 && fa >= fPrev)) {
                    return zoom(x, f0, p, slope0, aPrev, fPrev, dPrev, a, fa, da, xOut, gOut, bestF, bestX != null);
                }
                if (Math.abs(da) <= -C2 * slope0) {
                    value = fa;
                    keep(xOut, gOut);
                    return true;
                }
                if (da >= 0) {
                    return zoom(x, f0, p, slope0, a, fa, da, aPrev, fPrev, dPrev, xOut, gOut, bestF, bestX != null);
                }
                aPrev = a;
                fPrev = fa;
                dPrev = da;
                a = 4 * a;
            }
            if (bestX != null) {
                value = bestF;
                return true;
            }
            return false;
        }

        private double[] keep(double[] xOut, double[] gOut) {
            System.arraycopy(xTrial, 0, xOut, 0, xOut.length);
            System.arraycopy(gTrial, 0, gOut, 0, gOut.length);
            return xOut;
        }

        /**
         * Algorithm 3.6: the interval between lo (the lower value, sufficient decrease holds there)
         * and hi contains a Wolfe point; shrink it by safeguarded cubic interpolation.
         */
        private boolean zoom(double[] x, double f0, double[] p, double slope0,
                             double lo, double fLo, double dLo, double hi, double fHi, double dHi,
                             double[] xOut, double[] gOut, double bestF, boolean haveBest) {
            while (evaluations < MAX_LINE_SEARCH_EVALUATIONS) {
                double width = hi - lo;
                if (Math.abs(width) <= Math.ulp(Math.max(Math.abs(lo), Math.abs(hi))) * 4) {
                    break;
                }
                double a = cubicMinimum(lo, fLo, dLo, hi, fHi, dHi);
                double low = Math.min(lo, hi) + 0.1 * Math.abs(width);
                double high = Math.max(lo, hi) - 0.1 * Math.abs(width);
                if (!(a >= low && a <= high)) {
                    a = lo + 0.5 * width;
                }
                double fa = phi(x, p, a);
                double da = slopeAt;
                if (fa > f0 + C1 * a * slope0 || fa >= fLo) {
                    hi = a;
                    fHi = fa;
                    dHi = da;
                } else {
                    if (fa < bestF) {
                        bestF = fa;
                        haveBest = true;
                        keep(xOut, gOut);
                    }
                    if (Math.abs(da) <= -C2 * slope0) {
                        value = fa;
                        keep(xOut, gOut);
                        return true;
                    }
                    if (da * (hi - lo) >= 0) {
                        hi = lo;
                        fHi = fLo;
                        dHi = dLo;
                    }
                    lo = a;
                    fLo = fa;
                    dLo = da;
                }
            }
            // no Wolfe point in reach: accept the best point of sufficient decrease, if any
            if (haveBest) {
                value = bestF;
                return true;
            }
            return false;
        }

        /**
         * The minimiser of the cubic through (a, fa, da) and (b, fb, db) (Nocedal and Wright, equation
         * 3.59), or of the quadratic through fa, da and fb when db is unknown; NaN when there is none.
         */
        private static double cubicMinimum(double a, double fa, double da, double b, double fb, double db) {
            if (Double.isNaN(db) || !Double.isFinite(fb)) {
                if (!Double.isFinite(fb)) {
                    return Double.NaN;
                }
                double h = b - a;
                double curvature = (fb - fa - da * h) / (h * h);
                return curvature > 0 ? a - da / (2 * curvature) : Double.NaN;
            }
            double d1 = da + db - 3 * (fa - fb) / (a - b);
            double disc = d1 * d1 - da * db;
            if (!(disc >= 0)) {
                return Double.NaN;
            }
            double d2 = Math.signum(b - a) * Math.sqrt(disc);
            return b - (b - a) * (db + d2 - d1) / (db - da + 2 * d2);
        }
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static void scale(double a, double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= a;
        }
    }

    private static double norm(double[] x) {
        double max = maxAbs(x);
        if (max == 0) {
            return 0;
        }
        double sum = 0;
        for (double v : x) {
            double t = v / max;
            sum += t * t;
        }
        return max * Math.sqrt(sum);
    }

    static double maxAbs(double[] x) {
        double max = 0;
        for (double v : x) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    @Override
    public String toString() {
        return "L-BFGS(memory " + memory + ", maxIterations " + maxIterations + ", gradientTolerance "
                + gradientTolerance + ")";
    }
}
