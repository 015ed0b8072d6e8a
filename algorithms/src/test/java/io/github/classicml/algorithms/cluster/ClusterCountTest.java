package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.algorithms.ReferenceCsv;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterCountTest {

    @Test
    void elbow_inertiaFallsWithK_andSilhouettePrefersTwoOnIris() {
        Dataset iris = Datasets.iris().withoutTargets();
        KMeans learner = KMeans.of(1).withRestarts(5);
        double[] inertia = ClusterCount.elbow(learner, iris, 6);
        assertEquals(6, inertia.length);
        for (int k = 1; k < inertia.length; k++) {
            assertTrue(inertia[k] < inertia[k - 1], "k = " + (k + 1));
        }
        // scikit-learn's best k = 3 inertia on iris is 78.85 (reference/cluster/kmeans_best.csv)
        assertEquals(78.851441426146, inertia[2], 1e-9);
        double[] s = ClusterCount.silhouettes(learner, iris, 4);
        // iris splits best into two groups by silhouette (setosa vs the rest); scikit-learn's k-means
        // partitions give 0.6810461692117462 (k = 2) and 0.5528190123564095 (k = 3): reference/cluster/silhouette_iris.csv
        assertTrue(s[0] > s[1] && s[1] > s[2], java.util.Arrays.toString(s));
        List<String[]> reference = ReferenceCsv.read("/reference/cluster/silhouette_iris.csv");
        for (int k = 2; k <= 3; k++) {
            double expected = Double.parseDouble(reference.get(k - 2)[2]);
            assertEquals(expected, s[k - 2], 1e-12 * expected, "k = " + k);
            assertEquals(Double.parseDouble(reference.get(k - 2)[1]), inertia[k - 1], 1e-12 * inertia[k - 1], "k = " + k);
        }
        assertEquals("maxClusters must be <= the number of rows - 1 (149), got 150",
                assertThrows(IllegalArgumentException.class,
                        () -> ClusterCount.silhouettes(learner, iris, 150)).getMessage());
    }
}
