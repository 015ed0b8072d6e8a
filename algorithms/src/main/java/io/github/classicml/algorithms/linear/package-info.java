/**
 * Linear models for regression: ordinary least squares with its statistics table
 * ({@link io.github.classicml.algorithms.linear.LinearRegression}), ridge regression through one SVD
 * for many penalties ({@link io.github.classicml.algorithms.linear.Ridge}), the lasso and elastic
 * net by coordinate descent with warm-started regularisation paths
 * ({@link io.github.classicml.algorithms.linear.Lasso}, {@link io.github.classicml.algorithms.linear.ElasticNet}),
 * and stepwise selection of columns by AIC, BIC or a caller's criterion
 * ({@link io.github.classicml.algorithms.linear.StepwiseRegression}).
 */
package io.github.classicml.algorithms.linear;
