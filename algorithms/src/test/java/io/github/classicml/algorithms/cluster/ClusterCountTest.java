package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.api.Test;

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
        // iris splits best into two groups by silhouette (setosa vs the rest): 0.681 for k = 2, 0.553 for k = 3
        assertTrue(s[0] > s[1] && s[1] > s[2], java.util.Arrays.toString(s));
        assertEquals(0.681, s[0], 1e-3);
        assertEquals("maxClusters must be <= the number of rows - 1 (149), got 150",
                assertThrows(IllegalArgumentException.class,
                        () -> ClusterCount.silhouettes(learner, iris, 150)).getMessage());
    }
}
