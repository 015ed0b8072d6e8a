/**
 * What spans the algorithm families: {@link io.github.classicml.algorithms.ModelFiles}, which saves
 * and loads the fitted models of every family in one versioned, data-only format.
 */
package io.github.classicml.algorithms;
