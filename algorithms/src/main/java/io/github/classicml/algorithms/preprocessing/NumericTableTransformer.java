package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Transformer;
import io.github.classicml.core.io.Table;

import java.util.List;

/**
 * A fitted numeric transformer applied to tables of numeric columns: what
 * {@link TableLearner#numeric} fits. Named (rather than anonymous) so that a model file can reach the
 * transformer inside.
 */
final class NumericTableTransformer implements TableTransformer {

    private final Transformer model;

    NumericTableTransformer(Transformer model) {
        this.model = model;
    }

    /** @return the numeric transformer inside */
    Transformer model() {
        return model;
    }

    @Override
    public int columns() {
        return model.columns();
    }

    @Override
    public int outputColumns() {
        return model.outputColumns();
    }

    @Override
    public List<String> outputColumnNames(List<String> inputNames) {
        return model.outputColumnNames(inputNames);
    }

    @Override
    public Dataset transform(Table t) {
        Check.notNull("table", t);
        return model.transform(t.toDataset());
    }

    @Override
    public String toString() {
        return model.toString();
    }
}
