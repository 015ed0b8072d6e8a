package io.github.classicml.metrics;

/**
 * The precision-recall curve of a binary scorer and its summary, the average precision.
 *
 * <p>A row is predicted positive when its score is {@code >= threshold}. For every distinct score t
 * (as in {@link RocCurve}, tied scores form one step) precision is {@code TP / (TP + FP)} and recall
 * {@code TP / positives} among the rows scoring at least t. The points are listed as scikit-learn
 * 1.2's {@code precision_recall_curve} lists them: thresholds increasing, and precision and recall one
 * longer, ending with the point (recall 0, precision 1) that has no threshold. Average precision is
 * the step-wise (not interpolated) area, {@code AP = Σ (R_t - R_(t+1)) · P_t} over the thresholds,
 * each recall gain weighted by the precision at which it was reached (scikit-learn's
 * {@code average_precision_score}). O(n) after the O(n) radix sort of the scores.
 *
 * <p>Unlike scikit-learn, which warns and sets every recall to 1, an input without any positive row
 * fails with a message: recall is undefined there. An input without negatives is fine (precision is
 * 1 everywhere).
 *
 * <p>Reference: C. D. Manning, P. Raghavan and H. Schütze, Introduction to Information Retrieval,
 * Cambridge University Press, 2008, section 8.4; J. Davis and M. Goadrich, "The relationship between
 * precision-recall and ROC curves", ICML 2006.
 *
 * @see RocCurve
 */
public final class PrecisionRecallCurve {

    private final double[] precision;
    private final double[] recall;
    private final double[] thresholds;
    private final long positives;
    private final long negatives;

    private PrecisionRecallCurve(double[] precision, double[] recall, double[] thresholds, long positives,
            long negatives) {
        this.precision = precision;
        this.recall = recall;
        this.thresholds = thresholds;
        this.positives = positives;
        this.negatives = negatives;
    }

    /**
     * @param actual the true label of each row, at least one true; not modified
     * @param scores the score of each row, higher meaning more likely positive, finite; not modified
     * @return the curve
     * @throws IllegalArgumentException if the lengths differ, the input is empty, a score is not finite
     *     or there is no positive row
     */
    public static PrecisionRecallCurve of(boolean[] actual, double[] scores) {
        return of(BinaryScores.of(actual, scores));
    }

    /**
     * The curve of integer labels: rows labelled {@code positiveClass} are positive, every other
     * label negative (scikit-learn's {@code pos_label}).
     *
     * @param actual the true label of each row, any integers, at least one {@code positiveClass};
     *     not modified
     * @param positiveClass the label that counts as positive
     * @param scores the score of each row, higher meaning more likely positive, finite; not modified
     * @return the curve
     * @throws IllegalArgumentException if the lengths differ, the input is empty, a score is not finite
     *     or no row is labelled {@code positiveClass}
     */
    public static PrecisionRecallCurve of(int[] actual, int positiveClass, double[] scores) {
        return of(BinaryScores.of(actual, positiveClass, scores));
    }

    private static PrecisionRecallCurve of(BinaryScores sorted) {
        sorted.requirePositive("recall");
        BinaryScores.Steps steps = sorted.descending();
        long[] tps = steps.truePositives();
        long[] fps = steps.falsePositives();
        int m = tps.length;
        double p = sorted.positiveCount();
        double[] precision = new double[m + 1];
        double[] recall = new double[m + 1];
        double[] thresholds = new double[m];
        // scikit-learn lists the points from the lowest threshold up
        for (int i = 0; i < m; i++) {
            int from = m - 1 - i;
            precision[i] = (double) tps[from] / (tps[from] + fps[from]);
            recall[i] = tps[from] / p;
            thresholds[i] = steps.thresholds()[from];
        }
        precision[m] = 1;
        recall[m] = 0;
        return new PrecisionRecallCurve(precision, recall, thresholds, sorted.positiveCount(),
                sorted.negativeCount());
    }

    /**
     * The average precision of a binary scorer (see the class description).
     *
     * @param actual the true label of each row, at least one true; not modified
     * @param scores the score of each row, finite; not modified
     * @return AP, in [0, 1], with its working
     */
    public static Measure averagePrecision(boolean[] actual, double[] scores) {
        return of(actual, scores).averagePrecision();
    }

    /**
     * The average precision of integer labels, {@code positiveClass} against every other label.
     *
     * @param actual the true label of each row, at least one {@code positiveClass}; not modified
     * @param positiveClass the label that counts as positive
     * @param scores the score of each row, finite; not modified
     * @return AP, in [0, 1], with its working
     */
    public static Measure averagePrecision(int[] actual, int positiveClass, double[] scores) {
        return of(actual, positiveClass, scores).averagePrecision();
    }

    /**
     * @return AP = Σ (R_t - R_(t+1)) · P_t, the step-wise area under this curve; the working names the
     *     number of steps
     */
    public Measure averagePrecision() {
        double sum = 0;
        for (int i = 0; i < thresholds.length; i++) {
            sum += (recall[i] - recall[i + 1]) * precision[i];
        }
        return new Measure("AP", "Σ (R_t - R_(t+1))·P_t", "sum of " + thresholds.length
                + (thresholds.length == 1 ? " step" : " steps") + " over " + positives + " positives", sum);
    }

    /** @return the number of positive rows */
    public long positives() {
        return positives;
    }

    /** @return the number of negative rows */
    public long negatives() {
        return negatives;
    }

    /**
     * @return one line, e.g. {@code precision-recall curve of 100 positives and 200 negatives: 57
     *     thresholds, AP 0.981}
     */
    @Override
    public String toString() {
        return "precision-recall curve of " + positives + " positives and " + negatives + " negatives: "
                + thresholds.length + " thresholds, AP " + Ratio.fixed(averagePrecision().value(), 3);
    }

    /** @return the number of thresholds; the precision and recall arrays have one entry more */
    public int size() {
        return thresholds.length;
    }

    /** @return the precision at each threshold, then 1 (a copy) */
    public double[] precision() {
        return precision.clone();
    }

    /** @return the recall at each threshold, non-increasing, then 0 (a copy) */
    public double[] recall() {
        return recall.clone();
    }

    /** @return the distinct scores, increasing (a copy) */
    public double[] thresholds() {
        return thresholds.clone();
    }
}
