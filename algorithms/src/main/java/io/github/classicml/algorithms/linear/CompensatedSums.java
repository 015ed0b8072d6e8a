package io.github.classicml.algorithms.linear;

/**
 * Residuals and sums in about twice the working precision, with error-free transformations (Knuth's
 * two-sum and the fused multiply-add two-product): the result is as accurate as if computed in
 * quadruple precision and then rounded, unless the condition of the sum exceeds about 10^16.
 *
 * <p>Reference: T. Ogita, S. M. Rump, S. Oishi, "Accurate sum and dot product", SIAM J. Sci. Comput.
 * 26 (2005), algorithm Dot2.
 */
final class CompensatedSums {

    private CompensatedSums() {
    }

    /**
     * @param y the target
     * @param b0 the intercept
     * @param x row-major features
     * @param offset where the row starts in {@code x}
     * @param b the coefficients, one per column
     * @return {@code y - b0 - sum_j x[offset + j] b[j]}, almost exactly
     */
    static double residual(double y, double b0, double[] x, int offset, double[] b) {
        double s = y;
        double c = 0;
        // s + c accumulates; each step adds the exact rounding errors of the product and the sum
        double t = s - b0;
        double z = t - s;
        c += (s - (t - z)) + (-b0 - z);
        s = t;
        for (int j = 0; j < b.length; j++) {
            double a = x[offset + j];
            double p = -a * b[j];
            double e = Math.fma(-a, b[j], -p);
            t = s + p;
            z = t - s;
            c += (s - (t - z)) + (p - z) + e;
            s = t;
        }
        return s + c;
    }

    /**
     * @param values the terms
     * @return their sum with compensation for the rounding of each addition
     */
    static double sum(double[] values) {
        double s = 0;
        double c = 0;
        for (double v : values) {
            double t = s + v;
            double z = t - s;
            c += (s - (t - z)) + (v - z);
            s = t;
        }
        return s + c;
    }
}
