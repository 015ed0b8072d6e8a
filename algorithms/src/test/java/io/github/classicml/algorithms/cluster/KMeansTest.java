package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Progress;
import io.github.classicml.core.ProgressLog;
import io.github.classicml.core.testing.ClustererContract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KMeansTest implements ClustererContract<KMeansModel> {

    @Override
    public Learner<KMeansModel> learner() {
        return KMeans.of(3).withRestarts(2).withSeed(5);
    }

    @Override
    public boolean randomised() {
        return true;
    }

    @Override
    public Learner<KMeansModel> learnerWithSeed(long seed) {
        return KMeans.of(3).withRestarts(2).withSeed(seed);
    }

    @Override
    public int minimumRows() {
        return 3;
    }

    /** The nearest centre, then the distances to all centres. */
    @Override
    public double[] answerRow(KMeansModel model, double[] row) {
        double[] d = model.transform(row);
        double[] out = new double[1 + d.length];
        out[0] = model.predict(row);
        System.arraycopy(d, 0, out, 1, d.length);
        return out;
    }

    @Override
    public double[][] answerBatch(KMeansModel model, Dataset data) {
        int[] labels = model.predict(data);
        double[][] d = model.transform(data).toArray();
        double[][] out = new double[labels.length][];
        for (int i = 0; i < labels.length; i++) {
            out[i] = new double[1 + d[i].length];
            out[i][0] = labels[i];
            System.arraycopy(d[i], 0, out[i], 1, d[i].length);
        }
        return out;
    }

    private static Dataset line(double... values) {
        double[][] x = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            x[i] = new double[] {values[i]};
        }
        return Dataset.of(x);
    }

    @Test
    void fitFrom_handWorked_threeIterations() {
        // 0, 1, 10, 11 from centres 0 and 1:
        // it 1: {0} {1, 10, 11} -> centres 0, 22/3; it 2: {0, 1} {10, 11} -> 0.5, 10.5; it 3: same labels, stop
        for (KMeans.Algorithm algorithm : KMeans.Algorithm.values()) {
            ProgressLog log = new ProgressLog();
            KMeansModel m = KMeans.of(2).withAlgorithm(algorithm)
                    .fitFrom(line(0, 1, 10, 11), new double[][] {{0}, {1}}, log);
            assertEquals(3, m.iterations(), algorithm.name());
            assertArrayEquals(new int[] {0, 0, 1, 1}, m.labels());
            assertArrayEquals(new double[] {0.5}, m.centres()[0], 0.0);
            assertArrayEquals(new double[] {10.5}, m.centres()[1], 0.0);
            assertEquals(4 * 0.25, m.inertia(), 0.0);
            // trace: inertia 0 + 0 + 81 + 100 = 181 to centres 0 and 1; then 0 + 1 + (8/3)^2 + (11/3)^2 to 0, 22/3
            List<Progress> t = log.steps();
            assertEquals(3, t.size());
            assertEquals(181.0, t.get(0).loss(), 0.0);
            assertEquals(1 + 64 / 9.0 + 121 / 9.0, t.get(1).loss(), 1e-12);
            assertEquals(1.0, t.get(2).loss(), 0.0);
            assertEquals((22 / 3.0 - 1) * (22 / 3.0 - 1), t.get(0).change(), 1e-12);
            assertEquals(0.0, t.get(2).change(), 0.0);
        }
    }

    @Test
    void fitFrom_emptyCluster_takesFarthestRowOfAClusterWithTwoRows() {
        // centres 0, 1 and 100: nobody picks 100; the row farthest from its centre (11, at 1) takes it
        KMeansModel m = KMeans.of(3).withMaxIterations(1).fitFrom(line(0, 1, 10, 11), new double[][] {{0}, {1}, {100}});
        double[][] c = m.centres();
        assertArrayEquals(new double[] {0}, c[0], 0.0);
        assertArrayEquals(new double[] {5.5}, c[1], 0.0);
        assertArrayEquals(new double[] {11}, c[2], 0.0);
        for (double[] centre : c) {
            assertFalse(Double.isNaN(centre[0]));
        }
    }

    @Test
    void predictAndTransform_handWorked() {
        KMeansModel m = KMeans.of(2).fitFrom(line(0, 1, 10, 11), new double[][] {{0}, {1}});
        assertEquals(0, m.predict(new double[] {5.5}), "equidistant: lowest centre index");
        assertEquals(1, m.predict(new double[] {6}));
        assertArrayEquals(new double[] {2.5, 7.5}, m.transform(new double[] {3}), 0.0);
        assertEquals(0.25 + 0.25, m.inertia(line(0, 11)), 0.0);
        assertEquals("row must be finite; entry 0 is NaN",
                assertThrows(IllegalArgumentException.class, () -> m.predict(new double[] {Double.NaN})).getMessage());
    }

    @Test
    void fit_fewerDistinctRowsThanClusters_throws() {
        Dataset data = line(1, 1, 2, 2, 2);
        assertEquals("clusters must be <= the number of distinct rows (2), got 3",
                assertThrows(IllegalArgumentException.class, () -> KMeans.of(3).fit(data)).getMessage());
        assertEquals("clusters must be <= the number of rows (5), got 6",
                assertThrows(IllegalArgumentException.class, () -> KMeans.of(6).fit(data)).getMessage());
        // -0.0 and 0.0 are the same point
        assertEquals("clusters must be <= the number of distinct rows (1), got 2",
                assertThrows(IllegalArgumentException.class, () -> KMeans.of(2).fit(line(0.0, -0.0))).getMessage());
        assertEquals(2, KMeans.of(2).fit(data).clusters());
    }

    @Test
    void learner_rejectsBadSettings() {
        assertEquals("clusters must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> KMeans.of(0)).getMessage());
        assertEquals("restarts must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> KMeans.of(2).withRestarts(0)).getMessage());
        assertEquals("tolerance must be >= 0 and finite, got -1",
                assertThrows(IllegalArgumentException.class, () -> KMeans.of(2).withTolerance(-1)).getMessage());
        assertEquals("maxIterations must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> KMeans.of(2).withMaxIterations(0)).getMessage());
        assertEquals("initialCentres must have 2 rows (clusters), got 1",
                assertThrows(IllegalArgumentException.class,
                        () -> KMeans.of(2).fitFrom(line(0, 1), new double[][] {{0}})).getMessage());
        assertEquals("initialCentres must have 1 columns in every row; row 1 has 2",
                assertThrows(IllegalArgumentException.class,
                        () -> KMeans.of(2).fitFrom(line(0, 1), new double[][] {{0}, {1, 2}})).getMessage());
    }

    @Test
    void progress_reportsEveryIterationOfEveryRestart() {
        ProgressLog log = new ProgressLog();
        KMeans.of(2).withRestarts(3).fit(line(0, 1, 10, 11, 20), log);
        for (int round = 1; round <= 3; round++) {
            List<Progress> steps = log.steps(round);
            assertFalse(steps.isEmpty(), "round " + round);
            for (int t = 0; t < steps.size(); t++) {
                Progress p = steps.get(t);
                assertEquals(3, p.rounds());
                assertEquals(t + 1, p.step());
                assertEquals(300, p.maxSteps());
            }
        }
    }
}
