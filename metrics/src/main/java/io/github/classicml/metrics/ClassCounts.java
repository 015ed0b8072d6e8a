package io.github.classicml.metrics;

import io.github.classicml.core.Check;

/**
 * The two-by-two table of one class against the rest: true and false positives, false and true
 * negatives, and every ratio built from them, each able to show its working.
 *
 * <p>"Positive" means "of this class". For a binary problem this is the usual table of the positive
 * class; for a multi-class problem, {@link ConfusionMatrix#classCounts(int)} gives one table per
 * class (one-vs-rest). The interview example, with TP 10, FN 40, TN 15 and FP 35:
 *
 * <pre>
 * recall      = TP / (TP + FN) = 10 / 50 = 0.200     sensitivity, true positive rate
 * specificity = TN / (TN + FP) = 15 / 50 = 0.300     true negative rate
 * precision   = TP / (TP + FP) = 10 / 45 = 0.222     positive predictive value
 * Type I errors  = FP = 35 (negatives called positive; their rate is FPR = 1 - specificity = 0.700)
 * Type II errors = FN = 40 (positives missed; their rate is FNR = 1 - recall = 0.800)
 * </pre>
 *
 * <p>A ratio whose denominator is zero (precision when nothing is predicted positive, recall of a
 * class with no rows) takes the value of {@link #zeroDivision()}, {@link ZeroDivision#ZERO} unless
 * chosen otherwise with {@link #withZeroDivision}; its {@link Ratio#defined()} is then false.
 * Everything here is O(1).
 *
 * <p>Reference: T. Fawcett, "An introduction to ROC analysis", Pattern Recognition Letters 27(8),
 * 861-874, 2006 (the table and its rates); C. J. van Rijsbergen, Information Retrieval, 2nd ed.,
 * 1979, ch. 7 (the F-measure); B. W. Matthews, Biochimica et Biophysica Acta 405, 442-451, 1975.
 *
 * @param className the name of the class playing "positive"
 * @param truePositives rows of the class predicted as the class, TP
 * @param falsePositives rows of other classes predicted as the class, FP
 * @param falseNegatives rows of the class predicted as another class, FN
 * @param trueNegatives rows of other classes predicted as another class, TN
 * @param zeroDivision what a ratio with a zero denominator reports
 * @see ConfusionMatrix
 */
public record ClassCounts(String className, long truePositives, long falsePositives, long falseNegatives,
        long trueNegatives, ZeroDivision zeroDivision) {

    /**
     * Validates the counts.
     *
     * @param className the class name
     * @param truePositives TP, {@code >= 0}
     * @param falsePositives FP, {@code >= 0}
     * @param falseNegatives FN, {@code >= 0}
     * @param trueNegatives TN, {@code >= 0}
     * @param zeroDivision the zero-division policy
     */
    public ClassCounts {
        Check.notNull("className", className);
        Check.notNull("zeroDivision", zeroDivision);
        Check.atLeast("truePositives", truePositives, 0L);
        Check.atLeast("falsePositives", falsePositives, 0L);
        Check.atLeast("falseNegatives", falseNegatives, 0L);
        Check.atLeast("trueNegatives", trueNegatives, 0L);
        long sum = Check.addCount("counts", truePositives, falsePositives, () -> "falsePositives");
        sum = Check.addCount("counts", sum, falseNegatives, () -> "falseNegatives");
        Check.addCount("counts", sum, trueNegatives, () -> "trueNegatives");
    }

    /**
     * The table of the given counts, named {@code positive}, with the default zero-division policy.
     *
     * @param truePositives TP
     * @param falsePositives FP
     * @param falseNegatives FN
     * @param trueNegatives TN
     * @return the table
     */
    public static ClassCounts of(long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {
        return new ClassCounts("positive", truePositives, falsePositives, falseNegatives, trueNegatives,
                ZeroDivision.ZERO);
    }

    /**
     * The table of one class against the rest, counted from integer labels: a row is positive when
     * its label equals {@code positiveClass}, negative for any other label.
     *
     * @param actual the true label of each row, any integers; not modified
     * @param predicted the predicted label of each row; not modified
     * @param positiveClass the label that counts as positive: one of the labels of {@code actual} or
     *     {@code predicted}, unless they hold a single label
     * @return the table, named after {@code positiveClass}
     * @throws IllegalArgumentException if the rows hold two labels or more and none is {@code positiveClass}
     * @see ConfusionMatrix#binary(int[], int[], int)
     */
    public static ClassCounts of(int[] actual, int[] predicted, int positiveClass) {
        return ConfusionMatrix.binary(actual, predicted, positiveClass).positive();
    }

    /**
     * The table of boolean labels, {@code true} being positive.
     *
     * @param actual the true label of each row; not modified
     * @param predicted the predicted label of each row; not modified
     * @return the table, named {@code positive}
     * @see ConfusionMatrix#of(boolean[], boolean[])
     */
    public static ClassCounts of(boolean[] actual, boolean[] predicted) {
        return ConfusionMatrix.of(actual, predicted).positive();
    }

    /**
     * @param policy what a ratio with a zero denominator reports
     * @return the same counts under another zero-division policy
     */
    public ClassCounts withZeroDivision(ZeroDivision policy) {
        return new ClassCounts(className, truePositives, falsePositives, falseNegatives, trueNegatives, policy);
    }

    /** @return the rows actually of the class, TP + FN (scikit-learn's "support") */
    public long support() {
        return truePositives + falseNegatives;
    }

    /** @return the rows predicted as the class, TP + FP */
    public long predicted() {
        return truePositives + falsePositives;
    }

    /** @return all rows, TP + FP + FN + TN */
    public long total() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    /**
     * Type I errors: rows of other classes predicted as this one (false positives, false alarms).
     * In hypothesis-testing terms the null hypothesis "not of this class" was wrongly rejected.
     *
     * @return FP
     */
    public long typeIErrors() {
        return falsePositives;
    }

    /**
     * Type II errors: rows of this class predicted as another (false negatives, misses). In
     * hypothesis-testing terms the false null hypothesis "not of this class" was wrongly kept.
     *
     * @return FN
     */
    public long typeIIErrors() {
        return falseNegatives;
    }

    /** @return precision (positive predictive value) = TP / (TP + FP): of the rows called positive, how many are */
    public Ratio precision() {
        return ratio("precision", "TP / (TP + FP)", truePositives, truePositives + falsePositives);
    }

    /**
     * Recall, also called sensitivity, hit rate and true positive rate (TPR).
     *
     * @return recall = TP / (TP + FN): of the positive rows, how many were found
     */
    public Ratio recall() {
        return ratio("recall", "TP / (TP + FN)", truePositives, truePositives + falseNegatives);
    }

    /**
     * Specificity, also called selectivity and true negative rate (TNR).
     *
     * @return specificity = TN / (TN + FP): of the negative rows, how many were called negative
     */
    public Ratio specificity() {
        return ratio("specificity", "TN / (TN + FP)", trueNegatives, trueNegatives + falsePositives);
    }

    /** @return negative predictive value NPV = TN / (TN + FN): of the rows called negative, how many are */
    public Ratio negativePredictiveValue() {
        return ratio("NPV", "TN / (TN + FN)", trueNegatives, trueNegatives + falseNegatives);
    }

    /**
     * The false positive rate (fall-out), the rate of Type I errors: 1 - specificity.
     *
     * @return FPR = FP / (FP + TN)
     */
    public Ratio falsePositiveRate() {
        return ratio("FPR", "FP / (FP + TN)", falsePositives, falsePositives + trueNegatives);
    }

    /**
     * The false negative rate (miss rate), the rate of Type II errors: 1 - recall.
     *
     * @return FNR = FN / (FN + TP)
     */
    public Ratio falseNegativeRate() {
        return ratio("FNR", "FN / (FN + TP)", falseNegatives, falseNegatives + truePositives);
    }

    /** @return accuracy of the one-vs-rest table = (TP + TN) / all rows */
    public Ratio accuracy() {
        return ratio("accuracy", "(TP + TN) / (TP + FP + FN + TN)", truePositives + trueNegatives, total());
    }

    /**
     * F1, the harmonic mean of precision and recall, written with counts so that it is defined
     * whenever either of them is: {@code 2PR / (P + R) = 2TP / (2TP + FP + FN)}.
     *
     * @return F1 = 2·TP / (2·TP + FP + FN)
     */
    public Ratio f1() {
        return ratio("F1", "2·TP / (2·TP + FP + FN)", 2.0 * truePositives,
                2.0 * truePositives + falsePositives + falseNegatives);
    }

    /**
     * The F-beta score, which counts recall {@code beta} times as important as precision:
     * {@code (1 + β²)PR / (β²P + R) = (1 + β²)TP / ((1 + β²)TP + β²FN + FP)}. It is zero-divided only
     * when TP + FP + FN = 0, as in scikit-learn. β = 1 gives F1, β = 0 gives precision.
     *
     * <p>Right for every finite β: above {@code 2^250}, where {@code β²} times a count could overflow, the
     * numerator and denominator are both divided by {@code β²}, {@code (1 + 1/β²)TP / ((1 + 1/β²)TP + FN +
     * FP/β²)}, which tends to recall; below it the formula is taken as written, and tends to precision as
     * β → 0 (a β² that underflows counts as the smallest positive double, so that a table with TP = FP = 0
     * and FN &gt; 0 still has the defined F-beta 0).
     *
     * @param beta the weight of recall, {@code >= 0} and finite
     * @return F-beta
     */
    public Ratio fBeta(double beta) {
        Check.nonNegative("beta", beta);
        return ratio("F" + Ratio.number(beta), fBetaFormula(beta, "TP", "FN", "FP"),
                fBetaNumerator(beta, truePositives), fBetaDenominator(beta, truePositives, falseNegatives, falsePositives));
    }

    /** Above it F-beta's numerator and denominator are divided by β² (see {@link #fBeta}). */
    private static final double LARGE_BETA = 0x1p250;

    /** @return β², at least the smallest positive double when β &gt; 0 */
    private static double betaSquared(double beta) {
        double b2 = beta * beta;
        return beta > 0 && b2 == 0 ? Double.MIN_VALUE : b2;
    }

    /** The formula of {@link #fBeta} with the names of the three counts (Σ-prefixed for micro averages). */
    static String fBetaFormula(double beta, String tp, String fn, String fp) {
        String with = " with β = " + Ratio.number(beta);
        return beta > LARGE_BETA
                ? "(1 + 1/β²)·" + tp + " / ((1 + 1/β²)·" + tp + " + " + fn + " + " + fp + "/β²)" + with
                : "(1 + β²)·" + tp + " / ((1 + β²)·" + tp + " + β²·" + fn + " + " + fp + ")" + with;
    }

    /** The numerator of {@link #fBeta}. */
    static double fBetaNumerator(double beta, double tp) {
        if (beta > LARGE_BETA) {
            return (1 + 1 / (beta * beta)) * tp;
        }
        return (1 + betaSquared(beta)) * tp;
    }

    /** The denominator of {@link #fBeta}. */
    static double fBetaDenominator(double beta, double tp, double fn, double fp) {
        if (beta > LARGE_BETA) {
            double inverse = 1 / (beta * beta);
            return (1 + inverse) * tp + fn + inverse * fp;
        }
        double b2 = betaSquared(beta);
        return (1 + b2) * tp + b2 * fn + fp;
    }

    /**
     * The Matthews correlation coefficient of the table, in [-1, 1]: the correlation between "is of
     * the class" and "was predicted as the class". It is undefined (zero-division policy; scikit-learn
     * reports 0) when a row or column of the table is empty.
     *
     * @return MCC = (TP·TN - FP·FN) / sqrt((TP + FP)(TP + FN)(TN + FP)(TN + FN))
     */
    public Ratio matthewsCorrelation() {
        double numerator = (double) truePositives * trueNegatives - (double) falsePositives * falseNegatives;
        double product = (double) (truePositives + falsePositives) * (truePositives + falseNegatives)
                * (trueNegatives + falsePositives) * (trueNegatives + falseNegatives);
        return ratio("MCC", "(TP·TN - FP·FN) / sqrt((TP + FP)(TP + FN)(TN + FP)(TN + FN))", numerator,
                Math.sqrt(product));
    }

    /**
     * @return {@code TP = 10, FP = 35, FN = 40, TN = 15} (with the class name in front)
     */
    @Override
    public String toString() {
        return className + ": TP = " + truePositives + ", FP = " + falsePositives + ", FN = " + falseNegatives
                + ", TN = " + trueNegatives;
    }

    private Ratio ratio(String name, String formula, double numerator, double denominator) {
        return Ratio.of(name, formula, numerator, denominator, zeroDivision);
    }
}
