package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Transformer;
import io.github.classicml.core.io.Table;


/**
 * Fits a {@link TableTransformer} to a {@link Table}: what a {@link ColumnTransformer} applies to its
 * column groups. The encoders are table learners themselves; a numeric transformer's learner (a scaler,
 * an imputer) becomes one through {@link #numeric(Learner)}.
 *
 * @param <M> the model type
 */
@FunctionalInterface
public interface TableLearner<M extends TableTransformer> {

    /**
     * @param table the training table; not modified
     * @return a new model
     */
    M fit(Table table);

    /**
     * Adapts a numeric transformer's learner: the table, whose columns must all be numeric, is turned into
     * a dataset ({@link Table#toDataset()}) for fitting and for transforming.
     *
     * @param learner a learner of a numeric transformer
     * @param <T> its model type
     * @return the learner as a table learner
     */
    static <T extends Transformer> TableLearner<TableTransformer> numeric(Learner<T> learner) {
        Check.notNull("learner", learner);
        return new NumericTableLearner<>(learner);
    }

    /** A numeric learner applied to tables of numeric columns. */
    record NumericTableLearner<T extends Transformer>(Learner<T> learner) implements TableLearner<TableTransformer> {

        /** @param learner the numeric learner */
        public NumericTableLearner {
            Check.notNull("learner", learner);
        }

        @Override
        public TableTransformer fit(Table table) {
            Check.notNull("table", table);
            return new NumericTableTransformer(learner.fit(table.toDataset()));
        }
    }
}
