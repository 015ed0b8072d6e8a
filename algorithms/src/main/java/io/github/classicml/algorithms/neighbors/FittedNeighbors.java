package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.internal.Parallel;
import io.github.classicml.core.internal.linalg.Scaling;

/**
 * The part that the k-nearest-neighbours classifier and regressor share: the validated settings, the
 * search index over the stored training rows, and the batch search that spreads query blocks over
 * threads. Immutable and safe for concurrent use.
 *
 * <p><b>Scale.</b> Training rows whose largest magnitude lies far from 1 (features of 10^300 or
 * 10^-300, whose squared or p-th-power differences would overflow or underflow) are stored multiplied
 * by one power of two, {@code 2^scale} ({@link Scaling}), and every query is multiplied by the same
 * factor before the search. The factor is exact, so the neighbours are those of the unscaled rows in an
 * unbounded exponent range; ordinary data has {@code scale} 0 and is not touched. Distances reported to
 * the caller are scaled back exactly; the distance weights use the scaled distances, whose ratios are
 * the same. A query whose entries, scaled, lie so far out that its reduced distances would overflow is
 * refused with a message naming the entry.
 *
 * <p><b>Range.</b> One factor cannot serve rows whose entries span too wide a range of magnitudes for
 * sums of {@code p}-th powers (entries of 1e300 beside differences of 1e-301: the squares of the small
 * differences underflow to 0 and distinct distances tie), nor a Minkowski order so large that the
 * powers of ordinary differences leave the double range ({@code 4^2000}). Fitting detects both from the
 * largest and smallest non-zero magnitudes of the training rows ({@link Distance#sumOfPowersFits}) and
 * then searches with the distance's per-pair form ({@link Distance#perPair()}), computed relative to the
 * largest coordinate difference of each pair, which is right for every order and range (Manhattan and
 * Chebyshev keep their kernels, which raise no power); the training rows are then scaled only as far as
 * needed to keep the distances themselves finite ({@link #PER_PAIR_TOP}), so that small entries beside
 * huge ones do not underflow. Ordinary data never takes this path: it keeps the sums of powers, the fast
 * Euclidean kernels and its exact bits. The test is exact for the training rows; a query entry far
 * smaller than every non-zero training entry can still lose its own tiny contribution, which then
 * changes no distance by more than the rounding of the others.
 */
final class FittedNeighbors {

    /** Queries per parallel task: fixed, so that the work split does not depend on the thread count. */
    private static final int TASK_QUERIES = BruteForce.QUERY_BLOCK;

    /**
     * In the per-pair form, the largest binary exponent of a stored entry (training rows and queries):
     * differences stay below 2^962, and a distance over up to 2^31 columns below 2^993, whatever the order.
     */
    static final int PER_PAIR_TOP = 960;

    private final int k;
    private final int rows;
    private final int columns;
    private final Distance distance;
    /** The form the index searches with: {@code distance}, or its per-pair form for wide-ranging rows. */
    private final Distance searched;
    private final SearchStrategy strategy;
    private final int threads;
    private final NeighborIndex index;
    /** The power of two the training rows were multiplied by, and queries are: 0 for ordinary data. */
    private final int scale;

    private FittedNeighbors(int k, int rows, int columns, Distance distance, Distance searched,
                            SearchStrategy strategy, int threads, NeighborIndex index, int scale) {
        this.k = k;
        this.rows = rows;
        this.columns = columns;
        this.distance = distance;
        this.searched = searched;
        this.strategy = strategy;
        this.threads = threads;
        this.index = index;
        this.scale = scale;
    }

    /** Validates the hyperparameters shared by both learners. */
    static void validate(int k, Distance distance, Weighting weighting, SearchStrategy search, int leafSize,
                         int threads) {
        Check.atLeast("k", k, 1);
        Check.notNull("distance", distance);
        Check.notNull("weighting", weighting);
        Check.notNull("search", search);
        Check.atLeast("leafSize", leafSize, 1);
        Check.atLeast("threads", threads, 0);
        Check.that(search != SearchStrategy.KD_TREE || distance.isMinkowski(),
                () -> "search must be BRUTE_FORCE or AUTO for the " + distance + " distance, got KD_TREE;"
                        + " a k-d tree needs a Minkowski-family metric");
    }

    /**
     * Checks the data and builds the index over a copy of its features.
     *
     * @param data the training data; not modified
     */
    static FittedNeighbors fit(Dataset data, int k, Distance distance, SearchStrategy search, int leafSize,
                               int threads) {
        Check.minRows(data, 1);
        Check.atMost("k", k, data.rows(), "the number of rows");
        Check.finiteFeatures(data);
        int n = data.rows();
        int p = data.columns();
        double[] x = data.features();
        // the copy is ours: scale it in place when its magnitudes are far from 1
        double maxAbs = Scaling.maxAbs(x, 0, x.length);
        int scale = Scaling.scaleExponent(maxAbs, window(distance));
        Distance searched = distance;
        if (maxAbs != 0 && !distance.sumOfPowersFits(Scaling.exponent(maxAbs) + scale,
                Scaling.exponent(Distance.minNonzeroAbs(x, 0, x.length)) + scale)) {
            // too wide a range for sums of powers: the per-pair form, scaled only to keep distances finite
            searched = distance.perPair();
            scale = Math.min(0, PER_PAIR_TOP - Scaling.exponent(maxAbs));
        }
        Scaling.scale(x, 0, x.length, scale);
        SearchStrategy chosen = search.resolve(n, p, k, distance);
        NeighborIndex index = chosen == SearchStrategy.KD_TREE
                ? new KdTree(searched, x, n, p, leafSize)
                : new BruteForce(searched, x, n, p);
        return new FittedNeighbors(k, n, p, distance, searched, chosen, threads, index, scale);
    }

    /** The power differences are raised to: what decides how far from 1 magnitudes may be. */
    private static double power(Distance distance) {
        return distance.kind() == Distance.Kind.COSINE ? 2 : distance.p();
    }

    private static int window(Distance distance) {
        return Scaling.window(power(distance));
    }

    /**
     * @return a copy of the training rows in their original order, row-major, in the data's own units
     *     (the index may hold them multiplied by a power of two, which is undone exactly)
     */
    double[] trainingRows() {
        double[] x = index.trainingRows();
        Scaling.scale(x, 0, x.length, -scale);
        return x;
    }

    int k() {
        return k;
    }

    int rows() {
        return rows;
    }

    int columns() {
        return columns;
    }

    Distance distance() {
        return distance;
    }

    /** @return whether the index searches with the distance's per-pair form (wide-ranging rows, large orders) */
    boolean perPair() {
        return searched.isPerPair();
    }

    SearchStrategy strategy() {
        return strategy;
    }

    /**
     * Finds the neighbours of one row.
     *
     * @param row the query; not modified
     * @param outRow receives the k training rows, nearest first
     * @param outReduced receives their reduced distances
     */
    void search(double[] row, int[] outRow, double[] outReduced) {
        Check.rowWidth(row, columns);
        Check.allFinite("row", row);
        if (exceedsLimit(row, 0, columns)) {
            checkQueryRange("row", -1, row, 0, columns);
        }
        double[] query = row;
        if (scale != 0) {
            query = row.clone();
            Scaling.scale(query, 0, columns, scale);
        }
        index.search(query, 0, 1, k, outRow, outReduced);
    }

    /**
     * Finds the neighbours of every row of a row-major batch, spreading blocks of queries over the
     * threads; each block writes only its own places, so the answer does not depend on the thread count.
     *
     * @param queries row-major rows of the training width, already scaled as the training rows (from
     *     {@link #rowsOf}); not modified
     * @param count the number of rows
     * @param outRow receives {@code count * k} training rows
     * @param outReduced receives {@code count * k} reduced distances
     */
    void searchAll(double[] queries, int count, int[] outRow, double[] outReduced) {
        int tasks = (count + TASK_QUERIES - 1) / TASK_QUERIES;
        try (Parallel parallel = Parallel.of(tasks > 1 ? threads : 1)) {
            parallel.forEach(tasks, t -> index.search(queries, t * TASK_QUERIES,
                    Math.min(count, (t + 1) * TASK_QUERIES), k, outRow, outReduced));
        }
    }

    /** @return the rows of a dataset, checked for width and finite values, row-major, scaled as the index */
    double[] rowsOf(Dataset data) {
        Check.columns(data, columns);
        Check.finiteFeatures(data);
        return scaled("features", data.features(), data.rows());
    }

    /** @return the rows of an array of rows, each checked for width and finite values, row-major */
    double[] rowsOf(double[][] rowArrays) {
        Check.notNull("rows", rowArrays);
        double[] out = new double[rowArrays.length * columns];
        for (int i = 0; i < rowArrays.length; i++) {
            Check.rowWidth("rows", i, rowArrays[i], columns);
            double[] row = rowArrays[i];
            for (int j = 0; j < columns; j++) {
                Check.finite("rows", i, j, row[j]);
            }
            System.arraycopy(rowArrays[i], 0, out, i * columns, columns);
        }
        return scaled("rows", out, rowArrays.length);
    }

    /**
     * Checks that a fresh copy of query rows stays comparable with the training rows, then scales it in
     * place as the training rows were.
     */
    private double[] scaled(String name, double[] queries, int count) {
        if (exceedsLimit(queries, 0, queries.length)) {
            for (int i = 0; i < count; i++) {
                checkQueryRange(name, i, queries, i * columns, columns);
            }
        }
        Scaling.scale(queries, 0, queries.length, scale);
        return queries;
    }

    /**
     * Whether some query entry in {@code x[from, to)} (unscaled) would, scaled, lie beyond
     * {@link Scaling#queryLimit}.
     */
    private boolean exceedsLimit(double[] x, int from, int to) {
        double m = Scaling.maxAbs(x, from, to);
        return m != 0 && Scaling.exponent(m) + scale > queryLimit();
    }

    /** The largest binary exponent of a scaled query entry. */
    private int queryLimit() {
        return searched.isPerPair() ? PER_PAIR_TOP : Scaling.queryLimit(power(distance));
    }

    /**
     * Refuses an unscaled query row with an entry that, scaled, lies beyond {@link Scaling#queryLimit}:
     * its distances to the training rows would overflow. {@code row} is -1 for a single query.
     */
    private void checkQueryRange(String name, int row, double[] x, int offset, int count) {
        int limit = queryLimit();
        for (int j = 0; j < count; j++) {
            double v = x[offset + j];
            if (v != 0 && Scaling.exponent(v) + scale > limit) {
                double original = v;
                double largest = Scaling.unscale(Math.scalb(1.0, limit + 1), scale, 1);
                String where = row < 0 ? "column " + j : "row " + row + ", column " + j;
                throw new IllegalArgumentException(name + " must be at most about " + Check.format(largest)
                        + " in magnitude for this model, beyond which its " + distance
                        + " distances to the training rows overflow; " + where + " is " + Check.format(original));
            }
        }
    }

    /**
     * Answers a neighbour query for a batch, with the distances in the data's units.
     *
     * @param queries row-major rows, scaled as the training rows (from {@link #rowsOf}); not modified
     * @param count the number of rows
     */
    Neighbors neighbors(double[] queries, int count) {
        int[] found = new int[Check.tableSize("the neighbour table", count, "rows", k, "neighbours", Dataset.MAX_CELLS)];
        double[] reduced = new double[count * k];
        searchAll(queries, count, found, reduced);
        for (int i = 0; i < reduced.length; i++) {
            reduced[i] = unscaledDistance(reduced[i]);
        }
        return new Neighbors(count, k, found, reduced);
    }

    /** A reduced distance in the index's units as a distance in the data's units (cosine has none). */
    private double unscaledDistance(double reduced) {
        double d = searched.fromReduced(reduced);
        return distance.kind() == Distance.Kind.COSINE ? d : Scaling.unscale(d, scale, 1);
    }

    /**
     * Converts reduced distances {@code offset..offset+k-1} to distances proper in the index's units: the
     * data's units times {@code 2^scale}, the same ratios (all the distance weights need).
     *
     * @param reduced the reduced distances; not modified
     * @param offset where the query's neighbours start
     * @param out receives k distances
     */
    void distances(double[] reduced, int offset, double[] out) {
        for (int j = 0; j < k; j++) {
            out[j] = searched.fromReduced(reduced[offset + j]);
        }
    }
}
