package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * A fitted column transformer: one fitted model per part, and the remainder columns that pass through.
 * Immutable and thread-safe.
 *
 * @see ColumnTransformer
 */
public final class ColumnTransformerModel extends FittedTransformer implements TableTransformer {

    private final ColumnTransformer learner;
    private final List<String> inputNames;
    private final List<TableTransformer> models;
    private final List<String> remainder;
    private final int width;

    ColumnTransformerModel(ColumnTransformer learner, List<String> inputNames, List<TableTransformer> models,
                           List<String> remainder) {
        super(inputNames.size());
        this.learner = learner;
        this.inputNames = List.copyOf(inputNames);
        this.models = List.copyOf(models);
        this.remainder = List.copyOf(remainder);
        int w = remainder.size();
        for (TableTransformer m : models) {
            w += m.outputColumns();
        }
        this.width = w;
    }

    @Override
    public ColumnTransformer learner() {
        return learner;
    }

    /** @return the parts' output widths added up, plus the remainder columns */
    @Override
    public int outputColumns() {
        return width;
    }

    /** @return each part's fitted model, in the order of the parts */
    public List<TableTransformer> models() {
        return models;
    }

    /**
     * Names the output {@code <part>__<column>} and {@code remainder__<column>}; the names the parts
     * see are those given at fit.
     *
     * @param inputNames the input names (only their number is checked: the parts select columns by the
     *     names seen at fit)
     * @return the output names
     */
    @Override
    public List<String> outputColumnNames(List<String> inputNames) {
        Check.notNull("inputNames", inputNames);
        Check.sameLength("inputNames", inputNames.size(), "columns", this.inputNames.size());
        List<String> names = new ArrayList<>(width);
        for (int k = 0; k < models.size(); k++) {
            ColumnTransformer.Part part = learner.parts().get(k);
            for (String n : models.get(k).outputColumnNames(part.columns())) {
                names.add(part.name() + "__" + n);
            }
        }
        for (String r : remainder) {
            names.add("remainder__" + r);
        }
        return List.copyOf(names);
    }

    /**
     * Transforms a table: each part on its columns (found by name), then the remainder.
     *
     * @param table a table with the columns seen at fit; not modified
     * @return the numeric dataset
     */
    @Override
    public Dataset transform(Table table) {
        Check.notNull("table", table);
        Check.that(table.columns() == inputNames.size(), () -> "table has " + table.columns()
                + " columns but the model was fitted on " + inputNames.size());
        int n = table.rows();
        double[] out = new double[outputCells(n, width)];
        int offset = 0;
        requireNoInfinity(table);
        for (int k = 0; k < models.size(); k++) {
            ColumnTransformer.Part part = learner.parts().get(k);
            TableTransformer model = models.get(k);
            Dataset d = inPart(part, () -> model.transform(table.selectColumns(part.columns())));
            offset = place(d.features(), d.columns(), out, offset, n);
        }
        // one lookup table for the remainder, not a search of every name per column (10 000 columns)
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        List<String> names = table.columnNames();
        for (int j = 0; j < names.size(); j++) {
            index.put(names.get(j), j);
        }
        for (String r : remainder) {
            Integer j = index.get(r);
            double[] v = requireFinite(table, j != null ? j : table.columnIndex(r));
            offset = place(v, 1, out, offset, n);
        }
        return Dataset.ofRowMajor(out, width).withColumnNames(outputColumnNames(table.columnNames()));
    }

    /**
     * Transforms every row of a dataset through {@link #transform(Table)}, keeping its targets.
     *
     * @param data rows of {@link #columns()} features; not modified
     * @return a new dataset
     * @throws IllegalArgumentException if the dataset has the wrong width or a value a part refuses
     */
    @Override
    public Dataset transform(Dataset data) {
        Check.columns(data, inputNames.size());
        // the table at once, under the fitted names (growing it a column at a time costs O(columns^2))
        Table t = Table.of(Dataset.ofRowMajor(data.features(), data.columns()).withColumnNames(inputNames));
        return withTargetsOf(data, transform(t));
    }

    static <T> T inPart(ColumnTransformer.Part part, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("part " + part.name() + " (columns " + part.columns() + "): "
                    + e.getMessage(), e);
        }
    }

    static void requireNoInfinity(Table table) {
        for (int j = 0; j < table.columns(); j++) {
            if (!table.isText(j)) {
                double[] v = table.numeric(j);
                for (int i = 0; i < v.length; i++) {
                    if (Double.isInfinite(v[i])) {
                        throw nonFinite(i, j, v[i]);
                    }
                }
            }
        }
    }

    static double[] requireFinite(Table table, int j) {
        double[] v = table.numeric(j);
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw nonFinite(i, j, v[i]);
            }
        }
        return v;
    }

    private int place(double[] block, int columns, double[] out, int offset, int n) {
        for (int i = 0; i < n; i++) {
            System.arraycopy(block, i * columns, out, i * width + offset, columns);
        }
        return offset + columns;
    }

    @Override
    boolean acceptsMissing() {
        // the parts decide (an imputer part takes NaN); infinities are refused here
        return true;
    }

    @Override
    void apply(double[] row, double[] out) {
        Table t = Table.of(Dataset.ofRowMajor(row.clone(), row.length).withColumnNames(inputNames));
        System.arraycopy(transform(t).row(0), 0, out, 0, width);
    }

    /** @return the names of the input columns (for the model file) */
    List<String> inputNames() {
        return inputNames;
    }

    /** @return the names of the columns passed through (for the model file) */
    List<String> remainder() {
        return remainder;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("ColumnTransformerModel[");
        for (int k = 0; k < models.size(); k++) {
            ColumnTransformer.Part p = learner.parts().get(k);
            s.append(p.name()).append(" on ").append(p.columns().size()).append(" columns, ");
        }
        return s.append(remainder.size()).append(" passed through -> ").append(width).append(" columns]").toString();
    }
}
