package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * Forward chaining on time stamps rather than row positions: the test windows are spans of time, so
 * irregularly spaced observations (missing days, uneven sampling) are cut where the calendar says, not
 * where the row count says.
 *
 * <p>The time stamps are a numeric column of the dataset (a year, a decimal year, seconds since an
 * epoch), strictly increasing down the rows: unsorted or repeated stamps are refused, naming the row,
 * because a repeated stamp cannot be put on one side of a cut and forward chaining is meaningless on
 * unsorted rows. With {@code T} the last stamp and {@code d} the test duration, fold {@code i} (of
 * {@code splits}) tests the rows with stamps in the half-open window
 * {@code (T - (splits - i) d, T - (splits - i - 1) d]} and trains on the rows with stamps
 * {@code <= T - (splits - i) d - gap} (and, with a training window {@code w > 0}, stamps
 * {@code > T - (splits - i) d - gap - w}). A fold whose window or past is empty is refused with the
 * window's bounds. The folds satisfy {@link Folds#checkForwardChaining} by construction. Cost:
 * O(splits * n).
 *
 * <p>Reference: Hyndman and Athanasopoulos, <i>Forecasting: Principles and Practice</i>, 3rd ed.,
 * section 5.10.
 *
 * @param timeColumn the name of the column that holds the time stamps
 * @param splits the number of folds, {@code >= 2}
 * @param testDuration the length of each test window, {@code > 0}, in the stamps' unit
 * @param gap the time left out between training and test, {@code >= 0} (default 0)
 * @param trainDuration the length of the training window, {@code > 0}, or 0 for all the past (default 0)
 */
public record TimeBasedSplit(String timeColumn, int splits, double testDuration, double gap, double trainDuration)
        implements Splitter {

    /**
     * Validates the settings.
     *
     * @param timeColumn the name of the time column
     * @param splits the number of folds
     * @param testDuration the length of each test window
     * @param gap the time left out between training and test
     * @param trainDuration the length of the training window, or 0
     */
    public TimeBasedSplit {
        Check.notNull("timeColumn", timeColumn);
        Check.atLeast("splits", splits, 2);
        Check.positive("testDuration", testDuration);
        Check.nonNegative("gap", gap);
        Check.nonNegative("trainDuration", trainDuration);
    }

    /**
     * @param timeColumn the name of the time column
     * @param splits the number of folds
     * @param testDuration the length of each test window
     * @return an expanding-window split without gap
     */
    public static TimeBasedSplit of(String timeColumn, int splits, double testDuration) {
        return new TimeBasedSplit(timeColumn, splits, testDuration, 0, 0);
    }

    /**
     * @param gap the time left out between training and test, {@code >= 0}
     * @return a copy with that gap
     */
    public TimeBasedSplit withGap(double gap) {
        return new TimeBasedSplit(timeColumn, splits, testDuration, gap, trainDuration);
    }

    /**
     * @param trainDuration the length of the training window, {@code > 0}
     * @return a copy with a sliding training window of that length
     */
    public TimeBasedSplit withTrainDuration(double trainDuration) {
        Check.positive("trainDuration", trainDuration);
        return new TimeBasedSplit(timeColumn, splits, testDuration, gap, trainDuration);
    }

    @Override
    public List<Fold> splits(Dataset data) {
        Check.notNull("data", data);
        return splits(data.column(data.columnIndex(timeColumn)));
    }

    /**
     * @param times the time stamp of each row, strictly increasing; not modified
     * @return the folds
     * @throws IllegalArgumentException if the stamps are not finite and strictly increasing, or a fold
     *     would have no training or test rows
     */
    public List<Fold> splits(double[] times) {
        Check.notNull("times", times);
        Check.notEmpty("times", times.length);
        for (int i = 0; i < times.length; i++) {
            Check.finite("times", i, times[i]);
            int row = i;
            Check.that(i == 0 || times[i] > times[i - 1], () -> "times must be strictly increasing; row " + row
                    + " has " + Check.format(times[row]) + (times[row] == times[row - 1] ? ", the same stamp as"
                    : ", earlier than") + " row " + (row - 1) + " (" + Check.format(times[row - 1]) + ")");
        }
        double last = times[times.length - 1];
        List<Fold> out = new ArrayList<>(splits);
        for (int i = 0; i < splits; i++) {
            double start = last - (splits - i) * testDuration;
            double end = last - (splits - i - 1) * testDuration;
            double trainEnd = start - gap;
            double trainStart = trainDuration > 0 ? trainEnd - trainDuration : Double.NEGATIVE_INFINITY;
            int[] test = between(times, start, end);
            int[] train = between(times, trainStart, trainEnd);
            int fold = i;
            Check.that(test.length > 0, () -> "fold " + fold + " must have test rows, got none with stamps in ("
                    + Check.format(start) + ", " + Check.format(end) + "]; use a longer testDuration");
            Check.that(train.length > 0, () -> "fold " + fold + " must have training rows, got none with stamps"
                    + " <= " + Check.format(trainEnd) + "; use fewer splits, a shorter testDuration or gap");
            out.add(new Fold(train, test));
        }
        return List.copyOf(out);
    }

    /** Rows with {@code low < t <= high}, ascending. */
    private static int[] between(double[] times, double low, double high) {
        int from = 0;
        while (from < times.length && times[from] <= low) {
            from++;
        }
        int to = from;
        while (to < times.length && times[to] <= high) {
            to++;
        }
        return Indexing.range(from, to);
    }
}
