package io.github.classicml.core;

/**
 * Receives progress from long fits, one call per step (an iteration, a tree, a restart).
 *
 * <p>The library never prints progress itself; an application that wants a bar or a log line passes a
 * listener. Calls come from the thread that runs the step; with parallel fits a listener must be
 * thread-safe.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every call. */
    ProgressListener NONE = (step, totalSteps, loss) -> { };

    /**
     * Reports that a step has finished.
     *
     * @param step the number of the finished step, from 1
     * @param totalSteps the most steps the fit will take (it may stop earlier, e.g. on convergence)
     * @param loss the objective after this step, or NaN where the learner has none
     */
    void onStep(int step, int totalSteps, double loss);
}
