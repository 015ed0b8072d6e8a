package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.io.Table;

/**
 * Ordinal encoding: each category becomes its index 0, 1, ..., k-1 among the column's sorted
 * categories (numbers in numeric order, text by {@code compareTo}).
 *
 * <p>One column per column, so it suits trees, which split on thresholds and do not read the codes as
 * distances; for linear models and distance-based learners it invents an order and spacing, and
 * {@link OneHotEncoder} is the usual choice. A category not seen at fit is refused or, with
 * {@link UnknownCategories#IGNORE}, encoded as {@code unknownValue}. Text columns come in a
 * {@link Table}. Missing categories are refused. Cost O(n·p·log k). Same encoding as scikit-learn's
 * {@code OrdinalEncoder} ({@code handle_unknown="use_encoded_value"} for IGNORE).
 *
 * <p>Reference: T. Hastie, R. Tibshirani, J. Friedman, <i>The Elements of Statistical Learning</i>,
 * 2nd ed., section 9.2.4 (categorical predictors in trees).
 *
 * @param unknown what to do with a category unseen at fit; default {@link UnknownCategories#ERROR}
 * @param unknownValue the code of an unseen category under IGNORE: NaN or an integer that is no
 *     category's code (checked at fit: not in 0..k-1 for any column), e.g. -1; default -1
 * @see OrdinalEncoderModel
 */
public record OrdinalEncoder(UnknownCategories unknown, double unknownValue)
        implements Learner<OrdinalEncoderModel>, TableLearner<OrdinalEncoderModel> {

    /**
     * Validates the settings.
     *
     * @param unknown the unknown-category policy
     * @param unknownValue the code of an unseen category: NaN or an integer
     */
    public OrdinalEncoder {
        Check.notNull("unknown", unknown);
        Check.that(Double.isNaN(unknownValue) || (Double.isFinite(unknownValue) && unknownValue == Math.rint(unknownValue)),
                () -> "unknownValue must be an integer or NaN, got " + Check.format(unknownValue));
    }

    /** Refuses an unknown value that is also the code of a seen category of some column (at fit). */
    OrdinalEncoderModel checked(CategoryColumn[] categories) {
        if (unknown == UnknownCategories.IGNORE) {
            for (int j = 0; j < categories.length; j++) {
                final int column = j;
                Check.that(!(unknownValue >= 0 && unknownValue < categories[j].size()), () -> "unknownValue must not be "
                        + "the code of a category, got " + Check.format(unknownValue) + ", which column " + column
                        + " uses (codes 0 to " + (categories[column].size() - 1) + ")");
            }
        }
        return new OrdinalEncoderModel(this, categories);
    }

    /** @return unknown categories refused, scikit-learn's default */
    public static OrdinalEncoder of() {
        return new OrdinalEncoder(UnknownCategories.ERROR, -1);
    }

    /**
     * @param value the code for categories unseen at fit
     * @return a copy that encodes unseen categories as this value
     */
    public OrdinalEncoder withUnknownValue(double value) {
        return new OrdinalEncoder(UnknownCategories.IGNORE, value);
    }

    /**
     * Learns each column's categories from numeric codes.
     *
     * @param data at least one row, finite values; not modified
     * @return the model
     * @throws IllegalArgumentException if the data has no rows or a non-finite value, or the unknown
     *     value is a category's code
     */
    @Override
    public OrdinalEncoderModel fit(Dataset data) {
        return checked(CategoricalModel.fitColumns(data));
    }

    /**
     * Learns each column's categories from a table of text or numeric columns.
     *
     * @param table at least one row and column, no missing value; not modified
     * @return the model
     * @throws IllegalArgumentException if the table is empty or has a missing value, or the unknown
     *     value is a category's code
     */
    @Override
    public OrdinalEncoderModel fit(Table table) {
        return checked(CategoricalModel.fitColumns(table));
    }
}
