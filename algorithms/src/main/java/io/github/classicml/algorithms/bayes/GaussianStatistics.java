package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.internal.linalg.Vectors;

import java.util.Arrays;

/**
 * The sufficient statistics of Gaussian naive Bayes: for each class its number of rows {@code n_c},
 * and for each column the mean {@code m_cj} and the sum of squared deviations from it
 * {@code M_cj = sum_{i in c} (x_ij - m_cj)^2} (so the variance is {@code M_cj / n_c}).
 *
 * <p>Statistics of two disjoint sets of rows merge exactly in exact arithmetic, and stably in floating
 * point, by the parallel update of Chan, Golub and LeVeque: with {@code n = n_a + n_b} and
 * {@code d = m_b - m_a}, the merged mean is {@code m_a + d n_b / n} and
 * {@code M = M_a + M_b + d^2 n_a n_b / n}.
 *
 * <p>Fitting reads the rows in blocks of {@link #BLOCK_ROWS}: a block is copied once from the dataset
 * (the only pass over main memory) and its rows are grouped by class. For each class the block's
 * shifted sums {@code S1 = sum (x - K)} and {@code S2 = sum (x - K)^2} are accumulated in one pass over
 * the cached copy, with the shift {@code K} the class's running mean (for its first block, the block's
 * own mean). Then the block's mean lies {@code S1 / n_b} from {@code K} and
 * {@code M_b = S2 - S1^2 / n_b}; because {@code K} is close to the mean, {@code S1} is small and this
 * subtraction loses no digits, unlike the textbook {@code sum x^2 - (sum x)^2 / n}. The block is then
 * merged into the running totals. Incremental learning merges the statistics of new rows the same way.
 *
 * <p>The mean is kept as an unevaluated sum of two doubles, {@code m + r} (a "double-double"): the
 * merge adds a small correction to it, and the part that does not fit in {@code m} is kept in
 * {@code r} by an exact two-sum. Without it, data with a large offset (values near 1e8 that vary by 1)
 * would round the running mean at every merge, and the rounding (about 1e-8 of a standard deviation)
 * would enter {@code d} and bias the variance by about 1e-10; with it, the variance is as accurate as
 * a two-pass computation.
 *
 * <p>Features near the ends of the double range are kept in scaled form: when a column's statistics
 * overflow, or its magnitude lies outside {@code [2^-200, 2^200]}, the column is divided by a power of
 * two {@code 2^e_j} near its largest absolute value (exactly, as a change of exponent) and its means and
 * squared deviations are kept in those units. Columns of ordinary magnitude keep {@code e_j = 0}, so
 * their statistics are bit for bit those of the plain computation; the model undoes the scaling where a
 * value is reported.
 *
 * <p>Reference: T. F. Chan, G. H. Golub, R. J. LeVeque, "Updating formulae and a pairwise algorithm
 * for computing sample variances", Stanford report STAN-CS-79-773, 1979; D. E. Knuth, <i>The Art of
 * Computer Programming</i>, vol. 2, section 4.2.2 (the exact two-sum).
 */
final class GaussianStatistics {

    /** Rows per block: 256 rows of 50 columns are 100 KiB, which stay in the L2 cache. */
    static final int BLOCK_ROWS = 256;

    final int classes;
    final int columns;
    /** Rows per class. */
    final double[] counts;
    /** Means, class-major ({@code [c * columns + j]}): the leading part {@code m}. */
    final double[] means;
    /** The trailing part {@code r} of each mean: the mean is {@code m + r}, {@code |r|} about an ulp of m. */
    final double[] meanResiduals;
    /** Sums of squared deviations from the means, class-major. */
    final double[] squaredDeviations;
    /** Per column, the exponent e of the scale {@code 2^e} the column's statistics are kept in (0: unscaled). */
    final int[] exponents;

    /** Magnitudes beyond {@code 2^±LIMIT_EXPONENT} are kept in scaled form: their squares stay far from the double range's ends. */
    private static final int LIMIT_EXPONENT = 200;

    private GaussianStatistics(double[] counts, int columns, double[] means, double[] meanResiduals,
                               double[] squaredDeviations, int[] exponents) {
        this.classes = counts.length;
        this.columns = columns;
        this.counts = counts;
        this.means = means;
        this.meanResiduals = meanResiduals;
        this.squaredDeviations = squaredDeviations;
        this.exponents = exponents;
    }

    /**
     * Statistics read from a model file, checked as fitting would produce them: whole non-negative
     * counts with at least one row, finite means and residuals, finite non-negative squared deviations,
     * every array {@code classes × columns} long, and one column scale exponent per column within the
     * range of {@link Math#getExponent(double)} of a finite double.
     *
     * @throws IllegalArgumentException naming the first invalid value
     */
    static GaussianStatistics restored(double[] counts, int columns, double[] means, double[] meanResiduals,
                                       double[] squaredDeviations, int[] exponents) {
        Check.atLeast("columns", columns, 1);
        int size = Check.tableSize("the statistics", counts.length, "classes", columns, "columns", Integer.MAX_VALUE);
        Check.sameLength("means", means.length, "classes × columns", size);
        Check.sameLength("meanResiduals", meanResiduals.length, "classes × columns", size);
        Check.sameLength("squaredDeviations", squaredDeviations.length, "classes × columns", size);
        Check.sameLength("exponents", exponents.length, "columns", columns);
        for (int j = 0; j < columns; j++) {
            Check.atLeast("exponents", j, exponents[j], Double.MIN_EXPONENT - 1);
            Check.atMost("exponents", j, exponents[j], Double.MAX_EXPONENT, "Double.MAX_EXPONENT");
        }
        ClassTotals.check(counts);
        for (int i = 0; i < size; i++) {
            Check.finite("means", i, means[i]);
            Check.finite("meanResiduals", i, meanResiduals[i]);
            Check.atLeast("squaredDeviations", i, Check.finite("squaredDeviations", i, squaredDeviations[i]), 0.0);
        }
        return new GaussianStatistics(counts.clone(), columns, means.clone(), meanResiduals.clone(),
                squaredDeviations.clone(), exponents.clone());
    }

    private static GaussianStatistics empty(int classes, int columns, int[] exponents) {
        int size = classes * columns;
        return new GaussianStatistics(new double[classes], columns, new double[size], new double[size],
                new double[size], exponents);
    }

    /**
     * Computes the statistics of a dataset with class targets, choosing the columns' scales: a first pass
     * without scaling, which serves every column of ordinary magnitude; only if some column's statistics
     * overflow or its magnitude lies outside {@code [2^-200, 2^200]} a second pass with those columns
     * scaled by a power of two near their largest absolute value.
     *
     * @param data the rows; not modified
     * @return their statistics
     * @throws IllegalArgumentException naming the row and column of a non-finite feature
     */
    static GaussianStatistics of(Dataset data) {
        int p = data.columns();
        GaussianStatistics plain = of(data, new int[p]);
        int[] exponents = plain.exponentsNeeded(data);
        GaussianStatistics out = exponents == null ? plain : of(data, exponents);
        out.checkFinite(data);
        return out;
    }

    /** @return the scales a second pass needs, or null if every column is of ordinary magnitude */
    private int[] exponentsNeeded(Dataset data) {
        boolean[] extreme = new boolean[columns];
        boolean any = false;
        for (int j = 0; j < columns; j++) {
            double magnitude = 0;
            boolean finite = true;
            for (int c = 0; c < classes; c++) {
                int at = c * columns + j;
                finite &= Double.isFinite(means[at]) && Double.isFinite(squaredDeviations[at]);
                if (counts[c] > 0) {
                    magnitude = Math.max(magnitude, Math.max(Math.abs(means[at]),
                            Math.sqrt(squaredDeviations[at] / counts[c])));
                }
            }
            extreme[j] = !finite || magnitude > 0 && Math.abs(Math.getExponent(magnitude)) > LIMIT_EXPONENT;
            any |= extreme[j];
        }
        if (!any) {
            return null;
        }
        Check.finiteFeatures(data);
        double[] largest = new double[columns];
        double[] row = new double[columns];
        for (int i = 0; i < data.rows(); i++) {
            data.copyRow(i, row, 0);
            for (int j = 0; j < columns; j++) {
                largest[j] = Math.max(largest[j], Math.abs(row[j]));
            }
        }
        int[] out = new int[columns];
        for (int j = 0; j < columns; j++) {
            out[j] = extreme[j] && largest[j] > 0 ? Math.getExponent(largest[j]) : 0;
        }
        return out;
    }

    /**
     * Computes the statistics of a dataset with class targets in given column scales. Non-finite
     * features are found from the result (NaN and infinities propagate into the sums), so valid data is
     * read only once; the caller checks the result.
     *
     * @param data the rows; not modified
     * @param exponents per column, the exponent e of the scale {@code 2^e} to keep it in
     * @return their statistics
     */
    static GaussianStatistics of(Dataset data, int[] exponents) {
        int k = data.classCount();
        int p = data.columns();
        Check.tableSize("the per-class statistics", k, "classes", p, "columns", Dataset.MAX_CELLS);
        boolean scaled = false;
        for (int e : exponents) {
            scaled |= e != 0;
        }
        int n = data.rows();
        int[] blockClasses = new int[BLOCK_ROWS];
        GaussianStatistics total = empty(k, p, exponents.clone());
        double[] block = new double[Math.min(BLOCK_ROWS, Math.max(n, 1)) * p];
        // the block's rows grouped by class (a counting sort): offsets into block, class c at [start[c], start[c+1])
        int[] grouped = new int[BLOCK_ROWS];
        int[] start = new int[k + 1];
        int[] next = new int[k];
        double[] shift = new double[p];
        double[] sums = new double[p];
        double[] squares = new double[p];
        for (int first = 0; first < n; first += BLOCK_ROWS) {
            int m = Math.min(BLOCK_ROWS, n - first);
            Arrays.fill(start, 0);
            for (int r = 0; r < m; r++) {
                data.copyRow(first + r, block, r * p);
                if (scaled) {
                    for (int j = 0; j < p; j++) {
                        block[r * p + j] = Math.scalb(block[r * p + j], -exponents[j]);
                    }
                }
                blockClasses[r] = data.classOf(first + r);
                start[blockClasses[r] + 1]++;
            }
            for (int c = 0; c < k; c++) {
                start[c + 1] += start[c];
                next[c] = start[c];
            }
            for (int r = 0; r < m; r++) {
                grouped[next[blockClasses[r]]++] = r * p;
            }
            for (int c = 0; c < k; c++) {
                int from = start[c];
                int to = start[c + 1];
                if (from == to) {
                    continue;
                }
                double count = to - from;
                if (total.counts[c] > 0) {
                    System.arraycopy(total.means, c * p, shift, 0, p);
                } else {
                    Arrays.fill(shift, 0);
                    for (int t = from; t < to; t++) {
                        Vectors.axpy(1.0, block, grouped[t], shift, 0, p);
                    }
                    for (int j = 0; j < p; j++) {
                        shift[j] /= count;
                    }
                }
                shiftedSums(block, grouped, from, to, shift, p, sums, squares);
                for (int j = 0; j < p; j++) {
                    double deviation = sums[j] / count;
                    // the block: mean shift + deviation, sum (x - mean)^2 = sum (x - shift)^2 - n deviation^2
                    total.mergeOne(c * p + j, total.counts[c], count, shift[j], deviation,
                            squares[j] - sums[j] * deviation);
                }
                total.counts[c] += count;
            }
        }
        return total;
    }

    /**
     * Sums {@code d = x_j - shift_j} and {@code d^2} over the rows {@code grouped[from..to)} of the
     * block, for every column j, into {@code sums[j]} and {@code squares[j]}. Four columns at a time,
     * with their eight running sums in registers: each value is read once and no partial sum goes
     * through memory, so the loop runs at the rate of the arithmetic.
     */
    private static void shiftedSums(double[] block, int[] grouped, int from, int to, double[] shift, int p,
                                    double[] sums, double[] squares) {
        int j = 0;
        for (; j + 3 < p; j += 4) {
            double k0 = shift[j];
            double k1 = shift[j + 1];
            double k2 = shift[j + 2];
            double k3 = shift[j + 3];
            double a0 = 0;
            double a1 = 0;
            double a2 = 0;
            double a3 = 0;
            double q0 = 0;
            double q1 = 0;
            double q2 = 0;
            double q3 = 0;
            for (int t = from; t < to; t++) {
                int at = grouped[t] + j;
                double d0 = block[at] - k0;
                double d1 = block[at + 1] - k1;
                double d2 = block[at + 2] - k2;
                double d3 = block[at + 3] - k3;
                a0 += d0;
                a1 += d1;
                a2 += d2;
                a3 += d3;
                q0 = Math.fma(d0, d0, q0);
                q1 = Math.fma(d1, d1, q1);
                q2 = Math.fma(d2, d2, q2);
                q3 = Math.fma(d3, d3, q3);
            }
            sums[j] = a0;
            sums[j + 1] = a1;
            sums[j + 2] = a2;
            sums[j + 3] = a3;
            squares[j] = q0;
            squares[j + 1] = q1;
            squares[j + 2] = q2;
            squares[j + 3] = q3;
        }
        for (; j < p; j++) {
            double a = 0;
            double q = 0;
            for (int t = from; t < to; t++) {
                double d = block[grouped[t] + j] - shift[j];
                a += d;
                q = Math.fma(d, d, q);
            }
            sums[j] = a;
            squares[j] = q;
        }
    }

    /**
     * Merges another set of rows' statistics into a new object.
     *
     * @param other statistics of other rows, same classes and columns
     * @return the statistics of both sets of rows
     */
    GaussianStatistics merge(GaussianStatistics other) {
        GaussianStatistics out = new GaussianStatistics(counts.clone(), columns, means.clone(), meanResiduals.clone(),
                squaredDeviations.clone(), exponents);
        for (int c = 0; c < classes; c++) {
            if (other.counts[c] == 0) {
                continue;
            }
            for (int at = c * columns; at < (c + 1) * columns; at++) {
                out.mergeOne(at, counts[c], other.counts[c], other.means[at], other.meanResiduals[at],
                        other.squaredDeviations[at]);
            }
            out.counts[c] += other.counts[c];
        }
        return out;
    }

    /**
     * Chan et al.'s update of entry {@code at}, holding {@code na} rows, with a part of {@code nb} rows
     * whose mean is {@code mb + rb} and sum of squared deviations {@code squares}.
     */
    private void mergeOne(int at, double na, double nb, double mb, double rb, double squares) {
        if (na == 0) {
            means[at] = mb + rb;
            meanResiduals[at] = twoSumError(mb, rb, means[at]);
            squaredDeviations[at] = squares;
            return;
        }
        double n = na + nb;
        // the difference of the two means, from their two parts: exact where the leading parts are close
        double d = (mb - means[at]) + (rb - meanResiduals[at]);
        double step = meanResiduals[at] + d * (nb / n);
        double sum = means[at] + step;
        meanResiduals[at] = twoSumError(means[at], step, sum);
        means[at] = sum;
        squaredDeviations[at] += squares + d * d * (na * nb / n);
    }

    /** Knuth's two-sum: the rounding error of {@code sum = a + b}, so that {@code a + b = sum + error} exactly. */
    private static double twoSumError(double a, double b, double sum) {
        double bPart = sum - a;
        return (a - (sum - bPart)) + (b - bPart);
    }

    /** @return the means {@code m + r}, rounded to doubles, class-major */
    double[] roundedMeans() {
        double[] out = new double[means.length];
        for (int at = 0; at < out.length; at++) {
            out[at] = means[at] + meanResiduals[at];
        }
        return out;
    }

    /**
     * The population variance of each column over all rows of all classes (numpy's {@code var(X,
     * axis=0)}), by merging the classes' statistics.
     *
     * @return one variance per column
     */
    double[] columnVariances() {
        GaussianStatistics all = empty(1, columns, exponents);
        for (int c = 0; c < classes; c++) {
            if (counts[c] == 0) {
                continue;
            }
            for (int j = 0; j < columns; j++) {
                int at = c * columns + j;
                all.mergeOne(j, all.counts[0], counts[c], means[at], meanResiduals[at], squaredDeviations[at]);
            }
            all.counts[0] += counts[c];
        }
        double[] out = all.squaredDeviations;
        for (int j = 0; j < columns; j++) {
            out[j] /= all.counts[0];
        }
        return out;
    }

    /**
     * Checks the statistics of {@code data}, computed in some scales, are finite.
     *
     * @param data the rows they were computed from
     * @throws IllegalArgumentException naming the row and column of a non-finite feature, or the column
     *     whose squared deviations overflow even in its scale
     */
    void checkFinite(Dataset data) {
        for (int at = 0; at < means.length; at++) {
            if (!Double.isFinite(means[at]) || !Double.isFinite(meanResiduals[at])
                    || !Double.isFinite(squaredDeviations[at])) {
                Check.finiteFeatures(data);
                throw new IllegalArgumentException("features must be small enough to square in double precision "
                        + "in the model's scale 2^" + exponents[at % columns] + "; the squared deviations of column "
                        + (at % columns) + " in class \"" + data.classNames().get(at / columns)
                        + "\" overflow; fit on these rows together rather than by update");
            }
        }
    }

    /**
     * @param counts rows per class; not copied
     * @param columns the number of columns
     * @param means leading parts of the means, class-major; not copied
     * @param meanResiduals trailing parts of the means; not copied
     * @param squaredDeviations sums of squared deviations; not copied
     * @return statistics over those arrays (the distributed entry, {@link NaiveBayesStatistics}), in the
     *     data's own units: the distributed sums are not kept in scaled form, so every column has scale 2^0
     */
    static GaussianStatistics of(double[] counts, int columns, double[] means, double[] meanResiduals,
                                 double[] squaredDeviations) {
        return new GaussianStatistics(counts, columns, means, meanResiduals, squaredDeviations, new int[columns]);
    }
}
