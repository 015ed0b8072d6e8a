package io.github.classicml.algorithms.preprocessing;

import java.util.function.DoubleUnaryOperator;

/**
 * Minimisation of a function of one variable without derivatives: a downhill search for a bracket
 * (three points whose middle one is lowest), then Brent's method, which takes parabolic steps through
 * the three best points when they behave and golden-section steps when they do not, so it converges
 * superlinearly on smooth functions and never slower than golden section.
 *
 * <p>Reference: R. P. Brent, <i>Algorithms for Minimization without Derivatives</i>, Prentice-Hall
 * 1973, chapter 5 (procedure localmin); W. H. Press et al., <i>Numerical Recipes</i>, 3rd ed., section
 * 10.1 (bracketing a minimum).
 */
final class BrentMinimizer {

    private static final double GOLDEN = (1 + Math.sqrt(5)) / 2;
    /** (3 - sqrt 5) / 2: the golden-section fraction. */
    private static final double C = (3 - Math.sqrt(5)) / 2;

    private BrentMinimizer() {
    }

    /** NaN counts as +infinity, so that the search moves away from where the function is undefined. */
    private static double eval(DoubleUnaryOperator f, double x) {
        double v = f.applyAsDouble(x);
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }

    /**
     * Finds a local minimum, starting the bracket search from {@code a} and {@code b}.
     *
     * @param f the function
     * @param a a first point
     * @param b a second point
     * @param what what is minimised, for the message when no minimum is found
     * @return the minimiser, to about {@code 1e-10·|x| + 1e-12}
     * @throws IllegalArgumentException if 100 expansions do not bracket a minimum
     */
    static double minimize(DoubleUnaryOperator f, double a, double b, String what) {
        double fa = eval(f, a);
        double fb = eval(f, b);
        if (fb > fa) {
            double t = a;
            a = b;
            b = t;
            t = fa;
            fa = fb;
            fb = t;
        }
        double c = b + GOLDEN * (b - a);
        double fc = eval(f, c);
        int expansions = 0;
        while (fc < fb) {
            if (++expansions > 100 || !Double.isFinite(c)) {
                throw new IllegalArgumentException(what + " must have a maximum; it keeps increasing towards "
                        + c + ", so the data may be constant or degenerate");
            }
            a = b;
            b = c;
            fb = fc;
            c = b + GOLDEN * (b - a);
            fc = eval(f, c);
        }
        return localMin(f, Math.min(a, c), Math.max(a, c), b, fb);
    }

    private static double localMin(DoubleUnaryOperator f, double a, double b, double x, double fx) {
        double w = x;
        double v = x;
        double fw = fx;
        double fv = fx;
        double d = 0;
        double e = 0;
        for (int iteration = 0; iteration < 500; iteration++) {
            double m = 0.5 * (a + b);
            double tol = 1e-10 * Math.abs(x) + 1e-12;
            double t2 = 2 * tol;
            if (Math.abs(x - m) <= t2 - 0.5 * (b - a)) {
                break;
            }
            double p = 0;
            double q = 0;
            double r = 0;
            if (Math.abs(e) > tol) {
                // parabola through (v, fv), (w, fw), (x, fx)
                r = (x - w) * (fx - fv);
                q = (x - v) * (fx - fw);
                p = (x - v) * q - (x - w) * r;
                q = 2 * (q - r);
                if (q > 0) {
                    p = -p;
                } else {
                    q = -q;
                }
                r = e;
                e = d;
            }
            if (Math.abs(p) < Math.abs(0.5 * q * r) && p > q * (a - x) && p < q * (b - x)) {
                d = p / q;
                double u = x + d;
                if (u - a < t2 || b - u < t2) {
                    d = x < m ? tol : -tol;
                }
            } else {
                // golden-section step into the larger part
                e = (x < m ? b : a) - x;
                d = C * e;
            }
            double u = x + (Math.abs(d) >= tol ? d : (d > 0 ? tol : -tol));
            double fu = eval(f, u);
            if (fu <= fx) {
                if (u < x) {
                    b = x;
                } else {
                    a = x;
                }
                v = w;
                fv = fw;
                w = x;
                fw = fx;
                x = u;
                fx = fu;
            } else {
                if (u < x) {
                    a = u;
                } else {
                    b = u;
                }
                if (fu <= fw || w == x) {
                    v = w;
                    fv = fw;
                    w = u;
                    fw = fu;
                } else if (fu <= fv || v == x || v == w) {
                    v = u;
                    fv = fu;
                }
            }
        }
        return x;
    }
}
