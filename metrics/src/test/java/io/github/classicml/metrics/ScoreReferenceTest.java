package io.github.classicml.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Score-based metrics against scikit-learn 1.2.1 ({@code reference/metrics/curves.txt} and
 * {@code multiclass.txt}, made by {@code metrics_reference.py}): ROC curves with and without
 * {@code drop_intermediate}, ROC AUC, precision-recall curves, average precision, log loss and the
 * Brier score on a hand-made case, heavy ties, continuous scores, 2 % positives, a single distinct
 * score, 3000 mixed-sign scores with -0.0, 1e300 and subnormals (long enough for the radix sort), and
 * integer scores; multi-class AUC (one-vs-rest macro, weighted, micro and per class; one-vs-one macro
 * and weighted) and log loss on tied prototype rows, skewed softmax rows and rows in tenths.
 *
 * <p>The curves must be identical to the last bit. The AUC is compared to scikit-learn's trapezoid
 * sum, which differs from the exact count ratio by rounding only.
 */
class ScoreReferenceTest {

    private static final ReferenceData CURVES = ReferenceData.load("curves.txt");
    private static final ReferenceData MULTI = ReferenceData.load("multiclass.txt");
    private static final double TOLERANCE = 1e-14;

    static Stream<String> curveCases() {
        return CURVES.cases().stream();
    }

    static Stream<String> multiclassCases() {
        return MULTI.cases().stream().filter(c -> MULTI.has(c + ".ovr.macro"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("curveCases")
    void rocCurve_isIdenticalToScikitLearn(String c) {
        boolean[] actual = CURVES.booleans(c + ".actual");
        double[] scores = CURVES.doubles(c + ".scores");
        for (boolean drop : new boolean[] {true, false}) {
            String p = c + (drop ? ".roc." : ".rocAll.");
            RocCurve roc = RocCurve.of(actual, scores, drop);
            assertArrayEquals(CURVES.doubles(p + "fpr"), roc.falsePositiveRates(), 0.0, p);
            assertArrayEquals(CURVES.doubles(p + "tpr"), roc.truePositiveRates(), 0.0, p);
            assertArrayEquals(CURVES.doubles(p + "thresholds"), roc.thresholds(), 0.0, p);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("curveCases")
    void aucAndPrecisionRecall_equalScikitLearn(String c) {
        boolean[] actual = CURVES.booleans(c + ".actual");
        double[] scores = CURVES.doubles(c + ".scores");
        assertEquals(CURVES.scalar(c + ".auc"), RocAuc.binary(actual, scores).value(), TOLERANCE, c);
        PrecisionRecallCurve pr = PrecisionRecallCurve.of(actual, scores);
        assertArrayEquals(CURVES.doubles(c + ".pr.precision"), pr.precision(), 0.0, c);
        assertArrayEquals(CURVES.doubles(c + ".pr.recall"), pr.recall(), 0.0, c);
        assertArrayEquals(CURVES.doubles(c + ".pr.thresholds"), pr.thresholds(), 0.0, c);
        assertEquals(CURVES.scalar(c + ".ap"), pr.averagePrecision().value(), TOLERANCE, c);
        assertEquals(CURVES.scalar(c + ".ap"), PrecisionRecallCurve.averagePrecision(actual, scores).value(), TOLERANCE, c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("curveCases")
    void logLossAndBrier_equalScikitLearn(String c) {
        if (!CURVES.has(c + ".logLoss")) {
            return; // scores outside [0, 1] are not probabilities
        }
        boolean[] actual = CURVES.booleans(c + ".actual");
        double[] p = CURVES.doubles(c + ".scores");
        assertEquals(CURVES.scalar(c + ".logLoss"), ProbabilityMetrics.logLoss(actual, p).value(), 1e-13, c);
        assertEquals(CURVES.scalar(c + ".logLossEps1e-15"), ProbabilityMetrics.logLoss(actual, p, 1e-15).value(), 1e-13, c);
        assertEquals(CURVES.scalar(c + ".brier"), ProbabilityMetrics.brierScore(actual, p).value(), TOLERANCE, c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("multiclassCases")
    void multiclassAuc_equalsScikitLearn(String c) {
        int[] actual = MULTI.ints(c + ".actual");
        double[][] p = MULTI.matrix(c, "probabilities");
        assertArrayEquals(MULTI.doubles(c + ".ovr.perClass"), RocAuc.perClass(actual, p).values(), TOLERANCE, c);
        for (Average a : Average.values()) {
            assertEquals(MULTI.scalar(c + ".ovr." + a.label()), RocAuc.oneVsRest(actual, p, a).value(), TOLERANCE,
                    c + " ovr " + a);
        }
        for (Average a : new Average[] {Average.MACRO, Average.WEIGHTED}) {
            assertEquals(MULTI.scalar(c + ".ovo." + a.label()), RocAuc.oneVsOne(actual, p, a).value(), TOLERANCE,
                    c + " ovo " + a);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("multiclassCases")
    void multiclassLogLoss_equalsScikitLearn(String c) {
        assertEquals(MULTI.scalar(c + ".logLoss"),
                ProbabilityMetrics.logLoss(MULTI.ints(c + ".actual"), MULTI.matrix(c, "probabilities")).value(), 1e-13, c);
    }

    @Test
    void multiclassLogLoss_rowsNotSummingToOne_areRenormalisedAsScikitLearnDoes() {
        assertEquals(MULTI.scalar("unnormalised.logLoss"), ProbabilityMetrics.logLoss(
                MULTI.ints("unnormalised.actual"), MULTI.matrix("unnormalised", "probabilities")).value(), 1e-13);
    }
}
