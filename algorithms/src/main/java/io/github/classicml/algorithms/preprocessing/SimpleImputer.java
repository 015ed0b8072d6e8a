package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;

/**
 * Fills missing values (NaN) column by column with one number learned from the column's observed
 * training values: the mean, the median, the most frequent value, or a constant; optionally appends a
 * 0/1 indicator column for each column that had missing values at fit.
 *
 * <p>Simple imputation keeps every row, but it shrinks the column's variance and weakens its
 * correlations (every filled row gets the same value); the indicator columns let a learner use the fact
 * that a value was missing, which is often informative ("missing not at random"). Fit it on the
 * training rows only. The median is the middle observed value (mean of the two middle ones for an even
 * count); the most frequent value breaks ties towards the smallest. A column with no observed value is
 * refused (scikit-learn drops it with a warning) except with the constant strategy. Infinite values are
 * refused. Cost O(n·p) to fit (O(n·p·log n) for median and most frequent), O(n·p) to transform. Same
 * definitions as scikit-learn's {@code SimpleImputer}.
 *
 * <p>Reference: R. J. A. Little, D. B. Rubin, <i>Statistical Analysis with Missing Data</i>, 3rd ed.,
 * Wiley 2019, chapter 4 (single imputation and its bias).
 *
 * @param strategy how each column's fill value is chosen; default {@link Strategy#MEAN}
 * @param fillValue the fill value of {@link Strategy#CONSTANT}, finite; default 0
 * @param addIndicator whether to append missing-indicator columns; default false
 * @see SimpleImputerModel
 */
public record SimpleImputer(Strategy strategy, double fillValue, boolean addIndicator)
        implements Learner<SimpleImputerModel> {

    /** How a column's fill value is chosen from its observed training values. */
    public enum Strategy {
        /** the mean */
        MEAN,
        /** the median */
        MEDIAN,
        /** the most frequent value, the smallest of ties */
        MOST_FREQUENT,
        /** the {@code fillValue}, whatever the data */
        CONSTANT
    }

    /**
     * Validates the settings.
     *
     * @param strategy how each column's fill value is chosen
     * @param fillValue the constant, finite
     * @param addIndicator whether to append indicator columns
     */
    public SimpleImputer {
        Check.notNull("strategy", strategy);
        Check.finite("fillValue", fillValue);
    }

    /** @return mean imputation without indicators, scikit-learn's default */
    public static SimpleImputer of() {
        return new SimpleImputer(Strategy.MEAN, 0, false);
    }

    /**
     * @param value the strategy
     * @return a copy with it
     */
    public SimpleImputer withStrategy(Strategy value) {
        return new SimpleImputer(value, fillValue, addIndicator);
    }

    /**
     * @param value the constant to fill with
     * @return a copy with the constant strategy and this fill value
     */
    public SimpleImputer withConstant(double value) {
        return new SimpleImputer(Strategy.CONSTANT, value, addIndicator);
    }

    /**
     * @param value whether to append missing-indicator columns
     * @return a copy with it
     */
    public SimpleImputer withIndicator(boolean value) {
        return new SimpleImputer(strategy, fillValue, value);
    }

    /**
     * Learns each column's fill value from its observed values.
     *
     * @param data at least one row; NaN marks a missing value; infinities are refused; not modified
     * @return the model
     * @throws IllegalArgumentException if the data has no rows, an infinite value, or (except for the
     *     constant strategy) a column without an observed value
     */
    @Override
    public SimpleImputerModel fit(Dataset data) {
        Check.notNull("data", data);
        Check.minRows(data, 1);
        requireNoInfinity(data);
        if (strategy != Strategy.CONSTANT) {
            MissingIndicators.requireObserved(data);
        }
        int n = data.rows();
        int p = data.columns();
        double[] x = data.features();
        double[] fill = new double[p];
        for (int j = 0; j < p; j++) {
            fill[j] = switch (strategy) {
                case CONSTANT -> fillValue;
                case MEAN -> ColumnStatistics.mean(x, n, p, j);
                case MEDIAN -> ColumnStatistics.median(ColumnStatistics.sortedColumn(x, n, p, j));
                case MOST_FREQUENT -> mostFrequent(ColumnStatistics.sortedColumn(x, n, p, j));
            };
        }
        int[] indicators = addIndicator ? MissingIndicators.columnsWithMissing(data) : new int[0];
        return new SimpleImputerModel(this, fill, indicators);
    }

    static void requireNoInfinity(Dataset data) {
        double[] x = data.features();
        for (int k = 0; k < x.length; k++) {
            if (Double.isInfinite(x[k])) {
                throw FittedTransformer.nonFinite(k / data.columns(), k % data.columns(), x[k]);
            }
        }
    }

    /** @return the value that occurs most often in a sorted array, the smallest of ties */
    static double mostFrequent(double[] sorted) {
        double best = sorted[0];
        int bestCount = 0;
        for (int start = 0; start < sorted.length; ) {
            int end = start;
            while (end < sorted.length && sorted[end] == sorted[start]) {
                end++;
            }
            if (end - start > bestCount) {
                bestCount = end - start;
                best = sorted[start];
            }
            start = end;
        }
        return best;
    }
}
