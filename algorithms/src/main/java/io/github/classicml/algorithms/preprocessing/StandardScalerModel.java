package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Transformer;

/**
 * A fitted standardisation: {@code z_j = (x_j - shift_j) / scale_j} for every column j, where the shift
 * is the training mean (or 0 without centring) and the scale the training standard deviation (or 1).
 * Immutable and thread-safe; the arrays it returns are copies.
 *
 * @see StandardScaler
 */
public final class StandardScalerModel implements Transformer {

    private final double[] shift;
    private final double[] scale;
    private final double[] mean;
    private final double[] variance;

    private final StandardScaler learner;

    StandardScalerModel(StandardScaler learner, double[] shift, double[] scale, double[] mean, double[] variance) {
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

    /** @return the number of columns the model was fitted on */
    @Override
    public int columns() {
        return scale.length;
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

    /**
     * Standardises one row.
     *
     * @param row the features; not modified
     * @return a new row of standardised features
     * @throws IllegalArgumentException if the row has the wrong width
     */
    @Override
    public double[] transform(double[] row) {
        Check.rowWidth(row, scale.length);
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = (row[j] - shift[j]) / scale[j];
        }
        return out;
    }

    /**
     * Standardises every row of a dataset, keeping its column names and targets.
     *
     * @param data rows of {@link #columns()} features; not modified
     * @return a new dataset
     * @throws IllegalArgumentException if the dataset has the wrong width
     */
    @Override
    public Dataset transform(Dataset data) {
        Check.columns(data, scale.length);
        int p = scale.length;
        double[] x = data.features();
        for (int i = 0; i < data.rows(); i++) {
            for (int j = 0; j < p; j++) {
                x[i * p + j] = (x[i * p + j] - shift[j]) / scale[j];
            }
        }
        Dataset out = Dataset.ofRowMajor(x, p).withColumnNames(data.columnNames());
        if (data.hasClasses()) {
            return out.withClasses(data.classes(), data.classNames(), data.targetName());
        }
        if (data.hasNumericTargets()) {
            return out.withTargets(data.targets(), data.targetName());
        }
        return out;
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
