package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Transformer;
import io.github.classicml.core.io.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies different transformers to different groups of columns and puts their outputs side by side:
 * a one-hot encoder on the text columns, a scaler on the numeric ones, an imputer on those with gaps.
 *
 * <p>Each part is fitted on its own columns only; the output is the parts' outputs in the order of the
 * parts, named {@code <part>__<column>}, followed, if {@code keepRemainder}, by the numeric columns no
 * part names, unchanged, named {@code remainder__<column>} (scikit-learn's {@code ColumnTransformer}
 * with {@code remainder="passthrough"} and its default names; without, those columns are dropped). A
 * column may feed several parts. It fits on a {@link Table} (text and numbers) or a {@code Dataset}.
 * Infinite values and missing values in passed-through columns are refused naming the row and column
 * of the whole table; a part's own refusal (a scaler given NaN) is reported with the part's name
 * first, and its column index counts within the part's columns. Cost: the sum of the parts'.
 *
 * <p>Reference: scikit-learn developers, "Column Transformer with Mixed Types", scikit-learn 1.2
 * user guide, section 6.1.4 (the design this follows).
 *
 * @param parts the column groups and their learners, at least one, with distinct names
 * @param keepRemainder whether the columns of no part pass through unchanged; default false
 * @see ColumnTransformerModel
 */
public record ColumnTransformer(List<Part> parts, boolean keepRemainder)
        implements Learner<ColumnTransformerModel>, TableLearner<ColumnTransformerModel> {

    /**
     * One group of columns and the learner fitted on them.
     *
     * @param name the part's name, the prefix of its output names; not blank
     * @param learner the learner
     * @param columns the names of its input columns, at least one, distinct
     */
    public record Part(String name, TableLearner<?> learner, List<String> columns) {

        /**
         * Validates the part.
         *
         * @param name the part's name
         * @param learner the learner
         * @param columns the column names
         */
        public Part {
            Check.notNull("name", name);
            Check.that(!name.isBlank(), () -> "name must not be blank, got \"" + name + "\"");
            Check.notNull("learner", learner);
            Check.notNull("columns", columns);
            Check.notEmpty("columns", columns.size());
            columns = List.copyOf(columns);
            List<String> given = columns;
            Check.that(new HashSet<>(given).size() == given.size(), () -> "columns must be distinct, got " + given);
        }
    }

    /**
     * Validates the parts.
     *
     * @param parts at least one, distinct names
     * @param keepRemainder whether unnamed columns pass through
     */
    public ColumnTransformer {
        Check.notNull("parts", parts);
        Check.notEmpty("parts", parts.size());
        parts = List.copyOf(parts);
        Set<String> names = new HashSet<>();
        for (Part p : parts) {
            Check.that(names.add(p.name()), () -> "parts must have distinct names, got \"" + p.name() + "\" twice");
        }
    }

    /**
     * @param parts the parts
     * @return a column transformer that drops the columns of no part, scikit-learn's default
     */
    public static ColumnTransformer of(Part... parts) {
        return new ColumnTransformer(List.of(parts), false);
    }

    /**
     * @param name the part's name
     * @param learner a table learner (an encoder, or {@link TableLearner#numeric})
     * @param columns its columns
     * @return the part
     */
    public static Part part(String name, TableLearner<?> learner, String... columns) {
        return new Part(name, learner, List.of(columns));
    }

    /**
     * @param name the part's name
     * @param learner a numeric transformer's learner (a scaler, an imputer)
     * @param columns its columns, numeric
     * @return the part
     */
    public static Part numeric(String name, Learner<? extends Transformer> learner, String... columns) {
        return new Part(name, TableLearner.numeric(learner), List.of(columns));
    }

    /**
     * @param value whether the columns of no part pass through unchanged
     * @return a copy with it
     */
    public ColumnTransformer withRemainder(boolean value) {
        return new ColumnTransformer(parts, value);
    }

    /**
     * Fits every part on its numeric columns.
     *
     * @param data at least one row; not modified (non-finite values are left to the parts' learners)
     * @return the model
     */
    @Override
    public ColumnTransformerModel fit(Dataset data) {
        Check.notNull("data", data);
        Check.minRows(data, 1);
        return fit(Table.of(data));
    }

    /**
     * Fits every part on its columns of the table.
     *
     * @param table at least one row, with every column the parts name; not modified
     * @return the model
     * @throws IllegalArgumentException if a part names a missing column, or a remainder column that
     *     would pass through holds text
     */
    @Override
    public ColumnTransformerModel fit(Table table) {
        Check.notNull("table", table);
        Check.that(table.rows() >= 1, () -> "data must have at least 1 row, got " + table.rows());
        for (Part p : parts) {
            for (String c : p.columns()) {
                table.columnIndex(c);
            }
        }
        ColumnTransformerModel.requireNoInfinity(table);
        List<TableTransformer> models = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Part p : parts) {
            Table sub = table.selectColumns(p.columns());
            models.add(ColumnTransformerModel.inPart(p, () -> p.learner().fit(sub)));
            used.addAll(p.columns());
        }
        List<String> remainder = new ArrayList<>();
        if (keepRemainder) {
            for (int j = 0; j < table.columns(); j++) {
                String name = table.columnNames().get(j);
                if (!used.contains(name)) {
                    Check.that(!table.isText(j), () -> "remainder column " + name
                            + " must be numeric to pass through, got a text column; give it to an encoder");
                    ColumnTransformerModel.requireFinite(table, j);
                    remainder.add(name);
                }
            }
        }
        return new ColumnTransformerModel(this, table.columnNames(), models, remainder);
    }
}
