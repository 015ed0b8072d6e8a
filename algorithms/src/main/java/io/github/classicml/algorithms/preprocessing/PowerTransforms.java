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
     * {@code u = λ log x} shifted by its maximum, through {@code expm1}, so that neither large |λ|
     * (overflow) nor λ near 0 (cancellation) loses the answer.
     */
    static double boxCoxLogLikelihood(double[] x, double lambda) {
        int n = x.length;
        double sumLog = 0;
        double[] logs = new double[n];
        for (int i = 0; i < n; i++) {
            logs[i] = Math.log(x[i]);
            sumLog += logs[i];
        }
        double logVariance;
        if (lambda == 0) {
            logVariance = Math.log(variance(logs));
        } else {
            double max = Double.NEGATIVE_INFINITY;
            for (double l : logs) {
                max = Math.max(max, lambda * l);
            }
            double[] shifted = new double[n];
            for (int i = 0; i < n; i++) {
                shifted[i] = Math.expm1(lambda * logs[i] - max);
            }
            // var(e^u / λ) = e^(2 max) · var(e^(u - max)) / λ²
            logVariance = 2 * max + Math.log(variance(shifted)) - 2 * Math.log(Math.abs(lambda));
        }
        return (lambda - 1) * sumLog - n / 2.0 * logVariance;
    }

    /** Yeo-Johnson: {@code -n/2 · log var(ψ(x, λ)) + (λ - 1) Σ sign(x) log(1 + |x|)}. */
    static double yeoJohnsonLogLikelihood(double[] x, double lambda) {
        int n = x.length;
        double[] y = new double[n];
        double jacobian = 0;
        for (int i = 0; i < n; i++) {
            y[i] = yeoJohnson(x[i], lambda);
            jacobian += Math.signum(x[i]) * Math.log1p(Math.abs(x[i]));
        }
        double var = variance(y);
        if (!(var >= Double.MIN_NORMAL)) {
            // no spread left (or overflow): scikit-learn's "x_trans_var < tiny", infinitely unlikely
            return Double.NEGATIVE_INFINITY;
        }
        return -n / 2.0 * Math.log(var) + (lambda - 1) * jacobian;
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
