package io.github.classicml.algorithms.neighbors;

/**
 * A search structure over the training rows: given queries, it finds each one's k nearest training
 * rows by the rule of {@link Candidates}. Implementations are immutable once built and safe for
 * concurrent searches; every implementation returns exactly the same neighbours.
 */
interface NeighborIndex {

    /**
     * Finds the k nearest training rows of queries {@code from..to-1}.
     *
     * @param queries row-major queries of the training width; not modified
     * @param from the first query
     * @param to one past the last query
     * @param k the number of neighbours, at most the number of training rows
     * @param outRow receives query {@code q}'s neighbours at {@code q*k .. q*k+k-1}, nearest first
     * @param outReduced receives their reduced distances, in the same places
     */
    void search(double[] queries, int from, int to, int k, int[] outRow, double[] outReduced);

    /** @return a copy of the training rows in their original order, row-major (for the model file) */
    double[] trainingRows();
}
