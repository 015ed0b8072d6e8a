package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * What the fitted encoders share: each column's sorted categories, the lookup of a row's categories
 * (from numbers or from a table's text), and the unknown-category policy. Subclasses write the codes.
 */
abstract class CategoricalModel extends FittedTransformer implements TableTransformer {

    final CategoryColumn[] categories;
    private final UnknownCategories unknown;

    CategoricalModel(CategoryColumn[] categories, UnknownCategories unknown) {
        super(categories.length);
        this.categories = categories;
        this.unknown = unknown;
    }

    /**
     * @param codes each column's category index, -1 for an unseen category (only under IGNORE)
     * @param out where to write the {@link #outputColumns()} values
     */
    abstract void encode(int[] codes, double[] out);

    /**
     * Names the output columns.
     *
     * @param inputNames the names of the input columns
     * @return the names of the output columns
     */
    @Override
    public abstract List<String> outputColumnNames(List<String> inputNames);

    /**
     * @param column a column index
     * @return its categories in code order, as labels (integral numbers as {@code 3.0}, as Python prints them)
     */
    public List<String> categories(int column) {
        Check.index("column", column, categories.length);
        return categories[column].labels();
    }

    @Override
    final void apply(double[] row, double[] out) {
        int[] codes = new int[row.length];
        for (int j = 0; j < row.length; j++) {
            if (categories[j].text) {
                throw new IllegalArgumentException("column " + j + " holds text categories; transform a Table, not numbers");
            }
            int c = categories[j].indexOf(row[j]);
            if (c < 0) {
                unseen(j, -1, CategoryColumn.label(row[j]));
            }
            codes[j] = c;
        }
        encode(codes, out);
    }

    private void unseen(int column, int row, String value) {
        if (unknown == UnknownCategories.ERROR) {
            throw new IllegalArgumentException("category must be one seen at fit; " + (row < 0 ? "" : "row " + row + ", ")
                    + "column " + column + " is \"" + value + "\", unknown; known: " + categories[column].labels()
                    + "; use UnknownCategories.IGNORE to encode it as none");
        }
    }

    @Override
    public final Dataset transform(Table table) {
        Check.notNull("table", table);
        Check.that(table.columns() == categories.length, () -> "table has " + table.columns()
                + " columns but the model was fitted on " + categories.length);
        int p = categories.length;
        Object[] cols = new Object[p];
        for (int j = 0; j < p; j++) {
            final int column = j;
            Check.that(table.isText(j) == categories[j].text, () -> "column " + column + " ("
                    + table.columnNames().get(column) + ") must be " + (categories[column].text ? "text" : "numeric")
                    + " as at fit, got a " + (table.isText(column) ? "text" : "numeric") + " column");
            cols[j] = categories[j].text ? table.text(j) : table.numeric(j);
        }
        int width = outputColumns();
        double[] out = new double[outputCells(table.rows(), width)];
        double[] row = new double[width];
        int[] codes = new int[p];
        for (int i = 0; i < table.rows(); i++) {
            for (int j = 0; j < p; j++) {
                if (categories[j].text) {
                    String v = ((String[]) cols[j])[i];
                    if (v == null) {
                        throw CategoryColumn.missingText(table, i, j);
                    }
                    codes[j] = categories[j].indexOf(v);
                    if (codes[j] < 0) {
                        unseen(j, i, v);
                    }
                } else {
                    double v = ((double[]) cols[j])[i];
                    if (!Double.isFinite(v)) {
                        throw nonFinite(i, j, v);
                    }
                    codes[j] = categories[j].indexOf(v);
                    if (codes[j] < 0) {
                        unseen(j, i, CategoryColumn.label(v));
                    }
                }
            }
            encode(codes, row);
            System.arraycopy(row, 0, out, i * width, width);
        }
        return Dataset.ofRowMajor(out, width).withColumnNames(outputColumnNames(table.columnNames()));
    }

    static CategoryColumn[] fitColumns(Dataset data) {
        Check.notNull("data", data);
        Check.minRows(data, 1);
        Check.finiteFeatures(data);
        CategoryColumn[] c = new CategoryColumn[data.columns()];
        for (int j = 0; j < c.length; j++) {
            c[j] = CategoryColumn.ofNumbers(data.column(j));
        }
        return c;
    }

    static CategoryColumn[] fitColumns(Table table) {
        Check.notNull("table", table);
        Check.that(table.rows() >= 1, () -> "table must have at least 1 row, got " + table.rows());
        Check.that(table.columns() >= 1, () -> "table must have at least 1 column, got 0");
        CategoryColumn[] c = new CategoryColumn[table.columns()];
        for (int j = 0; j < c.length; j++) {
            c[j] = CategoryColumn.ofTable(table, j);
        }
        return c;
    }

    static List<String> checkedNames(List<String> inputNames, int columns) {
        Check.notNull("inputNames", inputNames);
        Check.sameLength("inputNames", inputNames.size(), "columns", columns);
        return new ArrayList<>(inputNames);
    }
}
