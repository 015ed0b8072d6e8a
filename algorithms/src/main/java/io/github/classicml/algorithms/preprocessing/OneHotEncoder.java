package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.io.Table;

/**
 * One-hot encoding: each categorical column with k categories becomes k columns of 0/1, one per
 * category, with a single 1 in each row, so that a learner sees categories without an invented order.
 *
 * <p>Categories are learned at fit and sorted (numbers in numeric order, text by {@code compareTo});
 * output column {@code <name>_<category>} is 1 when the row has that category. With
 * {@link Drop#FIRST} the first category of each column gets no column (all zeros mean "the first"),
 * which removes the exact collinearity of the k columns with an intercept (the "dummy variable trap")
 * at the price of making the first category special; {@link Drop#IF_BINARY} does so only for columns
 * of exactly two categories, which then become one 0/1 column. A category not seen at fit is refused or, with
 * {@link UnknownCategories#IGNORE}, encoded as all zeros (indistinguishable from the dropped first
 * category when both options are on). Text columns come in a {@link Table}
 * ({@link #fit(Table)}); numeric columns of category codes in a {@code Dataset}. Missing categories
 * are refused. Cost O(n·p·log k) to fit and transform; the output has Σ k_j (or Σ (k_j - 1)) columns.
 * Same encoding as scikit-learn's {@code OneHotEncoder} with dense output.
 *
 * <p>Reference: T. Hastie, R. Tibshirani, J. Friedman, <i>The Elements of Statistical Learning</i>,
 * 2nd ed., section 2.3.1 (dummy variables for qualitative inputs).
 *
 * @param drop which columns lose their first category; default {@link Drop#NONE}
 * @param unknown what to do with a category unseen at fit; default {@link UnknownCategories#ERROR}
 * @see OneHotEncoderModel
 */
public record OneHotEncoder(Drop drop, UnknownCategories unknown)
        implements Learner<OneHotEncoderModel>, TableLearner<OneHotEncoderModel> {

    /** Which columns lose their first category's output column (scikit-learn's {@code drop}). */
    public enum Drop {
        /** none: every category has a column */
        NONE,
        /** every column's first category */
        FIRST,
        /** the first category of columns with exactly two categories */
        IF_BINARY
    }

    /**
     * Validates the settings.
     *
     * @param drop which columns lose their first category
     * @param unknown the unknown-category policy
     */
    public OneHotEncoder {
        Check.notNull("drop", drop);
        Check.notNull("unknown", unknown);
    }

    /** @return all categories kept, unknown ones refused: scikit-learn's default */
    public static OneHotEncoder of() {
        return new OneHotEncoder(Drop.NONE, UnknownCategories.ERROR);
    }

    /**
     * @param value which columns lose their first category
     * @return a copy with it
     */
    public OneHotEncoder withDrop(Drop value) {
        return new OneHotEncoder(value, unknown);
    }

    /**
     * @param value the unknown-category policy
     * @return a copy with it
     */
    public OneHotEncoder withUnknown(UnknownCategories value) {
        return new OneHotEncoder(drop, value);
    }

    /**
     * Learns each column's categories from numeric codes.
     *
     * @param data at least one row, finite values (each distinct value a category); not modified
     * @return the model
     * @throws IllegalArgumentException if the data has no rows or a non-finite value
     */
    @Override
    public OneHotEncoderModel fit(Dataset data) {
        return new OneHotEncoderModel(this, CategoricalModel.fitColumns(data));
    }

    /**
     * Learns each column's categories from a table of text or numeric columns.
     *
     * @param table at least one row and column, no missing value; not modified
     * @return the model
     * @throws IllegalArgumentException if the table is empty or has a missing value
     */
    @Override
    public OneHotEncoderModel fit(Table table) {
        return new OneHotEncoderModel(this, CategoricalModel.fitColumns(table));
    }
}
