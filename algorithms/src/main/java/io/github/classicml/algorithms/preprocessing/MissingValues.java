package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.util.Arrays;

/**
 * The alternatives to imputation: dropping the rows or the columns that have missing values (NaN), and
 * filling a series by linear interpolation in time.
 *
 * <p>Dropping rows ("complete-case analysis") is unbiased only when values are missing completely at
 * random, and it throws away the observed values of every dropped row; dropping columns throws away a
 * feature. Interpolation uses the order of the rows, so it suits series, not tables of independent
 * rows. Each method costs O(n·p) and returns a new dataset or array; the inputs are not modified.
 *
 * <p>Reference: R. J. A. Little, D. B. Rubin, <i>Statistical Analysis with Missing Data</i>, 3rd ed.,
 * Wiley 2019, chapter 3 (complete-case analysis).
 */
public final class MissingValues {

    private MissingValues() {
    }

    /**
     * Keeps the rows without a missing feature and, when the targets are numeric, without a missing
     * target (pandas' {@code dropna()} on the table of features and target).
     *
     * @param data the rows; not modified
     * @return the complete rows, in order, with their targets
     */
    public static Dataset dropRows(Dataset data) {
        Check.notNull("data", data);
        int p = data.columns();
        double[] x = data.features();
        int[] keep = new int[data.rows()];
        int count = 0;
        for (int i = 0; i < data.rows(); i++) {
            boolean complete = !data.hasNumericTargets() || !Double.isNaN(data.target(i));
            for (int j = 0; j < p && complete; j++) {
                complete = !Double.isNaN(x[i * p + j]);
            }
            if (complete) {
                keep[count++] = i;
            }
        }
        return data.select(Arrays.copyOf(keep, count));
    }

    /**
     * Drops the feature columns that have a missing value (the targets are kept as they are).
     *
     * @param data the rows; not modified
     * @return the columns without missing values, in order
     * @throws IllegalArgumentException if every column has a missing value
     */
    public static Dataset dropColumns(Dataset data) {
        return dropColumns(data, 0.0);
    }

    /**
     * Drops the feature columns in which more than {@code maxMissingShare} of the rows are missing.
     *
     * @param data the rows; not modified
     * @param maxMissingShare the largest share of missing rows a kept column may have, in [0, 1]; 0
     *     drops every column with a missing value
     * @return the kept columns, in order
     * @throws IllegalArgumentException if no column is kept
     */
    public static Dataset dropColumns(Dataset data, double maxMissingShare) {
        Check.notNull("data", data);
        Check.inClosedRange("maxMissingShare", maxMissingShare, 0, 1);
        int p = data.columns();
        int n = data.rows();
        double[] x = data.features();
        int[] keep = new int[p];
        int count = 0;
        for (int j = 0; j < p; j++) {
            int missing = 0;
            for (int i = 0; i < n; i++) {
                missing += Double.isNaN(x[i * p + j]) ? 1 : 0;
            }
            if (missing <= maxMissingShare * n) {
                keep[count++] = j;
            }
        }
        final int kept = count;
        Check.that(kept > 0, () -> "data must keep at least one column, got 0 of " + p
                + " with at most " + Check.format(maxMissingShare) + " missing");
        return data.selectColumns(Arrays.copyOf(keep, kept));
    }

    /**
     * Fills the NaN entries of a series by linear interpolation in {@code positions} between the nearest
     * observed entries before and after (pandas' {@code interpolate(method="index")}); entries before
     * the first or after the last observed one take that observed value.
     *
     * @param positions the position (e.g. time) of each entry, finite and strictly increasing; not
     *     modified
     * @param values the series, NaN where missing, at least one observed; not modified
     * @return a new series without NaN
     * @throws IllegalArgumentException if the lengths differ, positions do not increase, a value is
     *     infinite, or no value is observed
     */
    public static double[] interpolateLinear(double[] positions, double[] values) {
        Check.notNull("positions", positions);
        Check.notNull("values", values);
        Check.sameLength("positions", positions.length, "values", values.length);
        Check.allFinite("positions", positions);
        for (int i = 1; i < positions.length; i++) {
            final int at = i;
            Check.that(positions[i] > positions[i - 1], () -> "positions must be strictly increasing; entry " + at
                    + " is " + Check.format(positions[at]) + " after " + Check.format(positions[at - 1]));
        }
        int n = values.length;
        double[] out = values.clone();
        int previous = -1;
        for (int i = 0; i < n; i++) {
            if (Double.isInfinite(values[i])) {
                throw new IllegalArgumentException("values must be finite or NaN; entry " + i + " is "
                        + Check.format(values[i]));
            }
            if (Double.isNaN(values[i])) {
                continue;
            }
            if (previous < 0) {
                Arrays.fill(out, 0, i, values[i]);
            } else {
                for (int k = previous + 1; k < i; k++) {
                    double t = (positions[k] - positions[previous]) / (positions[i] - positions[previous]);
                    out[k] = values[previous] + t * (values[i] - values[previous]);
                }
            }
            previous = i;
        }
        Check.that(previous >= 0, () -> "values must have an observed entry, got " + n + " NaN of " + n);
        Arrays.fill(out, previous + 1, n, values[previous]);
        return out;
    }
}
