package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.linalg.Vectors;

import java.util.Arrays;

/**
 * Aids for choosing the number of clusters k: the elbow curve and the mean silhouette.
 *
 * <ul>
 *   <li><b>Elbow</b>: the inertia for k = 1, 2, ..., K. Inertia always falls as k grows (k = n gives 0),
 *       so the best k is not its minimum but the "elbow" where adding a cluster stops paying much.</li>
 *   <li><b>Silhouette</b>: for row i with mean distance {@code a} to the other rows of its cluster and
 *       mean distance {@code b} to the rows of the nearest other cluster, {@code s = (b - a) / max(a, b)},
 *       in [-1, 1]: near 1 the row sits well inside its cluster, near 0 on a border, negative in the
 *       wrong cluster. A row alone in its cluster scores 0. The mean over all rows is higher for better
 *       separated clusterings and, unlike the inertia, can be compared across k. Euclidean distances,
 *       O(n²·p) time; exact, with no sampling.</li>
 * </ul>
 *
 * <p>Reference: R. L. Thorndike, "Who belongs in the family?", Psychometrika 18(4), 1953 (elbow);
 * P. J. Rousseeuw, "Silhouettes: a graphical aid to the interpretation and validation of cluster
 * analysis", Journal of Computational and Applied Mathematics 20, 1987.
 */
public final class ClusterCount {

    private ClusterCount() {
    }

    /**
     * Fits k-means for every k from 1 to {@code maxClusters}.
     *
     * @param learner the k-means settings; its {@code clusters} is replaced by each k
     * @param data the rows; not modified
     * @param maxClusters the largest k, at least 1
     * @return {@code inertia[k - 1]} for k = 1..maxClusters
     */
    public static double[] elbow(KMeans learner, Dataset data, int maxClusters) {
        Check.notNull(learner, "learner");
        Check.atLeast("maxClusters", maxClusters, 1);
        double[] out = new double[maxClusters];
        for (int k = 1; k <= maxClusters; k++) {
            out[k - 1] = learner.withClusters(k).fit(data).inertia();
        }
        return out;
    }

    /**
     * Fits k-means for every k from 2 to {@code maxClusters} and scores each clustering.
     *
     * @param learner the k-means settings; its {@code clusters} is replaced by each k
     * @param data the rows; not modified
     * @param maxClusters the largest k, at least 2 and less than the number of rows
     * @return {@code silhouette[k - 2]}, the mean silhouette of the k-means labels, for k = 2..maxClusters
     */
    public static double[] silhouettes(KMeans learner, Dataset data, int maxClusters) {
        Check.notNull(learner, "learner");
        Check.notNull(data, "data");
        Check.atLeast("maxClusters", maxClusters, 2);
        Check.atMost("maxClusters", maxClusters, data.rows() - 1, "the number of rows - 1");
        double[] out = new double[maxClusters - 1];
        for (int k = 2; k <= maxClusters; k++) {
            out[k - 2] = meanSilhouette(data, learner.withClusters(k).fit(data).labels());
        }
        return out;
    }

    /**
     * The mean silhouette coefficient of a labelling.
     *
     * @param data the rows; not modified
     * @param labels one cluster index (0 or more) per row, at least 2 and at most n - 1 distinct; not
     *     modified
     * @return the mean over rows of {@code (b - a) / max(a, b)}
     * @throws IllegalArgumentException if the labels do not fit the rows
     */
    public static double meanSilhouette(Dataset data, int[] labels) {
        Check.notNull(data, "data");
        Check.notNull(labels, "labels");
        Check.sameLength("data rows", data.rows(), "labels", labels.length);
        Check.finiteFeatures(data);
        int n = data.rows();
        int p = data.columns();
        int k = 0;
        for (int i = 0; i < n; i++) {
            Check.atLeast("labels[" + i + "]", labels[i], 0);
            k = Math.max(k, labels[i] + 1);
        }
        int[] size = new int[k];
        for (int label : labels) {
            size[label]++;
        }
        int used = 0;
        for (int s : size) {
            used += s > 0 ? 1 : 0;
        }
        Check.that(used >= 2 && used <= n - 1, "labels must hold between 2 and " + (n - 1)
                + " (rows - 1) distinct clusters, got " + used);
        double[] x = data.features();
        double total = 0;
        double[] sum = new double[k];
        for (int i = 0; i < n; i++) {
            Arrays.fill(sum, 0);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    sum[labels[j]] += Math.sqrt(Vectors.squaredEuclidean(x, i * p, x, j * p, p));
                }
            }
            int own = labels[i];
            if (size[own] == 1) {
                continue;
            }
            double a = sum[own] / (size[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && size[c] > 0) {
                    b = Math.min(b, sum[c] / size[c]);
                }
            }
            double m = Math.max(a, b);
            total += m == 0 ? 0 : (b - a) / m;
        }
        return total / n;
    }
}
