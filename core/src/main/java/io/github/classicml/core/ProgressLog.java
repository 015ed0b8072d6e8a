package io.github.classicml.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ProgressListener} that keeps every step it is told of, in the order reported: the trace of
 * a fit, for a plot, a table or a test. Thread-safe.
 *
 * <pre>{@code
 * ProgressLog log = new ProgressLog();
 * KMeansModel model = KMeans.of(3).fit(data, log);
 * for (Progress p : log.steps()) { ... p.loss() ... }
 * }</pre>
 */
public final class ProgressLog implements ProgressListener {

    private final List<Progress> steps = new ArrayList<>();

    /** Creates an empty log. */
    public ProgressLog() {
    }

    @Override
    public synchronized void onStep(Progress progress) {
        steps.add(Check.notNull("progress", progress));
    }

    /** @return a copy of the steps reported so far */
    public synchronized List<Progress> steps() {
        return List.copyOf(steps);
    }

    /**
     * @param round a round number, from 1
     * @return a copy of the steps of that round, in order
     */
    public synchronized List<Progress> steps(int round) {
        List<Progress> out = new ArrayList<>();
        for (Progress p : steps) {
            if (p.round() == round) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public synchronized String toString() {
        return "ProgressLog of " + steps.size() + " steps";
    }
}
