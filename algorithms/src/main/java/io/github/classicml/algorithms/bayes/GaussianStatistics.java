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
 * block is copied once from the dataset (the only pass over main memory), its per-class means and
 * squared deviations are computed by two passes over the copy while it sits in cache (the stable
 * two-pass formula), and the block is merged into the running totals. Incremental learning merges
 * the statistics of new rows the same way.
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
        double[] blockCounts = new double[k];
        double[] blockMeans = new double[k * p];
        double[] blockSquares = new double[k * p];
        for (int start = 0; start < n; start += BLOCK_ROWS) {
            int m = Math.min(BLOCK_ROWS, n - start);
            Arrays.fill(blockCounts, 0);
            Arrays.fill(blockMeans, 0);
            Arrays.fill(blockSquares, 0);
            // pass 1 over the block: per-class sums, while copying it into cache
            for (int r = 0; r < m; r++) {
                data.copyRow(start + r, block, r * p);
                int c = y[start + r];
                blockCounts[c]++;
                Vectors.axpy(1.0, block, r * p, blockMeans, c * p, p);
            }
            for (int c = 0; c < k; c++) {
                if (blockCounts[c] > 0) {
                    double inverse = 1.0 / blockCounts[c];
                    for (int j = c * p; j < (c + 1) * p; j++) {
                        blockMeans[j] *= inverse;
                    }
                }
            }
            // pass 2 over the cached block: squared deviations from the block's class means
            for (int r = 0; r < m; r++) {
                int c = y[start + r];
                addSquaredDeviations(block, r * p, blockMeans, blockSquares, c * p, p);
            }
            total.mergeInPlace(blockCounts, blockMeans, blockSquares);
        }
        total.checkFinite(data);
        return total;
    }

    private static void addSquaredDeviations(double[] x, int xOffset, double[] mean, double[] squares, int offset,
                                             int length) {
        for (int j = 0; j < length; j++) {
            double d = x[xOffset + j] - mean[offset + j];
            squares[offset + j] += d * d;
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
