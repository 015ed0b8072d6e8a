package io.github.classicml.core.internal;

import io.github.classicml.core.Check;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Runs numbered tasks on up to a given number of threads: the one tool behind every parallel loop of
 * the library, so that "same answer whatever the thread count" is decided in one place.
 *
 * <p>Callers cut their work into a number of tasks that does not depend on the thread count (for
 * example blocks of 1024 rows), write each task's result into its own slot, and combine the slots in
 * task order afterwards; then the answer is identical with 1 thread or 64. {@link #forEach} hands the
 * tasks out one at a time from a shared counter, so a slow task does not hold up the others, and the
 * calling thread works too.
 *
 * <pre>{@code
 * try (Parallel parallel = Parallel.of(threads)) {
 *     parallel.forEach(blocks, b -> partial[b] = sumOfBlock(b));
 * }
 * }</pre>
 *
 * <p><b>Where the threads come from.</b> An instance owns no thread. By default its helpers come from
 * one pool shared by the whole JVM: {@code availableProcessors() - 1} daemon threads named
 * {@code classicml-worker-<i>}, started on first use, so the caller plus the pool make one thread per
 * processor however many callers there are. {@code threads} is a cap on how many threads one call uses,
 * the caller's included: {@code Parallel.of(5000)} on two processors uses at most two and creates
 * none. {@link #of(int, Executor)}, or {@link #using(Executor, Supplier)} around a fit, takes the
 * helpers from the caller's executor instead (with the same cap: a call never uses more threads than
 * there are processors, so a large {@code threads} cannot make an unbounded executor grow).
 *
 * <p><b>Nested calls run in the caller.</b> A call made from inside a task of another call (a forest
 * fitted inside a cross-validation fold) runs all its tasks in order in the thread that makes it:
 * the outer call already occupies the threads, so the inner one adds no threads and waits for none,
 * which rules out both oversubscription and deadlock. The answer is the same, since it never depends on
 * the thread count.
 *
 * <p><b>Quick hand-over.</b> Iterative algorithms call {@link #forEach} many times in a row with little
 * serial work between (k-means: once per iteration), so the hand-over must be quick. A pool worker that
 * finds nothing to do keeps polling for 100 microseconds before it parks: waking a parked thread takes
 * tens of microseconds (more on a virtual machine, whose idle processors halt), which would otherwise be
 * paid on every call. And a call never waits for a helper that has not started yet: once the caller has
 * taken the last task, it seals the call and late helpers are turned away, so a slow wake-up (or a busy
 * executor) costs only the help that did not come.
 *
 * <p><b>Failures and interruption.</b> The first exception a task throws stops the handing out of
 * tasks and is rethrown to the caller once the tasks already running have finished. If the calling
 * thread is interrupted, no further task is started and the call throws {@link CancellationException}
 * (after the running tasks finish), leaving the interrupt status set.
 *
 * <p>With one thread, or one task, nothing is handed over and the tasks run in order in the caller's
 * thread. An instance is meant for one caller at a time (one fit, one batch prediction); closing it
 * releases nothing (the threads are shared) but marks its scope.
 */
public final class Parallel implements AutoCloseable {

    /** How long an idle worker polls for the next call before parking, and a caller for its helpers. */
    private static final long SPIN_NANOS = 100_000;

    /** The most threads a call uses, whatever is asked: one per processor. */
    private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();

    /** The shared pool's size: with the caller, one thread per processor. */
    private static final int POOL_WORKERS = Math.max(0, PROCESSORS - 1);

    /** How deep the current thread is inside tasks of {@link #forEach} calls (0: not inside any). */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    /** The executor set by {@link #using(Executor, Supplier)} on the current thread, or null. */
    private static final ThreadLocal<Executor> SCOPED = new ThreadLocal<>();

    private final int threads;
    /** Where helpers run; null for the shared pool. */
    private final Executor executor;

    private Parallel(int threads, Executor executor) {
        this.threads = threads;
        this.executor = executor;
    }

    /**
     * Creates a runner of at most {@code threads} threads; {@code 0} means one per available processor.
     * Helpers come from the executor set by {@link #using(Executor, Supplier)} on this thread if there
     * is one, else from the shared pool, which holds {@code availableProcessors() - 1} threads, so that
     * a call uses at most {@code min(threads, availableProcessors())}.
     *
     * @param threads the most threads a call uses, the caller's included, at least 0
     * @return the runner
     * @throws IllegalArgumentException if {@code threads} is negative
     */
    public static Parallel of(int threads) {
        return new Parallel(resolve(threads), SCOPED.get());
    }

    /**
     * Creates a runner whose helpers run on {@code executor}: each call submits up to
     * {@code min(threads, availableProcessors()) - 1} helper tasks to it and works in the calling thread
     * too. The caller never
     * waits for a helper that has not started, so any executor works, even a single thread that is
     * busy elsewhere or one that rejects tasks (the caller then does the work alone).
     *
     * @param threads the most threads a call uses, the caller's included, at least 0 (0: one per
     *     available processor)
     * @param executor where helpers run
     * @return the runner
     * @throws IllegalArgumentException if {@code threads} is negative
     * @throws NullPointerException if {@code executor} is null
     */
    public static Parallel of(int threads, Executor executor) {
        Check.notNull("executor", executor);
        return new Parallel(resolve(threads), executor);
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

    /**
     * Runs {@code work} with {@code executor} as the source of helper threads for every runner
     * {@link #of(int) created} on this thread meanwhile (every fit and batch prediction it makes);
     * scopes nest, and the previous setting is restored afterwards.
     *
     * @param executor where helpers run
     * @param work the work
     * @param <T> the result type
     * @return what {@code work} returns
     * @throws NullPointerException if an argument is null
     */
    public static <T> T using(Executor executor, Supplier<T> work) {
        Check.notNull("executor", executor);
        Check.notNull("work", work);
        Executor previous = SCOPED.get();
        SCOPED.set(executor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                SCOPED.remove();
            } else {
                SCOPED.set(previous);
            }
        }
    }

    /**
     * @return the most threads a call uses, the caller's included: the requested number, capped by the
     *     number of available processors (whether the helpers come from the pool or an executor)
     */
    public int threads() {
        return Math.min(threads, PROCESSORS);
    }

    /**
     * Runs {@code task.accept(t)} once for every {@code t} in {@code [0, tasks)} and returns when all
     * have finished. The order in which tasks run is unspecified when there is more than one thread.
     * Called from inside a task of another call, it runs the tasks in order in the calling thread.
     *
     * @param tasks the number of tasks, at least 0
     * @param task the work of one task; must be safe to run concurrently with the others
     * @throws RuntimeException the first exception a task threw (as thrown, or wrapped if checked)
     * @throws CancellationException if the calling thread was interrupted before the last task started
     */
    public void forEach(int tasks, IntConsumer task) {
        Check.atLeast("tasks", tasks, 0);
        Check.notNull("task", task);
        int[] depth = DEPTH.get();
        int helpers = depth[0] > 0 ? 0 : Math.min(threads(), tasks) - 1;
        if (helpers <= 0) {
            // one thread, one task, or nested in another call's task: in order, in this thread
            Thread caller = Thread.currentThread();
            for (int t = 0; t < tasks; t++) {
                if (caller.isInterrupted()) {
                    throw new CancellationException("the calling thread was interrupted");
                }
                task.accept(t);
            }
            return;
        }
        Job j = new Job(tasks, task, helpers, Thread.currentThread());
        if (executor == null) {
            Pool.INSTANCE.publish(j);
        } else {
            submitHelpers(j, helpers);
        }
        depth[0]++;
        try {
            j.drain();
        } finally {
            depth[0]--;
        }
        j.seal();
        if (executor == null) {
            Pool.INSTANCE.withdraw(j);
        }
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

    private void submitHelpers(Job j, int helpers) {
        for (int h = 0; h < helpers; h++) {
            try {
                executor.execute(j::help);
            } catch (RejectedExecutionException e) {
                return; // the caller does the work that helper would have done
            }
        }
    }

    /** Nothing to release (the threads are shared); kept so that a runner's scope shows in the code. */
    @Override
    public void close() {
        // no threads of its own
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

        /** Takes tasks until none is left; records the first failure and stops everyone on it. */
        void drain() {
            try {
                for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
                    if (caller.isInterrupted()) {
                        throw new CancellationException("the calling thread was interrupted");
                    }
                    task.accept(t);
                }
            } catch (Throwable e) {
                // stop handing out tasks; the caller rethrows the first failure once everyone is out
                failure.compareAndSet(null, e);
                next.set(tasks);
            }
        }

        /**
         * A helper's share: join if there is still room and work, drain (calls made by the tasks are
         * nested), leave.
         *
         * @return whether this helper joined
         */
        boolean help() {
            if (!enter()) {
                return false;
            }
            int[] depth = DEPTH.get();
            depth[0]++;
            try {
                drain();
            } finally {
                depth[0]--;
                leave();
            }
            return true;
        }

        /** @return whether there is work left, room for one more helper, and the call is not sealed */
        boolean enter() {
            while (true) {
                int s = state.get();
                if ((s & SEALED) != 0 || s >= helpers || next.get() >= tasks) {
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
                if (System.nanoTime() - start < SPIN_NANOS || Thread.currentThread().isInterrupted()) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
        }
    }

    /**
     * The shared pool: a board of open calls that idle workers scan, and the workers. A call is on the
     * board from just before its caller starts working until the caller has sealed it.
     */
    private static final class Pool {

        static final Pool INSTANCE = new Pool(POOL_WORKERS);

        /** Open calls; more concurrent callers than slots simply get no help. */
        private final AtomicReferenceArray<Job> board = new AtomicReferenceArray<>(64);
        private final Worker[] workers;

        private Pool(int size) {
            workers = new Worker[size];
            for (int w = 0; w < size; w++) {
                workers[w] = new Worker(this, w);
            }
            for (Worker w : workers) {
                w.start();
            }
        }

        void publish(Job j) {
            for (int s = 0; s < board.length(); s++) {
                if (board.get(s) == null && board.compareAndSet(s, null, j)) {
                    wake(j.helpers);
                    return;
                }
            }
        }

        void withdraw(Job j) {
            for (int s = 0; s < board.length(); s++) {
                if (board.get(s) == j) {
                    board.set(s, null);
                    return;
                }
            }
        }

        /** Unparks up to {@code count} parked workers (the ones polling will see the call anyway). */
        private void wake(int count) {
            for (int w = 0; w < workers.length && count > 0; w++) {
                if (workers[w].parked) {
                    LockSupport.unpark(workers[w]);
                    count--;
                }
            }
        }

        /** @return whether this worker found a call with room and helped with it */
        boolean helpOnce() {
            for (int s = 0; s < board.length(); s++) {
                Job j = board.get(s);
                if (j != null && j.help()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A pool thread: helps with open calls, polls for 100 microseconds when there are none, parks. */
    private static final class Worker extends Thread {

        private final Pool pool;
        /** Set while parked (or about to park), so that a caller knows whom to wake. */
        volatile boolean parked;

        Worker(Pool pool, int index) {
            super("classicml-worker-" + index);
            this.pool = pool;
            setDaemon(true);
        }

        @Override
        public void run() {
            long idleSince = System.nanoTime();
            while (true) {
                if (pool.helpOnce()) {
                    idleSince = System.nanoTime();
                } else if (System.nanoTime() - idleSince < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    parked = true;
                    // a call published before this flag was set is seen here; one published after will unpark us
                    if (!pool.helpOnce()) {
                        LockSupport.park(this);
                    }
                    parked = false;
                    Thread.interrupted(); // nobody should interrupt a pool thread; never let it spin
                    idleSince = System.nanoTime();
                }
            }
        }
    }
}
