package io.github.classicml.core.internal;

import io.github.classicml.core.Check;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
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
 * <p>Iterative algorithms call {@link #forEach} many times in a row with little serial work between
 * (k-means: once per iteration), so the hand-over must be quick. A worker that finishes a call keeps
 * polling for the next one for 100 microseconds before it parks: waking a parked thread takes tens of
 * microseconds (more on a virtual machine, whose idle processors halt), which would otherwise be paid
 * on every call. And a call never waits for a worker that has not started yet: once the caller has
 * taken the last task, late workers are turned away, so a slow wake-up costs only the help that did
 * not come.
 *
 * <p>With one thread nothing is started and the tasks run in order in the caller's thread. Worker
 * threads are daemons, named {@code classicml-worker}, and stop when the instance is closed. An
 * instance is meant for one caller at a time (one fit, one batch prediction).
 */
public final class Parallel implements AutoCloseable {

    /** How long an idle worker polls for the next call before parking. */
    private static final long SPIN_MICROS = 100;

    private final int threads;
    private final Thread[] workers;
    /** The latest call; a worker recognises a new one by its identity. */
    private volatile Job job;
    private volatile boolean closed;

    private Parallel(int threads) {
        this.threads = threads;
        this.workers = new Thread[threads - 1];
        for (int w = 0; w < workers.length; w++) {
            int index = w;
            Thread t = new Thread(() -> work(index), "classicml-worker");
            t.setDaemon(true);
            workers[w] = t;
        }
        for (Thread t : workers) {
            t.start();
        }
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
        Job j = new Job(tasks, task, helpers, Thread.currentThread());
        job = j;
        for (int w = 0; w < helpers; w++) {
            LockSupport.unpark(workers[w]);
        }
        j.drain();
        j.seal();
        j.awaitHelpers();
        Throwable failure = j.failure.get();
        if (failure instanceof RuntimeException) {
            throw (RuntimeException) failure;
        }
        if (failure instanceof Error) {
            throw (Error) failure;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    /** Stops the worker threads; tasks already running finish first. */
    @Override
    public void close() {
        closed = true;
        for (Thread t : workers) {
            LockSupport.unpark(t);
        }
    }

    /** A worker's life: wait for a call, help with it if it needs this worker, repeat until closed. */
    private void work(int index) {
        Job seen = null;
        while (true) {
            Job j = awaitCall(seen);
            if (j == null) {
                return;
            }
            seen = j;
            if (index < j.helpers && j.enter()) {
                try {
                    j.drain();
                } finally {
                    j.leave();
                }
            }
        }
    }

    /** @return the next call after {@code seen}, or null once closed; polls, then parks */
    private Job awaitCall(Job seen) {
        long start = System.nanoTime();
        boolean spinning = true;
        while (true) {
            if (closed) {
                return null;
            }
            Job j = job;
            if (j != seen) {
                return j;
            }
            if (spinning) {
                Thread.onSpinWait();
                spinning = System.nanoTime() - start < SPIN_MICROS * 1000;
            } else {
                // the caller unparks after publishing, so a call published after the check above is not missed
                LockSupport.park(this);
            }
        }
    }

    /** One call of {@link #forEach}: the shared task counter and the helpers' bookkeeping. */
    private static final class Job {

        /** Set in {@link #state} once the caller has finished its share: no helper may join after. */
        private static final int SEALED = 1 << 30;

        final int tasks;
        final IntConsumer task;
        final int helpers;
        final Thread caller;
        final AtomicInteger next = new AtomicInteger();
        /** The number of helpers inside {@link #drain}, plus {@link #SEALED} once sealed. */
        final AtomicInteger state = new AtomicInteger();
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        Job(int tasks, IntConsumer task, int helpers, Thread caller) {
            this.tasks = tasks;
            this.task = task;
            this.helpers = helpers;
            this.caller = caller;
        }

        void drain() {
            try {
                for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
                    task.accept(t);
                }
            } catch (Throwable e) {
                // stop handing out tasks; the caller rethrows the first failure once everyone is out
                failure.compareAndSet(null, e);
                next.set(tasks);
            }
        }

        /** @return whether a helper may still join (the caller has not sealed the call) */
        boolean enter() {
            while (true) {
                int s = state.get();
                if ((s & SEALED) != 0) {
                    return false;
                }
                if (state.compareAndSet(s, s + 1)) {
                    return true;
                }
            }
        }

        void leave() {
            if (state.decrementAndGet() == SEALED) {
                LockSupport.unpark(caller);
            }
        }

        void seal() {
            state.getAndAdd(SEALED);
        }

        /** Waits until every helper that joined has left: polls briefly, then parks. */
        void awaitHelpers() {
            long start = System.nanoTime();
            while (state.get() != SEALED) {
                if (System.nanoTime() - start < SPIN_MICROS * 1000 || Thread.currentThread().isInterrupted()) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
        }
    }
}
