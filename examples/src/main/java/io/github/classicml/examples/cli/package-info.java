/**
 * The command line of the examples jar: fit, predict, cross-validate and cluster your own CSV files
 * without writing Java ({@code java -jar classicml-examples.jar fit-predict --help}).
 *
 * <p>{@link io.github.classicml.examples.cli.LearnerRegistry} is the one place that names learners and
 * their parameters for the command line: an explicit list of entries whose lambdas call the learners'
 * own {@code withX} methods, so the library itself keeps no reflection and no string-keyed
 * configuration. {@link io.github.classicml.examples.cli.CommandLine} parses the arguments and runs
 * the subcommands.
 */
package io.github.classicml.examples.cli;
