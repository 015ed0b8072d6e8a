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
     * {@code b - (b-a)·(1-t)} from it. Where {@code b - a} overflows (a and b of opposite signs near the
     * ends of the double range) the same interpolation is made in halves, {@code 2·(a/2 + (b/2-a/2)·t)},
     * exact scalings by 2: the percentile lies between a and b, so it is finite.
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
        if (diff == Double.POSITIVE_INFINITY) {
            double half = b / 2 - a / 2;
            return 2 * (t >= 0.5 ? b / 2 - half * (1 - t) : a / 2 + half * t);
        }
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }

    /**
     * The median: the middle value, or the mean of the two middle values. That mean is {@code (a + b)/2}
     * (numpy's rounding) unless {@code a + b} overflows (both near the top of the double range, where
     * the halves are exact), then {@code a/2 + b/2}: the midpoint of two finite values is always finite.
     * ({@code a/2 + b/2} is not used throughout because it rounds twice for subnormal values.)
     */
    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : midpoint(sorted[n / 2 - 1], sorted[n / 2]);
    }

    /** @return {@code (a + b) / 2} for finite a and b, without overflow */
    static double midpoint(double a, double b) {
        double sum = a + b;
        return Double.isInfinite(sum) ? a / 2 + b / 2 : sum / 2;
    }

    /**
     * The mean of column j of a row-major array, NaN left out, summed in units of a power of two near its
     * largest absolute value (dividing by one is exact; see {@link #extremeColumnUnits}), so that the sum
     * of values near 1.8e308 does not overflow although their mean is finite. On columns within
     * {@code 2^±200} the unit is 1 and the sum is the plain one.
     *
     * @return the mean, NaN if every entry is NaN
     */
    static double mean(double[] x, int rows, int columns, int j) {
        double unit = extremeUnit(largestAbs(x, rows, columns, j));
        double sum = 0;
        int count = 0;
        for (int i = 0; i < rows; i++) {
            double v = x[i * columns + j];
            if (!Double.isNaN(v)) {
                sum += v / unit;
                count++;
            }
        }
        return sum / count * unit;
    }

    private static double largestAbs(double[] x, int rows, int columns, int j) {
        double largest = 0;
        for (int i = 0; i < rows; i++) {
            double a = Math.abs(x[i * columns + j]);
            if (a > largest) {
                largest = a;
            }
        }
        return largest;
    }

    /** @return a power of two near {@code largest} where that lies beyond {@code 2^±200}, else 1 */
    private static double extremeUnit(double largest) {
        int e = largest > 0 ? Math.getExponent(largest) : 0;
        return Math.abs(e) > 200 ? Math.scalb(1.0, e) : 1.0;
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
            unit[j] = extremeUnit(largest[j]);
        }
        return unit;
    }
}
