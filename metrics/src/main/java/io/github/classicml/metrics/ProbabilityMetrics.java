package io.github.classicml.metrics;

import io.github.classicml.core.Check;

/**
 * Metrics of predicted probabilities: log loss (cross-entropy) and the Brier score.
 *
 * <p><b>Log loss</b> is the mean negative log-likelihood of the actual classes,
 * {@code -(1/n) Σ ln p_i(actual_i)}, the loss that logistic regression minimises. A probability of
 * exactly 0 for the actual class would cost infinity, so, as in scikit-learn 1.2, every probability
 * is first clipped to {@code [eps, 1 - eps]} with {@code eps} = {@link #LOG_LOSS_EPSILON}
 * = 2.220446049250313e-16 (the spacing of doubles at 1, numpy's {@code finfo(float64).eps};
 * scikit-learn before 1.2 used 1e-15), and each row is then divided by its sum, so rows that do not
 * sum to 1 are renormalised rather than rejected. The binary form takes the probability of the
 * positive class p, clips it, and uses the row {@code (1 - p, p)}. The natural logarithm is used.
 *
 * <p>The <b>Brier score</b> is the mean squared difference between the probability of the positive
 * class and the outcome (1 or 0): {@code (1/n) Σ (y_i - p_i)²}, 0 for perfect certainty, 0.25 for
 * always saying ½. Probabilities must lie in [0, 1].
 *
 * <p>Both are O(n·k). Scores must be finite.
 *
 * <p>Reference: C. M. Bishop, Pattern Recognition and Machine Learning, Springer, 2006, section 4.3.2
 * (cross-entropy); G. W. Brier, "Verification of forecasts expressed in terms of probability",
 * Monthly Weather Review 78(1), 1-3, 1950.
 */
public final class ProbabilityMetrics {

    /** The default clipping of log loss: 2^-52, scikit-learn 1.2's {@code eps="auto"} for float64. */
    public static final double LOG_LOSS_EPSILON = Math.ulp(1.0);

    private ProbabilityMetrics() {
    }

    /**
     * Binary log loss with the default clipping {@link #LOG_LOSS_EPSILON}.
     *
     * @param actual the true label of each row; not modified
     * @param probabilities the predicted probability that each row is positive, in [0, 1]; not modified
     * @return the mean log loss, {@code >= 0}, with its working
     */
    public static Ratio logLoss(boolean[] actual, double[] probabilities) {
        return logLoss(actual, probabilities, LOG_LOSS_EPSILON);
    }

    /**
     * Binary log loss with a chosen clipping.
     *
     * @param actual the true label of each row; not modified
     * @param probabilities the predicted probability that each row is positive, in [0, 1]; not modified
     * @param eps probabilities are clipped to {@code [eps, 1 - eps]}; in [0, 0.5); with 0 nothing is clipped
     * @return the mean log loss, with its working
     * @throws ArithmeticException if a row gives its actual class probability 0 and {@code eps} is 0 (its loss
     *     is infinite, not a double), naming the row
     */
    public static Ratio logLoss(boolean[] actual, double[] probabilities, double eps) {
        checkBinary(actual, probabilities);
        checkEps(eps);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            double p = clip(probabilities[i], eps);
            double q = 1 - p; // scikit-learn clips p, then forms the row (1 - p, p)
            double term = -Math.log((actual[i] ? p : q) / (p + q));
            if (term == Double.POSITIVE_INFINITY) {
                throw infiniteLoss(i, actual[i] ? "true" : "false", eps);
            }
            sum += term;
        }
        return logLossRatio(sum, actual.length);
    }

    /**
     * Binary log loss of integer labels with the default clipping: rows labelled
     * {@code positiveClass} are positive, every other label negative.
     *
     * @param actual the true label of each row, any integers; not modified
     * @param positiveClass the label that counts as positive: one of the labels of {@code actual}, unless
     *     they are all one label
     * @param probabilities the predicted probability that each row is positive, in [0, 1]; not modified
     * @return the mean log loss, {@code >= 0}, with its working
     * @throws IllegalArgumentException {@code positiveClass must be one of the labels of actual (0, 1), got 5}
     */
    public static Ratio logLoss(int[] actual, int positiveClass, double[] probabilities) {
        Check.notNull("actual", actual);
        Inputs.positiveClassPresent(positiveClass, "actual", actual, null, null);
        return logLoss(Inputs.isPositive(actual, positiveClass), probabilities, LOG_LOSS_EPSILON);
    }

    /**
     * Multi-class log loss with the default clipping {@link #LOG_LOSS_EPSILON}.
     *
     * @param actual the true class of each row, in {@code [0, k)}; not modified
     * @param probabilities one row of k class probabilities per row, in [0, 1]; not modified
     * @return the mean log loss, {@code >= 0}, with its working
     */
    public static Ratio logLoss(int[] actual, double[][] probabilities) {
        return logLoss(actual, probabilities, LOG_LOSS_EPSILON);
    }

    /**
     * Multi-class log loss with a chosen clipping.
     *
     * @param actual the true class of each row, in {@code [0, k)}; not modified
     * @param probabilities one row of k class probabilities per row, in [0, 1]; not modified
     * @param eps probabilities are clipped to {@code [eps, 1 - eps]}; in [0, 0.5); with 0 nothing is clipped
     * @return the mean log loss, with its working
     * @throws ArithmeticException if a row gives its actual class probability 0 and {@code eps} is 0, naming
     *     the row
     * @throws IllegalArgumentException if a row's probabilities are all 0 and {@code eps} is 0
     */
    public static Ratio logLoss(int[] actual, double[][] probabilities, double eps) {
        checkClassProbabilities(actual, probabilities);
        checkEps(eps);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            double[] row = probabilities[i];
            double rowSum = 0;
            for (int c = 0; c < row.length; c++) {
                rowSum += clip(row[c], eps);
            }
            if (rowSum == 0) {
                int r = i;
                Check.that(false, () -> "probabilities must have a positive sum in every row when eps is 0; row "
                        + r + " is all 0");
            }
            double term = -Math.log(clip(row[actual[i]], eps) / rowSum);
            if (term == Double.POSITIVE_INFINITY) {
                throw infiniteLoss(i, "class " + actual[i], eps);
            }
            sum += term;
        }
        return logLossRatio(sum, actual.length);
    }

    /**
     * The input rules of multi-class log loss: those of {@link Inputs#classScores} and every
     * probability in [0, 1], in one pass. Every test comes first; a message is built only for the
     * entry that fails.
     *
     * @param actual the true class of each row
     * @param probabilities one row of class probabilities per row
     * @return the number of classes k
     */
    static int checkClassProbabilities(int[] actual, double[][] probabilities) {
        return Inputs.classScores(actual, probabilities, "probabilities", true, false);
    }

    /** The loss of a row whose actual class has probability 0: +∞, which is not a double. */
    private static ArithmeticException infiniteLoss(int row, String actualClass, double eps) {
        return new ArithmeticException("log loss must lie within the double range to be returned, got infinity: row "
                + row + " gives its actual " + actualClass + " probability 0 and eps is " + Check.format(eps)
                + "; pass eps > 0 to clip it (scikit-learn's default is " + LOG_LOSS_EPSILON + ")");
    }

    private static Ratio logLossRatio(double sum, int n) {
        return Ratio.of("log loss", "-Σ ln p(actual class) / n", sum, n, ZeroDivision.ZERO);
    }

    /**
     * The Brier score of binary probabilities.
     *
     * @param actual the true label of each row; not modified
     * @param probabilities the predicted probability that each row is positive, in [0, 1]; not modified
     * @return {@code (1/n) Σ (y - p)²}, in [0, 1], with its working
     */
    public static Ratio brierScore(boolean[] actual, double[] probabilities) {
        checkBinary(actual, probabilities);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            double d = (actual[i] ? 1 : 0) - probabilities[i];
            sum += d * d;
        }
        return Ratio.of("Brier score", "Σ (y - p)² / n", sum, actual.length, ZeroDivision.ZERO);
    }

    /**
     * The Brier score of integer labels: y is 1 for rows labelled {@code positiveClass}, 0 for any
     * other label.
     *
     * @param actual the true label of each row, any integers; not modified
     * @param positiveClass the label that counts as positive: one of the labels of {@code actual}, unless
     *     they are all one label
     * @param probabilities the predicted probability that each row is positive, in [0, 1]; not modified
     * @return {@code (1/n) Σ (y - p)²}, in [0, 1], with its working
     * @throws IllegalArgumentException {@code positiveClass must be one of the labels of actual (0, 1), got 5}
     */
    public static Ratio brierScore(int[] actual, int positiveClass, double[] probabilities) {
        Check.notNull("actual", actual);
        Inputs.positiveClassPresent(positiveClass, "actual", actual, null, null);
        return brierScore(Inputs.isPositive(actual, positiveClass), probabilities);
    }

    private static void checkBinary(boolean[] actual, double[] probabilities) {
        Check.notNull("actual", actual);
        Check.notNull("probabilities", probabilities);
        Check.sameLength("actual", actual.length, "probabilities", probabilities.length);
        Check.notEmpty("actual", actual.length);
        Check.allFinite("probabilities", probabilities);
        Inputs.probabilities("probabilities", probabilities);
    }

    private static double clip(double p, double eps) {
        return Math.min(Math.max(p, eps), 1 - eps);
    }

    private static void checkEps(double eps) {
        Check.that(eps >= 0 && eps < 0.5, () -> "eps must be in [0, 0.5), got " + Check.format(eps));
    }
}
