package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

/**
 * A dataset whose columns have been sorted once, for growing many trees on weightings of the same
 * rows: the trees of a random forest or a bag of trees, each on its bootstrap sample.
 *
 * <p>A tree grows on presorted columns: for every feature, the rows in increasing order of its value
 * ({@link DecisionTreeClassifier} sorts them before it grows the root). Fifty trees on fifty bootstrap
 * samples of the same rows would sort the same columns fifty times, although a bootstrap sample is
 * only a weighting of the rows (a row drawn twice weighs 2, a row not drawn weighs 0). Sorted once here,
 * each tree's columns are the shared order with the rows of weight 0 left out: one pass per column,
 * {@code O(p n)} per tree instead of a sort (a radix sort of 5 passes, or {@code O(p n log n)}).
 * {@link DecisionTreeClassifier#fit(SortedColumns, double[])} grows the same tree as
 * {@link DecisionTreeClassifier#fit(Dataset, double[])} on the same weights.
 *
 * <p>Cost: {@code O(p n)} time for the sort (radix) and {@code 12 p n} bytes held (a row id and a
 * value per entry). Immutable; one instance may serve trees grown in parallel.
 */
public final class SortedColumns {

    private final Dataset data;
    private final int rows;
    private final int columns;
    /** {@code order[f * rows + k]}: the row of rank {@code k} by feature {@code f}, equal values by row. */
    private final int[] order;
    /** {@code sorted[f * rows + k]}: that row's value of feature {@code f}. */
    private final double[] sorted;

    private SortedColumns(Dataset data) {
        this.data = data;
        this.rows = data.rows();
        this.columns = data.columns();
        this.order = new int[rows * columns];
        this.sorted = new double[rows * columns];
        double[] values = data.features();
        for (int i = 0; i < rows; i++) {
            for (int f = 0; f < columns; f++) {
                sorted[f * rows + i] = values[i * columns + f];
            }
        }
        Presort.Scratch scratch = new Presort.Scratch(rows);
        for (int f = 0; f < columns; f++) {
            int base = f * rows;
            for (int i = 0; i < rows; i++) {
                order[base + i] = i;
            }
            Presort.radix(sorted, order, base, base + rows, scratch);
        }
    }

    /**
     * Sorts the columns of a dataset.
     *
     * @param data rows with finite features, at least 1 row; not modified, kept by reference
     * @return the sorted columns
     * @throws IllegalArgumentException if the data has no rows or a non-finite feature
     */
    public static SortedColumns of(Dataset data) {
        Check.notNull("data", data);
        Check.minRows(data, 1);
        Check.finiteFeatures(data);
        return new SortedColumns(data);
    }

    /** @return the dataset whose columns these are */
    public Dataset data() {
        return data;
    }

    int rows() {
        return rows;
    }

    int columns() {
        return columns;
    }

    /** @return the row order of every column, column after column; shared, not to be modified */
    int[] order() {
        return order;
    }

    /** @return the values in that order; shared, not to be modified */
    double[] sorted() {
        return sorted;
    }
}
