package io.github.classicml.core.internal.linalg;

import io.github.classicml.core.Check;

/**
 * A single-precision copy of a matrix's rows, for screening many-to-many squared Euclidean distances
 * at twice the speed of double precision, with a proven bound on how far each screened distance lies
 * from the exact one.
 *
 * <p><b>Why.</b> A brute-force nearest-neighbour search computes the distance from every query to every
 * training row, but needs the exact value only for the few rows near its cut-off. In {@code float} a
 * SIMD register holds twice as many values as in {@code double}, so the blocked dot products, the
 * finish and the scan for rows within the cut-off all take about half the time (0.026 against 0.048 ns
 * per multiply-add in the plain-Java kernel). Each screened distance {@code v} is then used as the
 * interval {@code [v - m, v + m]}, which {@link #margin} proves contains both the true distance and the
 * value of the exact double kernel; rows whose interval overlaps the cut-off are re-computed in double.
 * The answer is therefore the one the double search gives, whatever the precision of the screen.
 *
 * <p><b>The copy.</b> Rows are centred on the column means and multiplied by a power of two
 * {@code 2^e} chosen so that the largest centred magnitude lies in {@code [1/4, 1/2)}, then rounded to
 * {@code float}: {@code a_k = fl32(2^e fl64(x_k - mu_k))}. Centring costs nothing in the distances
 * (they do not change under translation) and keeps the squared norms, against which the rounding is
 * measured, as small as the spread of the data allows; the power of two keeps every value inside the
 * single-precision range without rounding. Queries are converted the same way ({@link #block}), with
 * the training rows' means and exponent. Screened distances are in these scaled units: multiply by
 * {@link #unitsBack()} ({@code 2^-2e}, exact) for the original ones.
 *
 * <p><b>The bound.</b> For float rows {@code a} and {@code b} with squared norms {@code A} and
 * {@code B} (computed in double from the float values) and {@code p} columns, with
 * {@code u = 2^-24}: representing each value in float moves it by at most {@code 1.01 u} of itself plus
 * {@code 2^-149}, which moves the squared distance by at most {@code 4.04 u (A + B)}; the fused dot
 * product chain is off by at most {@code gamma_p sum |a_k b_k| <= gamma_p (A + B) / 2} with
 * {@code gamma_p = p u / (1 - p u)} (N. J. Higham, <i>Accuracy and Stability of Numerical
 * Algorithms</i>, 2nd ed., SIAM 2002, §3.1), and rounding the norms, their sum and the final
 * difference adds at most {@code 5 u (A + B)}; underflow adds at most {@code p 2^-104}. In all the
 * screened distance is within {@code (13 + 1.004 p) u (A + B) + p 2^-104} of the true one for
 * {@code p <= 2^16}, and the exact double kernel within {@code p 2^-52} of it relative.
 * {@link #margin} returns {@code (p + 16) 2^-23 (A + B) + p 2^-100}, at least 1.8 times that sum,
 * which also covers the double rounding of {@code v ± m} and of the conversion back.
 *
 * <p><b>When it does not apply.</b> {@link #of} gives null when every row is the same, when the
 * centred magnitudes lie beyond {@code 2^±400} (where {@code 2^-2e} would leave the double range),
 * when there are more than {@value #MAX_COLUMNS} columns, or when whole panels would not fit in one
 * array; {@link #block} gives null for queries more
 * than {@code 2^40} times the training spread away from the means. Callers then use the double kernels.
 *
 * <p><b>The kernels.</b> The copy is stored in panels of {@value #PANEL} rows, column after column
 * within a panel, and each kernel path has its own implementation of the blocked computation
 * ({@link KernelSet#screenedSquaredEuclidean}): {@link ScalarScreening} in plain Java that HotSpot
 * vectorises, and register tiles on the Vector API path. Both compute each dot product as the same
 * left-to-right chain of fused multiply-adds and finish it as {@code (|a|^2 + |b|^2) - 2 dot}, so they
 * give the same bits. The distance is not clamped at 0 (the caller's interval takes care of a negative
 * value), which spares the finish a {@code max} per value. On W1 the screen takes the brute-force
 * search from 109 to 67 ms in plain Java and from 60 to 35 ms on the Vector API path
 * ({@code benchmarks/RESULTS.md}). Immutable and safe to share between threads.
 */
public final class SinglePrecisionRows {

    /** Rows per panel of the packed layout: the length of the vectorised inner loop. */
    public static final int PANEL = 256;
    /** The most columns the bound is proven for. */
    public static final int MAX_COLUMNS = 1 << 16;
    /** Centred magnitudes whose binary exponent lies beyond this are not screened. */
    private static final int MAX_EXPONENT = 400;
    /** Query magnitudes, scaled, up to {@code 2^QUERY_EXPONENT}: squared norms stay far below float's range. */
    private static final int QUERY_EXPONENT = 40;

    final int rows;
    final int columns;
    /** The column means the rows are centred on. */
    private final double[] centre;
    /** The rows are scaled by {@code 2^exponent}. */
    private final int exponent;
    /** Panel after panel, column after column within a panel. */
    final float[] panels;
    /** Squared norms of the float rows, rounded to float, then zeros up to whole panels. */
    final float[] norms;
    /** The largest squared norm (in double) of each panel's float rows, for the margin. */
    private final double[] panelMaxNorm;

    private SinglePrecisionRows(int rows, int columns, double[] centre, int exponent, float[] panels, float[] norms,
                                double[] panelMaxNorm) {
        this.rows = rows;
        this.columns = columns;
        this.centre = centre;
        this.exponent = exponent;
        this.panels = panels;
        this.norms = norms;
        this.panelMaxNorm = panelMaxNorm;
    }

    /**
     * Makes the single-precision copy of a matrix's rows.
     *
     * @param x a row-major matrix of finite values; not modified
     * @param rows its number of rows, at least 1
     * @param columns its number of columns, at least 1
     * @return the copy, or null when screening does not apply (see the class comment)
     * @throws IllegalArgumentException if {@code x} has fewer than {@code rows * columns} values
     */
    public static SinglePrecisionRows of(double[] x, int rows, int columns) {
        Check.notNull("x", x);
        Check.atLeast("rows", rows, 1);
        Check.atLeast("columns", columns, 1);
        Check.atLeast("x.length", (long) x.length, (long) rows * columns);
        int panelCount = (rows + PANEL - 1) / PANEL;
        if (columns > MAX_COLUMNS || (long) panelCount * PANEL * columns > Integer.MAX_VALUE - 8) {
            // past the bound's proof, or whole panels beyond the largest array
            return null;
        }
        double[] centre = new double[columns];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < columns; k++) {
                centre[k] += x[i * columns + k];
            }
        }
        for (int k = 0; k < columns; k++) {
            centre[k] /= rows;
        }
        double spread = 0;
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < columns; k++) {
                spread = Math.max(spread, Math.abs(x[i * columns + k] - centre[k]));
            }
        }
        if (spread == 0 || Math.abs(Scaling.exponent(spread)) > MAX_EXPONENT) {
            return null;
        }
        int exponent = Scaling.TARGET_EXPONENT - Scaling.exponent(spread);
        double factor = Math.scalb(1.0, exponent);
        float[] panels = new float[panelCount * columns * PANEL];
        float[] norms = new float[panelCount * PANEL];
        double[] panelMaxNorm = new double[panelCount];
        float[] row = new float[columns];
        for (int i = 0; i < rows; i++) {
            convert(x, i * columns, centre, factor, row);
            double norm = squaredNorm(row);
            int q = i / PANEL;
            int base = q * columns * PANEL + i % PANEL;
            for (int k = 0; k < columns; k++) {
                panels[base + k * PANEL] = row[k];
            }
            norms[i] = (float) norm;
            panelMaxNorm[q] = Math.max(panelMaxNorm[q], norm);
        }
        return new SinglePrecisionRows(rows, columns, centre, exponent, panels, norms, panelMaxNorm);
    }

    /** {@code out[k] = fl32(factor * (x[offset + k] - centre[k]))}, and the largest centred magnitude. */
    private static double convert(double[] x, int offset, double[] centre, double factor, float[] out) {
        double largest = 0;
        for (int k = 0; k < out.length; k++) {
            double c = x[offset + k] - centre[k];
            largest = Math.max(largest, Math.abs(c));
            out[k] = (float) (factor * c);
        }
        return largest;
    }

    /** The squared norm of float values, in double: each square is exact, only the sum rounds. */
    private static double squaredNorm(float[] v) {
        double s = 0;
        for (float value : v) {
            s += (double) value * value;
        }
        return s;
    }

    /** @return the number of rows */
    public int rows() {
        return rows;
    }

    /** @return the number of columns */
    public int columns() {
        return columns;
    }

    /**
     * @return the factor that turns a screened (scaled) squared distance into the data's units,
     *     {@code 2^-2e}: a normal power of two, so the product is exact unless it is subnormal
     */
    public double unitsBack() {
        return Math.scalb(1.0, -2 * exponent);
    }

    /**
     * @return the factor that turns a squared distance in the data's units into scaled units,
     *     {@code 2^2e}
     */
    public double unitsIn() {
        return Math.scalb(1.0, 2 * exponent);
    }

    /**
     * @param row a row index
     * @return the squared norm (scaled units, in double) of the row's float copy: what {@link #margin}
     *     takes; each panel's largest is {@link #panelMaxNorm}
     * @throws IndexOutOfBoundsException if the row is outside {@code [0, rows)}
     */
    public double squaredNorm(int row) {
        java.util.Objects.checkIndex(row, rows);
        int base = row / PANEL * columns * PANEL + row % PANEL;
        double s = 0;
        for (int k = 0; k < columns; k++) {
            float value = panels[base + k * PANEL];
            s += (double) value * value;
        }
        return s;
    }

    /**
     * @param panel a panel index
     * @return the largest squared norm (scaled units) of the panel's rows, for {@link #margin}
     */
    public double panelMaxNorm(int panel) {
        return panelMaxNorm[panel];
    }

    /**
     * The half-width of the interval around a screened distance, in scaled units: it contains the true
     * squared distance and the exact double kernel's value (see the class comment for the proof).
     *
     * @param aNorm the squared norm of the query row ({@link Block#squaredNorm})
     * @param bNorm the squared norm of the training row, or an upper bound on it ({@link #panelMaxNorm})
     * @return {@code (p + 16) 2^-23 (aNorm + bNorm) + p 2^-100}
     */
    public double margin(double aNorm, double bNorm) {
        return (columns + 16) * 0x1p-23 * (aNorm + bNorm) + columns * 0x1p-100;
    }

    /**
     * Converts rows of queries as the training rows were: centred on their means, scaled by the same
     * power of two, rounded to float.
     *
     * @param q a row-major matrix with {@link #columns()} columns, finite values; not modified
     * @param from the first row converted
     * @param count how many rows
     * @return the converted rows, or null if some query lies more than {@code 2^40} times the training
     *     spread from the means (its squared norms could leave float's range: use the double kernels)
     * @throws IllegalArgumentException if the rows lie outside {@code q}
     */
    public Block block(double[] q, int from, int count) {
        Check.notNull("q", q);
        Check.atLeast("from", from, 0);
        Check.atLeast("count", count, 0);
        Check.atLeast("q.length", q.length, (from + count) * columns);
        double factor = Math.scalb(1.0, exponent);
        float[] values = new float[count * columns];
        double[] exactNorms = new double[count];
        float[] floatNorms = new float[count];
        float[] row = new float[columns];
        double largest = 0;
        for (int i = 0; i < count; i++) {
            largest = Math.max(largest, convert(q, (from + i) * columns, centre, factor, row));
            System.arraycopy(row, 0, values, i * columns, columns);
            exactNorms[i] = squaredNorm(row);
            floatNorms[i] = (float) exactNorms[i];
        }
        if (largest != 0 && Scaling.exponent(largest) + exponent >= QUERY_EXPONENT) {
            return null;
        }
        return new Block(count, values, exactNorms, floatNorms);
    }

    /** Query rows converted for screening by {@link #block}. */
    public static final class Block {
        final int count;
        final float[] values;
        private final double[] exactNorms;
        final float[] floatNorms;

        private Block(int count, float[] values, double[] exactNorms, float[] floatNorms) {
            this.count = count;
            this.values = values;
            this.exactNorms = exactNorms;
            this.floatNorms = floatNorms;
        }

        /** @return the number of rows */
        public int count() {
            return count;
        }

        /**
         * @param i a row of the block
         * @return its squared norm in scaled units, for {@link #margin}
         */
        public double squaredNorm(int i) {
            return exactNorms[i];
        }
    }

    /**
     * Screened squared distances, in scaled units, from every row of a block of queries to training
     * rows {@code bStart .. bStart + bRows - 1}: {@code out[i * bRows + j]} for query {@code i} and
     * training row {@code bStart + j}. Each lies within {@link #margin} of the true distance (in scaled
     * units); it may be slightly negative. With them comes, for each query, whether any of its values
     * is at most its cut-off, so that a caller can pass over the (many) queries with nothing within their
     * cut-off without scanning their values one comparison at a time.
     *
     * @param a the queries
     * @param bStart the first training row
     * @param bRows how many training rows
     * @param cut each query's cut-off, at {@code i}; not modified
     * @param out receives {@code a.count() * bRows} values
     * @param outWithin receives, at {@code i}, whether some {@code out[i * bRows + j] <= cut[i]}
     * @throws IllegalArgumentException if the range lies outside the training rows or an array is too short
     */
    public void squaredDistances(Block a, int bStart, int bRows, float[] cut, float[] out, boolean[] outWithin) {
        Check.notNull("a", a);
        Check.atLeast("bStart", bStart, 0);
        Check.atLeast("bRows", bRows, 0);
        Check.atMost("bStart + bRows", bStart + bRows, rows, "the number of rows");
        Check.atLeast("cut.length", cut.length, a.count);
        Check.atLeast("out.length", out.length, a.count * bRows);
        Check.atLeast("outWithin.length", outWithin.length, a.count);
        java.util.Arrays.fill(outWithin, 0, a.count, false);
        if (a.count > 0 && bRows > 0) {
            KernelSelection.ACTIVE.screenedSquaredEuclidean(this, a, bStart, bRows, cut, out, outWithin);
        }
    }

    /**
     * For each of rows {@code aStart .. aStart + aRows - 1}, its nearest row of {@code b} by screened
     * distance: the assignment step of k-means (these rows) to centres ({@code b}), as
     * {@link PairwiseDistances#nearest(PackedRows, int, int, double[], int, int, double[], int[], double[],
     * double[])} computes it in double, here in float and in scaled units. Each screened distance lies
     * within {@link #margin} of the true one and of the exact kernel's, so a caller that needs the exact
     * nearest compares {@code outSecond[i] - outNearest[i]} with twice the margin. Plain Java on both
     * kernel paths: k-means uses it on the plain-Java path, where it is faster than the double kernel;
     * the Vector API path's double kernel is faster still than this one.
     *
     * @param aStart the first row
     * @param aRows how many rows
     * @param b the other rows (centres), at least one, converted by {@link #block}
     * @param outIndex receives, at {@code i}, the index in {@code b} of row {@code aStart + i}'s nearest
     *     row, the lowest on ties; read on entry as a guess, which the result does not depend on
     * @param outNearest receives that screened distance
     * @param outSecond receives the smallest screened distance to the other rows of {@code b} (infinity
     *     when {@code b} has one row)
     * @throws IllegalArgumentException if the range lies outside the rows, {@code b} is empty, or an output
     *     is shorter than {@code aRows}
     */
    public void nearest(int aStart, int aRows, Block b, int[] outIndex, float[] outNearest, float[] outSecond) {
        Check.notNull("b", b);
        Check.atLeast("aStart", aStart, 0);
        Check.atLeast("aRows", aRows, 0);
        Check.atMost("aStart + aRows", aStart + aRows, rows, "the number of rows");
        Check.atLeast("b.count()", b.count, 1);
        Check.atLeast("outIndex.length", outIndex.length, aRows);
        Check.atLeast("outNearest.length", outNearest.length, aRows);
        Check.atLeast("outSecond.length", outSecond.length, aRows);
        if (aRows > 0) {
            ScalarScreening.nearest(this, aStart, aRows, b, outIndex, outNearest, outSecond);
        }
    }

    /**
     * The first index {@code i} in {@code [from, to)} with {@code values[i] <= threshold}, or {@code to}:
     * the scan for screened distances within a cut-off.
     *
     * @param values the values; not modified
     * @param from the first index
     * @param to one past the last index
     * @param threshold the cut-off
     * @return the index
     */
    public static int firstAtMost(float[] values, int from, int to, float threshold) {
        return KernelSelection.ACTIVE.firstAtMost(values, from, to, threshold);
    }

    /**
     * The smallest float at or above a double: screened distances (floats) at most {@code t} are
     * exactly those at most {@code ceiling(t)}.
     *
     * @param t a value, possibly infinite
     * @return the smallest float {@code >= t}
     */
    public static float ceiling(double t) {
        float f = (float) t;
        return f < t ? Math.nextUp(f) : f;
    }
}
