package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.linalg.Vectors;

import java.util.Arrays;

/**
 * The sufficient statistics of Gaussian naive Bayes: for each class its number of rows {@code n_c},
 * and for each column the mean {@code m_cj} and the sum of squared deviations from it
 * {@code M_cj = sum_{i in c} (x_ij - m_cj)^2} (so the variance is {@code M_cj / n_c}).
 *
 * <p>Statistics of two disjoint sets of rows merge exactly in exact arithmetic and stably in floating
 * point by the parallel update of Chan, Golub and LeVeque: with {@code n = n_a + n_b} and
 * {@code d = m_b - m_a}, the merged mean is {@code m_a + d n_b / n} and
 * {@code M = M_a + M_b + d^2 n_a n_b / n}. Fitting reads the rows in blocks of {@link #BLOCK_ROWS}: a
 * block is copied once from the dataset (the only pass over main memory) and its rows are grouped by
 * class. For each class the block's shifted sums {@code S1 = sum (x - K)} and {@code S2 = sum (x - K)^2}
 * are accumulated in one pass over the cached copy, with the shift {@code K} the class's running mean
 * (for its first block, the block's own mean); then the block mean is {@code K + S1 / n_b} and
 * {@code M_b = S2 - S1^2 / n_b}. Because {@code K} is close to the mean, {@code S1} is small and the
 * subtraction loses no digits, unlike the textbook {@code sum x^2 - (sum x)^2 / n}. The block is then
 * merged into the running totals. Incremental learning merges the statistics of new rows the same way.
 *
 * <p>Reference: T. F. Chan, G. H. Golub, R. J. LeVeque, "Updating formulae and a pairwise algorithm
 * for computing sample variances", Stanford report STAN-CS-79-773, 1979.
 */
final class GaussianStatistics {

    /** Rows per block: 256 rows of 50 columns are 100 KiB, which stay in the L2 cache. */
    static final int BLOCK_ROWS = 256;

    final int classes;
    final int columns;
    /** Rows per class. */
    final double[] counts;
    /** Means, class-major: {@code means[c * columns + j]}. */
    final double[] means;
    /** Sums of squared deviations from the means, class-major. */
    final double[] squaredDeviations;

    private GaussianStatistics(double[] counts, int columns, double[] means, double[] squaredDeviations) {
        this.classes = counts.length;
        this.columns = columns;
        this.counts = counts;
        this.means = means;
        this.squaredDeviations = squaredDeviations;
    }

    /**
     * Computes the statistics of a dataset with class targets. Non-finite features are found from the
     * result (NaN and infinities propagate into the sums), so valid data is read only once.
     *
     * @param data the rows; not modified
     * @return their statistics
     * @throws IllegalArgumentException naming the row and column of a non-finite feature, or if the
     *     squared deviations overflow
     */
    static GaussianStatistics of(Dataset data) {
        int k = data.classCount();
        int p = data.columns();
        int n = data.rows();
        int[] y = data.classes();
        GaussianStatistics total = new GaussianStatistics(new double[k], p, new double[k * p], new double[k * p]);
        double[] block = new double[Math.min(BLOCK_ROWS, Math.max(n, 1)) * p];
        // the block's rows grouped by class (a counting sort): offsets into block, class c at [start[c], start[c+1])
        int[] grouped = new int[BLOCK_ROWS];
        int[] start = new int[k + 1];
        int[] next = new int[k];
        double[] blockCounts = new double[k];
        double[] shift = new double[p];
        double[] sums = new double[p];
        double[] blockMeans = new double[k * p];
        double[] blockSquares = new double[k * p];
        for (int first = 0; first < n; first += BLOCK_ROWS) {
            int m = Math.min(BLOCK_ROWS, n - first);
            Arrays.fill(start, 0);
            for (int r = 0; r < m; r++) {
                data.copyRow(first + r, block, r * p);
                start[y[first + r] + 1]++;
            }
            for (int c = 0; c < k; c++) {
                start[c + 1] += start[c];
                next[c] = start[c];
            }
            for (int r = 0; r < m; r++) {
                grouped[next[y[first + r]]++] = r * p;
            }
            for (int c = 0; c < k; c++) {
                int from = start[c];
                int to = start[c + 1];
                blockCounts[c] = to - from;
                if (from == to) {
                    continue;
                }
                // shifted sums: deviations from a value near the mean do not cancel catastrophically.
                // The shift is the class's running mean, or for its first block the block's own mean.
                if (total.counts[c] > 0) {
                    System.arraycopy(total.means, c * p, shift, 0, p);
                } else {
                    Arrays.fill(shift, 0);
                    for (int t = from; t < to; t++) {
                        Vectors.axpy(1.0, block, grouped[t], shift, 0, p);
                    }
                    for (int j = 0; j < p; j++) {
                        shift[j] /= to - from;
                    }
                }
                shiftedSums(block, grouped, from, to, shift, p, sums, blockSquares, c * p);
                double count = to - from;
                for (int j = 0; j < p; j++) {
                    double deviation = sums[j] / count;
                    blockMeans[c * p + j] = shift[j] + deviation;
                    // sum (x - mean)^2 = sum (x - shift)^2 - n (mean - shift)^2
                    blockSquares[c * p + j] -= sums[j] * deviation;
                }
            }
            total.mergeInPlace(blockCounts, blockMeans, blockSquares);
        }
        total.checkFinite(data);
        return total;
    }

    /**
     * Sums {@code d = x_j - shift_j} and {@code d^2} over the rows {@code grouped[from..to)} of the
     * block, for every column j, into {@code sums} and {@code squares[offset + j]}. Four columns at a
     * time, with their eight running sums in registers: each value is read once and no partial sum goes
     * through memory, so the loop runs at the rate of the arithmetic.
     */
    private static void shiftedSums(double[] block, int[] grouped, int from, int to, double[] shift, int p,
                                    double[] sums, double[] squares, int offset) {
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
            squares[offset + j] = q0;
            squares[offset + j + 1] = q1;
            squares[offset + j + 2] = q2;
            squares[offset + j + 3] = q3;
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
            squares[offset + j] = q;
        }
    }

    /**
     * Merges another set of rows' statistics into a new object.
     *
     * @param other statistics of other rows, same classes and columns
     * @return the statistics of both sets of rows
     */
    GaussianStatistics merge(GaussianStatistics other) {
        GaussianStatistics out = new GaussianStatistics(counts.clone(), columns, means.clone(),
                squaredDeviations.clone());
        out.mergeInPlace(other.counts, other.means, other.squaredDeviations);
        return out;
    }

    /** Chan et al.'s update of this object's totals with another part's counts, means and squares. */
    private void mergeInPlace(double[] partCounts, double[] partMeans, double[] partSquares) {
        for (int c = 0; c < classes; c++) {
            double nb = partCounts[c];
            if (nb == 0) {
                continue;
            }
            double na = counts[c];
            double n = na + nb;
            int offset = c * columns;
            if (na == 0) {
                System.arraycopy(partMeans, offset, means, offset, columns);
                System.arraycopy(partSquares, offset, squaredDeviations, offset, columns);
            } else {
                double shareB = nb / n;
                double cross = na * nb / n;
                for (int j = offset; j < offset + columns; j++) {
                    double d = partMeans[j] - means[j];
                    means[j] += d * shareB;
                    squaredDeviations[j] += partSquares[j] + d * d * cross;
                }
            }
            counts[c] = n;
        }
    }

    /**
     * The population variance of each column over all rows of all classes (numpy's {@code var(X,
     * axis=0)}), by merging the classes' statistics.
     *
     * @return one variance per column
     */
    double[] columnVariances() {
        double[] mean = new double[columns];
        double[] squares = new double[columns];
        double n = 0;
        for (int c = 0; c < classes; c++) {
            double nb = counts[c];
            if (nb == 0) {
                continue;
            }
            double total = n + nb;
            for (int j = 0; j < columns; j++) {
                double d = means[c * columns + j] - mean[j];
                mean[j] += d * nb / total;
                squares[j] += squaredDeviations[c * columns + j] + d * d * n * nb / total;
            }
            n = total;
        }
        for (int j = 0; j < columns; j++) {
            squares[j] /= n;
        }
        return squares;
    }

    private void checkFinite(Dataset data) {
        for (int j = 0; j < means.length; j++) {
            if (!Double.isFinite(means[j]) || !Double.isFinite(squaredDeviations[j])) {
                Check.finiteFeatures(data);
                int c = j / columns;
                throw new IllegalArgumentException("features must be small enough to square in double precision; "
                        + "the squared deviations of column " + (j % columns) + " in class \""
                        + data.classNames().get(c) + "\" overflow, got mean " + means[j] + "; rescale the features");
            }
        }
    }
}
