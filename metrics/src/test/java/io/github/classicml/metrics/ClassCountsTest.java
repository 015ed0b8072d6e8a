package io.github.classicml.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassCountsTest {

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** The interview example: TP 10, FN 40, TN 15, FP 35, as the binary matrix {{TN, FP}, {FN, TP}}. */
    private static ClassCounts workedExample() {
        return ConfusionMatrix.fromCounts(new long[][] {{15, 35}, {40, 10}}, List.of("negative", "positive")).positive();
    }

    @Test
    void workedExample_recall20_specificity30_precision22_withTheirWorking() {
        ClassCounts t = workedExample();
        assertEquals("positive: TP = 10, FP = 35, FN = 40, TN = 15", t.toString());
        assertEquals("recall = TP / (TP + FN) = 10 / 50 = 0.200", t.recall().toString());
        assertEquals("specificity = TN / (TN + FP) = 15 / 50 = 0.300", t.specificity().toString());
        assertEquals("precision = TP / (TP + FP) = 10 / 45 = 0.222", t.precision().toString());
        assertEquals(0.2, t.recall().value());
        assertEquals(0.3, t.specificity().value());
        assertEquals(10.0 / 45, t.precision().value());
        assertEquals(35, t.typeIErrors());
        assertEquals(40, t.typeIIErrors());
        assertEquals(50, t.support());
        assertEquals(45, t.predicted());
        assertEquals(100, t.total());
    }

    @Test
    void workedExample_otherRates() {
        ClassCounts t = workedExample();
        // the Type I error rate is 1 - specificity, the Type II error rate 1 - recall
        assertEquals("FPR = FP / (FP + TN) = 35 / 50 = 0.700", t.falsePositiveRate().toString());
        assertEquals("FNR = FN / (FN + TP) = 40 / 50 = 0.800", t.falseNegativeRate().toString());
        assertEquals("NPV = TN / (TN + FN) = 15 / 55 = 0.273", t.negativePredictiveValue().toString());
        assertEquals("accuracy = (TP + TN) / (TP + FP + FN + TN) = 25 / 100 = 0.250", t.accuracy().toString());
        // F1 = 2 * 10 / (2 * 10 + 35 + 40) = 20 / 95
        assertEquals("F1 = 2·TP / (2·TP + FP + FN) = 20 / 95 = 0.211", t.f1().toString());
        // F2 = 5 * 10 / (5 * 10 + 4 * 40 + 35) = 50 / 245; F0.5 = 12.5 / (12.5 + 0.25 * 40 + 35) = 12.5 / 57.5
        assertEquals(50.0 / 245, t.fBeta(2).value(), 1e-15);
        assertEquals(12.5 / 57.5, t.fBeta(0.5).value(), 1e-15);
        assertEquals("F0.5", t.fBeta(0.5).name());
        assertEquals(t.precision().value(), t.fBeta(0).value(), 1e-15);
        // MCC = (10 * 15 - 35 * 40) / sqrt(45 * 50 * 50 * 55) = -1250 / sqrt(6187500) = -0.50252
        assertEquals(-1250 / Math.sqrt(6187500), t.matthewsCorrelation().value(), 1e-15);
        assertEquals(-1250, t.matthewsCorrelation().numerator());
    }

    @Test
    void zeroDivision_precisionWithNothingPredictedPositive_followsThePolicy() {
        ClassCounts t = ClassCounts.of(0, 0, 5, 5);
        assertFalse(t.precision().defined());
        assertEquals(0.0, t.precision().value());
        assertEquals(1.0, t.withZeroDivision(ZeroDivision.ONE).precision().value());
        assertTrue(Double.isNaN(t.withZeroDivision(ZeroDivision.NAN).precision().value()));
        assertEquals("precision = TP / (TP + FP) = 0 / 0, undefined; reported as 0.000", t.precision().toString());
        assertEquals("precision = TP / (TP + FP) = 0 / 0, undefined; reported as NaN",
                t.withZeroDivision(ZeroDivision.NAN).precision().toString());
        // recall is defined (0 / 5), and so is F1 (0 / 5), whatever the policy
        assertEquals(0.0, t.withZeroDivision(ZeroDivision.NAN).recall().value());
        assertEquals(0.0, t.withZeroDivision(ZeroDivision.NAN).f1().value());
        // MCC needs every margin of the table non-empty
        assertFalse(t.matthewsCorrelation().defined());
    }

    @Test
    void zeroDivision_classAbsentEverywhere_f1TakesThePolicyValue() {
        ClassCounts t = ClassCounts.of(0, 0, 0, 7);
        assertEquals(0.0, t.f1().value());
        assertEquals(1.0, t.withZeroDivision(ZeroDivision.ONE).f1().value());
        assertEquals(1.0, t.withZeroDivision(ZeroDivision.ONE).recall().value());
        assertEquals(1.0, t.specificity().value());
    }

    @Test
    void constructor_negativeCount_namesIt() {
        assertEquals("falseNegatives must be >= 0, got -1", assertThrows(IllegalArgumentException.class,
                () -> ClassCounts.of(1, 2, -1, 4)).getMessage());
        assertEquals("beta must be >= 0 and finite, got -1", assertThrows(IllegalArgumentException.class,
                () -> ClassCounts.of(1, 2, 3, 4).fBeta(-1)).getMessage());
        assertEquals("zeroDivision must not be null", assertThrows(NullPointerException.class,
                () -> new ClassCounts("a", 1, 2, 3, 4, null)).getMessage());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void f1_isTheHarmonicMeanOfPrecisionAndRecall(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        ClassCounts t = ClassCounts.of(rng.nextInt(0, 50), rng.nextInt(0, 50), rng.nextInt(0, 50), rng.nextInt(0, 50));
        double p = t.precision().value();
        double r = t.recall().value();
        if (t.precision().defined() && t.recall().defined()) {
            double harmonic = p + r == 0 ? 0 : 2 * p * r / (p + r);
            assertEquals(harmonic, t.f1().value(), 1e-15, t.toString());
            double beta = rng.nextDouble(0.1, 4);
            double b2 = beta * beta;
            double fBeta = p + r == 0 ? 0 : (1 + b2) * p * r / (b2 * p + r);
            assertEquals(fBeta, t.fBeta(beta).value(), 1e-14, t + " beta " + beta);
        }
        // the rates pair up: FPR = 1 - specificity, FNR = 1 - recall
        if (t.specificity().defined()) {
            assertEquals(1 - t.specificity().value(), t.falsePositiveRate().value(), 1e-15);
        }
        if (t.recall().defined()) {
            assertEquals(1 - r, t.falseNegativeRate().value(), 1e-15);
        }
    }

    @org.junit.jupiter.api.Test
    void of_countsSummingBeyondLong_isAnErrorNotANegativeTotal() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ClassCounts.of(Long.MAX_VALUE, 0, 0, 1));
        org.junit.jupiter.api.Assertions.assertEquals("counts must sum to at most 9223372036854775807; adding "
                + "trueNegatives = 1 to 9223372036854775807 overflows", e.getMessage());
    }
}
