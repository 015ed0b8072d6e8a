package io.github.classicml.core.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

// @Timeout guards turn a deadlock into a failure instead of a hung build; nothing here measures speed
@Timeout(120)
class ParallelTest {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 2, 3, 8})
    void forEach_runsEveryTaskExactlyOnce(int threads) {
        AtomicIntegerArray runs = new AtomicIntegerArray(1000);
        try (Parallel parallel = Parallel.of(threads)) {
            assertEquals(Math.min(threads, CORES), parallel.threads());
            parallel.forEach(1000, runs::incrementAndGet);
            parallel.forEach(0, t -> runs.addAndGet(t, 100));
            parallel.forEach(1, runs::incrementAndGet);
        }
        for (int t = 0; t < 1000; t++) {
            assertEquals(t == 0 ? 2 : 1, runs.get(t), "task " + t);
        }
    }

    @Test
    void forEach_taskThrows_rethrowsTheSameException() {
        IllegalStateException boom = new IllegalStateException("boom");
        try (Parallel parallel = Parallel.of(2)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> parallel.forEach(50, t -> {
                if (t == 17) {
                    throw boom;
                }
            }));
            assertSame(boom, e);
        }
    }

    @Test
    void forEach_manyCallsInARow_eachRunsEveryTaskOnce() {
        // calls follow each other closely, as k-means iterations do: workers meet each call polling,
        // parked, or too late to join
        try (Parallel parallel = Parallel.of(3)) {
            for (int call = 0; call < 3000; call++) {
                int tasks = call % 11;
                AtomicIntegerArray runs = new AtomicIntegerArray(tasks);
                parallel.forEach(tasks, runs::incrementAndGet);
                for (int t = 0; t < tasks; t++) {
                    assertEquals(1, runs.get(t), "call " + call + ", task " + t);
                }
            }
        }
    }

    @Test
    void forEach_slowTasks_callerWaitsForHelpersToFinish() {
        int[] done = new int[40];
        try (Parallel parallel = Parallel.of(2)) {
            for (int call = 0; call < 20; call++) {
                int value = call;
                parallel.forEach(40, t -> {
                    spin(20_000);
                    done[t] = value;
                });
                for (int t = 0; t < 40; t++) {
                    assertEquals(call, done[t], "call " + call + ", task " + t);
                }
            }
        }
    }

    @Test
    void forEach_errorInATask_isRethrown_andTheRunnerStaysUsable() {
        AssertionError error = new AssertionError("error");
        try (Parallel parallel = Parallel.of(2)) {
            assertSame(error, assertThrows(AssertionError.class, () -> parallel.forEach(30, t -> {
                if (t == 29) {
                    throw error;
                }
            })));
            AtomicIntegerArray runs = new AtomicIntegerArray(30);
            parallel.forEach(30, runs::incrementAndGet);
            for (int t = 0; t < 30; t++) {
                assertEquals(1, runs.get(t), "task " + t);
            }
        }
    }

    @Test
    void resolve_zeroMeansAllProcessors_negativeThrows() {
        assertEquals(CORES, Parallel.resolve(0));
        assertEquals(3, Parallel.resolve(3));
        assertEquals("threads must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> Parallel.of(-1)).getMessage());
        assertEquals("executor must not be null",
                assertThrows(NullPointerException.class, () -> Parallel.of(2, null)).getMessage());
    }

    @Test
    void of_hugeThreadCount_isACap_createsNoThreads() {
        Parallel.of(2).forEach(2, t -> { }); // the shared pool exists from here on
        int before = liveThreads();
        Set<Thread> ran = ConcurrentHashMap.newKeySet();
        try (Parallel parallel = Parallel.of(5000)) {
            assertEquals(CORES, parallel.threads());
            parallel.forEach(5000, t -> {
                ran.add(Thread.currentThread());
                spin(2_000);
            });
        }
        assertTrue(ran.size() <= CORES, ran.size() + " threads ran tasks on " + CORES + " processors");
        assertTrue(liveThreads() <= before, "threads before " + before + ", after " + liveThreads());
        assertTrue(poolThreads() <= CORES - 1, poolThreads() + " pool threads");
    }

    @Test
    void forEach_manyConcurrentCallers_shareOnePool() throws Exception {
        int callers = 12;
        ExecutorService callerThreads = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> results = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                int caller = c;
                results.add(callerThreads.submit(() -> {
                    start.await();
                    for (int call = 0; call < 200; call++) {
                        int tasks = (call + caller) % 37;
                        long[] square = new long[tasks];
                        try (Parallel parallel = Parallel.of(0)) {
                            parallel.forEach(tasks, t -> square[t] = (long) t * t);
                        }
                        for (int t = 0; t < tasks; t++) {
                            assertEquals((long) t * t, square[t], "caller " + caller + ", task " + t);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : results) {
                f.get();
            }
        } finally {
            callerThreads.shutdown();
        }
        assertTrue(poolThreads() <= CORES - 1, poolThreads() + " pool threads for 12 callers");
    }

    @Test
    void forEach_nestedCall_runsInTheTasksThread() {
        int outer = 6;
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        AtomicReference<String> wrong = new AtomicReference<>();
        AtomicIntegerArray runs = new AtomicIntegerArray(outer * 50);
        try (Parallel parallel = Parallel.of(0)) {
            parallel.forEach(outer, o -> {
                Thread outerThread = Thread.currentThread();
                try (Parallel nested = Parallel.of(0)) {
                    nested.forEach(50, t -> {
                        int now = inside.incrementAndGet();
                        mostInside.accumulateAndGet(now, Math::max);
                        if (Thread.currentThread() != outerThread) {
                            wrong.set("inner task " + t + " of outer task " + o + " left its thread");
                        }
                        spin(5_000);
                        runs.incrementAndGet(o * 50 + t);
                        inside.decrementAndGet();
                    });
                }
            });
        }
        assertEquals(null, wrong.get());
        assertTrue(mostInside.get() <= CORES, mostInside.get() + " tasks at once on " + CORES + " processors");
        for (int i = 0; i < outer * 50; i++) {
            assertEquals(1, runs.get(i), "inner task " + i);
        }
    }

    @Test
    void forEach_nestedOnABusyTwoThreadExecutor_doesNotDeadlock() throws Exception {
        // every executor thread runs an outer task that makes an inner call on the same executor: were
        // the inner call to wait for helpers from that executor, nothing could ever run them
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            AtomicIntegerArray runs = new AtomicIntegerArray(4 * 100);
            Parallel outer = Parallel.of(3, pool);
            outer.forEach(4, o -> Parallel.of(3, pool).forEach(100, t -> runs.incrementAndGet(o * 100 + t)));
            for (int i = 0; i < 400; i++) {
                assertEquals(1, runs.get(i), "inner task " + i);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void forEach_nestedFailure_propagatesThroughTheOuterCall() {
        IllegalArgumentException inner = new IllegalArgumentException("inner");
        try (Parallel parallel = Parallel.of(2)) {
            assertSame(inner, assertThrows(IllegalArgumentException.class, () -> parallel.forEach(8,
                    o -> Parallel.of(2).forEach(8, t -> {
                        if (o == 5 && t == 3) {
                            throw inner;
                        }
                    }))));
        }
    }

    @Test
    void forEach_ownExecutor_helpersRunThere_cappedByThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> new Thread(r, "callers-pool"));
        try {
            AtomicInteger submitted = new AtomicInteger();
            Executor counting = r -> {
                submitted.incrementAndGet();
                pool.execute(r);
            };
            Set<String> names = ConcurrentHashMap.newKeySet();
            AtomicIntegerArray runs = new AtomicIntegerArray(400);
            try (Parallel parallel = Parallel.of(3, counting)) {
                assertEquals(Math.min(3, CORES), parallel.threads());
                for (int call = 0; call < 20; call++) {
                    parallel.forEach(20, t -> {
                        names.add(Thread.currentThread().getName());
                        spin(20_000);
                    });
                }
                parallel.forEach(400, runs::incrementAndGet);
            }
            assertEquals(21 * (Math.min(3, CORES) - 1), submitted.get()); // threads - 1 helpers per call
            for (String name : names) {
                assertTrue(name.equals("callers-pool") || name.equals(Thread.currentThread().getName()), name);
            }
            for (int t = 0; t < 400; t++) {
                assertEquals(1, runs.get(t), "task " + t);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void of_hugeThreadCountWithAnUnboundedExecutor_submitsAtMostOneHelperPerOtherProcessor() {
        AtomicInteger submitted = new AtomicInteger();
        ExecutorService cached = Executors.newCachedThreadPool();
        try {
            Executor counting = r -> {
                submitted.incrementAndGet();
                cached.execute(r);
            };
            AtomicIntegerArray runs = new AtomicIntegerArray(5000);
            Parallel.of(5000, counting).forEach(5000, runs::incrementAndGet);
            assertEquals(CORES - 1, submitted.get());
            for (int t = 0; t < 5000; t++) {
                assertEquals(1, runs.get(t), "task " + t);
            }
        } finally {
            cached.shutdown();
        }
    }

    @Test
    void forEach_executorThatRejectsOrRunsInline_stillRunsEveryTaskOnce() {
        Executor rejecting = r -> {
            throw new RejectedExecutionException("full");
        };
        Executor inline = Runnable::run;
        for (Executor executor : new Executor[] {rejecting, inline}) {
            AtomicIntegerArray runs = new AtomicIntegerArray(100);
            Parallel.of(4, executor).forEach(100, runs::incrementAndGet);
            for (int t = 0; t < 100; t++) {
                assertEquals(1, runs.get(t), "task " + t);
            }
        }
    }

    @Test
    void forEach_executorFailure_isRethrown() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            IllegalStateException boom = new IllegalStateException("boom");
            assertSame(boom, assertThrows(IllegalStateException.class, () -> Parallel.of(3, pool).forEach(200, t -> {
                spin(1_000);
                if (t == 150) {
                    throw boom;
                }
            })));
        } finally {
            pool.shutdown();
        }
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 2})
    void forEach_callerInterrupted_stopsHandingOutTasks_keepsTheFlag(int threads) {
        AtomicInteger ran = new AtomicInteger();
        Thread caller = Thread.currentThread();
        try (Parallel parallel = Parallel.of(threads)) {
            assertThrows(CancellationException.class, () -> parallel.forEach(10_000, t -> {
                ran.incrementAndGet();
                if (t == 3) {
                    caller.interrupt();
                }
                spin(1_000);
            }));
            assertTrue(Thread.interrupted(), "the interrupt status stays set (and is cleared here)");
            assertTrue(ran.get() < 10_000, ran.get() + " tasks ran");
            AtomicIntegerArray runs = new AtomicIntegerArray(100);
            parallel.forEach(100, runs::incrementAndGet);
            for (int t = 0; t < 100; t++) {
                assertEquals(1, runs.get(t), "task " + t);
            }
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void forEach_alreadyInterrupted_runsNoTask() {
        AtomicInteger ran = new AtomicInteger();
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> Parallel.of(2).forEach(100, t -> ran.incrementAndGet()));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        assertEquals(0, ran.get());
    }

    @Test
    void using_givesRunnersCreatedInsideTheExecutor_andRestoresTheDefault() {
        AtomicInteger outerCount = new AtomicInteger();
        AtomicInteger innerCount = new AtomicInteger();
        Executor outer = r -> {
            outerCount.incrementAndGet();
            r.run();
        };
        Executor inner = r -> {
            innerCount.incrementAndGet();
            r.run();
        };
        int value = Parallel.using(outer, () -> {
            Parallel.of(2).forEach(10, t -> { });
            Parallel.using(inner, () -> {
                Parallel.of(3).forEach(10, t -> { });
                return 0;
            });
            Parallel.of(2).forEach(10, t -> { });
            return 7;
        });
        // one helper per 2-thread call, and per 3-thread call min(3, processors) - 1
        int outerHelpers = 2 * (Math.min(2, CORES) - 1);
        assertEquals(7, value);
        assertEquals(outerHelpers, outerCount.get());
        assertEquals(Math.min(3, CORES) - 1, innerCount.get());
        Parallel.of(2).forEach(10, t -> { });
        assertEquals(outerHelpers, outerCount.get());
        assertThrows(IllegalStateException.class, () -> Parallel.using(outer, () -> {
            throw new IllegalStateException("work failed");
        }));
        Parallel.of(2).forEach(10, t -> { });
        assertEquals(outerHelpers, outerCount.get());
    }

    private static void spin(long nanos) {
        long until = System.nanoTime() + nanos;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    private static int liveThreads() {
        return Thread.getAllStackTraces().size();
    }

    private static long poolThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("classicml-worker")).count();
    }
}
