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
    /** Per column: 1 when its first category has no output column, else 0. */
    private final int[] dropped;
    private final int width;

    OneHotEncoderModel(OneHotEncoder learner, CategoryColumn[] categories) {
        super(categories, learner.unknown());
        this.learner = learner;
        this.start = new int[categories.length];
        this.dropped = new int[categories.length];
        int w = 0;
        for (int j = 0; j < categories.length; j++) {
            dropped[j] = switch (learner.drop()) {
                case NONE -> 0;
                case FIRST -> 1;
                case IF_BINARY -> categories[j].size() == 2 ? 1 : 0;
            };
            start[j] = w;
            w += categories[j].size() - dropped[j];
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
        for (int j = 0; j < categories.length; j++) {
            List<String> labels = categories[j].labels();
            for (int c = dropped[j]; c < labels.size(); c++) {
                names[start[j] + c - dropped[j]] = in.get(j) + "_" + labels.get(c);
            }
        }
        return List.of(names);
    }

    @Override
    void encode(int[] codes, double[] out) {
        java.util.Arrays.fill(out, 0.0);
        for (int j = 0; j < codes.length; j++) {
            if (codes[j] >= dropped[j]) {
                out[start[j] + codes[j] - dropped[j]] = 1.0;
            }
        }
    }

    @Override
    public String toString() {
        return "OneHotEncoderModel[" + categories.length + " columns to " + width + " indicator columns"
                + (learner.drop() == OneHotEncoder.Drop.NONE ? "" : ", drop " + learner.drop().name().toLowerCase(java.util.Locale.ROOT)) + "]";
    }
}
