/**
 * Nearest-neighbour methods: {@link io.github.classicml.algorithms.neighbors.KnnClassifier} predicts
 * the majority class of the k training rows nearest to a row.
 */
package io.github.classicml.algorithms.neighbors;
