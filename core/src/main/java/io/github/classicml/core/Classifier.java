package io.github.classicml.core;

import java.util.List;

/**
 * A fitted model that assigns each row a class.
 *
 * <p>Classes are indices {@code 0..k-1}; {@link #classNames()} maps them back to the labels of the
 * training data. The batch forms give exactly the answers of the single-row form, row by row;
 * implementations may override them to go faster but never to answer differently. Implementations
 * are immutable and safe for concurrent use.
 *
 * <p>{@link #predictLabels(Dataset)} gives the class names instead of indices.
 */
public interface Classifier extends Model {

    /** @return the class names by class index, as in the training data (unmodifiable) */
    List<String> classNames();

    /**
     * Predicts the class of one row.
     *
     * @param row the features, {@link #columns()} of them; not modified
     * @return the class index
     * @throws IllegalArgumentException if the row has the wrong width
     */
    int predict(double[] row);

    /**
     * Predicts the class of every row of a dataset (its targets, if any, are ignored).
     *
     * @param data rows of {@link #columns()} features; not modified
     * @return one class index per row
     * @throws IllegalArgumentException if the dataset has the wrong width, or
     *     {@code data row <i>: <the row's own message>} for the first row the model refuses
     * @throws ArithmeticException {@code data row <i>: ...} (the row's own message) for the first row whose
     *     result lies beyond the double range
     */
    default int[] predict(Dataset data) {
        Check.columns(data, columns());
        int[] out = new int[data.rows()];
        double[] row = new double[data.columns()];
        for (int i = 0; i < out.length; i++) {
            data.copyRow(i, row, 0);
            try {
                out[i] = predict(row);
            } catch (IllegalArgumentException e) {
                throw Check.inRow(i, e);
            } catch (ArithmeticException e) {
                throw Check.inRow(i, e);
            }
        }
        return out;
    }

    /**
     * Predicts the class of every row.
     *
     * @param rows one array of {@link #columns()} features per row; not modified
     * @return one class index per row
     * @throws IllegalArgumentException {@code rows[<i>] has <n> columns but the model was fitted on <m>}, or
     *     {@code rows[<i>]: <the row's own message>} for the first row the model refuses
     * @throws ArithmeticException {@code rows[<i>]: ...} (the row's own message) for the first row whose
     *     result lies beyond the double range
     */
    default int[] predict(double[][] rows) {
        Check.notNull("rows", rows);
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            Check.rowWidth("rows", i, rows[i], columns());
            try {
                out[i] = predict(rows[i]);
            } catch (IllegalArgumentException e) {
                throw Check.inRow("rows", i, e);
            } catch (ArithmeticException e) {
                throw Check.inRow("rows", i, e);
            }
        }
        return out;
    }

    /**
     * Predicts the label of one row: the name of the predicted class.
     *
     * @param row the features; not modified
     * @return the class name
     */
    default String predictLabel(double[] row) {
        return classNames().get(predict(row));
    }

    /**
     * Predicts the label of every row of a dataset: the names of the predicted classes, as the
     * training data spelled them. Agrees exactly with {@link #predict(Dataset)}.
     *
     * @param data rows of {@link #columns()} features; not modified
     * @return one class name per row
     */
    default String[] predictLabels(Dataset data) {
        return labelsOf(predict(data));
    }

    /**
     * Predicts the label of every row. Agrees exactly with {@link #predict(double[][])}.
     *
     * @param rows one array of {@link #columns()} features per row; not modified
     * @return one class name per row
     * @throws IllegalArgumentException {@code rows[<i>] has <n> columns but the model was fitted on <m>}, or
     *     {@code rows[<i>]: <the row's own message>} for the first row the model refuses
     */
    default String[] predictLabels(double[][] rows) {
        return labelsOf(predict(rows));
    }

    private String[] labelsOf(int[] classes) {
        List<String> names = classNames();
        String[] out = new String[classes.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = names.get(classes[i]);
        }
        return out;
    }
}
