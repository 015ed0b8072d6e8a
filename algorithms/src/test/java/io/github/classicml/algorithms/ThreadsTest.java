package io.github.classicml.algorithms;

import io.github.classicml.algorithms.cluster.KMeans;
import io.github.classicml.algorithms.cluster.KMeansModel;
import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.neighbors.KnnClassifierModel;
import io.github.classicml.algorithms.neighbors.KnnRegressor;
import io.github.classicml.algorithms.neighbors.KnnRegressorModel;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Threads;
import io.github.classicml.core.internal.Parallel;
import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Learners on the shared pool, on the caller's executor ({@link Threads}), and nested inside another
 * parallel call (a learner fitted inside each fold of a parallel cross-validation): same models.
 */
@Timeout(120) // turns a deadlock into a failure; nothing here measures speed
class ThreadsTest {

    static LongStream seeds() {
        return LongStream.range(0, 8);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void kMeans_ownExecutor_andNestedInFolds_sameModelAsOneThread(long seed) throws Exception {
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset data = RandomData.blobs(rng, rng.nextInt(3000, 6000), rng.nextInt(2, 8), 4, 3.0).withoutTargets();
        KMeans learner = KMeans.of(rng.nextInt(2, 6)).withRestarts(2).withSeed(seed);
        KMeansModel serial = learner.withThreads(1).fit(data);

        ExecutorService executor = Executors.newFixedThreadPool(3);
        try {
            AtomicInteger submitted = new AtomicInteger();
            KMeansModel onExecutor = Threads.call(r -> {
                submitted.incrementAndGet();
                executor.execute(r);
            }, () -> learner.withThreads(4).fit(data));
            assertTrue(Parallel.resolve(0) == 1 || submitted.get() > 0, "the fit used the given executor");
            assertEquals(learner.withThreads(4), onExecutor.learner(), "the executor is not a hyperparameter");
            assertSameModel(serial, onExecutor);
        } finally {
            executor.shutdown();
        }

        // four "folds" fitted in parallel, each fit itself asking for all processors
        KMeansModel[] folds = new KMeansModel[4];
        try (Parallel parallel = Parallel.of(0)) {
            parallel.forEach(folds.length, f -> folds[f] = learner.withThreads(0).fit(data));
        }
        for (KMeansModel fold : folds) {
            assertSameModel(serial, fold);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void knnBatchPrediction_anyThreadsOrExecutor_sameAnswers(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int p = rng.nextInt(2, 20);
        Dataset train = RandomData.blobs(rng, 800, p, 3, 2.0);
        Dataset queries = RandomData.blobs(rng, 1500, p, 3, 2.0); // 3 blocks of 512 queries
        KnnClassifier classifier = KnnClassifier.of(rng.nextInt(1, 9));
        KnnRegressor regressor = KnnRegressor.of(rng.nextInt(1, 9));
        Dataset numeric = RandomData.linear(rng, 800, p, 0.1);
        Dataset numericQueries = RandomData.linear(rng, 1500, p, 0.1);
        int[] expected = classifier.withThreads(1).fit(train).predict(queries);
        double[] expectedValues = regressor.withThreads(1).fit(numeric).predict(numericQueries);

        for (int threads : new int[] {0, 2, 5000}) {
            KnnClassifierModel c = classifier.withThreads(threads).fit(train);
            KnnRegressorModel r = regressor.withThreads(threads).fit(numeric);
            assertArrayEquals(expected, c.predict(queries), "threads " + threads);
            assertArrayEquals(expectedValues, r.predict(numericQueries), 0.0, "threads " + threads);
            AtomicInteger submitted = new AtomicInteger();
            int[] inline = Threads.call(task -> {
                submitted.incrementAndGet();
                task.run();
            }, () -> c.predict(queries));
            assertArrayEquals(expected, inline, "inline executor, threads " + threads);
            assertTrue(Math.min(Parallel.resolve(threads), Parallel.resolve(0)) == 1 || submitted.get() > 0, "the prediction used the given executor");
        }
        int[][] nested = new int[3][];
        Parallel.of(0).forEach(3, f -> nested[f] = classifier.withThreads(0).fit(train).predict(queries));
        for (int[] answer : nested) {
            assertArrayEquals(expected, answer);
        }
    }

    @Test
    void run_setsTheExecutorForTheWorkOnly() {
        AtomicInteger submitted = new AtomicInteger();
        Dataset train = RandomData.blobs(new SplittableRandom(1), 300, 3, 2, 3.0);
        Dataset queries = RandomData.blobs(new SplittableRandom(2), 600, 3, 2, 3.0);
        KnnClassifierModel model = KnnClassifier.of(3).withThreads(2).fit(train);
        Threads.run(task -> {
            submitted.incrementAndGet();
            task.run();
        }, () -> model.predict(queries));
        int inside = submitted.get();
        assertEquals(Math.min(2, Parallel.resolve(0)) - 1, inside, "3 blocks on 2 threads: one helper submitted");
        model.predict(queries);
        assertEquals(inside, submitted.get(), "outside the scope the shared pool is used again");
    }

    private static void assertSameModel(KMeansModel expected, KMeansModel actual) {
        assertArrayEquals(expected.labels(), actual.labels());
        assertEquals(expected.iterations(), actual.iterations());
        assertEquals(expected.inertia(), actual.inertia(), 0.0);
        for (int c = 0; c < expected.clusters(); c++) {
            assertArrayEquals(expected.centres()[c], actual.centres()[c], 0.0);
        }
    }
}
