package io.github.classicml.metrics;

import io.github.classicml.core.Check;

import java.util.ArrayList;
import java.util.List;

/**
 * The area under the ROC curve (AUC): binary, and multi-class one-vs-rest and one-vs-one.
 *
 * <p><b>Binary.</b> The AUC is the probability that a random positive row scores higher than a random
 * negative one, ties counting one half. Counting pairs gives it exactly: with U the Mann-Whitney
 * statistic (for every positive, 1 per negative scored lower and ½ per negative scored equal),
 * {@code AUC = U / (positives · negatives)}. This equals the trapezoidal area under
 * {@link RocCurve} (a tie group is the diagonal of its box, which the ½ accounts for); computing it
 * from integer counts avoids the rounding of the trapezoid sum, and the result is the correctly
 * rounded quotient as long as {@code 2·positives·negatives < 2^53} (about 9·10^7 rows). Cost: O(n)
 * to split and radix-sort the scores, O(n) to merge, O(n) memory.
 *
 * <p><b>Multi-class</b> (scikit-learn's {@code roc_auc_score(..., multi_class=...)}). Scores are
 * class probabilities, one row per row of data; as in scikit-learn each row must sum to 1 (within
 * {@code 1e-8 + 1e-5·|sum|}, numpy's {@code allclose}) and every class must occur in {@code actual}.
 * <ul>
 *   <li>One-vs-rest: the binary AUC of each class c against all others, scored by column c; macro
 *       is their mean, weighted their mean weighted by support, and micro the AUC of all n·k
 *       (row, class) pairs pooled into one binary problem. Sensitive to imbalance even in macro form,
 *       because the "rest" changes with the class mix.
 *   <li>One-vs-one (Hand and Till's M): for each pair a &lt; b, the rows of the two classes only,
 *       {@code (AUC(a vs b by column a) + AUC(b vs a by column b)) / 2}; macro is the mean over the
 *       pairs, weighted weights each pair by its rows n_a + n_b (scikit-learn's prevalence).
 *       Micro is not defined for one-vs-one.
 * </ul>
 * Cost O(k·n) for one-vs-rest, O(k·n) for one-vs-one (each row is in k - 1 pairs).
 *
 * <p>A single class present in a binary problem fails with a message instead of NaN.
 *
 * <p>Reference: J. A. Hanley and B. J. McNeil, "The meaning and use of the area under a receiver
 * operating characteristic (ROC) curve", Radiology 143(1), 29-36, 1982; D. J. Hand and R. J. Till,
 * "A simple generalisation of the area under the ROC curve for multiple class classification
 * problems", Machine Learning 45(2), 171-186, 2001.
 *
 * @see RocCurve
 */
public final class RocAuc {

    private RocAuc() {
    }

    /**
     * The binary AUC with its working: {@code AUC = U / (positives · negatives) = 12.5 / 20 = 0.625}.
     *
     * @param actual the true label of each row; not modified
     * @param scores the score of each row, higher meaning more likely positive, finite; not modified
     * @return the AUC, in [0, 1]
     * @throws IllegalArgumentException if the lengths differ, the input is empty, a score is not finite
     *     or only one class is present
     */
    public static Ratio binary(boolean[] actual, double[] scores) {
        BinaryScores sorted = BinaryScores.of(actual, scores);
        sorted.requireBothClasses("AUC");
        return auc(sorted);
    }

    /**
     * The binary AUC of integer labels: rows labelled {@code positiveClass} are positive, every other
     * label is negative (one class against the rest). {@code binary(labels, 1, scores)} on 0/1 labels
     * equals {@link #binary(boolean[], double[])} on {@code labels[i] == 1}.
     *
     * @param actual the true label of each row, any integers; not modified
     * @param positiveClass the label that counts as positive
     * @param scores the score of each row, higher meaning more likely positive, finite; not modified
     * @return the AUC, in [0, 1]
     * @throws IllegalArgumentException if the lengths differ, the input is empty, a score is not finite
     *     or {@code actual} does not hold both {@code positiveClass} and another label
     */
    public static Ratio binary(int[] actual, int positiveClass, double[] scores) {
        BinaryScores sorted = BinaryScores.of(actual, positiveClass, scores);
        sorted.requireBothClasses("AUC");
        return auc(sorted);
    }

    /**
     * The one-vs-rest AUC of each class (scikit-learn's {@code multi_class="ovr", average=None}).
     *
     * @param actual the true class of each row, every class in {@code [0, k)} present; not modified
     * @param probabilities one row of k class probabilities per row, each row summing to 1; not modified
     * @return one AUC per class, each with its working
     */
    public static PerClassRatios perClass(int[] actual, double[][] probabilities) {
        int k = validate(actual, probabilities);
        List<Ratio> out = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            out.add(oneVsRest(actual, probabilities, c));
        }
        return new PerClassRatios("one-vs-rest AUC", out);
    }

    /**
     * The one-vs-rest AUC averaged over the classes.
     *
     * @param actual the true class of each row, every class in {@code [0, k)} present; not modified
     * @param probabilities one row of k class probabilities per row, each row summing to 1; not modified
     * @param average {@link Average#MACRO}, {@link Average#WEIGHTED} (by support) or
     *     {@link Average#MICRO} (all (row, class) pairs pooled)
     * @return the AUC
     */
    public static Ratio oneVsRest(int[] actual, double[][] probabilities, Average average) {
        Check.notNull("average", average);
        int k = validate(actual, probabilities);
        int n = actual.length;
        if (average == Average.MICRO) {
            long[] pos = new long[n];
            long[] neg = new long[n * (k - 1)];
            int j = 0;
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < k; c++) {
                    long key = ScoreKeys.key(probabilities[i][c]);
                    if (c == actual[i]) {
                        pos[i] = key;
                    } else {
                        neg[j++] = key;
                    }
                }
            }
            Ratio pooled = auc(new BinaryScores(pos, neg));
            return new Ratio("micro one-vs-rest AUC", "U / (positives · negatives) over all (row, class) pairs",
                    pooled.numerator(), pooled.denominator(), pooled.value());
        }
        int[] support = supports(actual, k);
        double num = 0;
        double den = 0;
        for (int c = 0; c < k; c++) {
            double w = average == Average.WEIGHTED ? support[c] : 1;
            num += w * oneVsRest(actual, probabilities, c).value();
            den += w;
        }
        return new Ratio(average.label() + " one-vs-rest AUC", average == Average.WEIGHTED
                ? "Σ support·AUC(class vs rest) / Σ support" : "Σ AUC(class vs rest) / classes", num, den, num / den);
    }

    /**
     * The one-vs-one AUC of Hand and Till, averaged over the pairs of classes.
     *
     * @param actual the true class of each row, every class in {@code [0, k)} present; not modified
     * @param probabilities one row of k class probabilities per row, each row summing to 1; not modified
     * @param average {@link Average#MACRO} or {@link Average#WEIGHTED} (each pair by its number of rows)
     * @return the AUC
     * @throws IllegalArgumentException for {@link Average#MICRO}, which one-vs-one does not define
     */
    public static Ratio oneVsOne(int[] actual, double[][] probabilities, Average average) {
        Check.notNull("average", average);
        Check.that(average != Average.MICRO, "average must be MACRO or WEIGHTED for one-vs-one AUC, got MICRO");
        int k = validate(actual, probabilities);
        int[] support = supports(actual, k);
        double num = 0;
        double den = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                double pair = (pairAuc(actual, probabilities, a, b, support) + pairAuc(actual, probabilities, b, a, support))
                        / 2;
                double w = average == Average.WEIGHTED ? support[a] + support[b] : 1;
                num += w * pair;
                den += w;
            }
        }
        return new Ratio(average.label() + " one-vs-one AUC", average == Average.WEIGHTED
                ? "Σ (n_a + n_b)·AUC(a, b) / Σ (n_a + n_b)" : "Σ AUC(a, b) / pairs", num, den, num / den);
    }

    private static Ratio auc(BinaryScores sorted) {
        double u = sorted.twiceU() / 2.0;
        double pairs = (double) sorted.positiveCount() * sorted.negativeCount();
        return new Ratio("AUC", "U / (positives · negatives)", u, pairs, u / pairs);
    }

    /** The AUC of class c against all other rows, scored by column c. */
    private static Ratio oneVsRest(int[] actual, double[][] probabilities, int c) {
        int n = actual.length;
        int p = 0;
        for (int a : actual) {
            p += a == c ? 1 : 0;
        }
        long[] pos = new long[p];
        long[] neg = new long[n - p];
        int i = 0;
        int j = 0;
        for (int r = 0; r < n; r++) {
            long key = ScoreKeys.key(probabilities[r][c]);
            if (actual[r] == c) {
                pos[i++] = key;
            } else {
                neg[j++] = key;
            }
        }
        return auc(new BinaryScores(pos, neg));
    }

    /** The AUC of class a against class b on their rows only, scored by column a. */
    private static double pairAuc(int[] actual, double[][] probabilities, int a, int b, int[] support) {
        long[] pos = new long[support[a]];
        long[] neg = new long[support[b]];
        int i = 0;
        int j = 0;
        for (int r = 0; r < actual.length; r++) {
            if (actual[r] == a) {
                pos[i++] = ScoreKeys.key(probabilities[r][a]);
            } else if (actual[r] == b) {
                neg[j++] = ScoreKeys.key(probabilities[r][a]);
            }
        }
        return auc(new BinaryScores(pos, neg)).value();
    }

    private static int[] supports(int[] actual, int k) {
        int[] support = new int[k];
        for (int a : actual) {
            support[a]++;
        }
        return support;
    }

    /**
     * scikit-learn's input rules for multi-class AUC. Every test comes first; a message is built only
     * for the row or class that fails, so valid input allocates nothing but the k supports.
     *
     * @param actual the true class of each row
     * @param probabilities one row of class probabilities per row
     * @return the number of classes k
     */
    static int validate(int[] actual, double[][] probabilities) {
        int k = Inputs.classScores(actual, probabilities, "probabilities", false, true);
        int[] support = supports(actual, k);
        for (int c = 0; c < k; c++) {
            if (support[c] == 0) {
                int missing = c;
                Check.that(support[c] > 0, () -> "actual must contain every class of probabilities (" + k
                        + " columns); class " + missing + " has no rows");
            }
        }
        return k;
    }
}
