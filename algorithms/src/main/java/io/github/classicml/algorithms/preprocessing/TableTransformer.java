package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Table;

import java.util.List;

/**
 * A fitted model that turns a {@link Table} (numeric and text columns) into a numeric {@link Dataset}:
 * the encoders, the column transformer, and any numeric transformer wrapped by
 * {@link TableLearner#numeric}. Implementations are immutable and safe for concurrent use.
 */
public interface TableTransformer {

    /** @return the number of columns of the tables it takes */
    int columns();

    /** @return the number of columns of the datasets it returns */
    int outputColumns();

    /**
     * @param inputNames the names of the {@link #columns()} input columns
     * @return the names of the {@link #outputColumns()} output columns
     */
    List<String> outputColumnNames(List<String> inputNames);

    /**
     * Transforms every row of a table.
     *
     * @param table a table of {@link #columns()} columns of the kinds seen at fit; not modified
     * @return a numeric dataset without targets, named by {@link #outputColumnNames}
     * @throws IllegalArgumentException if the table has another width, a column of another kind, or a
     *     value the model cannot take, naming its row and column
     */
    Dataset transform(Table table);
}
