package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;

/**
 * Robust scaling: each column is centred on its median and divided by an inter-quantile range (by
 * default the interquartile range, 75th minus 25th percentile), {@code x' = (x - median) / IQR}.
 *
 * <p>Medians and quantiles barely move when a few values are wild, so outliers do not squeeze the other
 * rows as they do under min-max or standard scaling (the outliers themselves stay large). Percentiles
 * interpolate linearly between order statistics at position {@code q/100·(n-1)} (numpy's default). A
 * column whose range is below 10·eps gets divisor 1. Cost O(n·p·log n) to fit (a sort per column),
 * O(n·p) to transform. Same definitions as scikit-learn's {@code RobustScaler} without
 * {@code unit_variance}, which is not offered.
 *
 * <p>Reference: P. J. Rousseeuw, C. Croux, "Alternatives to the median absolute deviation", Journal
 * of the American Statistical Association 88(424), 1993 (robust location and scale); R. J. Hyndman,
 * Y. Fan, "Sample quantiles in statistical packages", The American Statistician 50(4), 1996 (type 7).
 *
 * @param centre whether to subtract the median ({@code with_centering}); default true
 * @param scale whether to divide by the inter-quantile range ({@code with_scaling}); default true
 * @param lowerQuantile the lower percentile of the range, in [0, 100]; default 25
 * @param upperQuantile the upper percentile, in [lowerQuantile, 100]; default 75
 * @see RobustScalerModel
 */
public record RobustScaler(boolean centre, boolean scale, double lowerQuantile, double upperQuantile)
        implements Learner<RobustScalerModel> {

    /**
     * Validates the quantile range.
     *
     * @param centre whether to subtract the median
     * @param scale whether to divide by the inter-quantile range
     * @param lowerQuantile the lower percentile, in [0, 100]
     * @param upperQuantile the upper percentile, in [lowerQuantile, 100]
     */
    public RobustScaler {
        Check.inClosedRange("lowerQuantile", lowerQuantile, 0, 100);
        Check.inClosedRange("upperQuantile", upperQuantile, 0, 100);
        Check.that(lowerQuantile <= upperQuantile, () -> "lowerQuantile must be <= upperQuantile ("
                + Check.format(upperQuantile) + "), got " + Check.format(lowerQuantile));
    }

    /** @return median centring and interquartile scaling, scikit-learn's default */
    public static RobustScaler of() {
        return new RobustScaler(true, true, 25, 75);
    }

    /**
     * @param value whether to subtract the median
     * @return a copy with it
     */
    public RobustScaler withCentre(boolean value) {
        return new RobustScaler(value, scale, lowerQuantile, upperQuantile);
    }

    /**
     * @param value whether to divide by the inter-quantile range
     * @return a copy with it
     */
    public RobustScaler withScale(boolean value) {
        return new RobustScaler(centre, value, lowerQuantile, upperQuantile);
    }

    /**
     * @param lower the lower percentile
     * @param upper the upper percentile
     * @return a copy with this quantile range
     */
    public RobustScaler withQuantileRange(double lower, double upper) {
        return new RobustScaler(centre, scale, lower, upper);
    }

    /**
     * Finds each column's median and quantile range.
     *
     * @param data at least one row, all features finite; targets are ignored; not modified
     * @return the model
     * @throws IllegalArgumentException if the data has no rows or a non-finite feature
     * @throws ArithmeticException if a column's quantile range (a difference of two finite values of
     *     opposite signs) exceeds the double range, naming the column
     */
    @Override
    public RobustScalerModel fit(Dataset data) {
        Check.notNull("data", data);
        Check.minRows(data, 1);
        Check.finiteFeatures(data);
        int p = data.columns();
        double[] x = data.features();
        double[] centres = new double[p];
        double[] scales = new double[p];
        for (int j = 0; j < p; j++) {
            double[] sorted = ColumnStatistics.sortedColumn(x, data.rows(), p, j);
            centres[j] = centre ? ColumnStatistics.median(sorted) : 0.0;
            double magnitude = Math.max(Math.abs(sorted[0]), Math.abs(sorted[sorted.length - 1]));
            double upper = ColumnStatistics.percentile(sorted, upperQuantile);
            double lower = ColumnStatistics.percentile(sorted, lowerQuantile);
            if (scale && upper - lower == Double.POSITIVE_INFINITY) {
                // the quantiles are finite (the interpolation cannot overflow) but their distance is not
                throw new ArithmeticException("the quantile range of column " + j + " must be finite; "
                        + Check.format(upper) + " - " + Check.format(lower) + " lies outside the double range "
                        + "(about 1.8e308); rescale the column");
            }
            scales[j] = scale ? ColumnStatistics.nonZeroScale(upper - lower, magnitude) : 1.0;
        }
        return new RobustScalerModel(this, centres, scales);
    }
}
