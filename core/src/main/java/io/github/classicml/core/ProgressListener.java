package io.github.classicml.core;

/**
 * Receives progress from long fits, one call per finished step: an iteration of k-means or of an
 * optimiser, a tree of a forest, a stage of boosting.
 *
 * <p>A learner whose fit takes many steps overrides {@link Learner#fit(Dataset, ProgressListener)};
 * the listener is not a hyperparameter, so it never changes the model. The library never prints
 * progress itself: an application that wants a bar or a log line passes a listener, and
 * {@link ProgressLog} keeps every step for a plot or a test. Calls come from the thread that finished
 * the step; where steps run in parallel, the listener must be thread-safe.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every call; learners may skip work that only a listener would see. */
    ProgressListener NONE = progress -> { };

    /**
     * Reports that a step has finished.
     *
     * @param progress where the fit stands
     */
    void onStep(Progress progress);
}
