package io.github.classicml.core;

/**
 * A fitted model that assigns each row to one of its clusters.
 *
 * <p>Clusters are indices {@code 0..clusters()-1} with no names: a clusterer learns without targets.
 * The batch forms give exactly the answers of the single-row form, row by row; implementations may
 * override them to go faster but never to answer differently. Implementations are immutable and safe
 * for concurrent use.
 */
public interface Clusterer extends Model {

    /** @return the number of clusters */
    int clusters();

    /**
     * Assigns one row to a cluster.
     *
     * @param row the features, {@link #columns()} of them; not modified
     * @return the cluster index
     * @throws IllegalArgumentException if the row has the wrong width or a non-finite value
     */
    int predict(double[] row);

    /**
     * Assigns every row of a dataset to a cluster (its targets, if any, are ignored).
     *
     * @param data rows of {@link #columns()} features; not modified
     * @return one cluster index per row
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
     * Assigns every row to a cluster.
     *
     * @param rows one array of {@link #columns()} features per row; not modified
     * @return one cluster index per row
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
}
