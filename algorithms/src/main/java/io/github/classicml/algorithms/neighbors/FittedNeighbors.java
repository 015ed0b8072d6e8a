package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.internal.Parallel;

/**
 * The part that the k-nearest-neighbours classifier and regressor share: the validated settings, the
 * search index over the stored training rows, and the batch search that spreads query blocks over
 * threads. Immutable and safe for concurrent use.
 */
final class FittedNeighbors {

    /** Queries per parallel task: fixed, so that the work split does not depend on the thread count. */
    private static final int TASK_QUERIES = BruteForce.QUERY_BLOCK;

    private final int k;
    private final int rows;
    private final int columns;
    private final Distance distance;
    private final SearchStrategy strategy;
    private final int threads;
    private final NeighborIndex index;

    private FittedNeighbors(int k, int rows, int columns, Distance distance, SearchStrategy strategy, int threads,
                            NeighborIndex index) {
        this.k = k;
        this.rows = rows;
        this.columns = columns;
        this.distance = distance;
        this.strategy = strategy;
        this.threads = threads;
        this.index = index;
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
        SearchStrategy chosen = search.resolve(n, p, k, distance);
        NeighborIndex index = chosen == SearchStrategy.KD_TREE
                ? new KdTree(distance, x, n, p, leafSize)
                : new BruteForce(distance, x, n, p);
        return new FittedNeighbors(k, n, p, distance, chosen, threads, index);
    }

    /** @return a copy of the training rows in their original order, row-major */
    double[] trainingRows() {
        return index.trainingRows();
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
        index.search(row, 0, 1, k, outRow, outReduced);
    }

    /**
     * Finds the neighbours of every row of a row-major batch, spreading blocks of queries over the
     * threads; each block writes only its own places, so the answer does not depend on the thread count.
     *
     * @param queries row-major rows of the training width; not modified
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

    /** @return the rows of a dataset, checked for width and finite values, row-major */
    double[] rowsOf(Dataset data) {
        Check.columns(data, columns);
        Check.finiteFeatures(data);
        return data.features();
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
        return out;
    }

    /**
     * Answers a neighbour query for a batch.
     *
     * @param queries row-major rows; not modified
     * @param count the number of rows
     */
    Neighbors neighbors(double[] queries, int count) {
        int[] found = new int[Check.tableSize("the neighbour table", count, "rows", k, "neighbours", Dataset.MAX_CELLS)];
        double[] reduced = new double[count * k];
        searchAll(queries, count, found, reduced);
        for (int i = 0; i < reduced.length; i++) {
            reduced[i] = distance.fromReduced(reduced[i]);
        }
        return new Neighbors(count, k, found, reduced);
    }

    /**
     * Converts reduced distances {@code offset..offset+k-1} to distances proper.
     *
     * @param reduced the reduced distances; not modified
     * @param offset where the query's neighbours start
     * @param out receives k distances
     */
    void distances(double[] reduced, int offset, double[] out) {
        for (int j = 0; j < k; j++) {
            out[j] = distance.fromReduced(reduced[offset + j]);
        }
    }
}
