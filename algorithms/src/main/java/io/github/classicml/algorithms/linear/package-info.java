/**
 * Linear models. Logistic regression ({@link io.github.classicml.algorithms.linear.LogisticRegression}:
 * binary and multinomial, with no penalty, L2, L1 or elastic net, fitted by L-BFGS or by accelerated
 * proximal gradient) and gradient descent for teaching
 * ({@link io.github.classicml.algorithms.linear.GradientDescent}: batch, mini-batch and stochastic,
 * with learning-rate schedules and a loss history).
 */
package io.github.classicml.algorithms.linear;
