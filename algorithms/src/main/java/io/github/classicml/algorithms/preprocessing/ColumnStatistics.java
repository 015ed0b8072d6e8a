package io.github.classicml.algorithms.preprocessing;

import java.util.Arrays;

/** Per-column order statistics shared by the scalers and imputers, NaN left out. */
final class ColumnStatistics {

    /** Below this a range or spread counts as zero and the scale is 1 (scikit-learn's 10·eps). */
    static final double ZERO_SCALE = 10 * Math.ulp(1.0);

    private ColumnStatistics() {
    }

    /** @return column j of a row-major array, NaN dropped, sorted */
    static double[] sortedColumn(double[] x, int rows, int columns, int j) {
        double[] c = new double[rows];
        int n = 0;
        for (int i = 0; i < rows; i++) {
            double v = x[i * columns + j];
            if (!Double.isNaN(v)) {
                c[n++] = v;
            }
        }
        double[] out = Arrays.copyOf(c, n);
        Arrays.sort(out);
        return out;
    }

    /**
     * The q-th percentile by linear interpolation between order statistics, at position
     * {@code q/100·(n-1)} (numpy's default, "type 7" of Hyndman and Fan), written as numpy writes the
     * interpolation so that the rounding agrees: {@code a + (b-a)·t} below t = 0.5,
     * {@code b - (b-a)·(1-t)} from it.
     *
     * @param sorted the values, sorted, at least one
     * @param q the percentile in [0, 100]
     * @return the percentile
     */
    static double percentile(double[] sorted, double q) {
        double index = (q / 100) * (sorted.length - 1);
        int lo = (int) Math.floor(index);
        int hi = Math.min(lo + 1, sorted.length - 1);
        double t = index - lo;
        double a = sorted[lo];
        double b = sorted[hi];
        double diff = b - a;
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }

    /** @return the median: the middle value, or the mean of the two middle values */
    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * Decides whether a column is constant relative to its own magnitude, so that the decision does not
     * change when the column is multiplied by 10^-300: a spread below {@link #ZERO_SCALE} times the
     * column's largest absolute value, when that is below 1, is rounding noise. scikit-learn compares the
     * spread with {@code ZERO_SCALE} itself, so it leaves a column of values near 1e-300 unscaled; on
     * columns whose largest absolute value is at least 1 the two tests are the same.
     *
     * @param scale the column's spread (range, largest absolute value or inter-quantile range)
     * @param magnitude the column's largest absolute value
     * @return scale, or 1 where the column is constant (a constant column is not divided)
     */
    static double nonZeroScale(double scale, double magnitude) {
        return scale == 0 || scale < ZERO_SCALE * Math.min(1.0, magnitude) ? 1.0 : scale;
    }

    /**
     * The units in which to sum a table's columns without overflow or underflow: a power of two near
     * each column's largest absolute value where that lies beyond {@code 2^±200}, else 1 (so columns of
     * ordinary magnitude are summed exactly as before). Dividing by a power of two is exact.
     *
     * @param x the rows, row-major; not modified
     * @param n the number of rows
     * @param p the number of columns
     * @return one unit per column
     */
    static double[] extremeColumnUnits(double[] x, int n, int p) {
        double[] largest = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                largest[j] = Math.max(largest[j], Math.abs(x[i * p + j]));
            }
        }
        double[] unit = new double[p];
        for (int j = 0; j < p; j++) {
            int e = largest[j] > 0 ? Math.getExponent(largest[j]) : 0;
            unit[j] = Math.abs(e) > 200 ? Math.scalb(1.0, e) : 1.0;
        }
        return unit;
    }
}
