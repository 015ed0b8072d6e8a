package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * Forward-chaining cross-validation for time series ("rolling origin"): every fold trains on the past
 * and tests on the block that follows it, so no model ever sees the future it is judged on.
 *
 * <p>The rows must be in time order. The semantics are scikit-learn's {@code TimeSeriesSplit}
 * (version 1.2), index for index: with {@code n} rows and test blocks of {@code t} rows (by default
 * {@code t = n / (splits + 1)}, rounded down), the test blocks are the last {@code splits * t} rows cut
 * into {@code splits} consecutive blocks; fold {@code i} tests rows {@code [s_i, s_i + t)} with
 * {@code s_i = n - (splits - i) * t} and trains on rows {@code [0, s_i - gap)}, or only on the last
 * {@code maxTrainSize} of them when that is set (a sliding window instead of an expanding one). The
 * {@code gap} rows between training and test are left out, so that lagged features or a forecast
 * horizon cannot carry test information into training. {@link Folds#checkForwardChaining} proves the
 * ordering of any list of folds. Cost: O(splits * n).
 *
 * <p>It refuses {@code splits + 1 > n} and any setting that leaves the first fold without training rows
 * ({@code n - gap - splits * t <= 0}), as scikit-learn does.
 *
 * <p>Reference: Hyndman and Athanasopoulos, <i>Forecasting: Principles and Practice</i>, 3rd ed.,
 * section 5.10 ("time series cross-validation"); Bergmeir and Benítez, "On the use of cross-validation
 * for time series predictor evaluation", Information Sciences 191 (2012).
 *
 * @param splits the number of folds, {@code >= 2} (scikit-learn's default 5)
 * @param maxTrainSize the most training rows per fold, {@code >= 1}, or 0 for all the past (default 0)
 * @param testSize the rows per test block, {@code >= 1}, or 0 for {@code n / (splits + 1)} (default 0)
 * @param gap the rows left out between training and test, {@code >= 0} (default 0)
 */
public record TimeSeriesSplit(int splits, int maxTrainSize, int testSize, int gap) implements Splitter {

    /**
     * Validates the settings.
     *
     * @param splits the number of folds, {@code >= 2}
     * @param maxTrainSize the most training rows per fold, or 0 for no limit
     * @param testSize the rows per test block, or 0 for the default
     * @param gap the rows left out between training and test, {@code >= 0}
     */
    public TimeSeriesSplit {
        Check.atLeast("splits", splits, 2);
        Check.atLeast("maxTrainSize", maxTrainSize, 0);
        Check.atLeast("testSize", testSize, 0);
        Check.atLeast("gap", gap, 0);
    }

    /**
     * @param splits the number of folds, {@code >= 2}
     * @return an expanding-window split with scikit-learn's defaults
     */
    public static TimeSeriesSplit of(int splits) {
        return new TimeSeriesSplit(splits, 0, 0, 0);
    }

    /**
     * A rolling-origin evaluation of an {@code horizon}-step-ahead forecast: each fold trains on the
     * past up to an origin and tests the single row {@code horizon} steps after it
     * ({@code testSize = 1}, {@code gap = horizon - 1}). With {@code horizon = 1} it tests the next row.
     *
     * @param splits the number of forecast origins, {@code >= 2}
     * @param horizon how many steps ahead the forecast is, {@code >= 1}
     * @return the split
     */
    public static TimeSeriesSplit forecast(int splits, int horizon) {
        Check.atLeast("horizon", horizon, 1);
        return new TimeSeriesSplit(splits, 0, 1, horizon - 1);
    }

    /**
     * @param window the number of most recent rows each fold trains on, {@code >= 1}
     * @return a copy with a sliding training window ({@code maxTrainSize = window})
     */
    public TimeSeriesSplit withSlidingWindow(int window) {
        Check.atLeast("window", window, 1);
        return new TimeSeriesSplit(splits, window, testSize, gap);
    }

    /**
     * @param testSize the rows per test block, {@code >= 1}
     * @return a copy with that test block size
     */
    public TimeSeriesSplit withTestSize(int testSize) {
        Check.atLeast("testSize", testSize, 1);
        return new TimeSeriesSplit(splits, maxTrainSize, testSize, gap);
    }

    /**
     * @param gap the rows left out between training and test, {@code >= 0}
     * @return a copy with that gap
     */
    public TimeSeriesSplit withGap(int gap) {
        return new TimeSeriesSplit(splits, maxTrainSize, testSize, gap);
    }

    @Override
    public List<Fold> splits(Dataset data) {
        Check.notNull("data", data);
        return splits(data.rows());
    }

    /**
     * @param rows the number of rows, in time order
     * @return the folds
     * @throws IllegalArgumentException if there are too few rows for the settings, or if the folds would
     *     list more than {@link io.github.classicml.core.Dataset#MAX_CELLS} row indices in all
     *     ({@code splits * rows} bounds them)
     */
    public List<Fold> splits(int rows) {
        Check.that(splits + 1L <= rows, () -> "splits must be <= the number of rows - 1 (" + (rows - 1)
                + "), got " + splits + "; forward chaining needs one block more than it tests");
        Indexing.checkIndexCount(splits, "splits", rows);
        int t = testSize > 0 ? testSize : rows / (splits + 1);
        Check.that(rows - gap - (long) t * splits > 0, () -> "data must have more than gap + splits * testSize = "
                + gap + " + " + splits + " * " + t + " = " + (gap + (long) t * splits) + " rows, got " + rows
                + "; the first fold would have no training rows");
        List<Fold> out = new ArrayList<>(splits);
        for (int i = 0; i < splits; i++) {
            int testStart = rows - (splits - i) * t;
            int trainEnd = testStart - gap;
            int trainStart = maxTrainSize > 0 && maxTrainSize < trainEnd ? trainEnd - maxTrainSize : 0;
            out.add(new Fold(Indexing.range(trainStart, trainEnd), Indexing.range(testStart, testStart + t)));
        }
        return List.copyOf(out);
    }
}
