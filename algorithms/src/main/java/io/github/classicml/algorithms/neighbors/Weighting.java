package io.github.classicml.algorithms.neighbors;

/**
 * How much each of the k nearest neighbours counts in a prediction.
 *
 * <ul>
 *   <li>{@link #UNIFORM}: every neighbour counts 1 (scikit-learn's {@code weights="uniform"}, the
 *       default). A classifier's probabilities are the vote shares; a regressor predicts the mean of
 *       the neighbours' targets.</li>
 *   <li>{@link #DISTANCE}: a neighbour at distance {@code d} counts {@code 1/d}, so near neighbours
 *       outvote far ones (scikit-learn's {@code weights="distance"}). When some neighbours lie at
 *       distance exactly 0 (the query repeats a training row), those neighbours count 1 and all the
 *       others 0, scikit-learn's rule: the prediction is then the vote or mean of the exact matches
 *       alone. A distance so small that its reciprocal overflows (below about 5.6e-309) counts as
 *       exact. The models pass distances in the search index's units, which for data near the ends of
 *       the double range are the data's units times a power of two: the same ratios, so the same
 *       weights up to that factor, which cancels in every share and weighted mean.</li>
 * </ul>
 */
public enum Weighting {
    /** Every neighbour counts 1. */
    UNIFORM,
    /** A neighbour counts 1/distance; exact matches alone count when there are any. */
    DISTANCE;

    /**
     * Fills {@code weights[j]} for the neighbours at the given distances.
     *
     * @param distances the neighbours' distances (not reduced); not modified
     * @param weights receives one weight per neighbour
     */
    void weigh(double[] distances, double[] weights) {
        int k = distances.length;
        if (this == UNIFORM) {
            java.util.Arrays.fill(weights, 0, k, 1.0);
            return;
        }
        boolean exact = false;
        for (int j = 0; j < k; j++) {
            // a distance so small that 1/d overflows (below 2^-1024) is an exact match: an infinite
            // weight would turn the shares into infinity / infinity
            exact |= 1.0 / distances[j] == Double.POSITIVE_INFINITY;
        }
        for (int j = 0; j < k; j++) {
            weights[j] = exact ? (1.0 / distances[j] == Double.POSITIVE_INFINITY ? 1.0 : 0.0) : 1.0 / distances[j];
        }
    }
}
