package io.github.classicml.algorithms.neighbors;

import java.util.Arrays;

/**
 * Gathers the candidate neighbours of one query, offered in any order, and picks the k nearest by the
 * library's tie rule, so that every search strategy returns exactly the same answer.
 *
 * <p><b>The rule.</b> Let {@code d_i} be the reduced distance of training row {@code i}, computed by the
 * distance's exact kernel, and {@code D} the k-th smallest of them. Two distances tie when neither is
 * {@linkplain #nearer(double, double) nearer} than the other by more than
 * {@link KnnClassifier#TIE_TOLERANCE} of the larger (for the per-pair form of a distance, whose values
 * are distances proper, that tolerance divided by the order p: {@link Distance#tieTolerance()}, the same
 * ties). The neighbours are every row nearer than
 * {@code D}, then, to fill the k places, the lowest-indexed rows that tie with {@code D}. They are
 * listed nearest first; runs of consecutive tying distances are listed by training index.
 *
 * <p><b>Bounds.</b> A search may offer a row with an interval {@code [lower, upper]} known to contain
 * its exact distance (the brute-force Euclidean search computes {@code |x|^2 + |y|^2 - 2x.y}, which is
 * cheap but rounded), and supply the exact value later with {@link #setExact(int, double)}. The
 * k smallest upper bounds give a threshold {@code T >= D}; a row whose lower bound exceeds
 * {@link #limit()} (T widened by twice the tie tolerance) can be neither nearer than {@code D} nor tied
 * with it, and is dropped. Searches test {@code lower > limit()} themselves before offering, which
 * keeps the common case (a far row) to one comparison.
 *
 * <p>Not thread-safe: each search thread uses its own instances, reset between queries.
 */
final class Candidates {

    /** Up to this many entries, insertion sorts beat the general ones. */
    private static final int SMALL = 32;

    private final int k;
    /** The relative tie tolerance ({@link Distance#tieTolerance()}). */
    private final double tolerance;
    /** The k-th best upper bound is widened by this factor, {@code 1 + 2 tolerance}, to give the limit. */
    private final double keep;
    /** The k smallest upper bounds seen, ascending. */
    private final double[] topUpper;
    private int top;
    private int[] row;
    private double[] value;
    private int size;
    private double limit;

    Candidates(int k) {
        this(k, KnnClassifier.TIE_TOLERANCE);
    }

    /**
     * @param k the number of neighbours
     * @param tolerance the relative tie tolerance of the reduced distances
     *     ({@link Distance#tieTolerance()})
     */
    Candidates(int k, double tolerance) {
        this.k = k;
        this.tolerance = tolerance;
        this.keep = 1 + 2 * tolerance;
        this.topUpper = new double[k];
        int capacity = Math.max(16, 4 * k);
        this.row = new int[capacity];
        this.value = new double[capacity];
        reset();
    }

    /** Forgets every candidate, ready for the next query. */
    void reset() {
        top = 0;
        size = 0;
        limit = Double.POSITIVE_INFINITY;
    }

    /**
     * True if reduced distance {@code d} is smaller than {@code e} by more than rounding noise: by more
     * than {@link KnnClassifier#TIE_TOLERANCE} relative to {@code e}.
     */
    static boolean nearer(double d, double e) {
        return nearer(d, e, KnnClassifier.TIE_TOLERANCE);
    }

    /** True if {@code d} is smaller than {@code e} by more than {@code tolerance} relative to {@code e}. */
    static boolean nearer(double d, double e, double tolerance) {
        return d < e - tolerance * e;
    }

    /** @return rows whose lower bound exceeds this cannot be among the neighbours */
    double limit() {
        return limit;
    }

    /**
     * Offers a training row whose exact reduced distance lies in {@code [lower, upper]}.
     *
     * @param i the training row
     * @param lower a lower bound on its exact reduced distance (the exact value when known)
     * @param upper an upper bound (the exact value when known)
     */
    void offer(int i, double lower, double upper) {
        if (size == row.length) {
            compact();
            if (size > row.length / 2) {
                row = Arrays.copyOf(row, 2 * row.length);
                value = Arrays.copyOf(value, 2 * value.length);
            }
        }
        row[size] = i;
        value[size] = lower;
        size++;
        if (top < k || upper < topUpper[k - 1]) {
            // insertion step into the sorted k smallest upper bounds
            int pos = top < k ? top++ : k - 1;
            while (pos > 0 && topUpper[pos - 1] > upper) {
                topUpper[pos] = topUpper[pos - 1];
                pos--;
            }
            topUpper[pos] = upper;
            if (top == k) {
                limit = topUpper[k - 1] * keep;
            }
        }
    }

    /**
     * Drops the candidates that can no longer be neighbours.
     *
     * @return the number of candidates left, addressed {@code 0..size-1} by {@link #row(int)}
     */
    int compact() {
        int kept = 0;
        for (int c = 0; c < size; c++) {
            if (value[c] <= limit) {
                row[kept] = row[c];
                value[kept] = value[c];
                kept++;
            }
        }
        size = kept;
        return size;
    }

    /** @return the number of candidates held, some of which {@link #compact()} may drop */
    int size() {
        return size;
    }

    /** @return the training row of candidate {@code c} */
    int row(int c) {
        return row[c];
    }

    /** Replaces candidate {@code c}'s lower bound by its exact reduced distance. */
    void setExact(int c, double exact) {
        value[c] = exact;
    }

    /**
     * Picks the k neighbours by the rule in the class comment. Every candidate must hold its exact
     * distance; at least k candidates must have been offered.
     *
     * @param outRow receives the training rows, nearest first, at {@code offset..offset+k-1}
     * @param outReduced receives their exact reduced distances
     * @param offset where to write
     */
    void select(int[] outRow, double[] outReduced, int offset) {
        compact();
        double[] sorted = Arrays.copyOf(value, size);
        Arrays.sort(sorted);
        double kth = sorted[k - 1];
        // rows nearer than the k-th distance are in; rows tying with it fill the rest, lowest index first
        int in = 0;
        int[] tied = new int[size];
        double[] tiedValue = new double[size];
        int ties = 0;
        for (int c = 0; c < size; c++) {
            if (nearer(value[c], kth, tolerance)) {
                outRow[offset + in] = row[c];
                outReduced[offset + in] = value[c];
                in++;
            } else if (!nearer(kth, value[c], tolerance)) {
                tied[ties] = row[c];
                tiedValue[ties] = value[c];
                ties++;
            }
        }
        sortByRow(tied, tiedValue, 0, ties);
        for (int t = 0; in < k; t++, in++) {
            outRow[offset + in] = tied[t];
            outReduced[offset + in] = tiedValue[t];
        }
        order(outRow, outReduced, offset, k, tolerance);
    }

    /**
     * Sorts {@code k} neighbours nearest first, then lists each run of consecutive tying distances by
     * training row.
     */
    static void order(int[] rows, double[] values, int offset, int k, double tolerance) {
        if (k > SMALL) {
            Integer[] position = new Integer[k];
            for (int a = 0; a < k; a++) {
                position[a] = offset + a;
            }
            Arrays.sort(position, (a, b) -> values[a] != values[b] ? Double.compare(values[a], values[b])
                    : Integer.compare(rows[a], rows[b]));
            int[] r = new int[k];
            double[] v = new double[k];
            for (int a = 0; a < k; a++) {
                r[a] = rows[position[a]];
                v[a] = values[position[a]];
            }
            System.arraycopy(r, 0, rows, offset, k);
            System.arraycopy(v, 0, values, offset, k);
        } else {
            // insertion sort by (distance, row): k is small, and the input is often nearly sorted
            for (int a = offset + 1; a < offset + k; a++) {
                int r = rows[a];
                double v = values[a];
                int b = a;
                while (b > offset && (values[b - 1] > v || (values[b - 1] == v && rows[b - 1] > r))) {
                    rows[b] = rows[b - 1];
                    values[b] = values[b - 1];
                    b--;
                }
                rows[b] = r;
                values[b] = v;
            }
        }
        int start = offset;
        for (int a = offset + 1; a <= offset + k; a++) {
            if (a == offset + k || nearer(values[a - 1], values[a], tolerance)) {
                sortByRow(rows, values, start, a);
                start = a;
            }
        }
    }

    /** Sorts {@code [from, to)} by row index (rows are distinct), carrying the values along. */
    private static void sortByRow(int[] rows, double[] values, int from, int to) {
        if (to - from > SMALL) {
            long[] key = new long[to - from];
            for (int a = from; a < to; a++) {
                key[a - from] = ((long) rows[a] << 32) | (a - from);
            }
            Arrays.sort(key);
            double[] v = Arrays.copyOfRange(values, from, to);
            for (int a = from; a < to; a++) {
                rows[a] = (int) (key[a - from] >>> 32);
                values[a] = v[(int) key[a - from]];
            }
            return;
        }
        for (int a = from + 1; a < to; a++) {
            int r = rows[a];
            double v = values[a];
            int b = a;
            while (b > from && rows[b - 1] > r) {
                rows[b] = rows[b - 1];
                values[b] = values[b - 1];
                b--;
            }
            rows[b] = r;
            values[b] = v;
        }
    }
}
