/**
 * Linear models. For regression: ordinary least squares with its statistics table
 * ({@link io.github.classicml.algorithms.linear.LinearRegression}), ridge regression through one SVD
 * for many penalties ({@link io.github.classicml.algorithms.linear.Ridge}), the lasso and elastic
 * net by coordinate descent with warm-started regularisation paths
 * ({@link io.github.classicml.algorithms.linear.Lasso}, {@link io.github.classicml.algorithms.linear.ElasticNet}),
 * and stepwise selection of columns by AIC, BIC or a caller's criterion
 * ({@link io.github.classicml.algorithms.linear.StepwiseRegression}). For classification: logistic
 * regression ({@link io.github.classicml.algorithms.linear.LogisticRegression}: binary and multinomial,
 * with no penalty, L2, L1 or elastic net, fitted by L-BFGS or by accelerated proximal gradient). And
 * gradient descent for teaching ({@link io.github.classicml.algorithms.linear.GradientDescent}: batch,
 * mini-batch and stochastic, with learning-rate schedules and a loss history).
 */
package io.github.classicml.algorithms.linear;
