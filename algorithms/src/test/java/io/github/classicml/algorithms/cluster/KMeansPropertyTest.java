package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Progress;
import io.github.classicml.core.ProgressLog;
import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KMeansPropertyTest {

    static LongStream seeds() {
        return LongStream.range(0, 60);
    }

    /** Blobs, or a coarse grid full of duplicates and equidistant centres, or points far from the origin. */
    static Dataset data(SplittableRandom rng) {
        int n = rng.nextInt(10, 3000);
        int p = rng.nextInt(1, 12);
        switch (rng.nextInt(3)) {
            case 0:
                return RandomData.blobs(rng, n, p, rng.nextInt(1, 8), 4.0).withoutTargets();
            case 1: {
                double[][] x = new double[n][p];
                for (double[] row : x) {
                    for (int j = 0; j < p; j++) {
                        row[j] = rng.nextInt(4);
                    }
                }
                return Dataset.of(x);
            }
            default: {
                double[][] x = new double[n][p];
                for (double[] row : x) {
                    for (int j = 0; j < p; j++) {
                        row[j] = 1e5 + RandomData.gaussian(rng);
                    }
                }
                return Dataset.of(x);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void lloydAndHamerly_fromTheSameStart_identicalRuns_whateverTheThreads(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset data = data(rng);
        int k = rng.nextInt(1, 11);
        KMeans.Init init = rng.nextBoolean() ? KMeans.Init.RANDOM : KMeans.Init.K_MEANS_PLUS_PLUS;
        KMeans base = KMeans.of(k).withInit(init).withRestarts(2).withSeed(seed)
                .withTolerance(rng.nextBoolean() ? 0 : 1e-4);
        KMeansModel reference;
        ProgressLog referenceLog = new ProgressLog();
        try {
            reference = base.withAlgorithm(KMeans.Algorithm.LLOYD).withThreads(1).fit(data, referenceLog);
        } catch (IllegalArgumentException tooFewDistinct) {
            assertTrue(tooFewDistinct.getMessage().startsWith("clusters must be <= the number of distinct rows"));
            return;
        }
        for (KMeans.Algorithm algorithm : KMeans.Algorithm.values()) {
            for (int threads : new int[] {1, 2}) {
                ProgressLog log = new ProgressLog();
                KMeansModel m = base.withAlgorithm(algorithm).withThreads(threads).fit(data, log);
                String where = algorithm + " threads " + threads;
                assertArrayEquals(reference.labels(), m.labels(), where);
                assertEquals(reference.iterations(), m.iterations(), where);
                assertEquals(reference.inertia(), m.inertia(), 0.0, where);
                for (int c = 0; c < k; c++) {
                    assertArrayEquals(reference.centres()[c], m.centres()[c], 0.0, where);
                }
                assertEquals(referenceLog.steps(), log.steps(), where);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void inertia_neverIncreasesAcrossIterations_andCentresAreNeverNaN(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset data = data(rng);
        int k = rng.nextInt(1, 11);
        KMeansModel m;
        ProgressLog log = new ProgressLog();
        try {
            m = KMeans.of(k).withInit(KMeans.Init.RANDOM).withRestarts(1).withSeed(seed).withTolerance(0)
                    .withAlgorithm(rng.nextBoolean() ? KMeans.Algorithm.LLOYD : KMeans.Algorithm.HAMERLY)
                    .fit(data, log);
        } catch (IllegalArgumentException tooFewDistinct) {
            return;
        }
        List<Progress> trace = log.steps();
        assertEquals(m.iterations(), trace.size());
        for (int t = 1; t < trace.size(); t++) {
            double before = trace.get(t - 1).loss();
            double after = trace.get(t).loss();
            // the mean of the rows is computed in floating point: allow its rounding, nothing more
            assertTrue(after <= before * (1 + 1e-12), "iteration " + (t + 1) + ": " + before + " -> " + after);
        }
        assertTrue(m.inertia() <= trace.get(trace.size() - 1).loss() * (1 + 1e-12));
        for (double[] c : m.centres()) {
            for (double v : c) {
                assertFalse(Double.isNaN(v));
            }
        }
    }
}
