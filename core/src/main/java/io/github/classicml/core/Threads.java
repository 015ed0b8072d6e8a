package io.github.classicml.core;

import io.github.classicml.core.internal.Parallel;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * How classicml uses threads, and the one way to give it your own.
 *
 * <p>Learners that parallelise (k-nearest-neighbour batch prediction, k-means) have a {@code threads}
 * hyperparameter. It is a <b>cap</b>: the most threads one fit or batch prediction uses, the calling
 * thread included; {@code 0}, the default, means one per available processor. The work is cut into
 * tasks whose number does not depend on the thread count and per-task results are combined in task
 * order, so a model is the same, bit for bit, whatever the thread count.
 *
 * <p><b>The shared pool.</b> By default the helper threads come from one pool shared by the whole JVM:
 * {@code availableProcessors() - 1} daemon threads named {@code classicml-worker-<i>}, started on first
 * use. The calling thread always works too, so one caller uses at most one thread per processor
 * whatever {@code threads} says ({@code withThreads(5000)} on two processors uses two and creates
 * none), and N concurrent callers add only their own N threads.
 *
 * <p><b>Nested calls.</b> A fit or prediction started from inside a parallel task of the library (for
 * example a learner fitted inside each fold of a parallel cross-validation) runs entirely in the thread
 * of that task: the outer call already occupies the threads, so the inner one neither adds threads nor
 * waits for any.
 *
 * <p><b>Your own executor.</b> {@link #call(Executor, Supplier)} runs a piece of work with an executor
 * of your choice as the source of helper threads for every fit and batch prediction started by the
 * calling thread meanwhile, with the same cap (each learner's {@code threads}, and never more threads
 * per call than processors, so a large {@code threads} cannot make an unbounded executor grow):
 * <pre>{@code
 * ExecutorService executor = Executors.newFixedThreadPool(4);
 * KMeansModel model = Threads.call(executor, () -> KMeans.of(8).fit(data));
 * }</pre>
 * The executor is a setting of the calling thread, not a hyperparameter: it never changes a model, so
 * it is not part of any learner and {@code model.learner()} is the same with or without it. A call
 * never waits for a helper that has not started, so any executor works, including a busy or
 * single-threaded one, one that runs tasks inline, or one that rejects them (the calling thread then
 * does the work alone).
 *
 * <p><b>Interruption.</b> Interrupting the calling thread stops a fit or prediction between tasks: the
 * tasks already running finish, no new one starts, and the call throws
 * {@link java.util.concurrent.CancellationException} with the interrupt status left set.
 */
public final class Threads {

    private Threads() {
    }

    /**
     * Runs {@code work} with {@code executor} as the source of helper threads for every fit and batch
     * prediction the calling thread starts meanwhile; calls nest, and the previous setting (by default
     * the shared pool) is restored afterwards, also when {@code work} throws.
     *
     * @param executor where helper tasks run
     * @param work the work, for example {@code () -> learner.fit(data)}
     * @param <T> what the work returns
     * @return what {@code work} returned
     * @throws NullPointerException if an argument is null
     */
    public static <T> T call(Executor executor, Supplier<T> work) {
        return Parallel.using(executor, work);
    }

    /**
     * Runs {@code work} as {@link #call(Executor, Supplier)} does, for work that returns nothing.
     *
     * @param executor where helper tasks run
     * @param work the work
     * @throws NullPointerException if an argument is null
     */
    public static void run(Executor executor, Runnable work) {
        Check.notNull("work", work);
        Parallel.using(executor, () -> {
            work.run();
            return null;
        });
    }
}
