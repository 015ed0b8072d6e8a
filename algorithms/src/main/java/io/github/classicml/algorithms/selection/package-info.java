/**
 * Model selection: splitting rows into training and test parts
 * ({@link io.github.classicml.algorithms.selection.TrainTestSplit}); splits are index arithmetic, so
 * they cost O(n) and copy no data until a part is asked for.
 */
package io.github.classicml.algorithms.selection;
