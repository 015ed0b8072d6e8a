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

    /** The most output columns a fit may make (10^6). */
    public static final int MAX_OUTPUTS = 1_000_000;

    /**
     * The most column indices the fitted terms may hold in all (10^7, 40 MB): the sum over the output
     * columns of their degree. It bounds what a fit stores and lists, which the output count alone does
     * not: one column at degree 10^6 gives 10^6 + 1 outputs but 5·10^11 indices. It admits every
     * expansion of at most 10^6 outputs up to degree 10, and one column up to degree 4471.
     */
    public static final int MAX_TERM_ENTRIES = 10_000_000;

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
     * @throws IllegalArgumentException if there are no rows, a non-finite value, more than
     *     {@link #MAX_OUTPUTS} output columns or more than {@link #MAX_TERM_ENTRIES} stored column indices
     */
    @Override
    public PolynomialFeaturesModel fit(Dataset data) {
        Check.notNull("data", data);
        Check.minRows(data, 1);
        Check.finiteFeatures(data);
        int p = data.columns();
        requireBoundedExpansion(p);
        List<int[]> terms = new ArrayList<>();
        int[] term = includeBias ? new int[0] : ProjectionFiles.nextTerm(new int[0], p, degree, interactionOnly);
        while (term != null) {
            terms.add(term);
            term = ProjectionFiles.nextTerm(term, p, degree, interactionOnly);
        }
        return new PolynomialFeaturesModel(this, p, terms.toArray(new int[0][]));
    }

    /**
     * Counts the output columns and the column indices their terms store before listing them, so that a
     * wide table or a high degree is refused at once: C(p + d - 1, d) products of degree d (C(p, d) for
     * interactions only), each from the previous degree's count by {@code C(n, d) = C(n - 1, d - 1)·n/d},
     * exact in {@code long}. The loop stops as soon as a limit is passed, so it runs at most a few
     * thousand times whatever the degree (one column at degree d stores d(d + 1)/2 indices).
     *
     * @throws IllegalArgumentException if there would be more than {@link #MAX_OUTPUTS} output columns or
     *     more than {@link #MAX_TERM_ENTRIES} stored indices
     */
    void requireBoundedExpansion(int p) {
        long outputs = includeBias ? 1 : 0;
        long entries = 0;
        long count = 1;
        int d = 1;
        for (; d <= degree; d++) {
            count = count * (interactionOnly ? p - d + 1 : (long) p + d - 1) / d;
            if (count == 0) {
                break;
            }
            outputs += count;
            entries += count * d;
            if (outputs > MAX_OUTPUTS || entries > MAX_TERM_ENTRIES) {
                break;
            }
        }
        long o = outputs;
        int at = d;
        Check.that(o <= MAX_OUTPUTS, () -> "degree must give at most " + MAX_OUTPUTS + " output columns (MAX_OUTPUTS), got "
                + (at < degree ? "more than " : "") + o + " for " + p + " columns at degree " + degree);
        long e = entries;
        Check.that(e <= MAX_TERM_ENTRIES, () -> "degree must give products of at most " + MAX_TERM_ENTRIES
                + " column indices in all (MAX_TERM_ENTRIES, the sum of the output columns' degrees), got "
                + (at < degree ? "more than " : "") + e + " for " + p + " columns at degree " + degree);
    }
}
