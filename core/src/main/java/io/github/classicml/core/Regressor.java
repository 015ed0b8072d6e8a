package io.github.classicml.core;

/**
 * A fitted model that predicts a real number for each row.
 *
 * <p>The batch forms give exactly the answers of the single-row form, row by row. Implementations
 * are immutable and safe for concurrent use.
 */
public interface Regressor extends Model {

    /**
     * Predicts the target of one row.
     *
     * @param row the features, {@link #columns()} of them; not modified
     * @return the prediction
     * @throws IllegalArgumentException if the row has the wrong width
     */
    double predict(double[] row);

    /**
     * Predicts the target of every row of a dataset (its targets, if any, are ignored).
     *
     * @param data rows of {@link #columns()} features; not modified
     * @return one prediction per row
     * @throws ArithmeticException {@code data row <i>: <the row's own message>} for the first row whose
     *     prediction the model cannot return (beyond the double range)
     */
    default double[] predict(Dataset data) {
        Check.columns(data, columns());
        double[] out = new double[data.rows()];
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
     * Predicts the target of every row.
     *
     * @param rows one array of {@link #columns()} features per row; not modified
     * @return one prediction per row
     * @throws IllegalArgumentException {@code rows[<i>] has <n> columns but the model was fitted on <m>}, or
     *     {@code rows[<i>]: <the row's own message>} for the first row the model refuses
     * @throws ArithmeticException {@code rows[<i>]: <the row's own message>} for the first row whose
     *     prediction the model cannot return (beyond the double range)
     */
    default double[] predict(double[][] rows) {
        Check.notNull("rows", rows);
        double[] out = new double[rows.length];
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
}
