package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

/**
 * A fitted robust scaling, {@code x'_j = (x_j - centre_j) / scale_j}, with its inverse. Immutable and
 * thread-safe; the arrays it returns are copies.
 *
 * @see RobustScaler
 */
public final class RobustScalerModel extends FittedTransformer {

    private final RobustScaler learner;
    private final double[] centre;
    private final double[] scale;

    RobustScalerModel(RobustScaler learner, double[] centre, double[] scale) {
        super(scale.length);
        this.learner = learner;
        this.centre = centre;
        this.scale = scale;
    }

    @Override
    public RobustScaler learner() {
        return learner;
    }

    /** @return the number of columns: scaling keeps the width */
    @Override
    public int outputColumns() {
        return scale.length;
    }

    /** @return each column's subtracted centre ({@code center_}): its median, or 0 without centring */
    public double[] centres() {
        return centre.clone();
    }

    /** @return each column's divisor ({@code scale_}): its quantile range, or 1 */
    public double[] scales() {
        return scale.clone();
    }

    @Override
    void apply(double[] row, double[] out) {
        for (int j = 0; j < row.length; j++) {
            double d = row[j] - centre[j];
            // a difference beyond the double range (opposite signs near 1.8e308) is divided in halves
            out[j] = Double.isInfinite(d) ? (row[j] / 2 - centre[j] / 2) / scale[j] * 2 : d / scale[j];
        }
    }

    /**
     * Maps a scaled row back, {@code x_j = x'_j·scale_j + centre_j}.
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
            out[j] = affineInverse(j, row[j], scale[j], centre[j]);
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
        return "RobustScalerModel[" + scale.length + " columns, " + (learner.centre() ? "median-centred" : "not centred")
                + ", " + (learner.scale() ? "divided by the " + Check.format(learner.lowerQuantile()) + "-"
                + Check.format(learner.upperQuantile()) + " percentile range" : "not scaled") + "]";
    }
}
