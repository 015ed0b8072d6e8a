package io.github.classicml.algorithms.preprocessing;

import java.util.List;

/**
 * A fitted one-hot encoding: each column's sorted categories and where their 0/1 columns start.
 * Immutable and thread-safe.
 *
 * @see OneHotEncoder
 */
public final class OneHotEncoderModel extends CategoricalModel {

    private final OneHotEncoder learner;
    private final int[] start;
    private final int width;

    OneHotEncoderModel(OneHotEncoder learner, CategoryColumn[] categories) {
        super(categories, learner.unknown());
        this.learner = learner;
        this.start = new int[categories.length];
        int w = 0;
        for (int j = 0; j < categories.length; j++) {
            start[j] = w;
            w += categories[j].size() - (learner.dropFirst() ? 1 : 0);
        }
        this.width = w;
    }

    @Override
    public OneHotEncoder learner() {
        return learner;
    }

    /** @return the total number of 0/1 columns */
    @Override
    public int outputColumns() {
        return width;
    }

    /**
     * Names the output {@code <name>_<category>}, scikit-learn's {@code get_feature_names_out}.
     *
     * @param inputNames the names of the input columns
     * @return the output names
     */
    @Override
    public List<String> outputColumnNames(List<String> inputNames) {
        List<String> in = checkedNames(inputNames, categories.length);
        String[] names = new String[width];
        int drop = learner.dropFirst() ? 1 : 0;
        for (int j = 0; j < categories.length; j++) {
            List<String> labels = categories[j].labels();
            for (int c = drop; c < labels.size(); c++) {
                names[start[j] + c - drop] = in.get(j) + "_" + labels.get(c);
            }
        }
        return List.of(names);
    }

    @Override
    void encode(int[] codes, double[] out) {
        java.util.Arrays.fill(out, 0.0);
        int drop = learner.dropFirst() ? 1 : 0;
        for (int j = 0; j < codes.length; j++) {
            if (codes[j] >= drop) {
                out[start[j] + codes[j] - drop] = 1.0;
            }
        }
    }

    @Override
    public String toString() {
        return "OneHotEncoderModel[" + categories.length + " columns to " + width + " indicator columns"
                + (learner.dropFirst() ? ", first categories dropped" : "") + "]";
    }
}
