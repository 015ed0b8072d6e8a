package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Progress;
import io.github.classicml.core.ProgressListener;
import io.github.classicml.core.internal.Parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Fits the members of an ensemble in parallel: one task per member, each writing its own slot, so the
 * members are the same whatever the number of threads, and one progress step per finished member.
 */
final class Members {

    private Members() {
    }

    /**
     * Fits {@code count} members.
     *
     * @param count the number of members
     * @param threads the thread count (0: one per processor)
     * @param fit fits member {@code m}; must depend only on {@code m}
     * @param listener receives one step per finished member, numbered in the order they finish
     * @param <T> what a fitted member is
     * @return the members, in member order
     */
    static <T> List<T> fit(int count, int threads, IntFunction<T> fit, ProgressListener listener) {
        Object[] slots = new Object[count];
        Object lock = new Object();
        int[] done = {0};
        try (Parallel parallel = Parallel.of(Math.min(Parallel.resolve(threads), count))) {
            parallel.forEach(count, m -> {
                slots[m] = fit.apply(m);
                if (listener != ProgressListener.NONE) {
                    // one lock so that the listener sees the steps in increasing order
                    synchronized (lock) {
                        done[0]++;
                        listener.onStep(new Progress(1, 1, done[0], count, Double.NaN, Double.NaN));
                    }
                }
            });
        }
        @SuppressWarnings("unchecked")
        List<T> out = (List<T>) new ArrayList<>(Arrays.asList(slots));
        return out;
    }
}
