package io.github.classicml.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ranking and classification metrics at the ends of the double range (relevance near 1.8e308, β of
 * 1e200) and the validation of positive classes and class names.
 */
class MetricsRobustnessTest {

    // ------------------------------------------------------------------ NDCG and DCG

    @Test
    void ndcg_relevanceNearTheTopOfTheRange_isOneForThePerfectOrder() {
        double[] relevance = {1.7e308, 1.7e308, 1.7e308};
        double[] scores = {3, 2, 1};
        Ratio ndcg = DiscountedGain.ndcg(relevance, scores);
        assertEquals(1.0, ndcg.value(), 1e-15);
        assertTrue(ndcg.formula().contains("relevance times 2^"), ndcg.formula());
        // tied scores: each item gains the group's mean relevance, still 1
        assertEquals(1.0, DiscountedGain.ndcg(relevance, new double[] {1, 1, 1}).value(), 1e-15);
        assertEquals(1.0, DiscountedGain.meanNdcg(new double[][] {relevance}, new double[][] {{1, 1, 1}}).value(),
                1e-15);
    }

    /** NDCG is scale-free: relevance times 2^k gives the NDCG of the relevance, for k from -1070 to 1020. */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void ndcg_relevanceScaledByAPowerOfTwo_sameNdcg(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] relevance = new double[12];
        double[] scores = new double[12];
        for (int i = 0; i < relevance.length; i++) {
            relevance[i] = r.nextInt(4);
            scores[i] = r.nextInt(5);
        }
        relevance[0] = 3;
        double base = DiscountedGain.ndcg(relevance, scores, 5).value();
        for (int k : new int[] {-1070, -900, 600, 1020}) {
            double[] scaled = relevance.clone();
            for (int i = 0; i < scaled.length; i++) {
                scaled[i] = Math.scalb(scaled[i], k);
            }
            assertEquals(base, DiscountedGain.ndcg(scaled, scores, 5).value(), 1e-15, "k=" + k);
            assertEquals(base, DiscountedGain.meanNdcg(new double[][] {scaled}, new double[][] {scores}, 5).value(),
                    1e-15, "mean, k=" + k);
        }
    }

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }

    @Test
    void dcg_beyondTheRange_throwsNamingTheValue() {
        double[] relevance = {1.7e308, 1.7e308, 1.7e308};
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> DiscountedGain.dcg(relevance, new double[] {3, 2, 1}));
        // 1.7e308 (1 + 1/log2(3) + 1/2) = 1.7e308 · 2.131
        assertTrue(e.getMessage().startsWith("DCG must lie within the double range to be returned, got about 3.623e308"),
                e.getMessage());
        ArithmeticException mean = assertThrows(ArithmeticException.class,
                () -> DiscountedGain.meanDcg(new double[][] {{1}, relevance}, new double[][] {{1}, {1, 1, 1}}, 2));
        assertTrue(mean.getMessage().startsWith("DCG@2 of query 1 must lie within the double range"), mean.getMessage());
        // below the range of the sum but each within it: still a double
        assertEquals(1e308 * (1 + 1 / (Math.log(3) / Math.log(2))),
                DiscountedGain.dcg(new double[] {1e308, 1e308}, new double[] {2, 1}).value(), 1e294);
    }

    // ------------------------------------------------------------------ F-beta

    @ParameterizedTest(name = "beta={0}")
    @ValueSource(doubles = {1e200, 1e300, Double.MAX_VALUE, 0x1p251})
    void fBeta_hugeBeta_isRecall(double beta) {
        ClassCounts t = ClassCounts.of(3, 1, 2, 1);
        assertEquals(t.recall().value(), t.fBeta(beta).value(), 1e-15);
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {0, 1, 2, 1, 0}, new int[] {0, 2, 2, 1, 1});
        for (Average average : Average.values()) {
            double recall = m.average(average).recall().value();
            assertEquals(recall, m.average(average).fBeta(beta).value(), 1e-12, average.toString());
        }
    }

    @ParameterizedTest(name = "beta={0}")
    @ValueSource(doubles = {1e-200, 1e-300, Double.MIN_VALUE})
    void fBeta_tinyBeta_isPrecision(double beta) {
        ClassCounts t = ClassCounts.of(3, 1, 2, 1);
        assertEquals(t.precision().value(), t.fBeta(beta).value(), 1e-15);
        // no true or false positive: F-beta is 0 for any beta > 0, not a zero division
        Ratio none = ClassCounts.of(0, 0, 4, 1).withZeroDivision(ZeroDivision.ONE).fBeta(beta);
        assertTrue(none.defined());
        assertEquals(0.0, none.value());
    }

    /** Across the switch at β = 2^250 the two formulas agree. */
    @Test
    void fBeta_acrossTheSwitch_continuous() {
        ClassCounts t = ClassCounts.of(30, 7, 11, 5);
        double below = t.fBeta(0x1p250).value();
        double above = t.fBeta(Math.nextUp(0x1p250)).value();
        assertEquals(below, above, 1e-15);
        assertEquals(t.recall().value(), above, 1e-15);
    }

    // ------------------------------------------------------------------ positive classes and class names

    @Test
    void binary_positiveClassAbsentFromTwoLabels_throwsNamingItAndTheLabels() {
        int[] labels = {0, 1};
        assertEquals("positiveClass must be one of the labels of actual or predicted (0, 1), got 5",
                assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.binary(labels, labels, 5)).getMessage());
        assertEquals("positiveClass must be one of the labels of actual or predicted (0, 1), got 2147483647",
                assertThrows(IllegalArgumentException.class,
                        () -> ConfusionMatrix.binary(labels, labels, Integer.MAX_VALUE)).getMessage());
        assertEquals("positiveClass must be one of the labels of actual or predicted (0, 1), got -1",
                assertThrows(IllegalArgumentException.class, () -> ClassCounts.of(labels, labels, -1)).getMessage());
        assertEquals("positiveClass must be one of the labels of actual (0, 1), got 5",
                assertThrows(IllegalArgumentException.class,
                        () -> ProbabilityMetrics.logLoss(labels, 5, new double[] {0.2, 0.7})).getMessage());
        assertEquals("positiveClass must be one of the labels of actual (0, 1), got -2147483648",
                assertThrows(IllegalArgumentException.class, () -> ProbabilityMetrics.brierScore(labels,
                        Integer.MIN_VALUE, new double[] {0.2, 0.7})).getMessage());
    }

    @Test
    void binary_positiveClassPresentOrOneLabelOnly_accepted() {
        // labels are any integers: -1/1 with positive -1
        assertEquals(1, ConfusionMatrix.binary(new int[] {-1, 1}, new int[] {-1, -1}, -1).positive().truePositives());
        // present in predicted only: a false positive
        assertEquals(1, ClassCounts.of(new int[] {0, 0}, new int[] {0, 7}, 7).falsePositives());
        // a sample with a single label and no positive row: a table of negatives
        assertEquals(2, ClassCounts.of(new int[] {0, 0}, new int[] {0, 0}, 1).trueNegatives());
        assertEquals(0.04, ProbabilityMetrics.brierScore(new int[] {0}, 1, new double[] {0.2}).value(), 1e-15);
    }

    @Test
    void of_duplicateOrBlankClassNames_throw() {
        int[] a = {0, 1};
        assertEquals("classNames must be distinct and non-blank, got [a, a]", assertThrows(
                IllegalArgumentException.class, () -> ConfusionMatrix.of(a, a, List.of("a", "a"))).getMessage());
        assertEquals("classNames must be distinct and non-blank, got [a,  ]", assertThrows(
                IllegalArgumentException.class, () -> ConfusionMatrix.of(a, a, List.of("a", " "))).getMessage());
        assertEquals("classNames must be distinct and non-blank, got [x, x]", assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.fromCounts(new long[][] {{1, 0}, {0, 1}}, List.of("x", "x"))).getMessage());
    }
}
