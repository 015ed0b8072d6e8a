package io.github.classicml.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A fitted model that maps each row to a new row: scaling, imputation, encoding, projection.
 *
 * <p>{@link #transform(Dataset)} returns a {@code Dataset} with the same rows and targets and the new
 * columns, named by {@link #outputColumnNames(List)}; {@link #transform(double[][])} does the same on
 * plain arrays. Both give exactly the answers of {@link #transform(double[])}, row by row;
 * implementations may override them to go faster but never to answer differently. Implementations are
 * immutable and safe for concurrent use.
 */
public interface Transformer extends Model {

    /** @return the number of columns each transformed row has */
    int outputColumns();

    /**
     * Transforms one row.
     *
     * @param row the features, {@link #columns()} of them; not modified
     * @return a new row of {@link #outputColumns()} values
     * @throws IllegalArgumentException if the row has the wrong width or a value the model cannot take
     */
    double[] transform(double[] row);

    /**
     * Names the output columns. By default the input names when the width is unchanged (a column-wise
     * transformation such as scaling), else {@code x0, x1, ...}; transformers that make new columns
     * override it.
     *
     * @param inputNames the names of the {@link #columns()} input columns
     * @return the names of the {@link #outputColumns()} output columns
     */
    default List<String> outputColumnNames(List<String> inputNames) {
        Check.notNull("inputNames", inputNames);
        if (outputColumns() == columns() && inputNames.size() == columns()) {
            return List.copyOf(inputNames);
        }
        List<String> names = new ArrayList<>(outputColumns());
        for (int j = 0; j < outputColumns(); j++) {
            names.add("x" + j);
        }
        return List.copyOf(names);
    }

    /**
     * Transforms every row of a dataset, keeping its targets.
     *
     * @param data rows of {@link #columns()} features; not modified
     * @return a new dataset with the transformed rows, the same targets and the output column names
     * @throws IllegalArgumentException if the dataset has the wrong width, or
     *     {@code data row <i>: <the row's own message>} for the first row the model refuses
     * @throws ArithmeticException {@code data row <i>: ...} (the row's own message) for the first row whose
     *     result lies beyond the double range
     */
    default Dataset transform(Dataset data) {
        Check.columns(data, columns());
        int width = outputColumns();
        double[] out = new double[data.rows() * width];
        double[] row = new double[data.columns()];
        for (int i = 0; i < data.rows(); i++) {
            data.copyRow(i, row, 0);
            try {
                System.arraycopy(transform(row), 0, out, i * width, width);
            } catch (IllegalArgumentException e) {
                throw Check.inRow(i, e);
            } catch (ArithmeticException e) {
                throw Check.inRow(i, e);
            }
        }
        Dataset result = Dataset.ofRowMajor(out, width).withColumnNames(outputColumnNames(data.columnNames()));
        if (data.hasClasses()) {
            return result.withClasses(data.classes(), data.classNames(), data.targetName());
        }
        if (data.hasNumericTargets()) {
            return result.withTargets(data.targets(), data.targetName());
        }
        return result;
    }

    /**
     * Transforms every row.
     *
     * @param rows one array of {@link #columns()} features per row; not modified
     * @return one transformed row per row
     * @throws IllegalArgumentException {@code rows[<i>] has <n> columns but the model was fitted on <m>}, or
     *     {@code rows[<i>]: <the row's own message>} for the first row the model refuses
     * @throws ArithmeticException {@code rows[<i>]: ...} (the row's own message) for the first row whose
     *     result lies beyond the double range
     */
    default double[][] transform(double[][] rows) {
        Check.notNull("rows", rows);
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            Check.rowWidth("rows", i, rows[i], columns());
            try {
                out[i] = transform(rows[i]);
            } catch (IllegalArgumentException e) {
                throw Check.inRow("rows", i, e);
            } catch (ArithmeticException e) {
                throw Check.inRow("rows", i, e);
            }
        }
        return out;
    }
}
