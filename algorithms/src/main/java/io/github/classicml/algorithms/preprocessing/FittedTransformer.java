package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Transformer;

import java.util.List;

/**
 * What the preprocessing models share: the width checks, the refusal of non-finite values at transform
 * time as at fit (naming the row and column), and {@code transform(Dataset)} that keeps the targets.
 * Imputers accept NaN ({@link #acceptsMissing()}) but still refuse infinities.
 */
abstract class FittedTransformer implements Transformer {

    private final int columns;

    FittedTransformer(int columns) {
        this.columns = columns;
    }

    /** @return the number of columns the model was fitted on */
    @Override
    public final int columns() {
        return columns;
    }

    /** @return whether NaN (a missing value) may reach {@link #apply}; imputers say yes */
    boolean acceptsMissing() {
        return false;
    }

    /**
     * The transformation of one checked row.
     *
     * @param row the row, of the fitted width, checked; not to be modified
     * @param out where to write the {@link #outputColumns()} values
     */
    abstract void apply(double[] row, double[] out);

    /**
     * Transforms one row.
     *
     * @param row the features, {@link #columns()} of them; not modified
     * @return a new row of {@link #outputColumns()} values
     * @throws IllegalArgumentException if the row has the wrong width or a non-finite value (NaN is
     *     allowed for imputers), naming the column
     */
    @Override
    public final double[] transform(double[] row) {
        Check.rowWidth(row, columns);
        checkRow(row, -1);
        double[] out = new double[outputColumns()];
        apply(row, out);
        checkOutput(row, out, -1);
        return out;
    }

    /**
     * Transforms every row of a dataset, keeping its targets, with the output column names.
     *
     * @param data rows of {@link #columns()} features; not modified
     * @return a new dataset
     * @throws IllegalArgumentException if the dataset has the wrong width or a non-finite value (NaN is
     *     allowed for imputers), naming its row and column
     */
    @Override
    public Dataset transform(Dataset data) {
        Check.columns(data, columns);
        int width = outputColumns();
        double[] out = new double[outputCells(data.rows(), width)];
        double[] row = new double[columns];
        double[] result = new double[width];
        for (int i = 0; i < data.rows(); i++) {
            data.copyRow(i, row, 0);
            checkRow(row, i);
            apply(row, result);
            checkOutput(row, result, i);
            System.arraycopy(result, 0, out, i * width, width);
        }
        return withTargetsOf(data, Dataset.ofRowMajor(out, width)
                .withColumnNames(outputColumnNames(data.columnNames())));
    }

    /**
     * Transforms every row.
     *
     * @param rows one array of {@link #columns()} features per row; not modified
     * @return one transformed row per row
     * @throws IllegalArgumentException if a row has the wrong width or a non-finite value, naming its row
     *     and column
     */
    @Override
    public final double[][] transform(double[][] rows) {
        Check.notNull("rows", rows);
        outputCells(rows.length, outputColumns());
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            double[] row = Check.notNull("rows", i, rows[i]);
            Check.rowWidth(row, columns);
            checkRow(row, i);
            out[i] = new double[outputColumns()];
            apply(row, out[i]);
            checkOutput(row, out[i], i);
        }
        return out;
    }

    /**
     * The number of values a batch transform allocates, {@code rows x width}, taken in {@code long} and
     * bounded before anything is allocated: by {@link Dataset#MAX_CELLS} (the largest array) and by the
     * doubles the JVM's maximum heap could hold at all ({@code Runtime.maxMemory() / 8}). The second bound
     * is what an expansion meets first: 2,000 rows of 1,400 columns at polynomial degree 2 are 982,101
     * output columns, 1.96·10^9 values, under {@code MAX_CELLS} but 15.7 GB. A request that passes may
     * still exhaust a heap that holds other data; one refused here could never succeed.
     *
     * @throws IllegalArgumentException naming rows x output columns and the limit
     */
    static int outputCells(int rows, int width) {
        long size = (long) rows * width;
        long heap = Runtime.getRuntime().maxMemory();
        long limit = Math.min(Dataset.MAX_CELLS, heap / Double.BYTES);
        if (size > limit) {
            throw new IllegalArgumentException("the transformed data must have at most " + limit + " values ("
                    + (limit == Dataset.MAX_CELLS ? "Dataset.MAX_CELLS, the largest array" : "as many doubles as the "
                    + "JVM's maximum heap of " + heap / (1 << 20) + " MiB can hold") + "), got " + rows + " rows x "
                    + width + " output columns = " + size + "; transform fewer rows at a time");
        }
        return (int) size;
    }

    /**
     * Refuses an output value that is not finite although the row was: the transformation of a value
     * near the ends of the double range (a cube of 1e300, a power of it) that cannot be represented.
     * Never NaN or Infinity silently.
     */
    private void checkOutput(double[] row, double[] out, int rowIndex) {
        boolean nanOk = missingIsAnOutput();
        for (int t = 0; t < out.length; t++) {
            double v = out[t];
            if (v - v != 0 && !(nanOk && Double.isNaN(v))) {
                throw outputOutOfRange(row, rowIndex, t, v);
            }
        }
    }

    /**
     * The exception for a non-finite output value; models whose outputs match their inputs column for
     * column may name the input value.
     *
     * @param row the input row
     * @param rowIndex its index, -1 for a lone row
     * @param column the output column
     * @param value the output value
     * @return the exception to throw
     */
    RuntimeException outputOutOfRange(double[] row, int rowIndex, int column, double value) {
        String where = rowIndex < 0 ? "output column " + column : "row " + rowIndex + ", output column " + column;
        return new IllegalArgumentException("transformed values must be finite; " + where + " is "
                + Check.format(value) + ": the transformation of this row lies outside the double range "
                + "(about 1.8e308); rescale the features");
    }

    /** @return whether NaN is a legitimate output (an encoder's code for an unseen category); false by default */
    boolean missingIsAnOutput() {
        return false;
    }

    /** Refuses infinities always and NaN unless missing values are accepted; row -1 means a lone row. */
    void checkRow(double[] row, int rowIndex) {
        checkFinite(row, rowIndex);
    }

    /**
     * One value of an affine inverse, {@code x scale + shift} (the scalers' inverse transforms): the plain
     * expression when it is finite (the same bits as before), else the fused multiply-add, exact until its
     * one rounding, so that a product beyond the range that the shift brings back is still returned.
     *
     * @param column the column, for the message
     * @param x the scaled value, finite
     * @param scale the column's scale, finite
     * @param shift the column's shift, finite
     * @return {@code x scale + shift}
     * @throws ArithmeticException if it lies beyond the double range, naming the column and the value
     */
    static double affineInverse(int column, double x, double scale, double shift) {
        double v = x * scale + shift;
        if (Double.isFinite(v)) {
            return v;
        }
        v = Math.fma(x, scale, shift);
        if (!Double.isFinite(v)) {
            throw new ArithmeticException("the inverse of column " + column + " must be finite; "
                    + Check.format(x) + " maps back beyond the double range (about 1.8e308)");
        }
        return v;
    }

    /** Refuses infinities always and NaN unless missing values are accepted; row -1 means a lone row. */
    final void checkFinite(double[] row, int rowIndex) {
        boolean missingOk = acceptsMissing();
        for (int j = 0; j < row.length; j++) {
            double v = row[j];
            if (v - v != 0 && !(missingOk && Double.isNaN(v))) {
                throw nonFinite(rowIndex, j, v);
            }
        }
    }

    static IllegalArgumentException nonFinite(int row, int column, double value) {
        String where = row < 0 ? "column " + column : "row " + row + ", column " + column;
        return new IllegalArgumentException((row < 0 ? "row" : "features") + " must be finite; " + where + " is "
                + Check.format(value) + "; impute or drop missing values first");
    }

    /** Copies the targets (numeric or classes) of {@code source} onto {@code out}. */
    static Dataset withTargetsOf(Dataset source, Dataset out) {
        if (source.hasClasses()) {
            return out.withClasses(source.classes(), source.classNames(), source.targetName());
        }
        if (source.hasNumericTargets()) {
            return out.withTargets(source.targets(), source.targetName());
        }
        return out;
    }

    /**
     * Applies a column-wise inverse to every row of a dataset, keeping names and targets.
     *
     * @param data the transformed rows
     * @param width the width they must have
     * @param inverse the inverse of one checked row
     * @return the rows mapped back
     */
    static Dataset inverseEach(Dataset data, int width, java.util.function.Function<double[], double[]> inverse) {
        Check.columns(data, width);
        Check.finiteFeatures(data);
        double[] out = new double[data.rows() * width];
        for (int i = 0; i < data.rows(); i++) {
            try {
                System.arraycopy(inverse.apply(data.row(i)), 0, out, i * width, width);
            } catch (ArithmeticException e) {
                throw Check.inRow(i, e);
            }
        }
        List<String> names = data.columnNames();
        return withTargetsOf(data, Dataset.ofRowMajor(out, width).withColumnNames(names));
    }
}
