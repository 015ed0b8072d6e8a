package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The distributed entry of k-means: hand-worked steps, and one run of steps equal to {@link KMeans#fitFrom}. */
class KMeansStepsTest {

    @Test
    void update_isTheMeanOfEachCluster() {
        // cluster 0: sum (2, 4) over 2 rows -> (1, 2); cluster 1: sum (9, 3) over 3 rows -> (3, 1)
        assertArrayEquals(new double[] {1, 2, 3, 1}, KMeansSteps.update(new double[] {2, 4, 9, 3}, new long[] {2, 3}, 2));
    }

    @Test
    void update_refusesAnEmptyCluster() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KMeansSteps.update(new double[] {2, 4, 0, 0}, new long[] {2, 0}, 2));
        assertEquals("counts[1] must be >= 1 (refill empty clusters first), got 0", e.getMessage());
    }

    @Test
    void nearest_breaksTiesToTheLowestIndex() {
        // (1, 0) is at squared distance 1 from both (0, 0) and (2, 0)
        assertEquals(0, KMeansSteps.nearest(new double[] {0, 0, 2, 0}, 2, new double[] {1, 0}));
        assertEquals(1, KMeansSteps.nearest(new double[] {0, 0, 2, 0}, 2, new double[] {1.5, 0}));
    }

    @Test
    void absoluteTolerance_isTheRelativeToleranceTimesTheMeanVariance() {
        // variances 2 and 4: mean 3, times 1e-4
        assertEquals(3e-4, KMeansSteps.absoluteTolerance(1e-4, new double[] {2, 4}), 1e-18);
    }

    @Test
    void stepsByHand_giveTheModelOfFitFrom() {
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {9, 9}, {9, 10}, {10, 9}};
        double[][] start = {{0, 0}, {1, 0}};
        KMeans learner = KMeans.of(2);
        KMeansModel expected = learner.fitFrom(Dataset.of(x), start);
        // iteration 1 from (0,0),(1,0): cluster 0 = {(0,0),(0,1)}, cluster 1 = the other four
        double[] centres = {0, 0, 1, 0};
        int iterations = 0;
        int[] labels = new int[x.length];
        int[] previous = null;
        while (true) {
            double[] sums = new double[4];
            long[] counts = new long[2];
            for (int i = 0; i < x.length; i++) {
                labels[i] = KMeansSteps.nearest(centres, 2, x[i]);
                sums[labels[i] * 2] += x[i][0];
                sums[labels[i] * 2 + 1] += x[i][1];
                counts[labels[i]]++;
            }
            double[] updated = KMeansSteps.update(sums, counts, 2);
            iterations++;
            boolean same = previous != null && java.util.Arrays.equals(previous, labels);
            previous = labels.clone();
            if (same) {
                break;
            }
            centres = updated;
        }
        double inertia = 0;
        for (int i = 0; i < x.length; i++) {
            inertia += KMeansSteps.squaredDistance(centres, labels[i], x[i]);
        }
        KMeansModel built = KMeansSteps.model(learner, centres, 2, labels, inertia, iterations);
        assertArrayEquals(expected.labels(), built.labels());
        assertEquals(expected.iterations(), built.iterations());
        assertEquals(expected.inertia(), built.inertia(), 1e-12);
        assertArrayEquals(expected.centres()[0], built.centres()[0], 1e-12);
        assertArrayEquals(expected.centres()[1], built.centres()[1], 1e-12);
    }
}
