package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns a {@link CorrelationFilter} keeps; transforming selects them. Immutable and thread-safe.
 *
 * @see CorrelationFilter
 */
public final class CorrelationFilterModel extends FittedTransformer {

    private final CorrelationFilter learner;
    private final int[] keep;

    CorrelationFilterModel(CorrelationFilter learner, int columns, int[] keep) {
        super(columns);
        this.learner = learner;
        this.keep = keep;
    }

    @Override
    public CorrelationFilter learner() {
        return learner;
    }

    /** @return the number of kept columns */
    @Override
    public int outputColumns() {
        return keep.length;
    }

    /** @return the indices of the kept columns, ascending */
    public int[] keptColumns() {
        return keep.clone();
    }

    /**
     * @param inputNames the names of the input columns
     * @return the names of the kept columns
     */
    @Override
    public List<String> outputColumnNames(List<String> inputNames) {
        Check.notNull("inputNames", inputNames);
        Check.sameLength("inputNames", inputNames.size(), "columns", columns());
        List<String> names = new ArrayList<>(keep.length);
        for (int j : keep) {
            names.add(inputNames.get(j));
        }
        return List.copyOf(names);
    }

    @Override
    void apply(double[] row, double[] out) {
        for (int k = 0; k < keep.length; k++) {
            out[k] = row[keep[k]];
        }
    }

    @Override
    public String toString() {
        return "CorrelationFilterModel[keeps " + keep.length + " of " + columns() + " columns, |r| <= "
                + Check.format(learner.threshold()) + "]";
    }
}
