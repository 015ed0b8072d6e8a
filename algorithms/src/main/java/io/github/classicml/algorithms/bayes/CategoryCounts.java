package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

/**
 * The sufficient statistics of categorical naive Bayes: the rows of each class and, for each column,
 * how many rows of each class hold each category code. A column's categories are the codes
 * {@code 0..m_j - 1}, where {@code m_j - 1} is the largest code seen. Counts of two sets of rows add
 * (the shorter range padded with zeros), so incremental learning is exact.
 */
final class CategoryCounts {

    /** The largest category code accepted, 65,535: beyond it the count tables would grow unreasonably. */
    static final int MAX_CODE = 65_535;

    /** Rows per class. */
    /**
     * The most entries the count tables may hold together (2^26, 512 MiB of doubles): one row with
     * a large code in each of many columns would otherwise allocate far more than the data holds.
     */
    static final int MAX_TABLE_ENTRIES = 1 << 26;

    final double[] classCounts;
    /** Number of categories of each column, {@code m_j}. */
    final int[] categories;
    /** Per column, the count of each class and code: {@code counts[j][c * m_j + code]}. */
    final double[][] counts;

    private CategoryCounts(double[] classCounts, int[] categories, double[][] counts) {
        this.classCounts = classCounts;
        this.categories = categories;
        this.counts = counts;
    }

    /**
     * Counts the category codes of a dataset.
     *
     * @param data rows of category codes with class targets; not modified
     * @return the counts
     * @throws IllegalArgumentException naming the row and column of a value that is not a code
     */
    static CategoryCounts of(Dataset data) {
        int k = data.classCount();
        int p = data.columns();
        int n = data.rows();
        double[] x = new double[p];
        int[] categories = new int[p];
        for (int i = 0; i < n; i++) {
            data.copyRow(i, x, 0);
            FeatureValues.requireCodes(x, 0, p, i, MAX_CODE);
            for (int j = 0; j < p; j++) {
                categories[j] = Math.max(categories[j], (int) x[j] + 1);
            }
        }
        long entries = 0;
        for (int j = 0; j < p; j++) {
            entries += (long) k * categories[j];
            if (entries > MAX_TABLE_ENTRIES) {
                int column = j;
                long total = entries;
                Check.that(false, () -> "the category count table must have at most " + MAX_TABLE_ENTRIES
                        + " entries (classes x categories, summed over columns), got " + total + " by column "
                        + column + " (" + k + " classes, codes up to " + (categories[column] - 1) + ")");
            }
        }
        double[][] counts = new double[p][];
        for (int j = 0; j < p; j++) {
            counts[j] = new double[k * categories[j]];
        }
        double[] classCounts = new double[k];
        for (int i = 0; i < n; i++) {
            data.copyRow(i, x, 0);
            int c = data.classOf(i);
            classCounts[c]++;
            for (int j = 0; j < p; j++) {
                counts[j][c * categories[j] + (int) x[j]]++;
            }
        }
        return new CategoryCounts(classCounts, categories, counts);
    }

    /**
     * @param other counts of other rows with the same classes and columns
     * @return the counts of both sets of rows
     */
    /**
     * Counts read from a model file, checked as fitting would produce them: whole non-negative class
     * counts with at least one row; each column's number of categories in {@code [1, MAX_CODE + 1]} and
     * the table within {@link #MAX_TABLE_ENTRIES} (checked before it is split); whole non-negative counts
     * that sum, in each column and class, to the class's rows (every row has one code per column).
     *
     * @param classCounts rows per class
     * @param categories categories per column
     * @param flat the count tables of the columns one after the other, each class-major
     * @throws IllegalArgumentException naming the first invalid value
     */
    static CategoryCounts restored(double[] classCounts, int[] categories, double[] flat) {
        ClassTotals.check(classCounts);
        int k = classCounts.length;
        int p = categories.length;
        Check.atLeast("categories size", p, 1);
        long entries = 0;
        for (int j = 0; j < p; j++) {
            Check.atLeast("categories", j, categories[j], 1);
            Check.atMost("categories", j, categories[j], MAX_CODE + 1, "the largest category code + 1");
            entries += (long) k * categories[j];
        }
        long total = entries;
        Check.that(entries <= MAX_TABLE_ENTRIES, () -> "the category count table must have at most "
                + MAX_TABLE_ENTRIES + " entries (classes x categories, summed over columns), got " + total);
        Check.sameLength("counts", flat.length, "classes × categories, summed over columns", (int) entries);
        double[][] counts = new double[p][];
        int at = 0;
        for (int j = 0; j < p; j++) {
            int m = categories[j];
            counts[j] = java.util.Arrays.copyOfRange(flat, at, at + k * m);
            for (int c = 0; c < k; c++) {
                double sum = 0;
                for (int code = 0; code < m; code++) {
                    double v = counts[j][c * m + code];
                    if (!(v >= 0 && v == Math.rint(v))) {
                        int entry = at + c * m + code;
                        Check.that(false, () -> "counts must be whole numbers >= 0; entry " + entry + " is "
                                + Check.format(v));
                    }
                    sum += v;
                }
                if (sum != classCounts[c]) {
                    int column = j;
                    int cls = c;
                    double s = sum;
                    Check.that(false, () -> "counts of column " + column + " must sum to the rows of class " + cls
                            + " (" + Check.format(classCounts[cls]) + "), got " + Check.format(s));
                }
            }
            at += k * m;
        }
        return new CategoryCounts(classCounts.clone(), categories.clone(), counts);
    }

    CategoryCounts plus(CategoryCounts other) {
        int k = classCounts.length;
        int p = categories.length;
        double[] classSum = classCounts.clone();
        int[] merged = new int[p];
        double[][] sums = new double[p][];
        for (int c = 0; c < k; c++) {
            classSum[c] += other.classCounts[c];
        }
        for (int j = 0; j < p; j++) {
            merged[j] = Math.max(categories[j], other.categories[j]);
            sums[j] = new double[k * merged[j]];
            for (int c = 0; c < k; c++) {
                for (int code = 0; code < categories[j]; code++) {
                    sums[j][c * merged[j] + code] += counts[j][c * categories[j] + code];
                }
                for (int code = 0; code < other.categories[j]; code++) {
                    sums[j][c * merged[j] + code] += other.counts[j][c * other.categories[j] + code];
                }
            }
        }
        return new CategoryCounts(classSum, merged, sums);
    }
}
