package io.github.classicml.examples.cli;

import io.github.classicml.core.Progress;
import io.github.classicml.core.ProgressListener;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on a terminal, fed by a learner's {@link ProgressListener} calls: it redraws
 * in place ({@code \r}) when the share of finished steps moves by a percent, and shows the round, the
 * step and the loss where the learner reports one. The share counts every round: round {@code r} of
 * {@code R} at step {@code s} of {@code S} is {@code ((r - 1) + s / S) / R}; a round that stops early
 * (convergence) jumps to the next. A bar may wait before it first draws, so that a fit that ends at
 * once leaves no trace. Thread-safe, since forests report trees from several threads.
 */
final class ProgressBar implements ProgressListener {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final String label;
    private final long start = System.nanoTime();
    private final long delayNanos;
    private int shownPercent = -1;
    private int steps;
    private boolean drawn;

    /**
     * @param err where to draw
     * @param label what is running, e.g. {@code fitting random-forest}
     * @param delayMillis how long the fit must have run before the bar first draws; 0 to draw at once
     */
    ProgressBar(PrintStream err, String label, long delayMillis) {
        this.err = err;
        this.label = label;
        this.delayNanos = delayMillis * 1_000_000L;
    }

    @Override
    public synchronized void onStep(Progress p) {
        steps++;
        if (!drawn && System.nanoTime() - start < delayNanos) {
            return;
        }
        double share = ((p.round() - 1) + (double) p.step() / p.maxSteps()) / p.rounds();
        int percent = (int) Math.floor(100 * Math.min(1, share));
        if (percent == shownPercent) {
            return;
        }
        shownPercent = percent;
        int filled = (int) Math.round(WIDTH * percent / 100.0);
        StringBuilder line = new StringBuilder("\r").append(label).append(" [")
                .append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append(']')
                .append(String.format(Locale.ROOT, " %3d%%", percent));
        if (p.rounds() > 1) {
            line.append(" round ").append(p.round()).append('/').append(p.rounds());
        }
        line.append(" step ").append(p.step()).append('/').append(p.maxSteps());
        if (!Double.isNaN(p.loss())) {
            line.append(String.format(Locale.ROOT, " loss %.6g", p.loss()));
        }
        err.print(line.append("  "));
        err.flush();
        drawn = true;
    }

    /** Ends the line, if anything was drawn. */
    synchronized void finish() {
        if (drawn) {
            err.println();
        }
    }

    /** @return the number of steps reported so far */
    synchronized int steps() {
        return steps;
    }
}
