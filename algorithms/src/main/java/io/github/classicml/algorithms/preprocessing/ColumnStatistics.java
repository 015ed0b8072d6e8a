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

    /** @return scale, or 1 where it is below {@link #ZERO_SCALE} (a constant column is not divided) */
    static double nonZeroScale(double scale) {
        return scale < ZERO_SCALE ? 1.0 : scale;
    }
}
