package io.github.classicml.metrics;

/**
 * Opens the package-private input checks of two metrics to the JMH benchmarks, so that the
 * validation can be timed on its own against a bare loop (see
 * {@code io.github.classicml.benchmarks.metrics.ValidationCostBenchmark}). It lives in the
 * benchmarks jar, in the metrics' package, and is no part of the library.
 */
public final class ValidationProbe {

    private ValidationProbe() {
    }

    /**
     * The validation of {@link ProbabilityMetrics#logLoss(int[], double[][])}.
     *
     * @param actual the true class of each row
     * @param probabilities one row of class probabilities per row
     * @return the number of classes
     */
    public static int logLoss(int[] actual, double[][] probabilities) {
        return ProbabilityMetrics.checkClassProbabilities(actual, probabilities);
    }

    /**
     * The validation of {@link RocAuc#oneVsRest(int[], double[][], Average)}.
     *
     * @param actual the true class of each row
     * @param probabilities one row of class probabilities per row
     * @return the number of classes
     */
    public static int oneVsRestAuc(int[] actual, double[][] probabilities) {
        return RocAuc.validate(actual, probabilities);
    }
}
