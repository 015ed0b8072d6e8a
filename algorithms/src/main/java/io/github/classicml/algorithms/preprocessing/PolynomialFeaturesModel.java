package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * The fitted list of products of {@link PolynomialFeatures}: each output column is the product of the
 * input columns of one term (the empty term is the bias, 1). Immutable and thread-safe.
 *
 * @see PolynomialFeatures
 */
public final class PolynomialFeaturesModel extends FittedTransformer {

    private final PolynomialFeatures learner;
    /** Each term: the column indices multiplied, non-decreasing. */
    private final int[][] terms;

    PolynomialFeaturesModel(PolynomialFeatures learner, int columns, int[][] terms) {
        super(columns);
        this.learner = learner;
        this.terms = terms;
    }

    @Override
    public PolynomialFeatures learner() {
        return learner;
    }

    /** @return the number of products */
    @Override
    public int outputColumns() {
        return terms.length;
    }

    /**
     * @return each output column's power of each input column ({@code powers_}): outputs x columns ints
     * @throws IllegalArgumentException if that table has more than {@link Dataset#MAX_CELLS} entries
     */
    public int[][] powers() {
        Check.tableSize("the powers table", terms.length, "output columns", columns(), "columns", Dataset.MAX_CELLS);
        int[][] out = new int[terms.length][columns()];
        for (int t = 0; t < terms.length; t++) {
            for (int j : terms[t]) {
                out[t][j]++;
            }
        }
        return out;
    }

    /**
     * Names each product as scikit-learn does: {@code 1}, {@code x0}, {@code x0^2}, {@code x0 x1}.
     *
     * @param inputNames the names of the input columns
     * @return the output names
     */
    @Override
    public List<String> outputColumnNames(List<String> inputNames) {
        Check.notNull("inputNames", inputNames);
        Check.sameLength("inputNames", inputNames.size(), "columns", columns());
        // from the terms directly (runs of equal indices), not from the dense powers table, which holds
        // outputs x columns ints (5.5 GB for 1,400 columns at degree 2)
        List<String> names = new ArrayList<>(terms.length);
        for (int[] term : terms) {
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < term.length; ) {
                int run = k;
                while (run < term.length && term[run] == term[k]) {
                    run++;
                }
                s.append(s.length() == 0 ? "" : " ").append(inputNames.get(term[k])).append(run - k > 1 ? "^" + (run - k) : "");
                k = run;
            }
            names.add(s.length() == 0 ? "1" : s.toString());
        }
        return List.copyOf(names);
    }

    @Override
    void apply(double[] row, double[] out) {
        for (int t = 0; t < terms.length; t++) {
            double v = 1;
            for (int j : terms[t]) {
                v *= row[j];
            }
            out[t] = v;
        }
    }

    /** @return the column indices multiplied in each output column (not copied; for the model file) */
    int[][] terms() {
        return terms;
    }

    @Override
    public String toString() {
        return "PolynomialFeaturesModel[" + columns() + " columns to " + terms.length + ", degree " + learner.degree()
                + (learner.interactionOnly() ? ", interactions only" : "") + "]";
    }
}
