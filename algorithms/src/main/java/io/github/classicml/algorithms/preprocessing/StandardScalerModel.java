package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

/**
 * A fitted standardisation: {@code z_j = (x_j - shift_j) / scale_j} for every column j, where the shift
 * is the training mean (or 0 without centring) and the scale the training standard deviation (or 1).
 * Immutable and thread-safe; the arrays it returns are copies.
 *
 * @see StandardScaler
 */
public final class StandardScalerModel extends FittedTransformer {

    private final double[] shift;
    private final double[] scale;
    private final double[] mean;
    private final double[] variance;

    private final StandardScaler learner;

    StandardScalerModel(StandardScaler learner, double[] shift, double[] scale, double[] mean, double[] variance) {
        super(scale.length);
        this.learner = learner;
        this.shift = shift;
        this.scale = scale;
        this.mean = mean;
        this.variance = variance;
    }

    @Override
    public StandardScaler learner() {
        return learner;
    }

    /** @return the number of columns the model was fitted on: scaling keeps the width */
    @Override
    public int outputColumns() {
        return scale.length;
    }

    /** @return the training mean of each column (scikit-learn's {@code mean_}) */
    public double[] means() {
        return mean.clone();
    }

    /** @return the training population variance of each column ({@code var_}) */
    public double[] variances() {
        return variance.clone();
    }

    /** @return the divisor of each column ({@code scale_}): the standard deviation, or 1 */
    public double[] scales() {
        return scale.clone();
    }

    @Override
    void apply(double[] row, double[] out) {
        for (int j = 0; j < row.length; j++) {
            out[j] = (row[j] - shift[j]) / scale[j];
        }
    }

    /**
     * Maps a standardised row back, {@code x_j = z_j·scale_j + shift_j}.
     *
     * @param row a standardised row of {@link #columns()} finite values; not modified
     * @return a new row on the original scale
     * @throws IllegalArgumentException if the row has the wrong width or a non-finite value
     * @throws ArithmeticException if a value maps back beyond the double range, naming the column
     */
    public double[] inverseTransform(double[] row) {
        Check.rowWidth(row, scale.length);
        checkRow(row, -1);
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = affineInverse(j, row[j], scale[j], shift[j]);
        }
        return out;
    }

    /**
     * Maps every standardised row back, keeping column names and targets.
     *
     * @param data standardised rows; not modified
     * @return the rows on the original scale
     * @throws IllegalArgumentException if the data has the wrong width or a non-finite value
     */
    public Dataset inverseTransform(Dataset data) {
        return inverseEach(data, scale.length, this::inverseTransform);
    }

    /** @return what is subtracted from each column (a copy; the means, or 0 when not centring) */
    double[] shifts() {
        return shift.clone();
    }

    @Override
    public String toString() {
        int scaled = 0;
        for (double v : scale) {
            scaled += v != 1.0 ? 1 : 0;
        }
        return "StandardScalerModel[" + scale.length + " columns, " + (learner.subtractMean() ? "centred" : "not centred")
                + ", " + scaled + " divided by their standard deviation]";
    }
}
