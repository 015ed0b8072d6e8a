package io.github.classicml.algorithms.preprocessing;

/**
 * The Box-Cox and Yeo-Johnson transformations, their inverses and their profile log-likelihoods
 * (the Gaussian log-likelihood of the transformed values with the mean and variance at their maximum
 * for each λ, plus the log-Jacobian of the transformation).
 */
final class PowerTransforms {

    private static final double SPACING = Math.ulp(1.0);

    private PowerTransforms() {
    }

    static double boxCox(double x, double lambda) {
        return lambda == 0 ? Math.log(x) : Math.expm1(lambda * Math.log(x)) / lambda;
    }

    static double boxCoxInverse(double y, double lambda) {
        return lambda == 0 ? Math.exp(y) : Math.exp(Math.log1p(lambda * y) / lambda);
    }

    /**
     * ψ(x, λ) as {@code expm1(λ·log1p(x)) / λ} for x ≥ 0 and {@code -expm1((2 - λ)·log1p(-x)) / (2 - λ)}
     * below: the same function as {@code ((x + 1)^λ - 1) / λ}, without its cancellation, which left 8.6e-9
     * relative error at x near 1e-9 and 0 for every x below 1e-16 (Higham, <i>Accuracy and Stability of
     * Numerical Algorithms</i>, 2nd ed., section 1.14.1, on log1p and expm1).
     */
    static double yeoJohnson(double x, double lambda) {
        if (x >= 0) {
            return Math.abs(lambda) < SPACING ? Math.log1p(x) : Math.expm1(lambda * Math.log1p(x)) / lambda;
        }
        double mirrored = 2 - lambda;
        return Math.abs(lambda - 2) > SPACING ? -Math.expm1(mirrored * Math.log1p(-x)) / mirrored : -Math.log1p(-x);
    }

    /** The inverse of {@link #yeoJohnson}, in the same log1p/expm1 form. */
    static double yeoJohnsonInverse(double y, double lambda) {
        if (y >= 0) {
            return Math.abs(lambda) < SPACING ? Math.expm1(y) : Math.expm1(Math.log1p(y * lambda) / lambda);
        }
        double mirrored = 2 - lambda;
        return Math.abs(lambda - 2) > SPACING ? -Math.expm1(Math.log1p(-mirrored * y) / mirrored) : -Math.expm1(-y);
    }

    /**
     * A Box-Cox column's normalising factor {@code c = 2^k·g}: {@code 2^k} with k the mean of the values'
     * binary exponents (so that scaling the column by a power of two shifts k and nothing else), then g
     * the geometric mean of {@code x / 2^k}. Box-Cox is scale-equivariant: the likelihood of {@code x / c}
     * is that of x less {@code n·log c}, so the same λ maximises both, and
     * {@code boxcox(x) = c^λ·boxcox(x / c) + boxcox(c)} is an affine image of {@code boxcox(x / c)}. In
     * these units log(x / c) is centred on 0, so {@code (x/c)^λ} neither overflows, underflows nor rounds
     * to 1 for the λ the data support.
     *
     * @param x the values, positive and finite, at least one
     * @return c, positive and finite
     */
    static double normaliser(double[] x) {
        long exponents = 0;
        double sumLog = 0;
        for (double v : x) {
            int e = v >= Double.MIN_NORMAL ? Math.getExponent(v) : Math.getExponent(v * 0x1p54) - 54;
            exponents += e;
            // the mantissa in [1, 2), exact: no value is scaled beyond the range, however wide the column
            sumLog += Math.log(Math.scalb(v, -e));
        }
        int n = x.length;
        int k = (int) Math.floorDiv(exponents, (long) n);
        // the exponents' mean beyond k, in [0, 1): the same integers for the column times any 2^j
        double rest = (double) (exponents - (long) n * k) / n;
        return Math.scalb(Math.exp(sumLog / n + rest * Math.log(2)), k);
    }

    /**
     * Box-Cox: {@code (λ - 1) Σ log x - n/2 · log var(x^λ / λ)}, the variance computed from
     * {@code u = λ log x} shifted by its maximum, so that large |λ| cannot overflow, and as
     * {@code e^v - 1} (a short Taylor series, v in [-0.01, 0]) when λ times the range of log x is at most
     * 0.01, so that λ near 0 cannot cancel.
     */
    static double boxCoxLogLikelihood(double[] x, double lambda) {
        return new BoxCoxLikelihood(x, normaliser(x)).at(lambda);
    }

    /**
     * A column's Box-Cox profile log-likelihood, with the logarithms taken once for every λ, of the column
     * in units of {@code unit} (1, or its {@link #normaliser}), plus {@code -n·log unit}: the likelihood
     * of the column itself. In normalised units the Jacobian term and the variance's shift no longer
     * cancel (with values near 1e-300 both are about {@code 690·n·λ}, which left the λ-dependence of ℓ to
     * the last few digits) and the constant is added once.
     */
    static final class BoxCoxLikelihood {
        private final double[] logs;
        private final double sumLog;
        private final double minLog;
        private final double maxLog;
        private final double constant;
        private final double[] shifted;

        BoxCoxLikelihood(double[] x, double unit) {
            logs = new double[x.length];
            double sum = 0;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < x.length; i++) {
                double r = unit == 1 ? x[i] : x[i] / unit;
                // x / unit when it is a normal double (exact to one rounding near 1, where it matters);
                // the difference of logarithms when the column spans more than the double range
                logs[i] = r >= Double.MIN_NORMAL && r <= Double.MAX_VALUE ? Math.log(r) : Math.log(x[i]) - Math.log(unit);
                sum += logs[i];
                lo = Math.min(lo, logs[i]);
                hi = Math.max(hi, logs[i]);
            }
            sumLog = sum;
            minLog = lo;
            maxLog = hi;
            constant = unit == 1 ? 0 : -x.length * Math.log(unit);
            shifted = new double[x.length];
        }

        /** Not thread-safe (a scratch array): one instance per column and fit. */
        double at(double lambda) {
            int n = logs.length;
            double logVariance;
            if (lambda == 0) {
                logVariance = Math.log(variance(logs));
            } else {
                double max = lambda > 0 ? lambda * maxLog : lambda * minLog;
                if (Math.abs(lambda) * (maxLog - minLog) > 1e-2) {
                    // spread wide enough that e^v (the intrinsic, several times faster) loses nothing
                    // that matters: the variance is at least ~1e-5 and its rounding 1e-16 absolute
                    for (int i = 0; i < n; i++) {
                        shifted[i] = Math.exp(lambda * logs[i] - max);
                    }
                } else {
                    // |v| <= 0.01: e^v - 1 by its Taylor series to v^7 (truncation below 1e-18 relative),
                    // as accurate as Math.expm1 here and about three times faster
                    for (int i = 0; i < n; i++) {
                        double v = lambda * logs[i] - max;
                        shifted[i] = v * (1 + v / 2 * (1 + v / 3 * (1 + v / 4 * (1 + v / 5 * (1 + v / 6 * (1 + v / 7))))));
                    }
                }
                // var(e^u / λ) = e^(2 max) · var(e^(u - max)) / λ²
                logVariance = 2 * max + Math.log(variance(shifted)) - 2 * Math.log(Math.abs(lambda));
            }
            return (lambda - 1) * sumLog - n / 2.0 * logVariance + constant;
        }
    }

    /** Yeo-Johnson: {@code -n/2 · log var(ψ(x, λ)) + (λ - 1) Σ sign(x) log(1 + |x|)}. */
    static double yeoJohnsonLogLikelihood(double[] x, double lambda) {
        return new YeoJohnsonLikelihood(x).at(lambda);
    }

    /** A column's Yeo-Johnson profile log-likelihood, with the Jacobian's sum taken once. */
    static final class YeoJohnsonLikelihood {
        private final double[] x;
        private final double jacobian;
        private final double[] y;

        YeoJohnsonLikelihood(double[] x) {
            this.x = x;
            double j = 0;
            for (double v : x) {
                j += Math.signum(v) * Math.log1p(Math.abs(v));
            }
            jacobian = j;
            y = new double[x.length];
        }

        /** Not thread-safe (a scratch array): one instance per column and fit. */
        double at(double lambda) {
            for (int i = 0; i < x.length; i++) {
                y[i] = yeoJohnson(x[i], lambda);
            }
            double logVar = logVariance(y);
            if (!(logVar > Double.NEGATIVE_INFINITY) || logVar == Double.POSITIVE_INFINITY) {
                // no spread left, or a transformed value beyond the double range: infinitely unlikely
                return Double.NEGATIVE_INFINITY;
            }
            return -x.length / 2.0 * logVar + (lambda - 1) * jacobian;
        }
    }

    /**
     * The logarithm of the population variance, two-pass in units of a power of two near the largest
     * absolute value (exact), so that neither the squares of values near 1e-300 underflow (scikit-learn's
     * test {@code var < tiny} then calls a column of them constant) nor those beyond 1e154 overflow.
     *
     * @return log var; -Infinity for no spread; NaN or +Infinity if a value is not finite
     */
    static double logVariance(double[] v) {
        double largest = 0;
        for (double d : v) {
            largest = Math.max(largest, Math.abs(d));
        }
        if (!Double.isFinite(largest)) {
            return Double.POSITIVE_INFINITY;
        }
        int e = largest > 0 ? Math.getExponent(largest) : 0;
        double unit = Math.scalb(1.0, Math.max(e, Double.MIN_EXPONENT));
        double mean = 0;
        for (double d : v) {
            mean += d / unit;
        }
        mean /= v.length;
        double s = 0;
        for (double d : v) {
            double c = d / unit - mean;
            s += c * c;
        }
        return Math.log(s / v.length) + 2 * Math.log(unit);
    }

    /** Population variance, two-pass. */
    static double variance(double[] v) {
        double mean = 0;
        for (double d : v) {
            mean += d;
        }
        mean /= v.length;
        double s = 0;
        for (double d : v) {
            s += (d - mean) * (d - mean);
        }
        return s / v.length;
    }
}
