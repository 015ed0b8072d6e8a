package io.github.classicml.benchmarks.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The measuring method, the same as {@code sklearn_bench.py}'s so that the two sides compare: warm-up
 * calls first, then the median wall time of several timed calls, with garbage collection before
 * every call, outside the timed region.
 *
 * <p>The JVM needs more warming than CPython (its JIT compiles hot code during the first calls), so
 * warm-up continues past the first {@code minWarmups} calls while the warm-up time is under
 * {@code warmupBudgetSeconds}, up to {@code maxWarmups} calls. The number of timed calls follows the
 * slowest warm-up call: {@code reps}, or 3 if it took over {@code longCallSeconds}, or 1 if over
 * three times that.
 *
 * @param minWarmups warm-up calls always made, at least 1
 * @param warmupBudgetSeconds warm-up continues while the warm-up calls took less than this in all
 * @param maxWarmups the most warm-up calls
 * @param reps timed calls for a short call
 * @param longCallSeconds a call slower than this is "long"
 */
public record Timing(int minWarmups, double warmupBudgetSeconds, int maxWarmups, int reps, double longCallSeconds) {

    /**
     * Validates the method.
     *
     * @param minWarmups warm-up calls always made
     * @param warmupBudgetSeconds warm-up time budget
     * @param maxWarmups the most warm-up calls
     * @param reps timed calls for a short call
     * @param longCallSeconds a call slower than this is "long"
     */
    public Timing {
        if (minWarmups < 1 || maxWarmups < minWarmups || reps < 1 || !(warmupBudgetSeconds >= 0)
                || !(longCallSeconds > 0)) {
            throw new IllegalArgumentException("timing must have 1 <= minWarmups <= maxWarmups, reps >= 1,"
                    + " warmupBudgetSeconds >= 0 and longCallSeconds > 0, got minWarmups " + minWarmups
                    + ", maxWarmups " + maxWarmups + ", reps " + reps + ", warmupBudgetSeconds " + warmupBudgetSeconds
                    + ", longCallSeconds " + longCallSeconds);
        }
    }

    /** @return the standard method: 2 to 50 warm-up calls within 2 s, median of 5 (3 over 10 s, 1 over 30 s) */
    public static Timing standard() {
        return new Timing(2, 2.0, 50, 5, 10.0);
    }

    /**
     * @param newReps timed calls for a short call
     * @return this method with another number of timed calls
     */
    public Timing withReps(int newReps) {
        return new Timing(minWarmups, warmupBudgetSeconds, maxWarmups, newReps, longCallSeconds);
    }

    /**
     * @param slowestWarmupSeconds the slowest warm-up call
     * @return how many timed calls to make
     */
    public int repsAfter(double slowestWarmupSeconds) {
        if (slowestWarmupSeconds > 3 * longCallSeconds) {
            return 1;
        }
        return slowestWarmupSeconds > longCallSeconds ? Math.min(3, reps) : reps;
    }

    /**
     * The result of measuring one call.
     *
     * @param warmupSeconds the warm-up calls' wall times
     * @param timesSeconds the timed calls' wall times
     * @param lastResult what the last timed call returned
     */
    public record Measurement(List<Double> warmupSeconds, List<Double> timesSeconds, Object lastResult) {

        /** @return the median of the timed calls */
        public double medianSeconds() {
            return median(timesSeconds);
        }
    }

    /**
     * Measures a call.
     *
     * @param call the timed call
     * @param clock a nanosecond clock ({@code System::nanoTime})
     * @param collectGarbage run before every call, outside the timed region ({@code System::gc})
     * @return the times and the last result
     */
    public Measurement measure(Supplier<?> call, LongSupplier clock, Runnable collectGarbage) {
        List<Double> warm = new ArrayList<>();
        double warmTotal = 0;
        double slowest = 0;
        while (warm.size() < minWarmups || (warmTotal < warmupBudgetSeconds && warm.size() < maxWarmups)) {
            double t = timeOnce(call, clock, collectGarbage, null);
            warm.add(t);
            warmTotal += t;
            slowest = Math.max(slowest, t);
            if (slowest > longCallSeconds) {
                break;
            }
        }
        int n = repsAfter(slowest);
        List<Double> times = new ArrayList<>();
        Object[] last = new Object[1];
        for (int i = 0; i < n; i++) {
            times.add(timeOnce(call, clock, collectGarbage, last));
        }
        return new Measurement(List.copyOf(warm), List.copyOf(times), last[0]);
    }

    private static double timeOnce(Supplier<?> call, LongSupplier clock, Runnable collectGarbage, Object[] result) {
        collectGarbage.run();
        long start = clock.getAsLong();
        Object r = call.get();
        double seconds = (clock.getAsLong() - start) / 1e9;
        if (result != null) {
            result[0] = r;
        }
        return seconds;
    }

    /**
     * @param values a non-empty list
     * @return its median: the middle value, or the mean of the two middle values for an even count
     *     (as Python's {@code statistics.median})
     */
    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("values must not be empty");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }
}
