package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

/**
 * A fitted min-max scaling, {@code x'_j = x_j·scale_j + offset_j}, with its inverse. Immutable and
 * thread-safe; the arrays it returns are copies.
 *
 * @see MinMaxScaler
 */
public final class MinMaxScalerModel extends FittedTransformer {

    private final MinMaxScaler learner;
    private final double[] min;
    private final double[] max;
    /** The divisor of x - min: max - min (+Infinity where that overflows), or 1 for a constant column. */
    private final double[] spread;
    /** Half of it, exact where the spread overflows: max/2 - min/2 (0.5 for a constant column). */
    private final double[] halfSpread;
    private final double[] scale;
    private final double[] offset;

    /**
     * Derives everything from the training minima and maxima, so that a model read from a file cannot
     * hold a scale that disagrees with them.
     */
    MinMaxScalerModel(MinMaxScaler learner, double[] min, double[] max) {
        super(min.length);
        this.learner = learner;
        this.min = min;
        this.max = max;
        int p = min.length;
        spread = new double[p];
        halfSpread = new double[p];
        scale = new double[p];
        offset = new double[p];
        double width = learner.rangeMax() - learner.rangeMin();
        for (int j = 0; j < p; j++) {
            double range = max[j] - min[j];
            double magnitude = Math.max(Math.abs(min[j]), Math.abs(max[j]));
            if (range == Double.POSITIVE_INFINITY) {
                // min and max of opposite signs near the ends of the range: the half-spread is exact
                spread[j] = range;
                halfSpread[j] = max[j] / 2 - min[j] / 2;
                scale[j] = width / 2 / halfSpread[j];
            } else {
                spread[j] = ColumnStatistics.nonZeroScale(range, magnitude);
                halfSpread[j] = spread[j] / 2;
                scale[j] = width / spread[j];
            }
            // scikit-learn's min_; +-Infinity (never NaN) where the scale overflows
            double shift = min[j] * scale[j];
            offset[j] = learner.rangeMin() - (Double.isNaN(shift) ? 0 : shift);
        }
    }

    @Override
    public MinMaxScaler learner() {
        return learner;
    }

    /** @return the number of columns: scaling keeps the width */
    @Override
    public int outputColumns() {
        return scale.length;
    }

    /** @return each column's training minimum (scikit-learn's {@code data_min_}) */
    public double[] dataMin() {
        return min.clone();
    }

    /** @return each column's training maximum ({@code data_max_}) */
    public double[] dataMax() {
        return max.clone();
    }

    /**
     * @return each column's multiplier ({@code scale_}), {@code (rangeMax - rangeMin) / (max - min)}:
     *     +Infinity where that exceeds the double range (a target range wider than 1.8e308, or a spread
     *     below about {@code width / 1.8e308}); the transformation does not use it, and is exact there
     */
    public double[] scales() {
        return scale.clone();
    }

    /** @return each column's offset added after multiplying ({@code min_}); +-Infinity where the scale is */
    public double[] offsets() {
        return offset.clone();
    }

    @Override
    void apply(double[] row, double[] out) {
        double lo = learner.rangeMin();
        double hi = learner.rangeMax();
        for (int j = 0; j < row.length; j++) {
            double t = fraction(row[j], min[j], spread[j], halfSpread[j]);
            double v = along(lo, hi - lo, lo / 2, hi / 2 - lo / 2, t);
            out[j] = learner.clip() ? Math.min(hi, Math.max(lo, v)) : v;
        }
    }

    /**
     * {@code (v - lo) / spread}, in halves ({@code (v/2 - lo/2) / half}) where the difference or the
     * spread overflows: dividing by 2 is exact for the values that large.
     */
    static double fraction(double v, double lo, double spread, double half) {
        double d = v - lo;
        return Double.isInfinite(d) || Double.isInfinite(spread) ? (v / 2 - lo / 2) / half : d / spread;
    }

    /**
     * {@code lo + t·width}, in halves ({@code 2·(lo/2 + t·halfWidth)}) where the width or the product
     * overflows although the result may not; a non-finite result then lies beyond the double range.
     */
    static double along(double lo, double width, double halfLo, double halfWidth, double t) {
        double v = lo + t * width;
        return Double.isFinite(v) ? v : 2 * (halfLo + t * halfWidth);
    }

    /**
     * Maps a scaled row back, {@code x_j = min_j + (x'_j - rangeMin) / (rangeMax - rangeMin) · (max_j - min_j)}
     * (clipped values stay clipped), computed as the transformation is.
     *
     * @param row a scaled row of {@link #columns()} finite values; not modified
     * @return a new row on the original scale
     * @throws IllegalArgumentException if the row has the wrong width or a non-finite value
     * @throws ArithmeticException if a value maps back beyond the double range, naming the column
     */
    public double[] inverseTransform(double[] row) {
        Check.rowWidth(row, scale.length);
        checkRow(row, -1);
        double lo = learner.rangeMin();
        double hi = learner.rangeMax();
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            double t = fraction(row[j], lo, hi - lo, hi / 2 - lo / 2);
            out[j] = along(min[j], spread[j], min[j] / 2, halfSpread[j], t);
            if (!Double.isFinite(out[j])) {
                throw new ArithmeticException("the inverse of column " + j + " must be finite; "
                        + Check.format(row[j]) + " maps back beyond the double range (about 1.8e308)");
            }
        }
        return out;
    }

    /**
     * Maps every scaled row back, keeping column names and targets.
     *
     * @param data scaled rows; not modified
     * @return the rows on the original scale
     * @throws IllegalArgumentException if the data has the wrong width or a non-finite value
     */
    public Dataset inverseTransform(Dataset data) {
        return inverseEach(data, scale.length, this::inverseTransform);
    }

    @Override
    public String toString() {
        return "MinMaxScalerModel[" + scale.length + " columns to [" + Check.format(learner.rangeMin()) + ", "
                + Check.format(learner.rangeMax()) + "]" + (learner.clip() ? ", clipped" : "") + "]";
    }
}
