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
 *       alone. When the smallest distance is so small that its reciprocal, or k times it, overflows
 *       (below about 5.6e-309 times k), every weight is taken relative to it, {@code d_min / d}: the same ratios, so
 *       the same shares and weighted means, with no infinite weight. The models pass distances in the search index's units, which for data near the ends of
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
        double nearest = Double.POSITIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            exact |= distances[j] == 0;
            nearest = Math.min(nearest, distances[j]);
        }
        if (exact) {
            for (int j = 0; j < k; j++) {
                weights[j] = distances[j] == 0 ? 1.0 : 0.0;
            }
        } else if (1.0 / nearest > Double.MAX_VALUE / k) {
            // 1/d, or the sum of k such weights, would overflow (an infinite weight makes the shares
            // infinity / infinity): weights relative to the nearest, d_min / d in (0, 1], have the same ratios
            for (int j = 0; j < k; j++) {
                weights[j] = nearest / distances[j];
            }
        } else {
            for (int j = 0; j < k; j++) {
                weights[j] = 1.0 / distances[j];
            }
        }
    }
}
