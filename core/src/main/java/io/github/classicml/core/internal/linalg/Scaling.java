package io.github.classicml.core.internal.linalg;

/**
 * Exact scaling by a power of two, so that distances and sums of squares of rows near the ends of the
 * double range (features of 10^300 or 10^-300) neither overflow nor underflow.
 *
 * <p>Multiplying a double by {@code 2^e} only changes its exponent, so it is exact whenever the result
 * is a normal number, and it commutes with every correctly rounded operation: {@code (2^e a) - (2^e b)}
 * is {@code 2^e (a - b)} to the bit, {@code (2^e d)^2} is {@code 2^(2e) d^2}, and so on. A learner that
 * scales its training rows and every query by one such factor therefore computes exactly the distances
 * it would compute in an unbounded exponent range, times a power of two: every order, nearest row,
 * argmin and ratio is unchanged, and a reported distance is scaled back exactly with
 * {@link Math#scalb}. The factor is one for the whole matrix, never per column: per-column factors
 * would change the metric (they are feature scaling, a modelling choice the caller makes).
 *
 * <p>The scale is chosen from the largest magnitude {@code M} of the matrix: when the binary exponent
 * of {@code M} lies outside {@code [-window, window]}, the factor brings {@code M} into
 * {@code [1/4, 1/2)}, so that every coordinate difference is below 1 and a sum of powers of differences
 * cannot overflow; otherwise the factor is 1 and nothing is copied or changed, so ordinary data keeps
 * the exact bits it always had. The window depends on the power the distance raises differences to
 * ({@link #window(double)}). Limits: a matrix whose entries span more than the double range itself
 * (some near 10^300, others near 10^-300) keeps its large entries exact and loses the tiny ones to
 * underflow; they are below 2^-1000 of the large ones, far below rounding, so no distance changes by
 * more than its rounding error.
 *
 * <p>Reference: the same idea as LAPACK's {@code dnrm2} and {@code dlassq} (scaled sums of squares),
 * applied once to the data instead of inside every sum, so that the hot kernels stay unchanged; see
 * C. L. Lawson, R. J. Hanson, D. R. Kincaid, F. T. Krogh, "Basic linear algebra subprograms for
 * Fortran usage", ACM TOMS 5(3), 1979.
 */
public final class Scaling {

    /** The binary exponent of the largest magnitude after scaling: it lies in {@code [1/4, 1/2)}. */
    static final int TARGET_EXPONENT = -2;

    private Scaling() {
    }

    /**
     * The widest binary-exponent window within which rows need no scaling for a distance that raises
     * coordinate differences to the power {@code p} and sums them: {@code floor(512 / p)} (256 for
     * squares, 512 for plain sums and for maxima), at least 1. Inside it, {@code p}-th powers of
     * differences and their sums over up to 2^31 terms stay far inside the double range.
     *
     * @param p the power, at least 1; infinity for a maximum (Chebyshev)
     * @return the window
     */
    public static int window(double p) {
        if (Double.isInfinite(p)) {
            return 512;
        }
        return (int) Math.max(1, Math.floor(512 / Math.max(1, p)));
    }

    /**
     * The largest binary exponent a query may have (after scaling) for distances that raise differences
     * to the power {@code p}: {@code floor(900 / p)} (450 for squares), at most 1000. Beyond it a
     * reduced distance to the rows could overflow.
     *
     * @param p the power, at least 1; infinity for a maximum
     * @return the limit
     */
    public static int queryLimit(double p) {
        if (Double.isInfinite(p)) {
            return 1000;
        }
        return (int) Math.max(1, Math.min(1000, Math.floor(900 / Math.max(1, p))));
    }

    /**
     * The exact binary exponent of a finite non-zero magnitude, subnormals included
     * ({@link Math#getExponent} gives -1023 for every subnormal).
     *
     * @param m a finite value other than 0
     * @return {@code e} with {@code 2^e <= |m| < 2^(e + 1)}
     */
    public static int exponent(double m) {
        int e = Math.getExponent(m);
        if (e < Double.MIN_EXPONENT) {
            return Math.getExponent(m * 0x1p54) - 54;
        }
        return e;
    }

    /**
     * The largest magnitude among {@code x[from, to)}.
     *
     * @param x the values, finite; not modified
     * @param from the first index
     * @param to one past the last index
     * @return {@code max |x[i]|}, 0 for an empty range
     */
    public static double maxAbs(double[] x, int from, int to) {
        double m0 = 0;
        double m1 = 0;
        int i = from;
        for (; i <= to - 2; i += 2) {
            m0 = Math.max(m0, Math.abs(x[i]));
            m1 = Math.max(m1, Math.abs(x[i + 1]));
        }
        if (i < to) {
            m0 = Math.max(m0, Math.abs(x[i]));
        }
        return Math.max(m0, m1);
    }

    /**
     * The power of two to scale a matrix by.
     *
     * @param maxAbs the largest magnitude of the matrix
     * @param window the exponent window within which no scaling is needed (see {@link #window})
     * @return {@code e} such that the matrix times {@code 2^e} has its largest magnitude in
     *     {@code [1/4, 1/2)}; 0 when {@code maxAbs} is 0 or its exponent lies within the window
     */
    public static int scaleExponent(double maxAbs, int window) {
        if (maxAbs == 0) {
            return 0;
        }
        int e = exponent(maxAbs);
        return e >= -window && e <= window ? 0 : TARGET_EXPONENT - e;
    }

    /**
     * Multiplies {@code x[from, to)} by {@code 2^e} in place: exact while the results are normal numbers.
     *
     * @param x the values, scaled in place
     * @param from the first index
     * @param to one past the last index
     * @param e the exponent; nothing is done when it is 0
     */
    public static void scale(double[] x, int from, int to, int e) {
        if (e == 0) {
            return;
        }
        if (e >= Double.MIN_EXPONENT && e <= Double.MAX_EXPONENT) {
            // one multiplication by an exact power of two: what Math.scalb does, without its checks
            double f = Math.scalb(1.0, e);
            for (int i = from; i < to; i++) {
                x[i] *= f;
            }
        } else {
            for (int i = from; i < to; i++) {
                x[i] = Math.scalb(x[i], e);
            }
        }
    }

    /**
     * The mean of finite values without overflow: their sum over their number when the sum is finite (the
     * usual bits), else the sum taken again in units of a power of two near the largest magnitude, where
     * no partial sum can overflow, scaled back. A mean of finite numbers lies between them, so it is
     * always a double (two values of 1.5e308 have mean 1.5e308 though their sum is Infinity).
     *
     * @param values finite values, at least one; not modified
     * @return their mean
     */
    public static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        if (Double.isFinite(sum)) {
            return sum / values.length;
        }
        int e = exponent(maxAbs(values, 0, values.length));
        double scaled = 0;
        for (double v : values) {
            scaled += Math.scalb(v, -e);
        }
        return Math.scalb(scaled / values.length, e);
    }

    /**
     * A value {@code v 2^k} as decimal text whatever its size, for messages about values beyond the
     * double range: {@code 3.506e308}, {@code -1.000e600}, {@code 2.828e-311}. Four significant digits;
     * a mantissa that rounds up to 10 moves to the next exponent ({@code 1.000e-311}, not {@code 10.00e-312}).
     *
     * @param v the value in units of {@code 2^k}
     * @param k the exponent of its unit
     * @return the text; {@code 0} for 0, and for an infinite {@code v} (a value that overflowed even in
     *     its units) {@code beyond ±1.8e308}
     */
    public static String approximately(double v, long k) {
        if (v == 0) {
            return "0";
        }
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return (v < 0 ? "below -" : "beyond ") + "1.8e308";
        }
        double log10 = Math.log10(Math.abs(v)) + k * Math.log10(2);
        long exponent = (long) Math.floor(log10);
        double mantissa = Math.pow(10, log10 - exponent);
        if (mantissa >= 9.9995) {
            mantissa /= 10;
            exponent++;
        }
        return String.format(java.util.Locale.ROOT, "%s%.3fe%d", v < 0 ? "-" : "", mantissa, exponent);
    }

    /**
     * A value computed in scaled units, brought back: {@code v * 2^-e}, exact unless it leaves the
     * double range (infinity above it, a subnormal or 0 below).
     *
     * @param v the value in scaled units
     * @param e the exponent the data was scaled by
     * @param power how the value scales with the data: 1 for a distance, 2 for a squared distance
     * @return the value in the data's units
     */
    public static double unscale(double v, int e, int power) {
        return e == 0 ? v : Math.scalb(v, -e * power);
    }
}
