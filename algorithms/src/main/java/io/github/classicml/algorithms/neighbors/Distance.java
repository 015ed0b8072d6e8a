package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.Check;
import io.github.classicml.core.internal.linalg.LpDistances;
import io.github.classicml.core.internal.linalg.Scaling;
import io.github.classicml.core.internal.linalg.Vectors;

import java.util.Locale;

/**
 * How far apart two rows are: Euclidean, Manhattan, Chebyshev, Minkowski of any order {@code p >= 1},
 * or cosine.
 *
 * <ul>
 *   <li>Minkowski of order p: {@code (sum_j |a_j - b_j|^p)^(1/p)}. Order 1 is {@link #MANHATTAN}
 *       (city-block: the sum of coordinate differences), order 2 is {@link #EUCLIDEAN} (straight
 *       line), and the limit p → ∞ is {@link #CHEBYSHEV} (the largest coordinate difference). The
 *       higher p, the more the largest coordinate difference dominates: Manhattan lets many small
 *       differences add up, Chebyshev looks only at the worst one.</li>
 *   <li>{@link #COSINE}: {@code 1 - a.b / (|a| |b|)}, which compares directions and ignores lengths;
 *       a row of zeros has no direction and is at distance 1 from every row (as in scikit-learn). It
 *       is not a metric (no triangle inequality), so the k-d tree cannot use it.</li>
 * </ul>
 *
 * <p>Searches rank rows by a <em>reduced</em> distance that orders them the same way but is cheaper:
 * the squared distance for Euclidean, {@code sum_j |a_j - b_j|^p} for Minkowski, the distance itself
 * for the others. {@link #between(double[], double[])} returns the distance proper.
 *
 * <p><b>Range.</b> A sum of {@code p}-th powers spans {@code p} times the exponent range of the
 * differences: for a large order ({@code 4^2000} overflows, {@code 0.25^2000} underflows) or for rows
 * whose entries span a wide range of magnitudes (the square of a difference of {@code 1e-301} beside
 * entries of {@code 1e300}) the powers leave the double range and distinct distances collapse to
 * 0 or infinity. Where that can happen ({@link #sumOfPowersFits}), the distance is computed pair by pair
 * relative to the largest coordinate difference {@code m}, as LAPACK's {@code dnrm2} scales its sum of
 * squares: {@code m (sum_j (|a_j - b_j| / m)^p)^(1/p)}, whose terms lie in {@code [0, 1]} and whose sum
 * lies in {@code [1, n]}, so it is correct for every order {@code p >= 1} and every pair of finite rows
 * whose distance is a double (Higham, <i>Accuracy and Stability of Numerical Algorithms</i>, 2nd ed.,
 * SIAM 2002, section 27.8 and problem 27.5, on avoiding overflow in norms).
 *
 * <p>Instances are immutable values: {@code minkowski(2)} equals {@link #EUCLIDEAN} and
 * {@code minkowski(1)} equals {@link #MANHATTAN}, as scikit-learn treats them.
 *
 * <p>Reference: M. M. Deza and E. Deza, <i>Encyclopedia of Distances</i>, 4th ed., Springer, 2016,
 * chapters 5 and 17.
 */
public final class Distance {

    enum Kind { EUCLIDEAN, MANHATTAN, CHEBYSHEV, MINKOWSKI, COSINE }

    /** Straight-line distance, {@code sqrt(sum_j (a_j - b_j)^2)}; scikit-learn's default. */
    public static final Distance EUCLIDEAN = new Distance(Kind.EUCLIDEAN, 2);
    /** City-block distance, {@code sum_j |a_j - b_j|}. */
    public static final Distance MANHATTAN = new Distance(Kind.MANHATTAN, 1);
    /** Largest coordinate difference, {@code max_j |a_j - b_j|}. */
    public static final Distance CHEBYSHEV = new Distance(Kind.CHEBYSHEV, Double.POSITIVE_INFINITY);
    /** Cosine distance, {@code 1 - a.b / (|a| |b|)}, in [0, 2]. */
    public static final Distance COSINE = new Distance(Kind.COSINE, Double.NaN);

    /**
     * The largest binary exponent a {@code p}-th power of a coordinate difference may reach in the sum of
     * powers: 990 leaves room for a sum of up to 2^31 terms below the largest double (2^1024).
     */
    private static final int TOP_EXPONENT = 990;
    /** The smallest binary exponent of a normal double: smaller powers lose digits, then vanish. */
    private static final int BOTTOM_EXPONENT = Double.MIN_EXPONENT;

    private final Kind kind;
    private final double p;
    /**
     * True for the search form that computes the distance proper pair by pair, relative to the largest
     * coordinate difference ({@link #perPair()}); never exposed: the public instances are all false.
     */
    private final boolean perPair;

    private Distance(Kind kind, double p) {
        this(kind, p, false);
    }

    private Distance(Kind kind, double p, boolean perPair) {
        this.kind = kind;
        this.p = p;
        this.perPair = perPair;
    }

    /**
     * The Minkowski distance of order {@code p}.
     *
     * @param p the order, at least 1 and finite (use {@link #CHEBYSHEV} for the limit)
     * @return the distance; {@link #MANHATTAN} for 1, {@link #EUCLIDEAN} for 2
     * @throws IllegalArgumentException {@code p must be >= 1, got <p>} or {@code p must be finite, ...}
     */
    public static Distance minkowski(double p) {
        Check.atLeast("p", p, 1);
        Check.finite("p", p);
        if (p == 1) {
            return MANHATTAN;
        }
        if (p == 2) {
            return EUCLIDEAN;
        }
        return new Distance(Kind.MINKOWSKI, p);
    }

    Kind kind() {
        return kind;
    }

    /**
     * The same distance in its per-pair form, for rows that one power-of-two scale cannot serve: the
     * reduced distance of the Euclidean and Minkowski distances is the distance proper, computed relative
     * to the largest coordinate difference of each pair (see the class comment), so that it neither
     * overflows nor underflows whatever the order and the range of the rows. Manhattan and Chebyshev raise
     * no power and keep their kernels; in this form the search only scales their rows less (so that small
     * entries beside huge ones do not underflow). Cosine is returned unchanged.
     *
     * @return the per-pair form
     */
    Distance perPair() {
        return kind == Kind.COSINE ? this : new Distance(kind, p, true);
    }

    /** @return whether the reduced form raises differences to a power above 1 (Euclidean, Minkowski) */
    private boolean powered() {
        return kind == Kind.EUCLIDEAN || kind == Kind.MINKOWSKI;
    }

    /** @return true for the per-pair form of {@link #perPair()} */
    boolean isPerPair() {
        return perPair;
    }

    /**
     * Whether the sum of {@code p}-th powers ranks rows of a matrix exactly: true when, for every pair of
     * entries, the {@code p}-th power of their difference is a normal double and a sum of up to 2^31 of
     * them stays finite. Distinct entries of magnitude at least {@code minNonzero} differ by at least
     * {@code ulp(minNonzero) >= 2^(exponent(minNonzero) - 52)}, and no difference exceeds
     * {@code 2 maxAbs < 2^(exponent(maxAbs) + 2)}; the powers of both must stay within
     * {@code [2^-1022, 2^990]} (power 1 for Manhattan and Chebyshev, whose small differences underflow
     * only when a scale brings them below the normal range). Always true for cosine.
     *
     * @param maxAbsExponent the binary exponent of the largest magnitude, as stored (after any scaling)
     * @param minNonzeroExponent the binary exponent of the smallest non-zero magnitude, as stored
     * @return whether the reduced form needs no per-pair scaling
     */
    boolean sumOfPowersFits(int maxAbsExponent, int minNonzeroExponent) {
        if (kind == Kind.COSINE) {
            return true;
        }
        double power = powered() ? p : 1;
        return power * (maxAbsExponent + 2) <= TOP_EXPONENT && power * (minNonzeroExponent - 52) >= BOTTOM_EXPONENT;
    }

    /**
     * The relative tolerance within which two reduced distances tie: {@link KnnClassifier#TIE_TOLERANCE}
     * for sums of powers and the other distances; for the per-pair form, whose values are distances
     * proper, the tolerance divided by {@code p}, since {@code d^p} and {@code e^p} differ by a relative
     * {@code t} exactly when {@code d} and {@code e} differ by about {@code t / p}. So both forms tie the
     * same distances.
     *
     * @return the tolerance
     */
    double tieTolerance() {
        return perPair && powered() ? KnnClassifier.TIE_TOLERANCE / p : KnnClassifier.TIE_TOLERANCE;
    }

    /** @return the Minkowski order: 1, 2, p, infinity for Chebyshev, NaN for cosine */
    public double p() {
        return p;
    }

    /** @return true for the Minkowski family (all but cosine): the metrics a k-d tree can search */
    public boolean isMinkowski() {
        return kind != Kind.COSINE;
    }

    /**
     * Returns the distance between two rows.
     *
     * @param a the first row; not modified
     * @param b the second row, of the same length; not modified
     * @return the distance; for rows near the ends of the double range it is computed on the rows times
     *     an exact power of two and scaled back, and where powers of the differences would leave the range
     *     (a large order, entries of very different magnitudes) it is computed relative to the largest
     *     difference, so it is infinite only when the distance itself exceeds the largest double
     * @throws IllegalArgumentException if the lengths differ or an entry is NaN or infinite (naming the
     *     argument and the entry)
     */
    public double between(double[] a, double[] b) {
        Check.notNull("a", a);
        Check.notNull("b", b);
        Check.sameLength("a", a.length, "b", b.length);
        for (int j = 0; j < a.length; j++) {
            Check.finite("a", j, a[j]);
            Check.finite("b", j, b[j]);
        }
        // rows near the ends of the double range: both scaled by one exact power of two, the distance
        // computed there and scaled back (cosine does not depend on the scale)
        double maxAbs = Math.max(Scaling.maxAbs(a, 0, a.length), Scaling.maxAbs(b, 0, b.length));
        int scale = Scaling.scaleExponent(maxAbs, Scaling.window(kind == Kind.COSINE ? 2 : p));
        if (maxAbs != 0 && !sumOfPowersFits(Scaling.exponent(maxAbs) + scale,
                Scaling.exponent(Math.min(minNonzeroAbs(a), minNonzeroAbs(b))) + scale)) {
            // the per-pair form needs no common scale: a difference, hence the distance, overflows only
            // when the distance itself exceeds the largest double
            Distance perPair = perPair();
            return perPair.fromReduced(perPair.reduced(a, 0, b, 0, a.length));
        }
        if (scale != 0) {
            a = a.clone();
            b = b.clone();
            Scaling.scale(a, 0, a.length, scale);
            Scaling.scale(b, 0, b.length, scale);
        }
        if (kind == Kind.COSINE) {
            return cosine(a, 0, Math.sqrt(Vectors.dot(a, a)), b, 0, Math.sqrt(Vectors.dot(b, b)), a.length);
        }
        return Scaling.unscale(fromReduced(reduced(a, 0, b, 0, a.length)), scale, 1);
    }

    /**
     * The reduced distance of two Minkowski-family rows (not cosine, whose reduced form needs norms).
     */
    double reduced(double[] a, int aOffset, double[] b, int bOffset, int length) {
        if (perPair && powered()) {
            return perPairDistance(a, aOffset, b, bOffset, length, p);
        }
        switch (kind) {
            case EUCLIDEAN:
                return Vectors.squaredEuclidean(a, aOffset, b, bOffset, length);
            case MANHATTAN:
                return Vectors.manhattan(a, aOffset, b, bOffset, length);
            case CHEBYSHEV:
                return LpDistances.chebyshev(a, aOffset, b, bOffset, length);
            case MINKOWSKI:
                return LpDistances.minkowskiReduced(a, aOffset, b, bOffset, length, p);
            default:
                throw new IllegalStateException("cosine distance needs the norms of both rows");
        }
    }

    /**
     * The cosine distance {@code 1 - a.b / (|a| |b|)}, clipped to [0, 2] against rounding; 1 when either
     * norm is 0.
     */
    static double cosine(double[] a, int aOffset, double aNorm, double[] b, int bOffset, double bNorm, int length) {
        if (aNorm == 0 || bNorm == 0) {
            return 1;
        }
        double d = 1 - Vectors.dot(a, aOffset, b, bOffset, length) / (aNorm * bNorm);
        return Math.min(2, Math.max(0, d));
    }

    /**
     * The Minkowski distance of order {@code p} of two slices, computed relative to the largest
     * coordinate difference {@code m}: {@code m (sum_j (|a_j - b_j| / m)^p)^(1/p)}. Every term lies in
     * {@code [0, 1]} and the sum in {@code [1, length]}, so no power overflows, the terms that underflow
     * are below {@code 2^-1022} of the largest one (far below its rounding), and the result has a relative
     * error of a few units in the last place times the length, whatever {@code p}. Zero when the slices
     * are equal; infinite only if a difference overflows.
     */
    static double perPairDistance(double[] a, int aOffset, double[] b, int bOffset, int length, double p) {
        double m = 0;
        for (int j = 0; j < length; j++) {
            m = Math.max(m, Math.abs(a[aOffset + j] - b[bOffset + j]));
        }
        if (m == 0 || Double.isInfinite(m)) {
            return m;
        }
        double s = 0;
        if (p == 2) {
            for (int j = 0; j < length; j++) {
                double r = Math.abs(a[aOffset + j] - b[bOffset + j]) / m;
                s += r * r;
            }
            return m * Math.sqrt(s);
        }
        for (int j = 0; j < length; j++) {
            s += Math.pow(Math.abs(a[aOffset + j] - b[bOffset + j]) / m, p);
        }
        return m * Math.pow(s, 1 / p);
    }

    /** The smallest non-zero magnitude of a row; {@link Double#MAX_VALUE} if every entry is 0. */
    static double minNonzeroAbs(double[] x) {
        return minNonzeroAbs(x, 0, x.length);
    }

    /**
     * The smallest non-zero magnitude among {@code x[from, to)}; {@link Double#MAX_VALUE} if every entry
     * is 0.
     */
    static double minNonzeroAbs(double[] x, int from, int to) {
        double m = Double.MAX_VALUE;
        for (int i = from; i < to; i++) {
            double v = Math.abs(x[i]);
            if (v != 0 && v < m) {
                m = v;
            }
        }
        return m;
    }

    /** Converts a reduced distance back to the distance proper. */
    double fromReduced(double reduced) {
        if (perPair && powered()) {
            return reduced;
        }
        switch (kind) {
            case EUCLIDEAN:
                return Math.sqrt(reduced);
            case MINKOWSKI:
                return Math.pow(reduced, 1 / p);
            default:
                return reduced;
        }
    }

    /**
     * The reduced distance from a point to an axis-aligned box, a lower bound on the reduced distance to
     * every point inside it (the k-d tree's pruning test).
     */
    double reducedToBox(double[] q, int qOffset, double[] lower, double[] upper, int boxOffset, int length) {
        double s = 0;
        if (perPair && powered()) {
            // the per-pair form on the gaps, relative to the largest gap
            double m = 0;
            for (int j = 0; j < length; j++) {
                m = Math.max(m, gap(q[qOffset + j], lower[boxOffset + j], upper[boxOffset + j]));
            }
            if (m == 0 || Double.isInfinite(m)) {
                return m;
            }
            for (int j = 0; j < length; j++) {
                double r = gap(q[qOffset + j], lower[boxOffset + j], upper[boxOffset + j]) / m;
                s += p == 2 ? r * r : Math.pow(r, p);
            }
            return m * (p == 2 ? Math.sqrt(s) : Math.pow(s, 1 / p));
        }
        switch (kind) {
            case EUCLIDEAN:
                for (int j = 0; j < length; j++) {
                    double gap = gap(q[qOffset + j], lower[boxOffset + j], upper[boxOffset + j]);
                    s += gap * gap;
                }
                return s;
            case MANHATTAN:
                for (int j = 0; j < length; j++) {
                    s += gap(q[qOffset + j], lower[boxOffset + j], upper[boxOffset + j]);
                }
                return s;
            case CHEBYSHEV:
                for (int j = 0; j < length; j++) {
                    s = Math.max(s, gap(q[qOffset + j], lower[boxOffset + j], upper[boxOffset + j]));
                }
                return s;
            default:
                for (int j = 0; j < length; j++) {
                    s += Math.pow(gap(q[qOffset + j], lower[boxOffset + j], upper[boxOffset + j]), p);
                }
                return s;
        }
    }

    /** How far {@code x} lies outside {@code [lo, hi]}; 0 inside. */
    private static double gap(double x, double lo, double hi) {
        return Math.max(Math.max(lo - x, x - hi), 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Distance && ((Distance) o).kind == kind
                && Double.compare(((Distance) o).p, p) == 0 && ((Distance) o).perPair == perPair;
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + Double.hashCode(p) + (perPair ? 1 : 0);
    }

    /** @return the name: {@code euclidean}, {@code manhattan}, {@code chebyshev}, {@code minkowski(p=3)}, {@code cosine} */
    @Override
    public String toString() {
        if (kind == Kind.MINKOWSKI) {
            return "minkowski(p=" + Check.format(p) + ")";
        }
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
