package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.metrics.ClusteringMetrics;

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
 *       separated clusterings and, unlike the inertia, can be compared across k. Computed exactly by
 *       {@link ClusteringMetrics#silhouetteScore(double[][], int[])}: O(n²·p) time per k.</li>
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
        Check.notNull("learner", learner);
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
        Check.notNull("learner", learner);
        Check.notNull("data", data);
        Check.atLeast("maxClusters", maxClusters, 2);
        Check.atMost("maxClusters", maxClusters, data.rows() - 1, "the number of rows - 1");
        double[][] rows = data.toArray();
        double[] out = new double[maxClusters - 1];
        for (int k = 2; k <= maxClusters; k++) {
            out[k - 2] = ClusteringMetrics.silhouetteScore(rows, learner.withClusters(k).fit(data).labels()).value();
        }
        return out;
    }
}
