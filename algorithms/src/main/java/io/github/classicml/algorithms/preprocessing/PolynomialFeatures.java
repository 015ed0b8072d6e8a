package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;

import java.util.ArrayList;
import java.util.List;

/**
 * Polynomial features: every product of at most {@code degree} input columns (powers included), so
 * that a linear model on them fits a polynomial in the inputs: {@code (a, b)} at degree 2 becomes
 * {@code (1, a, b, a², a·b, b²)}.
 *
 * <p>The products are listed by degree, and within a degree as multisets of column indices in
 * lexicographic order (scikit-learn's order: {@code combinations_with_replacement}); with
 * {@code interactionOnly} no column appears twice in a product ({@code a·b} but not {@code a²}). Output
 * names read {@code x0^2}, {@code x0 x1}, and {@code 1} for the bias. The number of outputs,
 * {@code C(p + d, d)}, grows fast with p and d, and so does their collinearity: scale the inputs first.
 * Stateless: fitting only records the width. Cost O(outputs) per row.
 *
 * <p>Reference: T. Hastie, R. Tibshirani, J. Friedman, <i>The Elements of Statistical Learning</i>,
 * 2nd ed., section 5.1 (basis expansions).
 *
 * @param degree the largest degree, at least 0 (0 gives the bias column alone); default 2
 * @param interactionOnly whether only products of distinct columns are made; default false
 * @param includeBias whether the constant column 1 comes first; default true
 * @see PolynomialFeaturesModel
 */
public record PolynomialFeatures(int degree, boolean interactionOnly, boolean includeBias)
        implements Learner<PolynomialFeaturesModel> {

    /**
     * Validates the settings.
     *
     * @param degree the largest degree, at least 0
     * @param interactionOnly whether only products of distinct columns are made
     * @param includeBias whether the constant column comes first; required at degree 0
     */
    public PolynomialFeatures {
        Check.atLeast("degree", degree, 0);
        Check.that(degree > 0 || includeBias, "includeBias must be true at degree 0, got false; the output would be empty");
    }

    /**
     * @param degree the largest degree
     * @return all products up to this degree with the bias column, scikit-learn's default at degree 2
     */
    public static PolynomialFeatures of(int degree) {
        return new PolynomialFeatures(degree, false, true);
    }

    /**
     * @param value whether only products of distinct columns are made
     * @return a copy with it
     */
    public PolynomialFeatures withInteractionOnly(boolean value) {
        return new PolynomialFeatures(degree, value, includeBias);
    }

    /**
     * @param value whether the constant column 1 comes first
     * @return a copy with it
     */
    public PolynomialFeatures withBias(boolean value) {
        return new PolynomialFeatures(degree, interactionOnly, value);
    }

    /**
     * Lists the products for the data's width; the values themselves are not used.
     *
     * @param data at least one row, finite features; not modified
     * @return the model
     * @throws IllegalArgumentException if there are no rows, a non-finite value, or more than 10^6
     *     output columns
     */
    @Override
    public PolynomialFeaturesModel fit(Dataset data) {
        Check.notNull("data", data);
        Check.minRows(data, 1);
        Check.finiteFeatures(data);
        int p = data.columns();
        List<int[]> terms = new ArrayList<>();
        if (includeBias) {
            terms.add(new int[0]);
        }
        for (int d = 1; d <= degree; d++) {
            addTerms(terms, new int[d], 0, 0, p);
            final int size = terms.size();
            Check.that(size <= 1_000_000, () -> "degree must give at most 10^6 output columns, got " + size
                    + " or more for " + p + " columns");
        }
        return new PolynomialFeaturesModel(this, p, terms.toArray(new int[0][]));
    }

    private void addTerms(List<int[]> terms, int[] term, int position, int from, int p) {
        if (position == term.length) {
            terms.add(term.clone());
            return;
        }
        for (int j = from; j < p; j++) {
            term[position] = j;
            addTerms(terms, term, position + 1, interactionOnly ? j + 1 : j, p);
        }
    }
}
