package io.github.classicml.core;

import io.github.classicml.core.internal.Parallel;
import org.junit.jupiter.api.Test;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ThreadsTest {

    @Test
    void call_and_run_useTheExecutorInsideOnly_evenWhenTheWorkThrows() {
        AtomicInteger submitted = new AtomicInteger();
        Executor counting = r -> {
            submitted.incrementAndGet();
            r.run();
        };
        assertEquals("done", Threads.call(counting, () -> {
            Parallel.of(2).forEach(4, t -> { }); // 2 threads: one helper per call (none on one processor)
            return "done";
        }));
        int cores = Runtime.getRuntime().availableProcessors();
        int first = Math.min(2, cores) - 1;
        assertEquals(first, submitted.get());
        Threads.run(counting, () -> Parallel.of(3).forEach(4, t -> { }));
        int both = first + Math.min(3, cores) - 1;
        assertEquals(both, submitted.get());
        IllegalStateException failure = new IllegalStateException("failed");
        assertSame(failure, assertThrows(IllegalStateException.class, () -> Threads.run(counting, () -> {
            throw failure;
        })));
        Parallel.of(2).forEach(4, t -> { });
        assertEquals(both, submitted.get(), "outside the scope the shared pool is used");
    }

    @Test
    void nullArguments_areRejectedByName() {
        assertEquals("executor must not be null",
                assertThrows(NullPointerException.class, () -> Threads.call(null, () -> 1)).getMessage());
        assertEquals("work must not be null",
                assertThrows(NullPointerException.class, () -> Threads.call(Runnable::run, null)).getMessage());
        assertEquals("work must not be null",
                assertThrows(NullPointerException.class, () -> Threads.run(Runnable::run, null)).getMessage());
    }
}
