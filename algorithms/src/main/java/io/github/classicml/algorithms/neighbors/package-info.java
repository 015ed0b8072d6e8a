/**
 * Nearest-neighbour methods. {@link io.github.classicml.algorithms.neighbors.KnnClassifier} predicts
 * the majority class of the k training rows nearest to a row and
 * {@link io.github.classicml.algorithms.neighbors.KnnRegressor} their mean target; both answer
 * neighbour queries ({@link io.github.classicml.algorithms.neighbors.Neighbors}). The
 * {@link io.github.classicml.algorithms.neighbors.Distance} can be Euclidean, Manhattan, Chebyshev,
 * Minkowski or cosine, the {@link io.github.classicml.algorithms.neighbors.Weighting} uniform or by
 * inverse distance, and the {@link io.github.classicml.algorithms.neighbors.SearchStrategy} brute force
 * or a k-d tree; every strategy returns the same neighbours.
 */
package io.github.classicml.algorithms.neighbors;
