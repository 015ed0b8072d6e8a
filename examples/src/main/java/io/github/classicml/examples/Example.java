package io.github.classicml.examples;

/**
 * One runnable lesson: it answers one interview question with real data, prints a short readable
 * result, and returns its key figures so that the test suite can check them.
 */
public interface Example {

    /** @return the name the launcher runs it by, lower-case with hyphens, e.g. {@code knn-iris} */
    String name();

    /** @return the question it answers, in one line */
    String question();

    /**
     * Runs the example.
     *
     * @param context where to print and where to write pictures
     * @return the key figures and the files written
     */
    Report run(ExampleContext context);
}
