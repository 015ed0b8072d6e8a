/**
 * The comparison runner: times classicml on the fixed workloads W1-W9 and prints one table beside
 * scikit-learn's timings from the same sitting and the fastest other library's figure.
 *
 * <p>{@link io.github.classicml.benchmarks.compare.Workloads} lists every row of the table,
 * {@link io.github.classicml.benchmarks.compare.Timing} holds the measuring method,
 * {@link io.github.classicml.benchmarks.compare.PeerResults} reads scikit-learn's JSON lines,
 * {@link io.github.classicml.benchmarks.compare.ResultTable} formats, and
 * {@link io.github.classicml.benchmarks.compare.CompareRunner} is the command.
 */
package io.github.classicml.benchmarks.compare;
