/**
 * Linear models for regression: ordinary least squares with its statistics table
 * ({@link io.github.classicml.algorithms.linear.LinearRegression}).
 */
package io.github.classicml.algorithms.linear;
