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
    private final double[] scale;
    private final double[] offset;

    MinMaxScalerModel(MinMaxScaler learner, double[] min, double[] max, double[] scale, double[] offset) {
        super(scale.length);
        this.learner = learner;
        this.min = min;
        this.max = max;
        this.scale = scale;
        this.offset = offset;
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

    /** @return each column's multiplier ({@code scale_}) */
    public double[] scales() {
        return scale.clone();
    }

    /** @return each column's offset added after multiplying ({@code min_}) */
    public double[] offsets() {
        return offset.clone();
    }

    @Override
    void apply(double[] row, double[] out) {
        for (int j = 0; j < row.length; j++) {
            double v = row[j] * scale[j] + offset[j];
            out[j] = learner.clip() ? Math.min(learner.rangeMax(), Math.max(learner.rangeMin(), v)) : v;
        }
    }

    /**
     * Maps a scaled row back, {@code x_j = (x'_j - offset_j) / scale_j} (clipped values stay clipped).
     *
     * @param row a scaled row of {@link #columns()} finite values; not modified
     * @return a new row on the original scale
     * @throws IllegalArgumentException if the row has the wrong width or a non-finite value
     */
    public double[] inverseTransform(double[] row) {
        Check.rowWidth(row, scale.length);
        checkRow(row, -1);
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = (row[j] - offset[j]) / scale[j];
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
