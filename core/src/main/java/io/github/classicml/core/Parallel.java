package io.github.classicml.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs numbered tasks on a fixed number of threads: the one tool behind every parallel loop of the
 * library, so that "same answer whatever the thread count" is decided in one place.
 *
 * <p>Callers cut their work into a number of tasks that does not depend on the thread count (for
 * example blocks of 1024 rows), write each task's result into its own slot, and combine the slots in
 * task order afterwards; then the answer is identical with 1 thread or 64. {@link #forEach} hands the
 * tasks out one at a time from a shared counter, so a slow task does not hold up the others, and the
 * calling thread works too: {@code threads = 2} starts one extra thread.
 *
 * <pre>{@code
 * try (Parallel parallel = Parallel.of(threads)) {
 *     parallel.forEach(blocks, b -> partial[b] = sumOfBlock(b));
 * }
 * }</pre>
 *
 * <p>With one thread nothing is started and the tasks run in order in the caller's thread. Worker
 * threads are daemons, named {@code classicml-worker}, and stop when the instance is closed. An
 * instance is meant for one caller at a time (one fit, one batch prediction).
 */
public final class Parallel implements AutoCloseable {

    private final int threads;
    private final ExecutorService workers;

    private Parallel(int threads) {
        this.threads = threads;
        this.workers = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, daemonFactory());
    }

    /**
     * Creates a runner; {@code 0} means one thread per available processor.
     *
     * @param threads the number of threads, at least 0
     * @return the runner; close it when done
     * @throws IllegalArgumentException if {@code threads} is negative
     */
    public static Parallel of(int threads) {
        return new Parallel(resolve(threads));
    }

    /**
     * Resolves a {@code threads} hyperparameter: 0 means one per available processor.
     *
     * @param threads the requested number, at least 0
     * @return the number of threads to use, at least 1
     * @throws IllegalArgumentException {@code threads must be >= 0, got <value>}
     */
    public static int resolve(int threads) {
        Check.atLeast("threads", threads, 0);
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** @return the number of threads, including the caller's */
    public int threads() {
        return threads;
    }

    /**
     * Runs {@code task.accept(t)} once for every {@code t} in {@code [0, tasks)} and returns when all
     * have finished. The order in which tasks run is unspecified when there is more than one thread.
     *
     * @param tasks the number of tasks, at least 0
     * @param task the work of one task; must be safe to run concurrently with the others
     * @throws RuntimeException the first exception a task threw (as thrown, or wrapped if checked)
     */
    public void forEach(int tasks, IntConsumer task) {
        Check.atLeast("tasks", tasks, 0);
        int helpers = Math.min(threads, tasks) - 1;
        if (helpers <= 0) {
            for (int t = 0; t < tasks; t++) {
                task.accept(t);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable drain = () -> {
            for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
                task.accept(t);
            }
        };
        List<Future<?>> running = new ArrayList<>(helpers);
        for (int h = 0; h < helpers; h++) {
            running.add(workers.submit(drain));
        }
        RuntimeException failure = null;
        try {
            drain.run();
        } catch (RuntimeException e) {
            // stop handing out tasks, then wait for the helpers before rethrowing
            next.set(tasks);
            failure = e;
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = unwrap(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (failure == null) {
                    failure = new IllegalStateException("interrupted while waiting for worker threads", e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Stops the worker threads; tasks already running finish first. */
    @Override
    public void close() {
        if (workers != null) {
            workers.shutdown();
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException) {
            return (RuntimeException) cause;
        }
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return new IllegalStateException(cause);
    }

    private static ThreadFactory daemonFactory() {
        return runnable -> {
            Thread t = new Thread(runnable, "classicml-worker");
            t.setDaemon(true);
            return t;
        };
    }
}
