package io.github.classicml.metrics;

import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusteringMetricsTest {

    private static final double[][] LINE = {{0}, {1}, {5}, {6}};
    private static final int[] TWO = {0, 0, 1, 1};

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    @Test
    void silhouette_handWorked() {
        // row 0: a = 1, b = (5 + 6) / 2 = 5.5; row 1: a = 1, b = (4 + 5) / 2 = 4.5; rows 2, 3 mirror them
        double[] expected = {4.5 / 5.5, 3.5 / 4.5, 3.5 / 4.5, 4.5 / 5.5};
        assertArrayEquals(expected, ClusteringMetrics.silhouetteSamples(LINE, TWO), 1e-15);
        assertEquals((expected[0] + expected[1] + expected[2] + expected[3]) / 4,
                ClusteringMetrics.silhouetteScore(LINE, TWO).value(), 1e-15);
    }

    @Test
    void silhouette_singletonClusterScoresZero_andLabelsMaySkipNumbers() {
        // row 3 alone in cluster 7: s = 0; row 2 (at 5): a = (5 + 4) / 2 = 4.5, b = 1 -> (1 - 4.5) / 4.5
        double[] s = ClusteringMetrics.silhouetteSamples(new double[][] {{0}, {1}, {5}, {6}}, new int[] {3, 3, 3, 7});
        assertEquals(0.0, s[3]);
        assertEquals((1 - 4.5) / 4.5, s[2], 1e-15);
    }

    @Test
    void inertia_handWorked() {
        // means 0.5 and 5.5: four squared distances of 0.25
        assertEquals(1.0, ClusteringMetrics.inertia(LINE, TWO).value());
        // centres 1 and 5: (0 - 1)² + 0 + 0 + (6 - 5)²
        assertEquals(2.0, ClusteringMetrics.inertia(LINE, TWO, new double[][] {{1}, {5}}).value());
    }

    @Test
    void invalidInput_namesTheProblem() {
        assertEquals("labels must form between 2 and n - 1 = 3 distinct clusters, got 1", assertThrows(
                IllegalArgumentException.class, () -> ClusteringMetrics.silhouetteScore(LINE, new int[4]).value()).getMessage());
        assertEquals("labels must form between 2 and n - 1 = 3 distinct clusters, got 4", assertThrows(
                IllegalArgumentException.class,
                () -> ClusteringMetrics.silhouetteScore(LINE, new int[] {0, 1, 2, 3}).value()).getMessage());
        assertEquals("labels must be >= 0; entry 2 is -1", assertThrows(IllegalArgumentException.class,
                () -> ClusteringMetrics.inertia(LINE, new int[] {0, 0, -1, 1}).value()).getMessage());
        assertEquals("rows must have 1 columns in every row; row 1 has 2", assertThrows(IllegalArgumentException.class,
                () -> ClusteringMetrics.inertia(new double[][] {{0}, {1, 2}}, new int[2]).value()).getMessage());
        assertEquals("rows must be finite; row 1, column 0 is NaN", assertThrows(IllegalArgumentException.class,
                () -> ClusteringMetrics.inertia(new double[][] {{0}, {Double.NaN}}, new int[2]).value()).getMessage());
        assertEquals("centroids have 2 columns but rows have 1", assertThrows(IllegalArgumentException.class,
                () -> ClusteringMetrics.inertia(LINE, TWO, new double[][] {{1, 1}, {5, 5}}).value()).getMessage());
        assertEquals("labels must hold class indices in [0, 1]; entry 2 is 2", assertThrows(IllegalArgumentException.class,
                () -> ClusteringMetrics.inertia(LINE, new int[] {0, 0, 2, 1}, new double[][] {{1}, {5}}).value()).getMessage());
        assertEquals("rows has 4 entries but labels has 3", assertThrows(IllegalArgumentException.class,
                () -> ClusteringMetrics.silhouetteSamples(LINE, new int[3])).getMessage());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void silhouette_inRange_andMeansMinimiseInertia(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(4, 60);
        int k = rng.nextInt(2, 4);
        double[][] x = RandomData.blobs(rng, n, 3, k, 4).toArray();
        int[] labels = RandomData.labels(rng, n, k);
        labels[0] = 0;
        labels[1] = 1;
        labels[2] = 1;
        for (double s : ClusteringMetrics.silhouetteSamples(x, labels)) {
            assertTrue(s >= -1 && s <= 1, "silhouette " + s);
        }
        double[][] shifted = new double[k][3];
        for (double[] c : shifted) {
            for (int j = 0; j < 3; j++) {
                c[j] = rng.nextDouble(-1, 1);
            }
        }
        assertTrue(ClusteringMetrics.inertia(x, labels).value() <= ClusteringMetrics.inertia(x, labels, shifted).value() + 1e-9);
    }
}
