package io.github.classicml.algorithms.preprocessing;

/** What an encoder does with a category it did not see at fit. */
public enum UnknownCategories {
    /** refuse the row, naming the column, the row and the category (scikit-learn's {@code "error"}) */
    ERROR,
    /**
     * encode it as no category: all zeros in one-hot columns (scikit-learn's {@code "ignore"}), the
     * encoder's {@code unknownValue} in ordinal ones ({@code "use_encoded_value"})
     */
    IGNORE
}
