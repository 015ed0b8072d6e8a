package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Check;

/**
 * The value rules of the discrete naive Bayes models, with their messages: in training data a bad
 * value is named by row and column ({@code features must be ...; row 3, column 1 is -2}), in a row
 * handed to a model by column ({@code row must be ...; column 1 is -2}).
 */
final class FeatureValues {

    private FeatureValues() {
    }

    /**
     * Requires finite, non-negative values (counts or frequencies).
     *
     * @param x the values; not modified
     * @param offset where the row starts in {@code x}
     * @param length the number of columns
     * @param row the row index in the training data, or -1 for a row handed to a model
     */
    static void requireCounts(double[] x, int offset, int length, int row) {
        for (int j = 0; j < length; j++) {
            double v = x[offset + j];
            if (!(v >= 0) || v == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(Double.isFinite(v)
                        ? message("non-negative counts", row, j, v) : message("finite", row, j, v));
            }
        }
    }

    /**
     * Requires finite values, all of them if {@code binary} 0 or 1.
     *
     * @param x the values; not modified
     * @param offset where the row starts
     * @param length the number of columns
     * @param row the row index in the training data, or -1
     * @param binary true if every value must be 0 or 1
     */
    static void requireFinite(double[] x, int offset, int length, int row, boolean binary) {
        for (int j = 0; j < length; j++) {
            double v = x[offset + j];
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(message("finite", row, j, v));
            }
            if (binary && v != 0 && v != 1) {
                throw new IllegalArgumentException(message("0 or 1", row, j, v)
                        + "; set a binarize threshold to turn other values into 0 and 1");
            }
        }
    }

    /**
     * Requires category codes: integers in {@code [0, maxCode]}.
     *
     * @param x the values; not modified
     * @param offset where the row starts
     * @param length the number of columns
     * @param row the row index in the training data, or -1
     * @param maxCode the largest allowed code
     */
    static void requireCodes(double[] x, int offset, int length, int row, int maxCode) {
        for (int j = 0; j < length; j++) {
            double v = x[offset + j];
            if (!(v >= 0 && v <= maxCode && v == Math.rint(v))) {
                throw new IllegalArgumentException(Double.isFinite(v)
                        ? message("category codes, integers in [0, " + maxCode + "]", row, j, v)
                                + "; encode categories as 0, 1, 2, ..."
                        : message("finite", row, j, v));
            }
        }
    }

    private static String message(String rule, int row, int column, double value) {
        return row >= 0
                ? "features must be " + rule + "; row " + row + ", column " + column + " is " + Check.format(value)
                : "row must be " + rule + "; column " + column + " is " + Check.format(value);
    }
}
