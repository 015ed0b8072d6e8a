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

    private final Kind kind;
    private final double p;

    private Distance(Kind kind, double p) {
        this.kind = kind;
        this.p = p;
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
     *     an exact power of two and scaled back, so it is infinite only when the distance itself exceeds
     *     the largest double
     * @throws IllegalArgumentException if the lengths differ
     */
    public double between(double[] a, double[] b) {
        Check.notNull("a", a);
        Check.notNull("b", b);
        Check.sameLength("a", a.length, "b", b.length);
        // rows near the ends of the double range: both scaled by one exact power of two, the distance
        // computed there and scaled back (cosine does not depend on the scale)
        int scale = Scaling.scaleExponent(Math.max(Scaling.maxAbs(a, 0, a.length), Scaling.maxAbs(b, 0, b.length)),
                Scaling.window(kind == Kind.COSINE ? 2 : p));
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

    /** Converts a reduced distance back to the distance proper. */
    double fromReduced(double reduced) {
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
                && Double.compare(((Distance) o).p, p) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + Double.hashCode(p);
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
