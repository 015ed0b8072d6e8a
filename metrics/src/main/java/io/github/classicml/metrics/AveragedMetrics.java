package io.github.classicml.metrics;

import io.github.classicml.core.Check;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The per-class ratios of a {@link ConfusionMatrix} combined over its classes by one
 * {@link Average}: macro (plain mean), weighted (mean weighted by support) or micro (one ratio of the
 * counts pooled over the classes).
 *
 * <p>Macro and weighted averages take each class's ratio as {@link ClassCounts} computes it, with
 * undefined ones replaced by the {@link ZeroDivision} value first (so {@link ZeroDivision#NAN} makes
 * the average NaN), exactly as scikit-learn's {@code precision_recall_fscore_support} does with
 * {@code labels=range(k)}. The macro F1 is the mean of the per-class F1 scores, not the F1 of the
 * macro precision and recall. Micro averages pool TP, FP, FN and TN first; for single-label data
 * every row adds one FP to one class and one FN to another, so micro precision, recall and F1 all
 * equal accuracy. O(k²) per call.
 *
 * <p>Reference: M. Sokolova and G. Lapalme, "A systematic analysis of performance measures for
 * classification tasks", Information Processing and Management 45(4), 427-437, 2009.
 *
 * @see ConfusionMatrix#average(Average, ZeroDivision)
 */
public final class AveragedMetrics {

    private final ConfusionMatrix matrix;
    private final Average average;
    private final ZeroDivision zeroDivision;

    AveragedMetrics(ConfusionMatrix matrix, Average average, ZeroDivision zeroDivision) {
        this.matrix = Check.notNull("matrix", matrix);
        this.average = Check.notNull("average", average);
        this.zeroDivision = Check.notNull("zeroDivision", zeroDivision);
    }

    /** @return how the classes are combined */
    public Average average() {
        return average;
    }

    /** @return what undefined ratios report */
    public ZeroDivision zeroDivision() {
        return zeroDivision;
    }

    /** @return the averaged precision; micro: ΣTP / (ΣTP + ΣFP) */
    public Ratio precision() {
        return combine("precision", ClassCounts::precision, "ΣTP / (ΣTP + ΣFP)",
                t -> t.truePositives(), t -> t.truePositives() + t.falsePositives());
    }

    /** @return the averaged recall (sensitivity); micro: ΣTP / (ΣTP + ΣFN) */
    public Ratio recall() {
        return combine("recall", ClassCounts::recall, "ΣTP / (ΣTP + ΣFN)",
                t -> t.truePositives(), t -> t.truePositives() + t.falseNegatives());
    }

    /** @return the averaged specificity; micro: ΣTN / (ΣTN + ΣFP) */
    public Ratio specificity() {
        return combine("specificity", ClassCounts::specificity, "ΣTN / (ΣTN + ΣFP)",
                t -> t.trueNegatives(), t -> t.trueNegatives() + t.falsePositives());
    }

    /** @return the averaged negative predictive value; micro: ΣTN / (ΣTN + ΣFN) */
    public Ratio negativePredictiveValue() {
        return combine("NPV", ClassCounts::negativePredictiveValue, "ΣTN / (ΣTN + ΣFN)",
                t -> t.trueNegatives(), t -> t.trueNegatives() + t.falseNegatives());
    }

    /** @return the averaged false positive rate; micro: ΣFP / (ΣFP + ΣTN) */
    public Ratio falsePositiveRate() {
        return combine("FPR", ClassCounts::falsePositiveRate, "ΣFP / (ΣFP + ΣTN)",
                t -> t.falsePositives(), t -> t.falsePositives() + t.trueNegatives());
    }

    /** @return the averaged false negative rate; micro: ΣFN / (ΣFN + ΣTP) */
    public Ratio falseNegativeRate() {
        return combine("FNR", ClassCounts::falseNegativeRate, "ΣFN / (ΣFN + ΣTP)",
                t -> t.falseNegatives(), t -> t.falseNegatives() + t.truePositives());
    }

    /** @return the averaged F1; micro: 2ΣTP / (2ΣTP + ΣFP + ΣFN) */
    public Ratio f1() {
        return combine("F1", ClassCounts::f1, "2·ΣTP / (2·ΣTP + ΣFP + ΣFN)",
                t -> 2.0 * t.truePositives(), t -> 2.0 * t.truePositives() + t.falsePositives() + t.falseNegatives());
    }

    /**
     * @param beta the weight of recall, {@code >= 0} and finite
     * @return the averaged F-beta; micro: (1 + β²)ΣTP / ((1 + β²)ΣTP + β²ΣFN + ΣFP), divided by β² for
     *     β above 2^250 as in {@link ClassCounts#fBeta}
     */
    public Ratio fBeta(double beta) {
        Check.nonNegative("beta", beta);
        // the per-class working of ClassCounts.fBeta, right for any finite beta (divided by β² above 2^250)
        return combine("F" + Ratio.number(beta), t -> t.fBeta(beta), ClassCounts.fBetaFormula(beta, "ΣTP", "ΣFN", "ΣFP"),
                t -> ClassCounts.fBetaNumerator(beta, t.truePositives()),
                t -> ClassCounts.fBetaDenominator(beta, t.truePositives(), t.falseNegatives(), t.falsePositives()));
    }

    /**
     * @return one line, e.g. {@code macro averages over 3 classes: precision 0.956, recall 0.955,
     *     specificity 0.978, F1 0.955}
     */
    @Override
    public String toString() {
        int k = matrix.classCount();
        return average.label() + " averages over " + k + (k == 1 ? " class" : " classes") + ": precision "
                + Ratio.fixed(precision().value(), 3) + ", recall " + Ratio.fixed(recall().value(), 3)
                + ", specificity " + Ratio.fixed(specificity().value(), 3) + ", F1 " + Ratio.fixed(f1().value(), 3)
                + (zeroDivision == ZeroDivision.ZERO ? "" : " (0/0 reported as " + zeroDivision + ")");
    }

    private Ratio combine(String name, Function<ClassCounts, Ratio> perClass, String microFormula,
            ToDoubleFunction<ClassCounts> numerator, ToDoubleFunction<ClassCounts> denominator) {
        int k = matrix.classCount();
        String label = average.label() + " " + name;
        double num = 0;
        double den = 0;
        for (int c = 0; c < k; c++) {
            ClassCounts t = matrix.classCounts(c).withZeroDivision(zeroDivision);
            switch (average) {
                case MICRO -> {
                    num += numerator.applyAsDouble(t);
                    den += denominator.applyAsDouble(t);
                }
                case MACRO -> {
                    num += perClass.apply(t).value();
                    den += 1;
                }
                case WEIGHTED -> {
                    num += t.support() * perClass.apply(t).value();
                    den += t.support();
                }
            }
        }
        String formula = switch (average) {
            case MICRO -> microFormula;
            case MACRO -> "Σ per-class " + name + " / classes";
            case WEIGHTED -> "Σ support·" + name + " / Σ support";
        };
        return Ratio.of(label, formula, num, den, zeroDivision);
    }
}
