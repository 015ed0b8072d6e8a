package io.github.classicml.metrics;

import io.github.classicml.core.Check;

import java.util.Arrays;

/**
 * The scores of a binary problem split by actual class and sorted: the common first step of the ROC
 * curve, the AUC and the precision-recall curve.
 *
 * <p>Positives and negatives are kept as two ascending arrays of {@link ScoreKeys} keys, so that no
 * label travels with the keys through the sort; merging the two arrays visits the distinct scores in
 * order with the number of positives and negatives at each, which is all the curves need. O(n) to
 * split, O(n) to sort (radix), O(n) to merge.
 */
final class BinaryScores {

    private final long[] positives;
    private final long[] negatives;
    /** The positive class of integer labels, named in messages; null for boolean labels. */
    private final Integer positiveClass;

    /**
     * @param positives keys of the positive rows, in any order; sorted in place and kept
     * @param negatives keys of the negative rows, in any order; sorted in place and kept
     */
    BinaryScores(long[] positives, long[] negatives) {
        ScoreKeys.sort(positives);
        ScoreKeys.sort(negatives);
        this.positives = positives;
        this.negatives = negatives;
        this.positiveClass = null;
    }

    private BinaryScores(BinaryScores sorted, int positiveClass) {
        this.positives = sorted.positives;
        this.negatives = sorted.negatives;
        this.positiveClass = positiveClass;
    }

    /**
     * Validates and splits a binary problem given as integer labels: rows labelled
     * {@code positiveClass} are positive, every other label is negative (one class against the rest).
     *
     * @param actual the true label of each row; not modified
     * @param positiveClass the label that counts as positive
     * @param scores the score of each row, higher meaning more likely positive; not modified
     * @return the sorted scores
     */
    static BinaryScores of(int[] actual, int positiveClass, double[] scores) {
        return new BinaryScores(of(Inputs.isPositive(actual, positiveClass), scores), positiveClass);
    }

    /**
     * Validates and splits a binary problem.
     *
     * @param actual the true label of each row; not modified
     * @param scores the score of each row, higher meaning more likely positive; not modified
     * @return the sorted scores
     * @throws IllegalArgumentException if the lengths differ, the input is empty or a score is not finite
     */
    static BinaryScores of(boolean[] actual, double[] scores) {
        Check.notNull("actual", actual);
        Check.notNull("scores", scores);
        Check.sameLength("actual", actual.length, "scores", scores.length);
        Check.notEmpty("actual", actual.length);
        int n = actual.length;
        int p = 0;
        for (boolean b : actual) {
            p += b ? 1 : 0;
        }
        // one spare slot in each array lets every key be written to both without a branch
        long[] pos = new long[p + 1];
        long[] neg = new long[n - p + 1];
        int i = 0;
        int j = 0;
        for (int r = 0; r < n; r++) {
            double s = scores[r];
            if (!Double.isFinite(s)) {
                Check.allFinite("scores", scores);
            }
            long k = ScoreKeys.key(s);
            int positive = actual[r] ? 1 : 0;
            pos[i] = k;
            neg[j] = k;
            i += positive;
            j += 1 - positive;
        }
        return new BinaryScores(Arrays.copyOf(pos, p), Arrays.copyOf(neg, n - p));
    }

    /** @return the number of positive rows */
    int positiveCount() {
        return positives.length;
    }

    /**
     * @param what the metric that needs a positive row, for the message
     * @throws IllegalArgumentException {@code actual must contain at least one positive; all 40 entries are false}
     */
    void requirePositive(String what) {
        int n = positives.length + negatives.length;
        Check.that(positives.length > 0, () -> positiveClass == null
                ? "actual must contain at least one positive; all " + n + " entries are false (" + what
                        + " is undefined without positives)"
                : "actual must contain positiveClass " + positiveClass + "; none of its " + n + " entries is "
                        + positiveClass + " (" + what + " is undefined without positives)");
    }

    /** @return the number of negative rows */
    int negativeCount() {
        return negatives.length;
    }

    /**
     * @param what the metric that needs both classes, for the message
     * @throws IllegalArgumentException {@code actual must contain both classes; all 40 entries are false}
     */
    void requireBothClasses(String what) {
        int n = positives.length + negatives.length;
        boolean none = positives.length == 0;
        Check.that(!none && negatives.length > 0, () -> positiveClass == null
                ? "actual must contain both classes; all " + n + " entries are " + (none ? "false" : "true") + " ("
                        + what + " is undefined for one class)"
                : "actual must contain positiveClass " + positiveClass + " and another class; "
                        + (none ? "none of its " + n + " entries is " : "all " + n + " entries are ") + positiveClass
                        + " (" + what + " is undefined for one class)");
    }

    /**
     * Twice the Mann-Whitney U statistic: for every positive, two points per negative scored lower and
     * one per negative scored equal. Exact integer arithmetic.
     *
     * @return 2U
     */
    long twiceU() {
        long[] pos = positives;
        long[] neg = negatives;
        int i = 0;
        int j = 0;
        long u2 = 0;
        while (i < pos.length) {
            long v = pos[i];
            while (j < neg.length && neg[j] < v) {
                j++;
            }
            int equalEnd = j;
            while (equalEnd < neg.length && neg[equalEnd] == v) {
                equalEnd++;
            }
            int groupEnd = i + 1;
            while (groupEnd < pos.length && pos[groupEnd] == v) {
                groupEnd++;
            }
            u2 += (long) (groupEnd - i) * (2L * j + (equalEnd - j));
            i = groupEnd;
            j = equalEnd;
        }
        return u2;
    }

    /**
     * The distinct scores from highest to lowest with the positives and negatives scoring at least
     * each: scikit-learn's {@code _binary_clf_curve}.
     *
     * @return the thresholds and cumulative counts
     */
    Steps descending() {
        long[] pos = positives;
        long[] neg = negatives;
        int i = pos.length - 1;
        int j = neg.length - 1;
        int capacity = pos.length + neg.length;
        double[] thresholds = new double[capacity];
        long[] tps = new long[capacity];
        long[] fps = new long[capacity];
        long tp = 0;
        long fp = 0;
        int m = 0;
        while (i >= 0 || j >= 0) {
            long v = i < 0 ? neg[j] : j < 0 ? pos[i] : Math.max(pos[i], neg[j]);
            while (i >= 0 && pos[i] == v) {
                tp++;
                i--;
            }
            while (j >= 0 && neg[j] == v) {
                fp++;
                j--;
            }
            thresholds[m] = ScoreKeys.value(v);
            tps[m] = tp;
            fps[m] = fp;
            m++;
        }
        return new Steps(Arrays.copyOf(thresholds, m), Arrays.copyOf(tps, m), Arrays.copyOf(fps, m));
    }

    /**
     * Cumulative counts at decreasing thresholds.
     *
     * @param thresholds the distinct scores, decreasing
     * @param truePositives positives scoring at least each threshold
     * @param falsePositives negatives scoring at least each threshold
     */
    record Steps(double[] thresholds, long[] truePositives, long[] falsePositives) {
    }
}
