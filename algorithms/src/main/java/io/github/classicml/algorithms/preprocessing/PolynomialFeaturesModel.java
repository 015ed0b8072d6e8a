package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;

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

    /** @return each output column's power of each input column ({@code powers_}) */
    public int[][] powers() {
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
        int[][] powers = powers();
        List<String> names = new ArrayList<>(terms.length);
        for (int[] power : powers) {
            StringBuilder s = new StringBuilder();
            for (int j = 0; j < power.length; j++) {
                if (power[j] > 0) {
                    s.append(s.length() == 0 ? "" : " ").append(inputNames.get(j)).append(power[j] > 1 ? "^" + power[j] : "");
                }
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
