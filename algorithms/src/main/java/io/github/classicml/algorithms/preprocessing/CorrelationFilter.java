package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;

/**
 * Feature selection by correlation: of every pair of columns whose Pearson correlation exceeds the
 * threshold in absolute value, one is dropped.
 *
 * <p>Near-duplicate columns add little information, make linear coefficients unstable
 * (multicollinearity) and double-count a direction in distances. The rule is deterministic and
 * order-based: pairs (i, j) with i &lt; j are visited with i ascending, then j ascending, and when
 * |r_ij| &gt; threshold and both are still kept, the later column j is dropped; so of a group of
 * mutually correlated columns the first survives. (caret's {@code findCorrelation} instead drops the
 * column with the larger mean absolute correlation; the order rule was chosen because its outcome can be
 * predicted by reading the column list.) A constant column has no correlation with anything (treated
 * as 0) and is never dropped by this filter. Correlations use centred two-pass sums. Cost O(n·p²) to
 * fit and a p × p matrix, so at most {@link #MAX_COLUMNS} columns are accepted (a wide table is
 * refused at once rather than filling memory); O(k) per row. It looks only at the features, never at
 * a target.
 *
 * <p>Reference: M. Kuhn, K. Johnson, <i>Applied Predictive Modeling</i>, Springer 2013, section 3.5
 * (between-predictor correlations).
 *
 * @param threshold the largest |r| two kept columns may have, in [0, 1]; default 0.9
 * @see CorrelationFilterModel
 */
public record CorrelationFilter(double threshold) implements Learner<CorrelationFilterModel> {

    /** The most columns the filter accepts: their correlation matrix holds 4096² doubles, 128 MiB. */
    public static final int MAX_COLUMNS = 4096;

    /**
     * Validates the threshold.
     *
     * @param threshold the largest |r| allowed, in [0, 1]
     */
    public CorrelationFilter {
        Check.inClosedRange("threshold", threshold, 0, 1);
    }

    /** @return a filter at |r| &gt; 0.9 */
    public static CorrelationFilter of() {
        return new CorrelationFilter(0.9);
    }

    /**
     * @param value the threshold
     * @return a copy with it
     */
    public CorrelationFilter withThreshold(double value) {
        return new CorrelationFilter(value);
    }

    /**
     * Pearson correlations of all pairs of columns.
     *
     * @param data at least 2 rows, finite features; not modified
     * @return the p × p matrix of correlations, 1 on the diagonal, 0 with a constant column
     * @throws IllegalArgumentException if the data has fewer than 2 rows, a non-finite feature or more
     *     than {@link #MAX_COLUMNS} columns
     */
    public static double[][] correlations(Dataset data) {
        Check.notNull("data", data);
        Check.minRows(data, 2);
        Check.finiteFeatures(data);
        int n = data.rows();
        int p = data.columns();
        Check.that(p <= MAX_COLUMNS, () -> "columns must be <= " + MAX_COLUMNS + " for a correlation matrix, got " + p
                + " (" + p + " x " + p + " correlations); select candidate columns first");
        double[] x = data.features();
        // correlations do not depend on a column's scale: columns beyond 2^±200 are read in units of a
        // power of two near their largest value, so their cross products neither overflow nor underflow
        double[] unit = ColumnStatistics.extremeColumnUnits(x, n, p);
        double[] mean = new double[p];
        for (int k = 0; k < x.length; k++) {
            mean[k % p] += x[k] / unit[k % p] / n;
        }
        double[][] cross = new double[p][p];
        double[] d = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                d[j] = x[i * p + j] / unit[j] - mean[j];
            }
            for (int a = 0; a < p; a++) {
                for (int b = a; b < p; b++) {
                    cross[a][b] += d[a] * d[b];
                }
            }
        }
        double[][] r = new double[p][p];
        for (int a = 0; a < p; a++) {
            r[a][a] = 1;
            for (int b = a + 1; b < p; b++) {
                double denominator = Math.sqrt(cross[a][a]) * Math.sqrt(cross[b][b]);
                double v = denominator > 0 ? cross[a][b] / denominator : 0;
                r[a][b] = Math.max(-1, Math.min(1, v));
                r[b][a] = r[a][b];
            }
        }
        return r;
    }

    /**
     * Chooses the columns to keep.
     *
     * @param data at least 2 rows, finite features; targets are ignored; not modified
     * @return the model
     * @throws IllegalArgumentException if there are fewer than 2 rows or a non-finite value
     */
    @Override
    public CorrelationFilterModel fit(Dataset data) {
        double[][] r = correlations(data);
        int p = r.length;
        boolean[] dropped = new boolean[p];
        for (int i = 0; i < p; i++) {
            for (int j = i + 1; j < p; j++) {
                if (!dropped[i] && !dropped[j] && Math.abs(r[i][j]) > threshold) {
                    dropped[j] = true;
                }
            }
        }
        int kept = 0;
        int[] keep = new int[p];
        for (int j = 0; j < p; j++) {
            if (!dropped[j]) {
                keep[kept++] = j;
            }
        }
        return new CorrelationFilterModel(this, p, java.util.Arrays.copyOf(keep, kept));
    }
}
