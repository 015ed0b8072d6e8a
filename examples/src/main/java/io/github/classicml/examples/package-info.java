/**
 * Runnable examples, one per interview concept, on the bundled datasets. Each implements
 * {@link io.github.classicml.examples.Example}; {@link io.github.classicml.examples.Launcher} lists
 * them and runs one, several, or all of them ({@code tour}).
 */
package io.github.classicml.examples;
