package io.github.classicml.core.testing;

import io.github.classicml.core.Clusterer;
import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of a learner that fits a {@link Clusterer}: the shared checks of {@link LearnerContract},
 * plus that it recovers well-separated blobs (purity and inverse purity at least 0.95 against the blob
 * each row came from, so neither one cluster for everything nor one cluster per row passes), that every
 * answer is a cluster index in range, and that {@code predict(double[][])} agrees with the other forms.
 * The learner under test must make {@link #EASY_CLUSTERS} clusters, or override {@link #easyCase()}.
 *
 * @param <M> the model type
 */
public interface ClustererContract<M extends Clusterer> extends LearnerContract<M> {

    /** The number of blobs in the easy case. */
    int EASY_CLUSTERS = 3;

    /** The lowest purity and inverse purity accepted on the easy case. */
    double EASY_PURITY = 0.95;

    /** By default unlabeled standard normal rows. */
    @Override
    default Dataset contractData(SplittableRandom rng, int rows, int columns) {
        return RandomData.unlabeled(rng, rows, columns);
    }

    @Override
    default double[] answerRow(M model, double[] row) {
        return new double[] {model.predict(row)};
    }

    @Override
    default double[][] answerBatch(M model, Dataset data) {
        int[] clusters = model.predict(data);
        double[][] out = new double[clusters.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[] {clusters[i]};
        }
        return out;
    }

    @Override
    default double[][] answerArrays(M model, double[][] rows) {
        int[] clusters = model.predict(rows);
        double[][] out = new double[clusters.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[] {clusters[i]};
        }
        return out;
    }

    /**
     * At 10^&plusmn;300 a scale-invariant clusterer puts every probe in the cluster of the unscaled fit
     * (compared on the first answer, the cluster index; distances a test adds scale with the data).
     */
    @Override
    default void assertAnswersAtScale(double scale, double[][] unscaled, double[][] scaled) {
        for (int i = 0; i < unscaled.length; i++) {
            assertEquals(unscaled[i][0], scaled[i][0], 0.0, "scale " + scale + ", row " + i + ": the cluster");
        }
    }

    /** @return an easy problem: {@link #EASY_CLUSTERS} well-separated blobs, 90 rows, labelled by blob */
    default Dataset easyCase() {
        return RandomData.blobs(new SplittableRandom(2024), 90, 3, EASY_CLUSTERS, 10.0);
    }

    @Test
    default void contract_recoversWellSeparatedBlobs() {
        Dataset data = easyCase();
        M model = learner().fit(data.withoutTargets());
        int[] clusters = model.predict(data.withoutTargets());
        int[][] counts = new int[model.clusters()][data.classCount()];
        for (int i = 0; i < clusters.length; i++) {
            counts[clusters[i]][data.classOf(i)]++;
        }
        int purity = 0;
        for (int[] cluster : counts) {
            int max = 0;
            for (int c : cluster) {
                max = Math.max(max, c);
            }
            purity += max;
        }
        int inversePurity = 0;
        for (int c = 0; c < data.classCount(); c++) {
            int max = 0;
            for (int[] cluster : counts) {
                max = Math.max(max, cluster[c]);
            }
            inversePurity += max;
        }
        double n = data.rows();
        assertTrue(purity / n >= EASY_PURITY, "purity must be >= " + EASY_PURITY + ", got " + purity / n);
        assertTrue(inversePurity / n >= EASY_PURITY,
                "inverse purity must be >= " + EASY_PURITY + ", got " + inversePurity / n);
    }

    @Test
    default void contract_clusters_inRangeInEveryForm() {
        M model = learner().fit(training());
        Dataset probes = probes();
        int[] batch = model.predict(probes);
        assertArrayEquals(batch, model.predict(probes.toArray()));
        for (int c : batch) {
            assertTrue(c >= 0 && c < model.clusters(), "cluster " + c + " of " + model.clusters());
        }
    }
}
