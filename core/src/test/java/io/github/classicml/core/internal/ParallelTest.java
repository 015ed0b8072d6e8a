package io.github.classicml.core.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ParallelTest {

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 2, 3, 8})
    void forEach_runsEveryTaskExactlyOnce(int threads) {
        AtomicIntegerArray runs = new AtomicIntegerArray(1000);
        try (Parallel parallel = Parallel.of(threads)) {
            assertEquals(threads, parallel.threads());
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
                    long until = System.nanoTime() + 20_000;
                    while (System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
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
        assertEquals(Runtime.getRuntime().availableProcessors(), Parallel.resolve(0));
        assertEquals(3, Parallel.resolve(3));
        assertEquals("threads must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> Parallel.of(-1)).getMessage());
    }
}
