/**
 * JMH benchmarks of the metrics: the W8 AUC and W9 confusion matrix workloads.
 */
package io.github.classicml.benchmarks.metrics;
