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

    static double yeoJohnson(double x, double lambda) {
        if (x >= 0) {
            return Math.abs(lambda) < SPACING ? Math.log1p(x) : (Math.pow(x + 1, lambda) - 1) / lambda;
        }
        return Math.abs(lambda - 2) > SPACING ? -(Math.pow(1 - x, 2 - lambda) - 1) / (2 - lambda) : -Math.log1p(-x);
    }

    static double yeoJohnsonInverse(double y, double lambda) {
        if (y >= 0) {
            return Math.abs(lambda) < SPACING ? Math.expm1(y) : Math.pow(y * lambda + 1, 1 / lambda) - 1;
        }
        return Math.abs(lambda - 2) > SPACING ? 1 - Math.pow(-(2 - lambda) * y + 1, 1 / (2 - lambda)) : -Math.expm1(-y);
    }

    /**
     * Box-Cox: {@code (λ - 1) Σ log x - n/2 · log var(x^λ / λ)}, the variance computed from
     * {@code u = λ log x} shifted by its maximum, so that large |λ| cannot overflow, and as
     * {@code e^v - 1} (a short Taylor series, v in [-0.01, 0]) when λ times the range of log x is at most
     * 0.01, so that λ near 0 cannot cancel.
     */
    static double boxCoxLogLikelihood(double[] x, double lambda) {
        return new BoxCoxLikelihood(x).at(lambda);
    }

    /** A column's Box-Cox profile log-likelihood, with the logarithms taken once for every λ. */
    static final class BoxCoxLikelihood {
        private final double[] logs;
        private final double sumLog;
        private final double minLog;
        private final double maxLog;
        private final double[] shifted;

        BoxCoxLikelihood(double[] x) {
            logs = new double[x.length];
            double sum = 0;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < x.length; i++) {
                logs[i] = Math.log(x[i]);
                sum += logs[i];
                lo = Math.min(lo, logs[i]);
                hi = Math.max(hi, logs[i]);
            }
            sumLog = sum;
            minLog = lo;
            maxLog = hi;
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
            return (lambda - 1) * sumLog - n / 2.0 * logVariance;
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
            double var = variance(y);
            if (!(var >= Double.MIN_NORMAL)) {
                // no spread left (or overflow): scikit-learn's "x_trans_var < tiny", infinitely unlikely
                return Double.NEGATIVE_INFINITY;
            }
            return -x.length / 2.0 * Math.log(var) + (lambda - 1) * jacobian;
        }
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
