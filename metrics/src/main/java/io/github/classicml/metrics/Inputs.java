package io.github.classicml.metrics;

import io.github.classicml.core.Check;

/**
 * Validation shared by the metrics, in the wording of {@link Check}.
 */
final class Inputs {

    private Inputs() {
    }

    /**
     * Checks a pair of real-valued arrays: present, same length, not empty, finite.
     *
     * @param actualName the first array's name
     * @param actual the first array
     * @param secondName the second array's name
     * @param second the second array
     */
    static void finitePair(String actualName, double[] actual, String secondName, double[] second) {
        Check.notNull(actualName, actual);
        Check.notNull(secondName, second);
        Check.sameLength(actualName, actual.length, secondName, second.length);
        Check.notEmpty(actualName, actual.length);
        Check.allFinite(actualName, actual);
        Check.allFinite(secondName, second);
    }

    /**
     * Checks class indices against a table of per-class scores: present, one row of k finite values
     * per label, {@code k >= 2}, labels in {@code [0, k)}.
     *
     * @param actual the true class of each row
     * @param scores one row of k scores per label
     * @param scoresName the table's name, e.g. {@code probabilities}
     * @return k
     */
    static int classScores(int[] actual, double[][] scores, String scoresName) {
        return classScores(actual, scores, scoresName, false, false);
    }

    /**
     * Checks class indices against a table of per-class scores in one pass over the table: present,
     * one row of k finite values per label, {@code k >= 2}, labels in {@code [0, k)}, and on request
     * every value in [0, 1] or every row summing to 1 (within numpy's {@code allclose} tolerance,
     * {@code |1 - sum| <= 1e-8 + 1e-5·|sum|}). Every test comes first; a message is built only for
     * the entry that fails, so valid input allocates nothing. The first failing entry in row order is
     * reported.
     *
     * @param actual the true class of each row
     * @param scores one row of k scores per label
     * @param scoresName the table's name, e.g. {@code probabilities}
     * @param unitInterval whether every value must lie in [0, 1]
     * @param rowsSumToOne whether every row must sum to 1
     * @return k
     */
    static int classScores(int[] actual, double[][] scores, String scoresName, boolean unitInterval,
            boolean rowsSumToOne) {
        Check.notNull("actual", actual);
        Check.notNull(scoresName, scores);
        Check.sameLength("actual", actual.length, scoresName, scores.length);
        Check.notEmpty("actual", actual.length);
        Check.notNull(scoresName, 0, scores[0]);
        int k = scores[0].length;
        Check.that(k >= 2, () -> scoresName + " must have >= 2 columns (one per class), got " + k);
        for (int i = 0; i < scores.length; i++) {
            double[] row = Check.notNull(scoresName, i, scores[i]);
            Check.rowLength(scoresName, i, row.length, k);
            double sum = 0;
            for (int c = 0; c < k; c++) {
                double v = Check.finite(scoresName, i, c, row[c]);
                if (unitInterval) {
                    Check.inClosedRange(scoresName, i, c, v, 0, 1);
                }
                sum += v;
            }
            if (rowsSumToOne) {
                sumsToOne(scoresName, i, sum);
            }
            Check.classIndex("actual", i, actual[i], k);
        }
        return k;
    }

    /** numpy's {@code allclose(1, sum)}: {@code |1 - sum| <= 1e-8 + 1e-5·|sum|}. */
    private static void sumsToOne(String scoresName, int row, double sum) {
        boolean close = Math.abs(1 - sum) <= 1e-8 + 1e-5 * Math.abs(sum);
        if (!close) {
            Check.that(close, () -> scoresName + " must sum to 1 in every row; row " + row + " sums to " + sum
                    + "; multi-class AUC needs class probabilities");
        }
    }

    /**
     * Checks that every value lies in [0, 1].
     *
     * @param name the array's name
     * @param values the values, already known to be finite
     */
    static void probabilities(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            Check.inClosedRange(name, i, values[i], 0, 1);
        }
    }

    /**
     * Checks a table of rows: present, not empty, every row the same width (at least 1), finite.
     *
     * @param name the table's name
     * @param rows the rows
     * @return the width
     */
    static int rows(String name, double[][] rows) {
        Check.notNull(name, rows);
        Check.notEmpty(name, rows.length);
        int width = Check.notNull(name, 0, rows[0]).length;
        Check.that(width >= 1, () -> name + " must have >= 1 column, got 0");
        for (int i = 0; i < rows.length; i++) {
            double[] row = Check.notNull(name, i, rows[i]);
            Check.rowLength(name, i, row.length, width);
            for (int j = 0; j < width; j++) {
                Check.finite(name, i, j, row[j]);
            }
        }
        return width;
    }

    /**
     * Turns integer labels into "is of the positive class" flags: one class against the rest.
     *
     * @param actual the labels, any integers; not modified
     * @param positiveClass the label that counts as positive
     * @return one flag per label
     */
    static boolean[] isPositive(int[] actual, int positiveClass) {
        Check.notNull("actual", actual);
        boolean[] positive = new boolean[actual.length];
        for (int i = 0; i < actual.length; i++) {
            positive[i] = actual[i] == positiveClass;
        }
        return positive;
    }

    /**
     * Checks that a positive class occurs among the labels, unless they are all one label (a sample with
     * no positive row, whose one-vs-rest table is still meaningful). A positive class that no row has
     * while the rows hold two labels or more is a mistake (a class index of another problem, a label
     * mistyped), which would otherwise give a table of negatives only.
     *
     * @param positiveClass the label that counts as positive
     * @param firstName the first array's name
     * @param first the first labels
     * @param secondName the second array's name, or null
     * @param second the second labels, or null
     * @throws IllegalArgumentException {@code positiveClass must be one of the labels of actual or predicted
     *     (0, 1), got 5}
     */
    static void positiveClassPresent(int positiveClass, String firstName, int[] first, String secondName,
                                     int[] second) {
        if (first.length == 0) {
            return;
        }
        int label = first[0];
        boolean several = false;
        for (int v : first) {
            if (v == positiveClass) {
                return;
            }
            several |= v != label;
        }
        if (second != null) {
            for (int v : second) {
                if (v == positiveClass) {
                    return;
                }
                several |= v != label;
            }
        }
        if (several) {
            java.util.TreeSet<Integer> labels = new java.util.TreeSet<>();
            for (int v : first) {
                labels.add(v);
            }
            if (second != null) {
                for (int v : second) {
                    labels.add(v);
                }
            }
            String shown = labels.stream().limit(10).map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                    + (labels.size() > 10 ? ", … (" + labels.size() + " labels)" : "");
            throw new IllegalArgumentException("positiveClass must be one of the labels of " + firstName
                    + (second != null ? " or " + secondName : "") + " (" + shown + "), got " + positiveClass);
        }
    }
}
