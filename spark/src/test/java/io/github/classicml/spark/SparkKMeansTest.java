package io.github.classicml.spark;

import io.github.classicml.algorithms.ModelFiles;
import io.github.classicml.algorithms.cluster.KMeans;
import io.github.classicml.algorithms.cluster.KMeansModel;
import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Distributed k-means equals {@link KMeans#fitFrom} from the same centres, for 1, 2 and 7 partitions. */
class SparkKMeansTest extends LocalSparkTest {

    /** Three Gaussian blobs in three columns, 300 rows. */
    private static double[][] blobs(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[300][3];
        for (int i = 0; i < x.length; i++) {
            int blob = i % 3;
            for (int j = 0; j < 3; j++) {
                x[i][j] = 4.0 * blob * (j == blob ? 1 : 0.3) + random.nextGaussian();
            }
        }
        return x;
    }

    @ParameterizedTest(name = "partitions={0}")
    @ValueSource(ints = {1, 2, 7})
    void sameIterationsLabelsAndCentresAsOneMachine(int partitions) throws Exception {
        double[][] x = blobs(11);
        double[][] start = {x[0].clone(), x[1].clone(), x[4].clone()};
        KMeans learner = KMeans.of(3).withAlgorithm(KMeans.Algorithm.LLOYD).withTolerance(0.0);
        KMeansModel local = learner.fitFrom(Dataset.of(x), start);
        KMeansModel distributed = SparkFit.kMeans(learner,
                SparkData.of(LocalSpark.frame(spark, x, null, partitions), LocalSpark.columnNames(3)), start);
        assertArrayEquals(local.labels(), distributed.labels());
        assertEquals(local.iterations(), distributed.iterations());
        assertTrue(local.iterations() > 1);
        assertClose(local, distributed);
        // an ordinary model: it saves and loads as a model file, with its labels
        KMeansModel loaded = ModelFiles.fromBytes(ModelFiles.toBytes(distributed), "test", KMeansModel.class);
        assertArrayEquals(distributed.labels(), loaded.labels());
        assertEquals(distributed.predict(x[7]), loaded.predict(x[7]));
    }

    @ParameterizedTest(name = "partitions={0}")
    @ValueSource(ints = {1, 2, 7})
    void emptyClusterRefilledWithTheSameRow(int partitions) {
        double[][] x = blobs(5);
        // the third centre is far from every row: after the first assignment it is empty and is refilled
        // with the row farthest from its centre
        double[][] start = {x[0].clone(), x[1].clone(), {100, 100, 100}};
        KMeans learner = KMeans.of(3).withAlgorithm(KMeans.Algorithm.LLOYD);
        KMeansModel local = learner.fitFrom(Dataset.of(x), start);
        KMeansModel distributed = SparkFit.kMeans(learner,
                SparkData.of(LocalSpark.frame(spark, x, null, partitions), LocalSpark.columnNames(3)), start);
        assertArrayEquals(local.labels(), distributed.labels());
        assertEquals(local.iterations(), distributed.iterations());
        assertClose(local, distributed);
    }

    @Test
    void stopsOnTheToleranceAsOneMachineDoes() {
        double[][] x = blobs(3);
        double[][] start = {x[0].clone(), x[1].clone(), x[2].clone()};
        // a loose tolerance stops on the centre shift before the labels settle
        KMeans learner = KMeans.of(3).withAlgorithm(KMeans.Algorithm.LLOYD).withTolerance(0.05);
        KMeansModel local = learner.fitFrom(Dataset.of(x), start);
        KMeansModel distributed = SparkFit.kMeans(learner,
                SparkData.of(LocalSpark.frame(spark, x, null, 2), LocalSpark.columnNames(3)), start);
        assertEquals(local.iterations(), distributed.iterations());
        assertArrayEquals(local.labels(), distributed.labels());
        assertClose(local, distributed);
    }

    @Test
    void seededFitFindsTheBlobs() {
        double[][] x = blobs(8);
        KMeans learner = KMeans.of(3).withSeed(4);
        KMeansModel distributed = SparkFit.kMeans(learner,
                SparkData.of(LocalSpark.frame(spark, x, null, 2), LocalSpark.columnNames(3)), 100);
        KMeansModel local = learner.fit(Dataset.of(x));
        // both reach the blobs' partition: the same inertia (the labels may be permuted)
        assertEquals(local.inertia(), distributed.inertia(), 1e-9 * local.inertia());
    }

    private static void assertClose(KMeansModel local, KMeansModel distributed) {
        double[][] a = local.centres();
        double[][] b = distributed.centres();
        for (int c = 0; c < a.length; c++) {
            for (int j = 0; j < a[c].length; j++) {
                assertEquals(a[c][j], b[c][j], 1e-12 * Math.max(1, Math.abs(a[c][j])));
            }
        }
        assertEquals(local.inertia(), distributed.inertia(), 1e-12 * local.inertia());
    }
}
