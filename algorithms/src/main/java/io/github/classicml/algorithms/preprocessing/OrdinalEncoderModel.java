package io.github.classicml.algorithms.preprocessing;

import java.util.List;

/**
 * A fitted ordinal encoding: each column's sorted categories; a row's category becomes its index.
 * Immutable and thread-safe.
 *
 * @see OrdinalEncoder
 */
public final class OrdinalEncoderModel extends CategoricalModel {

    private final OrdinalEncoder learner;

    OrdinalEncoderModel(OrdinalEncoder learner, CategoryColumn[] categories) {
        super(categories, learner.unknown());
        this.learner = learner;
    }

    @Override
    public OrdinalEncoder learner() {
        return learner;
    }

    /** @return the number of columns: one code per column */
    @Override
    public int outputColumns() {
        return categories.length;
    }

    /**
     * Names the output as the input: one code column per column.
     *
     * @param inputNames the names of the input columns
     * @return the same names
     */
    @Override
    public List<String> outputColumnNames(List<String> inputNames) {
        return List.copyOf(checkedNames(inputNames, categories.length));
    }

    @Override
    void encode(int[] codes, double[] out) {
        for (int j = 0; j < codes.length; j++) {
            out[j] = codes[j] < 0 ? learner.unknownValue() : codes[j];
        }
    }

    /** NaN is the code of an unseen category when {@code unknownValue} is NaN. */
    @Override
    boolean missingIsAnOutput() {
        return Double.isNaN(learner.unknownValue());
    }

    @Override
    public String toString() {
        int total = 0;
        for (CategoryColumn c : categories) {
            total += c.size();
        }
        return "OrdinalEncoderModel[" + categories.length + " columns, " + total + " categories]";
    }
}
