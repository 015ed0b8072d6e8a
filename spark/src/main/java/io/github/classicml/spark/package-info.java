/**
 * classicml's learners on Apache Spark: {@link io.github.classicml.spark.SparkData} names the feature
 * and target columns of a {@code Dataset<Row>}; {@link io.github.classicml.spark.SparkFit} fits the
 * learners whose training is a sum over rows (k-means, least squares, ridge, logistic regression, naive
 * Bayes) from per-partition statistics; {@link io.github.classicml.spark.SparkEnsembles} fits random
 * forests, extra trees and bags of library learners, each member on one task, identical to the
 * single-machine ensemble for the same seed; {@link io.github.classicml.spark.SparkScoring} scores any
 * fitted model with the model broadcast as its model file. Every fit returns the ordinary classicml
 * model. Spark is a {@code provided} dependency.
 */
package io.github.classicml.spark;
