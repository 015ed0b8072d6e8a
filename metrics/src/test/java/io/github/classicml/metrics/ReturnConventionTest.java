package io.github.classicml.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * One return convention: ratios are {@link Ratio}s, other figures {@link Measure}s, per-class results
 * and curves small types, all printing their working on one line; binary metrics take integer labels
 * with a named positive class as well as booleans.
 */
class ReturnConventionTest {

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    // ------------------------------------------------------------------ regression working

    @Test
    void regression_handWorked_showsTheWorking() {
        double[] actual = {1, 2, 3, 4};
        double[] predicted = {1, 2, 3, 5};
        // e = (0, 0, 0, -1): SS_res = 1; ȳ = 2.5, SS_tot = 2.25 + 0.25 + 0.25 + 2.25 = 5
        assertEquals("MSE = SS_res / n = 1 / 4 = 0.250", RegressionMetrics.meanSquaredError(actual, predicted).toString());
        assertEquals("RMSE = √(SS_res / n) = √(1 / 4) = 0.500",
                RegressionMetrics.rootMeanSquaredError(actual, predicted).toString());
        assertEquals("MAE = Σ |e| / n = 1 / 4 = 0.250", RegressionMetrics.meanAbsoluteError(actual, predicted).toString());
        // sorted |e| = (0, 0, 0, 1): the middle two are 0 and 0
        assertEquals("median absolute error = median |e| = (0 + 0) / 2, the middle two of 4 sorted = 0.000",
                RegressionMetrics.medianAbsoluteError(actual, predicted).toString());
        assertEquals("median absolute error = median |e| = |e| number 2 of 3 sorted = 0.000",
                RegressionMetrics.medianAbsoluteError(new double[] {1, 2, 3}, new double[] {1, 2, 4}).toString());
        // MAPE = (1/4) / 4 = 0.0625
        assertEquals("MAPE = Σ |e| / max(|actual|, ε) / n = 0.25 / 4 = 0.063",
                RegressionMetrics.meanAbsolutePercentageError(actual, predicted).toString());
        Measure r2 = RegressionMetrics.r2(actual, predicted);
        assertEquals("R² = 1 - SS_res / SS_tot = 1 - 1 / 5 = 0.800", r2.toString());
        assertEquals(0.8, r2.value(), 1e-15);
        // adjusted with p = 1: 1 - (1 - 0.8)·3 / 2 = 0.7
        Measure adjusted = RegressionMetrics.adjustedR2(actual, predicted, 1);
        assertEquals("adjusted R² = 1 - (1 - R²)·(n - 1) / (n - p - 1) = 1 - (1 - 0.8)·3 / 2 = 0.700",
                adjusted.toString());
        assertEquals(0.7, adjusted.value(), 1e-15);
        // e - ē = (0.25, 0.25, 0.25, -0.75): Var(e) = (3·0.0625 + 0.5625) / 4 = 0.1875; Var(y) = 5 / 4 = 1.25
        assertEquals("explained variance = 1 - Var(e) / Var(actual) = 1 - 0.1875 / 1.25 = 0.850",
                RegressionMetrics.explainedVariance(actual, predicted).toString());
    }

    @Test
    void r2_constantActual_saysWhyTheValueIsChosen() {
        assertEquals("R² = 1 - SS_res / SS_tot = 1 - 1 / 0 (undefined for constant actual values; reported as 0)"
                + " = 0.000", RegressionMetrics.r2(new double[] {2, 2}, new double[] {2, 3}).toString());
        assertEquals("R² = 1 - SS_res / SS_tot = 1 - 0 / 0 (undefined for constant actual values; exact predictions"
                + " count as 1) = 1.000", RegressionMetrics.r2(new double[] {2, 2}, new double[] {2, 2}).toString());
    }

    @Test
    void probability_handWorked_showsTheWorking() {
        // -(ln 0.5 + ln 0.5) = 2 ln 2 = 1.3863 over 2 rows
        assertEquals("log loss = -Σ ln p(actual class) / n = 1.3863 / 2 = 0.693",
                ProbabilityMetrics.logLoss(new boolean[] {true, false}, new double[] {0.5, 0.5}).toString());
        // (1 - 0.8)² + (0 - 0.4)² = 0.04 + 0.16 = 0.2 over 2 rows
        assertEquals("Brier score = Σ (y - p)² / n = 0.2 / 2 = 0.100",
                ProbabilityMetrics.brierScore(new boolean[] {true, false}, new double[] {0.8, 0.4}).toString());
    }

    // ------------------------------------------------------------------ per-class results and curves

    @Test
    void perClass_handWorked_oneRatioPerClass() {
        int[] actual = {0, 1, 2, 0};
        double[][] p = {{0.8, 0.1, 0.1}, {0.2, 0.7, 0.1}, {0.3, 0.3, 0.4}, {0.3, 0.6, 0.1}};
        PerClassRatios auc = RocAuc.perClass(actual, p);
        // class 0 scores: positives 0.8, 0.3; negatives 0.2, 0.3 -> U = 2 + (1 + 0.5) = 3.5 of 4
        // class 1: positive 0.7; negatives 0.1, 0.3, 0.6 -> U = 3 of 3
        // class 2: positive 0.4; negatives 0.1, 0.1, 0.1 -> U = 3 of 3
        assertArrayEquals(new double[] {0.875, 1, 1}, auc.values());
        assertEquals(3, auc.classCount());
        assertEquals("AUC = U / (positives · negatives) = 3.5 / 4 = 0.875", auc.ratio(0).toString());
        assertEquals("one-vs-rest AUC by class: 0 = 0.875, 1 = 1.000, 2 = 1.000", auc.toString());
        assertEquals("c must be in [0, 2], got 3", assertThrows(IndexOutOfBoundsException.class,
                () -> auc.value(3)).getMessage());
    }

    @Test
    void curves_toString_oneLine() {
        boolean[] actual = {true, false, true, false, true};
        double[] scores = {0.9, 0.8, 0.7, 0.2, 0.1};
        assertEquals("ROC curve of 3 positives and 2 negatives: " + RocCurve.of(actual, scores).size() + " points",
                RocCurve.of(actual, scores).toString());
        PrecisionRecallCurve pr = PrecisionRecallCurve.of(actual, scores);
        // AP = (1/3)·1 + (1/3)·(2/3) + (1/3)·(3/5) = 0.7556
        assertEquals(1.0 / 3 + 2.0 / 9 + 1.0 / 5, pr.averagePrecision().value(), 1e-15);
        assertEquals("precision-recall curve of 3 positives and 2 negatives: 5 thresholds, AP 0.756", pr.toString());
        assertEquals("AP = Σ (R_t - R_(t+1))·P_t = sum of 5 steps over 3 positives = 0.756",
                pr.averagePrecision().toString());
    }

    @Test
    void rankingAndClustering_handWorked_showTheWorking() {
        double[] relevance = {1, 0, 1};
        double[] scores = {0.9, 0.8, 0.1};
        // ranked: relevant, not, relevant
        assertEquals("precision@2 = expected relevant items in the top k / k = 1 / 2 = 0.500",
                RankingMetrics.precisionAtK(relevance, scores, 2).toString());
        assertEquals("recall@2 = expected relevant items in the top k / relevant items = 1 / 2 = 0.500",
                RankingMetrics.recallAtK(relevance, scores, 2).toString());
        // precision 1/1 at rank 1 and 2/3 at rank 3: (1 + 0.6667) / 2
        assertEquals("AP = Σ precision at each relevant item / relevant items = 1.6667 / 2 = 0.833",
                RankingMetrics.averagePrecision(relevance, scores).toString());
        assertEquals("reciprocal rank = 1 / rank of the first relevant item = 1 / 2 = 0.500",
                RankingMetrics.reciprocalRank(new double[] {0, 1, 0}, scores).toString());
        // DCG = 1 / log2(2) + 1 / log2(4) = 1.5; ideal = 1 + 1 / log2(3) = 1.6309
        assertEquals("DCG = Σ relevance / log2(rank + 1), tied items sharing their ranks' discounts"
                + " = sum over the top 3 ranks of 3 items = 1.500", DiscountedGain.dcg(relevance, scores).toString());
        assertEquals("NDCG = DCG / ideal DCG = 1.5 / 1.6309 = 0.920", DiscountedGain.ndcg(relevance, scores).toString());
        // two queries, precision@1 of 1 and 0
        assertEquals("mean precision@1 = Σ per-query precision@1 / queries = 1 / 2 = 0.500",
                RankingMetrics.meanPrecisionAtK(new double[][] {relevance, {0, 1, 0}},
                        new double[][] {scores, scores}, 1).toString());

        double[][] rows = {{0}, {1}, {10}, {11}};
        int[] labels = {0, 0, 1, 1};
        // means 0.5 and 10.5: four squared distances of 0.25
        assertEquals("inertia = Σ ‖x - mean of its cluster‖² = sum over 4 rows in 2 clusters = 1.000",
                ClusteringMetrics.inertia(rows, labels).toString());
        // s = 9.5/10.5, 8.5/9.5, 8.5/9.5, 9.5/10.5; their sum is 3.599
        assertEquals("silhouette = Σ s(i) / n = 3.599 / 4 = 0.900", ClusteringMetrics.silhouetteScore(rows, labels)
                .toString());
    }

    // ------------------------------------------------------------------ integer labels with a positive class

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void binaryMetrics_intLabels_equalTheBooleanForm(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(2, 200);
        int classes = rng.nextInt(2, 5);
        int positiveClass = rng.nextInt(classes) - 1; // labels -1 .. classes - 2
        int[] labels = new int[n];
        boolean[] positive = new boolean[n];
        double[] scores = new double[n];
        int[] predicted = new int[n];
        boolean[] predictedPositive = new boolean[n];
        for (int i = 0; i < n; i++) {
            labels[i] = rng.nextInt(classes) - 1;
            predicted[i] = rng.nextInt(classes) - 1;
            scores[i] = rng.nextInt(10) / 10.0; // ties on purpose
            positive[i] = labels[i] == positiveClass;
            predictedPositive[i] = predicted[i] == positiveClass;
        }
        labels[0] = positiveClass;
        positive[0] = true;
        labels[1] = positiveClass == -1 ? 0 : -1;
        positive[1] = false;

        assertEquals(RocAuc.binary(positive, scores), RocAuc.binary(labels, positiveClass, scores));
        RocCurve a = RocCurve.of(positive, scores, false);
        RocCurve b = RocCurve.of(labels, positiveClass, scores, false);
        assertArrayEquals(a.falsePositiveRates(), b.falsePositiveRates());
        assertArrayEquals(a.truePositiveRates(), b.truePositiveRates());
        assertArrayEquals(a.thresholds(), b.thresholds());
        assertArrayEquals(RocCurve.of(positive, scores).thresholds(),
                RocCurve.of(labels, positiveClass, scores).thresholds());
        PrecisionRecallCurve c = PrecisionRecallCurve.of(positive, scores);
        PrecisionRecallCurve d = PrecisionRecallCurve.of(labels, positiveClass, scores);
        assertArrayEquals(c.precision(), d.precision());
        assertArrayEquals(c.recall(), d.recall());
        assertEquals(PrecisionRecallCurve.averagePrecision(positive, scores),
                PrecisionRecallCurve.averagePrecision(labels, positiveClass, scores));
        assertEquals(ProbabilityMetrics.logLoss(positive, scores), ProbabilityMetrics.logLoss(labels, positiveClass,
                scores));
        assertEquals(ProbabilityMetrics.brierScore(positive, scores),
                ProbabilityMetrics.brierScore(labels, positiveClass, scores));
        assertEquals(ClassCounts.of(positive, predictedPositive).withZeroDivision(ZeroDivision.ZERO).recall(),
                ClassCounts.of(labels, predicted, positiveClass).recall());
        assertEquals(ConfusionMatrix.of(positive, predictedPositive).matthewsCorrelation(),
                ConfusionMatrix.binary(labels, predicted, positiveClass).matthewsCorrelation());
    }

    @Test
    void intLabels_positiveClassMissingOrAlone_namesIt() {
        double[] scores = {0.1, 0.2, 0.3, 0.4};
        assertEquals("actual must contain positiveClass 3 and another class; none of its 4 entries is 3"
                + " (AUC is undefined for one class)", assertThrows(IllegalArgumentException.class,
                        () -> RocAuc.binary(new int[] {0, 1, 1, 0}, 3, scores)).getMessage());
        assertEquals("actual must contain positiveClass 1 and another class; all 4 entries are 1"
                + " (the ROC curve is undefined for one class)", assertThrows(IllegalArgumentException.class,
                        () -> RocCurve.of(new int[] {1, 1, 1, 1}, 1, scores)).getMessage());
        assertEquals("actual must contain positiveClass 3; none of its 4 entries is 3"
                + " (recall is undefined without positives)", assertThrows(IllegalArgumentException.class,
                        () -> PrecisionRecallCurve.of(new int[] {0, 1, 1, 0}, 3, scores)).getMessage());
        assertEquals("actual must not be null", assertThrows(NullPointerException.class,
                () -> RocAuc.binary(null, 1, scores)).getMessage());
    }
}
