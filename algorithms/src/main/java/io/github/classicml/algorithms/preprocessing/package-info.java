/**
 * Preparing features for learners: {@link io.github.classicml.algorithms.preprocessing.StandardScaler}
 * puts every column on the same scale (mean 0, variance 1).
 */
package io.github.classicml.algorithms.preprocessing;
