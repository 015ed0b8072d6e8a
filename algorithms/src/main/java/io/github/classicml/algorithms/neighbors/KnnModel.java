package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.Dataset;

/**
 * What every fitted k-nearest-neighbours model has: the stored training rows indexed for search, the
 * settings, and neighbour queries. Immutable and safe for concurrent use.
 *
 * @see KnnClassifierModel
 * @see KnnRegressorModel
 */
public abstract sealed class KnnModel permits KnnClassifierModel, KnnRegressorModel {

    final FittedNeighbors search;
    final Weighting weighting;

    KnnModel(FittedNeighbors search, Weighting weighting) {
        this.search = search;
        this.weighting = weighting;
    }

    /** @return the number of neighbours used */
    public int k() {
        return search.k();
    }

    /** @return the number of stored training rows */
    public int trainingRows() {
        return search.rows();
    }

    /** @return the distance */
    public Distance distance() {
        return search.distance();
    }

    /** @return the weighting */
    public Weighting weighting() {
        return weighting;
    }

    /** @return the search strategy in use ({@link SearchStrategy#AUTO} resolved) */
    public SearchStrategy searchStrategy() {
        return search.strategy();
    }

    /** @return the number of columns the model was fitted on; every row must have this width */
    public int columns() {
        return search.columns();
    }

    /**
     * Finds the k training rows nearest to a row.
     *
     * @param row the features; not modified
     * @return the training row indices, nearest first (equal distances: lower index first)
     */
    public int[] neighbors(double[] row) {
        int[] found = new int[k()];
        search.search(row, found, new double[k()]);
        return found;
    }

    /**
     * Finds the k nearest training rows of every row of a dataset, with their distances.
     *
     * @param queries rows of {@link #columns()} features; not modified
     * @return the neighbours of each row
     */
    public Neighbors neighbors(Dataset queries) {
        return search.neighbors(search.rowsOf(queries), queries.rows());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[k=" + k() + ", " + distance() + ", " + weighting + ", "
                + searchStrategy() + ", " + trainingRows() + " rows x " + columns() + " columns]";
    }
}
