package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.Check;

import java.util.Arrays;

/**
 * The answer to a neighbour query for a batch of rows: for each query row, the indices of its k
 * nearest training rows, nearest first, and their distances (the distances proper, not squared).
 * Immutable; the arrays it returns are copies.
 */
public final class Neighbors {

    private final int queries;
    private final int k;
    private final int[] rows;
    private final double[] distances;

    Neighbors(int queries, int k, int[] rows, double[] distances) {
        this.queries = queries;
        this.k = k;
        this.rows = rows;
        this.distances = distances;
    }

    /** @return the number of query rows */
    public int queries() {
        return queries;
    }

    /** @return the number of neighbours per query */
    public int k() {
        return k;
    }

    /**
     * @param query the query row, in {@code [0, queries())}
     * @return the training row indices of its neighbours, nearest first
     */
    public int[] rows(int query) {
        checkQuery(query);
        return Arrays.copyOfRange(rows, query * k, query * k + k);
    }

    /**
     * @param query the query row, in {@code [0, queries())}
     * @return the distances of its neighbours, ascending
     */
    public double[] distances(int query) {
        checkQuery(query);
        return Arrays.copyOfRange(distances, query * k, query * k + k);
    }

    private void checkQuery(int query) {
        Check.atLeast("query", query, 0);
        Check.atMost("query", query, queries - 1);
    }

    @Override
    public String toString() {
        return "Neighbors[" + queries + " queries x " + k + " neighbours]";
    }
}
