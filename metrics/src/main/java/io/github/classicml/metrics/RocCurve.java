package io.github.classicml.metrics;

/**
 * The receiver operating characteristic (ROC) curve of a binary scorer: the false positive rate
 * (x) against the true positive rate (y) as the decision threshold sweeps down through the scores.
 *
 * <p>A row is predicted positive when its score is {@code >= threshold}. There is one point per
 * distinct score, from the highest to the lowest, so tied scores move the curve diagonally in one
 * step; the curve ends at (1, 1) and starts with an extra point (0, 0) whose threshold is the highest
 * score plus 1 (scikit-learn 1.2; from 1.3 it is +∞). With {@code dropIntermediate} (the default, as
 * in scikit-learn) a point is dropped when neither the FP nor the TP count bends there (both second
 * differences are zero), i.e. when it lies on the straight segment between its neighbours; the first
 * and last points are always kept. The points, including the thresholds, are exactly scikit-learn
 * 1.2's {@code roc_curve(actual, scores, drop_intermediate=...)}: FPR = FP / negatives and TPR = TP /
 * positives are the same IEEE divisions.
 *
 * <p>O(n) to split the scores by class and radix-sort them, O(n) to sweep. Unlike scikit-learn, an
 * input with only one class present fails with a message instead of returning NaN rates.
 *
 * <p>Reference: T. Fawcett, "An introduction to ROC analysis", Pattern Recognition Letters 27(8),
 * 861-874, 2006.
 *
 * @see RocAuc
 * @see PrecisionRecallCurve
 */
public final class RocCurve {

    private final double[] falsePositiveRates;
    private final double[] truePositiveRates;
    private final double[] thresholds;
    private final long positives;
    private final long negatives;

    private RocCurve(double[] falsePositiveRates, double[] truePositiveRates, double[] thresholds, long positives,
            long negatives) {
        this.falsePositiveRates = falsePositiveRates;
        this.truePositiveRates = truePositiveRates;
        this.thresholds = thresholds;
        this.positives = positives;
        this.negatives = negatives;
    }

    /**
     * The curve without collinear intermediate points (scikit-learn's default).
     *
     * @param actual the true label of each row; not modified
     * @param scores the score of each row, higher meaning more likely positive, finite; not modified
     * @return the curve
     * @throws IllegalArgumentException if the lengths differ, the input is empty, a score is not finite,
     *     or only one class is present
     */
    public static RocCurve of(boolean[] actual, double[] scores) {
        return of(actual, scores, true);
    }

    /**
     * @param actual the true label of each row; not modified
     * @param scores the score of each row, finite; not modified
     * @param dropIntermediate whether to drop points collinear with their neighbours
     * @return the curve
     * @throws IllegalArgumentException if the lengths differ, the input is empty, a score is not finite,
     *     or only one class is present
     */
    public static RocCurve of(boolean[] actual, double[] scores, boolean dropIntermediate) {
        return of(BinaryScores.of(actual, scores), dropIntermediate);
    }

    /**
     * The curve of integer labels without collinear intermediate points: rows labelled
     * {@code positiveClass} are positive, every other label negative (scikit-learn's
     * {@code pos_label}).
     *
     * @param actual the true label of each row, any integers; not modified
     * @param positiveClass the label that counts as positive
     * @param scores the score of each row, higher meaning more likely positive, finite; not modified
     * @return the curve
     * @throws IllegalArgumentException if the lengths differ, the input is empty, a score is not finite,
     *     or {@code actual} does not hold both {@code positiveClass} and another label
     */
    public static RocCurve of(int[] actual, int positiveClass, double[] scores) {
        return of(actual, positiveClass, scores, true);
    }

    /**
     * @param actual the true label of each row, any integers; not modified
     * @param positiveClass the label that counts as positive
     * @param scores the score of each row, finite; not modified
     * @param dropIntermediate whether to drop points collinear with their neighbours
     * @return the curve
     * @throws IllegalArgumentException if the lengths differ, the input is empty, a score is not finite,
     *     or {@code actual} does not hold both {@code positiveClass} and another label
     */
    public static RocCurve of(int[] actual, int positiveClass, double[] scores, boolean dropIntermediate) {
        return of(BinaryScores.of(actual, positiveClass, scores), dropIntermediate);
    }

    private static RocCurve of(BinaryScores sorted, boolean dropIntermediate) {
        sorted.requireBothClasses("the ROC curve");
        BinaryScores.Steps steps = sorted.descending();
        long[] tps = steps.truePositives();
        long[] fps = steps.falsePositives();
        double[] th = steps.thresholds();
        int m = tps.length;
        int[] keep = new int[m];
        int kept = 0;
        for (int i = 0; i < m; i++) {
            boolean corner = !dropIntermediate || m <= 2 || i == 0 || i == m - 1
                    || fps[i + 1] - 2 * fps[i] + fps[i - 1] != 0 || tps[i + 1] - 2 * tps[i] + tps[i - 1] != 0;
            if (corner) {
                keep[kept++] = i;
            }
        }
        double p = sorted.positiveCount();
        double n = sorted.negativeCount();
        double[] fpr = new double[kept + 1];
        double[] tpr = new double[kept + 1];
        double[] thresholds = new double[kept + 1];
        thresholds[0] = th[0] + 1;
        for (int q = 0; q < kept; q++) {
            int i = keep[q];
            fpr[q + 1] = fps[i] / n;
            tpr[q + 1] = tps[i] / p;
            thresholds[q + 1] = th[i];
        }
        return new RocCurve(fpr, tpr, thresholds, sorted.positiveCount(), sorted.negativeCount());
    }

    /** @return the number of points, including the first (0, 0) */
    public int size() {
        return thresholds.length;
    }

    /** @return the false positive rate of each point, non-decreasing from 0 to 1 (a copy) */
    public double[] falsePositiveRates() {
        return falsePositiveRates.clone();
    }

    /** @return the true positive rate of each point, non-decreasing from 0 to 1 (a copy) */
    public double[] truePositiveRates() {
        return truePositiveRates.clone();
    }

    /** @return the threshold of each point, decreasing; the first is the highest score plus 1 (a copy) */
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** @return the number of positive rows */
    public long positives() {
        return positives;
    }

    /** @return the number of negative rows */
    public long negatives() {
        return negatives;
    }

    /** @return one line, e.g. {@code ROC curve of 100 positives and 200 negatives: 57 points} */
    @Override
    public String toString() {
        return "ROC curve of " + positives + " positives and " + negatives + " negatives: " + size() + " points";
    }
}
