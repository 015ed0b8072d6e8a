package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.internal.linalg.Vectors;

/**
 * The sufficient statistics of multinomial, complement and Bernoulli naive Bayes: the number of rows
 * of each class and, for each class and column, the sum of the column's values over the class's rows
 * (the feature count). Counts of two sets of rows add, so incremental learning is exact for integer
 * counts.
 */
final class FeatureCounts {

    /** How the values of one row are checked and transformed before they are counted. */
    @FunctionalInterface
    interface RowRule {
        /**
         * Checks (and may rewrite, e.g. binarise) one copied row in place.
         *
         * @param x the buffer holding the row
         * @param length the number of columns
         * @param row the row's index in the data, for messages
         */
        void apply(double[] x, int length, int row);
    }

    final int columns;
    /** Rows per class. */
    final double[] classCounts;
    /** Sums of each column over each class's rows, class-major: {@code [c * columns + j]}. */
    final double[] featureCounts;

    private FeatureCounts(int columns, double[] classCounts, double[] featureCounts) {
        this.columns = columns;
        this.classCounts = classCounts;
        this.featureCounts = featureCounts;
    }

    /**
     * Counts a dataset's rows after checking each with {@code rule}.
     *
     * @param data rows with class targets; not modified
     * @param rule the check and transformation of each row
     * @return the counts
     */
    static FeatureCounts of(Dataset data, RowRule rule) {
        int k = data.classCount();
        int p = data.columns();
        double[] classCounts = new double[k];
        double[] featureCounts = new double[Check.tableSize("the count table", k, "classes", p, "columns",
                Dataset.MAX_CELLS)];
        double[] x = new double[p];
        for (int i = 0; i < data.rows(); i++) {
            data.copyRow(i, x, 0);
            rule.apply(x, p, i);
            int c = data.classOf(i);
            classCounts[c]++;
            Vectors.axpy(1.0, x, 0, featureCounts, c * p, p);
        }
        return new FeatureCounts(p, classCounts, featureCounts);
    }

    /**
     * @param other counts of other rows with the same classes and columns
     * @return the counts of both sets of rows
     */
    /**
     * Counts read from a model file, checked as fitting would produce them: whole non-negative class
     * counts with at least one row; finite non-negative feature counts, zero for classes without rows;
     * for presence counts (Bernoulli), whole numbers no larger than the class's rows.
     *
     * @throws IllegalArgumentException naming the first invalid value
     */
    static FeatureCounts restored(double[] classCounts, int columns, double[] featureCounts, boolean presence) {
        Check.atLeast("columns", columns, 1);
        ClassTotals.check(classCounts);
        int p = columns;
        Check.sameLength("featureCounts", featureCounts.length, "classes × columns",
                Check.tableSize("the count table", classCounts.length, "classes", p, "columns", Dataset.MAX_CELLS));
        for (int i = 0; i < featureCounts.length; i++) {
            double v = Check.finite("featureCounts", i, featureCounts[i]);
            double rows = classCounts[i / p];
            if (presence || rows == 0) {
                Check.inClosedRange("featureCounts", i, v, 0.0, rows);
            } else {
                Check.atLeast("featureCounts", i, v, 0.0);
            }
            if (presence && v != Math.rint(v)) {
                int entry = i;
                Check.that(false, () -> "featureCounts must be whole numbers of rows; entry " + entry + " is "
                        + Check.format(v));
            }
        }
        return new FeatureCounts(columns, classCounts.clone(), featureCounts.clone());
    }

    FeatureCounts plus(FeatureCounts other) {
        double[] classSum = classCounts.clone();
        double[] featureSum = featureCounts.clone();
        Vectors.axpy(1.0, other.classCounts, classSum);
        Vectors.axpy(1.0, other.featureCounts, featureSum);
        return new FeatureCounts(columns, classSum, featureSum);
    }

    /** @return the feature counts as {@code [class][column]} */
    double[][] byClass() {
        double[][] out = new double[classCounts.length][columns];
        for (int c = 0; c < out.length; c++) {
            System.arraycopy(featureCounts, c * columns, out[c], 0, columns);
        }
        return out;
    }

    /**
     * @param columns the number of columns
     * @param classCounts rows per class; not copied
     * @param featureCounts class-major sums; not copied
     * @return counts over those arrays (the distributed entry, {@link NaiveBayesStatistics})
     */
    static FeatureCounts of(int columns, double[] classCounts, double[] featureCounts) {
        return new FeatureCounts(columns, classCounts, featureCounts);
    }
}
