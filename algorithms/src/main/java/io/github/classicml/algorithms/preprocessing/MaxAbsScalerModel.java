package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

/**
 * A fitted max-abs scaling, {@code x'_j = x_j / scale_j}, with its inverse. Immutable and thread-safe;
 * the arrays it returns are copies.
 *
 * @see MaxAbsScaler
 */
public final class MaxAbsScalerModel extends FittedTransformer {

    private final MaxAbsScaler learner;
    private final double[] maxAbs;
    private final double[] scale;

    MaxAbsScalerModel(MaxAbsScaler learner, double[] maxAbs, double[] scale) {
        super(scale.length);
        this.learner = learner;
        this.maxAbs = maxAbs;
        this.scale = scale;
    }

    @Override
    public MaxAbsScaler learner() {
        return learner;
    }

    /** @return the number of columns: scaling keeps the width */
    @Override
    public int outputColumns() {
        return scale.length;
    }

    /** @return each column's largest absolute training value ({@code max_abs_}) */
    public double[] maxAbs() {
        return maxAbs.clone();
    }

    /** @return each column's divisor ({@code scale_}): its max-abs, or 1 for an all-zero column */
    public double[] scales() {
        return scale.clone();
    }

    @Override
    void apply(double[] row, double[] out) {
        for (int j = 0; j < row.length; j++) {
            out[j] = row[j] / scale[j];
        }
    }

    /**
     * Maps a scaled row back, {@code x_j = x'_j·scale_j}.
     *
     * @param row a scaled row of {@link #columns()} finite values; not modified
     * @return a new row on the original scale
     * @throws IllegalArgumentException if the row has the wrong width or a non-finite value
     * @throws ArithmeticException if a value maps back beyond the double range, naming the column
     */
    public double[] inverseTransform(double[] row) {
        Check.rowWidth(row, scale.length);
        checkRow(row, -1);
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = affineInverse(j, row[j], scale[j], -0.0); // x s + (-0.0) is x s, signed zeros included
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
        return "MaxAbsScalerModel[" + scale.length + " columns divided by their largest absolute value]";
    }
}
