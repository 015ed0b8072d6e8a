package io.github.classicml.examples.cli;

/**
 * A mistake on the command line or in an input file: the command line prints its message, one line
 * naming the argument, the rule and the value, and exits with status 2.
 */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message the one-line message, e.g. {@code --param k must be an integer ≥ 1, got "zero"}
     */
    UsageException(String message) {
        super(message, null, false, false);
    }
}
