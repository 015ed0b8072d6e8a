package io.github.classicml.examples;

import io.github.classicml.core.Check;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Where an example prints and writes its pictures, and whether it runs in the fast mode of the test
 * suite (smaller repeats, same data).
 *
 * @param out where the example prints
 * @param outputDirectory where the example writes PNG files (created when needed)
 * @param fast true in the test suite: examples may use fewer repetitions, never other data
 */
public record ExampleContext(PrintStream out, Path outputDirectory, boolean fast) {

    /**
     * Validates the context.
     *
     * @param out where the example prints
     * @param outputDirectory where PNG files go
     * @param fast true for the test suite's fast mode
     */
    public ExampleContext {
        Check.notNull("out", out);
        Check.notNull("outputDirectory", outputDirectory);
    }
}
