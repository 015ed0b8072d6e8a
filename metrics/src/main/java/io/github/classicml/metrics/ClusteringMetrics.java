package io.github.classicml.metrics;

import io.github.classicml.core.Check;
import io.github.classicml.core.internal.linalg.Scaling;
import io.github.classicml.core.internal.linalg.Vectors;

import java.util.Arrays;

/**
 * How good a clustering is, from the rows and their cluster labels: inertia (the within-cluster sum
 * of squares that k-means minimises) and the silhouette coefficient.
 *
 * <p><b>Inertia</b> = Σ_i ‖x_i - μ_(label i)‖², with μ the cluster's centroid: either given (as a
 * k-means model's centres; this is scikit-learn's {@code KMeans.inertia_}) or the mean of the
 * cluster's rows, which is the smallest inertia any centres can give those labels. O(n·d).
 *
 * <p>The <b>silhouette</b> of row i compares a(i), its mean Euclidean distance to the other rows of
 * its own cluster, with b(i), the smallest mean distance to the rows of another cluster:
 * {@code s(i) = (b - a) / max(a, b)}, in [-1, 1]; near 1 the row sits well inside its cluster, near 0
 * on a border, below 0 closer to another cluster. As in scikit-learn, a row alone in its cluster has
 * s = 0, so does a row with a = b = 0 (duplicates split across clusters), and the labels must form
 * between 2 and n - 1 distinct clusters. The silhouette score is the mean of s over all rows. It is
 * computed exactly from all n(n-1)/2 distances (each computed once, accumulated into both rows'
 * per-cluster sums): O(n²·d) time and O(n·k) memory, so it suits thousands of rows, not millions.
 * Labels are any non-negative numbers; they need not be consecutive.
 *
 * <p><b>Rows near the ends of the double range</b> (features of 10^300 or 10^-300, whose squared
 * distances overflow or underflow) are multiplied by one exact power of two before anything is
 * computed ({@code core.internal.linalg.Scaling}): the silhouette, a ratio of distances, is then the
 * same as for the rows scaled to ordinary magnitudes, and the inertia is scaled back exactly; an inertia
 * that itself lies beyond the double range (about 10^600 for rows of 10^300) is an
 * {@link ArithmeticException} naming it, never infinity, 0 or NaN.
 *
 * <p>Reference: P. J. Rousseeuw, "Silhouettes: a graphical aid to the interpretation and validation
 * of cluster analysis", Journal of Computational and Applied Mathematics 20, 53-65, 1987.
 */
public final class ClusteringMetrics {

    private ClusteringMetrics() {
    }

    /**
     * Inertia against the means of the clusters.
     *
     * @param rows the rows, all the same width, finite; not modified
     * @param labels the cluster of each row, {@code >= 0}; not modified
     * @return Σ ‖x - mean of its cluster‖²
     * @throws ArithmeticException if the inertia lies beyond the double range (rows near 10^300 or
     *     10^-300), naming its approximate value
     */
    public static Measure inertia(double[][] rows, int[] labels) {
        int d = Inputs.rows("rows", rows);
        int[] dense = denseLabels(rows, labels);
        int k = max(dense) + 1;
        int scale = scaleOf(rows, null);
        double[][] x = scaled(rows, scale);
        double[][] centroids = new double[k][d];
        int[] sizes = new int[k];
        for (int i = 0; i < x.length; i++) {
            sizes[dense[i]]++;
            Vectors.axpy(1.0, x[i], centroids[dense[i]]);
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                centroids[c][j] /= sizes[c];
            }
        }
        return inertiaMeasure("Σ ‖x - mean of its cluster‖²", rows.length, k,
                unscaledInertia(sumOfSquares(x, dense, centroids), scale));
    }

    /**
     * Inertia against given centres, as k-means reports it.
     *
     * @param rows the rows, all the same width, finite; not modified
     * @param labels the cluster of each row, in {@code [0, centroids.length)}; not modified
     * @param centroids the centre of each cluster, as wide as the rows, finite; not modified
     * @return Σ ‖x - centre of its cluster‖²
     * @throws ArithmeticException if the inertia lies beyond the double range, naming its approximate value
     */
    public static Measure inertia(double[][] rows, int[] labels, double[][] centroids) {
        int d = Inputs.rows("rows", rows);
        int width = Inputs.rows("centroids", centroids);
        Check.that(width == d, () -> "centroids have " + width + " columns but rows have " + d);
        Check.notNull("labels", labels);
        Check.sameLength("rows", rows.length, "labels", labels.length);
        for (int i = 0; i < labels.length; i++) {
            Check.classIndex("labels", i, labels[i], centroids.length);
        }
        int scale = scaleOf(rows, centroids);
        return inertiaMeasure("Σ ‖x - centre of its cluster‖²", rows.length, centroids.length,
                unscaledInertia(sumOfSquares(scaled(rows, scale), labels, scaled(centroids, scale)), scale));
    }

    /**
     * The power of two that brings the rows (and centroids, when given) to safe magnitudes: 0 unless their
     * largest magnitude lies far from 1 ({@link Scaling#scaleExponent}).
     */
    private static int scaleOf(double[][] rows, double[][] centroids) {
        double max = 0;
        for (double[] row : rows) {
            max = Math.max(max, Scaling.maxAbs(row, 0, row.length));
        }
        if (centroids != null) {
            for (double[] row : centroids) {
                max = Math.max(max, Scaling.maxAbs(row, 0, row.length));
            }
        }
        return Scaling.scaleExponent(max, Scaling.window(2));
    }

    /** The rows times {@code 2^scale}: the rows themselves when {@code scale} is 0, else copies. */
    private static double[][] scaled(double[][] rows, int scale) {
        if (scale == 0) {
            return rows;
        }
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i].clone();
            Scaling.scale(out[i], 0, out[i].length, scale);
        }
        return out;
    }

    /** An inertia computed on rows times {@code 2^scale}, in the rows' units, or the error naming it. */
    private static double unscaledInertia(double scaledValue, int scale) {
        double v = Scaling.unscale(scaledValue, scale, 2);
        if (scaledValue != 0 && !(v >= Double.MIN_NORMAL && v <= Double.MAX_VALUE)) {
            throw new ArithmeticException("inertia must lie within the double range to be returned, got about "
                    + Scaling.approximately(scaledValue, -2L * scale));
        }
        return v;
    }

    private static Measure inertiaMeasure(String formula, int rows, int clusters, double value) {
        return new Measure("inertia", formula, "sum over " + rows + (rows == 1 ? " row" : " rows") + " in " + clusters
                + (clusters == 1 ? " cluster" : " clusters"), value);
    }

    /**
     * The silhouette of every row.
     *
     * @param rows the rows, all the same width, finite; not modified
     * @param labels the cluster of each row, {@code >= 0}, 2 to n - 1 distinct; not modified
     * @return s(i) for each row, in [-1, 1]
     */
    public static double[] silhouetteSamples(double[][] rows, int[] labels) {
        Inputs.rows("rows", rows);
        int[] dense = denseLabels(rows, labels);
        int k = max(dense) + 1;
        int n = rows.length;
        Check.that(k >= 2 && k <= n - 1, () -> "labels must form between 2 and n - 1 = " + (n - 1)
                + " distinct clusters, got " + k);
        int[] sizes = new int[k];
        for (int label : dense) {
            sizes[label]++;
        }
        // a ratio of distances: rows near the ends of the double range are scaled by an exact power of two
        double[][] x = scaled(rows, scaleOf(rows, null));
        // sums[i * k + c]: total distance from row i to the rows of cluster c
        double[] sums = new double[n * k];
        for (int i = 0; i < n; i++) {
            double[] xi = x[i];
            int li = dense[i];
            for (int j = i + 1; j < n; j++) {
                double dist = Math.sqrt(Vectors.squaredEuclidean(xi, x[j]));
                sums[i * k + dense[j]] += dist;
                sums[j * k + li] += dist;
            }
        }
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            int own = dense[i];
            if (sizes[own] == 1) {
                continue; // a row alone in its cluster has s = 0
            }
            double a = sums[i * k + own] / (sizes[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own) {
                    b = Math.min(b, sums[i * k + c] / sizes[c]);
                }
            }
            double scale = Math.max(a, b);
            s[i] = scale == 0 ? 0 : (b - a) / scale;
        }
        return s;
    }

    /**
     * The silhouette score: the mean silhouette of all rows.
     *
     * @param rows the rows, all the same width, finite; not modified
     * @param labels the cluster of each row, {@code >= 0}, 2 to n - 1 distinct; not modified
     * @return the mean of {@link #silhouetteSamples}, in [-1, 1]
     */
    public static Ratio silhouetteScore(double[][] rows, int[] labels) {
        double sum = 0;
        double[] s = silhouetteSamples(rows, labels);
        for (double v : s) {
            sum += v;
        }
        return Ratio.of("silhouette", "Σ s(i) / n", sum, s.length, ZeroDivision.ZERO);
    }

    /**
     * Validates labels against the rows and renumbers the clusters {@code 0..k-1} in the order of
     * their labels, so that labels may skip numbers.
     */
    private static int[] denseLabels(double[][] rows, int[] labels) {
        Check.notNull("labels", labels);
        Check.sameLength("rows", rows.length, "labels", labels.length);
        for (int i = 0; i < labels.length; i++) {
            Check.atLeast("labels", i, labels[i], 0);
        }
        int[] distinct = labels.clone();
        Arrays.sort(distinct);
        int k = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (i == 0 || distinct[i] != distinct[i - 1]) {
                distinct[k++] = distinct[i];
            }
        }
        int[] dense = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            dense[i] = Arrays.binarySearch(distinct, 0, k, labels[i]);
        }
        return dense;
    }

    private static int max(int[] values) {
        int m = 0;
        for (int v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static double sumOfSquares(double[][] rows, int[] labels, double[][] centroids) {
        double sum = 0;
        for (int i = 0; i < rows.length; i++) {
            sum += Vectors.squaredEuclidean(rows[i], centroids[labels[i]]);
        }
        return sum;
    }
}
