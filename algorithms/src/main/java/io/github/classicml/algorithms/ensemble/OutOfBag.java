package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.internal.Parallel;
import io.github.classicml.metrics.RegressionMetrics;

/**
 * Out-of-bag estimates: each training row answered only by the members whose sample left it out.
 *
 * <p>Each member answers its out-of-bag rows in its own task; the answers are then summed in member
 * order, so the estimate does not depend on the thread count. A row that is in every member's sample
 * has no estimate (NaN) and is left out of the score; with {@code B} full bootstrap samples that
 * happens to a row with probability {@code (1 - (1 - 1/n)^n)^B}, about {@code 0.632^B}.
 */
final class OutOfBag {

    private OutOfBag() {
    }

    /**
     * Out-of-bag class probabilities and accuracy.
     *
     * @param probabilities per row the summed out-of-bag probabilities (or votes), normalised to sum to
     *     1 as scikit-learn's {@code oob_decision_function_}; NaN entries for a row with no estimate
     * @param score the accuracy of their most probable class over the rows with an estimate; NaN if none
     */
    record Votes(double[][] probabilities, double score) {
    }

    /**
     * Out-of-bag predictions and R².
     *
     * @param predictions per row the mean prediction of the members that left it out; NaN if none did
     * @param score the coefficient of determination over the rows with a prediction; NaN if none
     */
    record Predictions(double[] predictions, double score) {
    }

    static Votes votes(Voting voting, Bag[] bags, double[] x, int p, int[] y, int classes, int threads) {
        int n = y.length;
        int members = bags.length;
        double[][] partial = new double[members][];
        try (Parallel parallel = Parallel.of(Math.min(Parallel.resolve(threads), members))) {
            parallel.forEach(members, m -> {
                Bag bag = bags[m];
                int out = 0;
                for (int i = 0; i < n; i++) {
                    out += bag.outOfBag(i) ? 1 : 0;
                }
                double[] sums = new double[out * classes];
                double[] row = new double[p];
                double[] one = new double[classes];
                int k = 0;
                for (int i = 0; i < n; i++) {
                    if (bag.outOfBag(i)) {
                        System.arraycopy(x, i * p, row, 0, p);
                        java.util.Arrays.fill(one, 0);
                        voting.add(m, row, one);
                        System.arraycopy(one, 0, sums, k * classes, classes);
                        k++;
                    }
                }
                partial[m] = sums;
            });
        }
        double[][] total = new double[n][classes];
        boolean[] seen = new boolean[n];
        for (int m = 0; m < members; m++) {
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (bags[m].outOfBag(i)) {
                    seen[i] = true;
                    for (int c = 0; c < classes; c++) {
                        total[i][c] += partial[m][k * classes + c];
                    }
                    k++;
                }
            }
        }
        return finishVotes(total, seen, y);
    }

    /**
     * The out-of-bag probabilities and accuracy from each row's summed answers.
     *
     * @param total per row the members' out-of-bag probabilities (or votes) summed in member order;
     *     normalised in place
     * @param seen per row whether any member left it out
     * @param y the training classes
     */
    static Votes finishVotes(double[][] total, boolean[] seen, int[] y) {
        int n = y.length;
        int classes = n == 0 ? 0 : total[0].length;
        int correct = 0;
        int scored = 0;
        for (int i = 0; i < n; i++) {
            if (!seen[i]) {
                java.util.Arrays.fill(total[i], Double.NaN);
                continue;
            }
            double sum = 0;
            for (double v : total[i]) {
                sum += v;
            }
            for (int c = 0; c < classes; c++) {
                total[i][c] /= sum;
            }
            scored++;
            correct += Voting.argMax(total[i]) == y[i] ? 1 : 0;
        }
        return new Votes(total, scored == 0 ? Double.NaN : (double) correct / scored);
    }

    static Predictions predictions(Averaging averaging, Bag[] bags, double[] x, int p, double[] y, int threads) {
        int n = y.length;
        int members = bags.length;
        double[][] partial = new double[members][];
        try (Parallel parallel = Parallel.of(Math.min(Parallel.resolve(threads), members))) {
            parallel.forEach(members, m -> {
                Bag bag = bags[m];
                int out = 0;
                for (int i = 0; i < n; i++) {
                    out += bag.outOfBag(i) ? 1 : 0;
                }
                double[] predictions = new double[out];
                double[] row = new double[p];
                int k = 0;
                for (int i = 0; i < n; i++) {
                    if (bag.outOfBag(i)) {
                        System.arraycopy(x, i * p, row, 0, p);
                        predictions[k++] = averaging.predict(m, row);
                    }
                }
                partial[m] = predictions;
            });
        }
        double[] sum = new double[n];
        int[] count = new int[n];
        for (int m = 0; m < members; m++) {
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (bags[m].outOfBag(i)) {
                    sum[i] += partial[m][k++];
                    count[i]++;
                }
            }
        }
        return finishPredictions(sum, count, y);
    }

    /**
     * The out-of-bag predictions and R² from each row's summed predictions.
     *
     * @param sum per row the members' out-of-bag predictions summed in member order; divided in place
     * @param count per row the number of members that left it out
     * @param y the training targets
     */
    static Predictions finishPredictions(double[] sum, int[] count, double[] y) {
        int n = y.length;
        double mean = 0;
        int scored = 0;
        for (int i = 0; i < n; i++) {
            if (count[i] > 0) {
                sum[i] /= count[i];
                mean += y[i];
                scored++;
            } else {
                sum[i] = Double.NaN;
            }
        }
        if (scored == 0) {
            return new Predictions(sum, Double.NaN);
        }
        mean /= scored;
        double residual = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (count[i] > 0) {
                residual += (y[i] - sum[i]) * (y[i] - sum[i]);
                total += (y[i] - mean) * (y[i] - mean);
            }
        }
        if (!(Double.isFinite(residual) && Double.isFinite(total) && total >= Double.MIN_NORMAL) && scored >= 2) {
            // a sum of squares beyond the double range (targets of about 1e154 and up), a mean that
            // overflowed, or squares that underflowed (targets of about 1e-154 and below: the total came out
            // 0 or subnormal, and 0 / 0 read as a perfect fit): R² is free of the targets' scale, so it is
            // taken again in power-of-two units
            return new Predictions(sum, scaledR2(sum, count, y, scored));
        }
        // scikit-learn's r2_score: 1 when both sums are 0, 0 when only the total is 0
        double score = total == 0 ? (residual == 0 ? 1.0 : 0.0) : 1 - residual / total;
        return new Predictions(sum, score);
    }

    /**
     * R² of the scored rows by {@link RegressionMetrics#r2}, which sums in the targets' power-of-two units.
     *
     * @throws ArithmeticException if a row's out-of-bag prediction is beyond the double range (the members'
     *     predictions summed past it)
     */
    private static double scaledR2(double[] prediction, int[] count, double[] y, int scored) {
        double[] actual = new double[scored];
        double[] predicted = new double[scored];
        int k = 0;
        for (int i = 0; i < y.length; i++) {
            if (count[i] > 0) {
                if (!Double.isFinite(prediction[i])) {
                    throw new ArithmeticException("the out-of-bag prediction of row " + i + " must be finite, got "
                            + prediction[i] + ": its " + count[i] + " members' predictions summed beyond the double "
                            + "range; divide the targets by a constant");
                }
                actual[k] = y[i];
                predicted[k++] = prediction[i];
            }
        }
        return RegressionMetrics.r2(actual, predicted).value();
    }
}
