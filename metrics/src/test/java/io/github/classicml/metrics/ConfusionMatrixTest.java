package io.github.classicml.metrics;

import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfusionMatrixTest {

    static LongStream seeds() {
        return LongStream.range(0, 30);
    }

    @Test
    void of_handWorked_countsAndAccuracy() {
        int[] actual = {0, 0, 0, 1, 1, 2, 2, 2, 2, 2};
        int[] predicted = {0, 0, 1, 1, 1, 2, 2, 2, 0, 2};
        ConfusionMatrix m = ConfusionMatrix.of(actual, predicted, List.of("a", "b", "c"));
        assertArrayEquals(new long[][] {{2, 1, 0}, {0, 2, 0}, {1, 0, 4}}, m.counts());
        assertEquals(8, m.trace());
        assertEquals(10, m.total());
        assertEquals(0.8, m.accuracy().value());
        assertEquals(1, m.count(2, 0));
        assertEquals("accuracy = correct / total = 8 / 10 = 0.800", m.accuracy().toString());
    }

    @Test
    void table_rowsAreActualClasses() {
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {0, 1, 1}, new int[] {0, 0, 1}, List.of("cat", "dog"));
        String expected = String.join("\n",
                "actual \\ predicted  cat  dog",
                "cat                   1    0",
                "dog                   1    1",
                "");
        assertEquals(expected, m.table());
        assertEquals("ConfusionMatrix[cat, dog; 3 rows; actual by predicted [[1, 0], [1, 1]]]", m.toString());
    }

    @Test
    void binary_intLabels_oneClassAgainstTheRest() {
        // labels 7 (positive) against 3 and 5: TP = rows 0 and 4, FN = row 1, FP = row 2, TN = rows 3 and 5
        int[] actual = {7, 7, 3, 5, 7, 5};
        int[] predicted = {7, 3, 7, 5, 7, 3};
        ConfusionMatrix m = ConfusionMatrix.binary(actual, predicted, 7);
        assertEquals(List.of("not 7", "7"), m.classNames());
        assertEquals(new ClassCounts("7", 2, 1, 1, 2, ZeroDivision.ZERO), m.positive());
        assertEquals(m.positive(), ClassCounts.of(actual, predicted, 7));
        // the same table as the boolean labels "is 7"
        boolean[] a = {true, true, false, false, true, false};
        boolean[] p = {true, false, true, false, true, false};
        ClassCounts fromBooleans = ClassCounts.of(a, p);
        assertEquals(fromBooleans.truePositives(), m.positive().truePositives());
        assertEquals(fromBooleans.falsePositives(), m.positive().falsePositives());
        assertEquals(fromBooleans.falseNegatives(), m.positive().falseNegatives());
        assertEquals(fromBooleans.trueNegatives(), m.positive().trueNegatives());
        assertEquals("recall = TP / (TP + FN) = 2 / 3 = 0.667", m.positive().recall().toString());
    }

    @Test
    void average_toString_oneLineOfFigures() {
        // a: TP 2, FP 1, FN 1; b: TP 2, FP 1, FN 0; c: TP 4, FP 0, FN 1
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {0, 0, 0, 1, 1, 2, 2, 2, 2, 2},
                new int[] {0, 0, 1, 1, 1, 2, 2, 2, 0, 2}, List.of("a", "b", "c"));
        // precision (2/3 + 2/3 + 1) / 3 = 0.778; recall (2/3 + 1 + 4/5) / 3 = 0.822;
        // specificity (6/7 + 7/8 + 5/5) / 3 = 0.911; F1 (4/6 + 4/5 + 8/9) / 3 = 0.785
        assertEquals("macro averages over 3 classes: precision 0.778, recall 0.822, specificity 0.911, F1 0.785",
                m.average(Average.MACRO).toString());
    }

    @Test
    void of_invalidInput_namesTheProblem() {
        assertEquals("actual has 2 entries but predicted has 1", assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[] {0, 1}, new int[] {0}, List.of("a", "b"))).getMessage());
        assertEquals("actual must not be empty, got 0 entries", assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[0], new int[0], List.of("a"))).getMessage());
        assertEquals("predicted must hold class indices in [0, 1]; entry 1 is 2",
                assertThrows(IllegalArgumentException.class,
                        () -> ConfusionMatrix.of(new int[] {0, 1}, new int[] {0, 2}, List.of("a", "b"))).getMessage());
        assertEquals("actual must hold class indices in [0, 1]; entry 0 is -1",
                assertThrows(IllegalArgumentException.class,
                        () -> ConfusionMatrix.of(new int[] {-1}, new int[] {0}, List.of("a", "b"))).getMessage());
    }

    @Test
    void of_withoutNames_infersClassCount() {
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {0, 3}, new int[] {1, 3});
        assertEquals(List.of("0", "1", "2", "3"), m.classNames());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void cells_sumToN_andAccuracyIsTheAgreementRate(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(1, 500);
        int k = rng.nextInt(1, 8);
        int[] actual = RandomData.labels(rng, n, k);
        int[] predicted = RandomData.labels(rng, n, k);
        int[] before = actual.clone();
        ConfusionMatrix m = ConfusionMatrix.of(actual, predicted);
        long sum = 0;
        for (long[] row : m.counts()) {
            for (long c : row) {
                sum += c;
            }
        }
        assertEquals(n, sum);
        int agree = 0;
        for (int i = 0; i < n; i++) {
            agree += actual[i] == predicted[i] ? 1 : 0;
        }
        assertEquals((double) agree / n, m.accuracy().value());
        assertArrayEquals(before, actual);
    }

    /** The matrix of of_handWorked_countsAndAccuracy: {{2, 1, 0}, {0, 2, 0}, {1, 0, 4}}. */
    private static ConfusionMatrix threeClasses() {
        return ConfusionMatrix.of(new int[] {0, 0, 0, 1, 1, 2, 2, 2, 2, 2}, new int[] {0, 0, 1, 1, 1, 2, 2, 2, 0, 2},
                List.of("a", "b", "c"));
    }

    @Test
    void classCounts_handWorked_oneVsRest() {
        ConfusionMatrix m = threeClasses();
        // class a: TP = cell (0,0) = 2; FN = rest of row 0 = 1; FP = rest of column 0 = 1; TN = 10 - 4 = 6
        assertEquals(new ClassCounts("a", 2, 1, 1, 6, ZeroDivision.ZERO), m.classCounts(0));
        assertEquals(new ClassCounts("b", 2, 1, 0, 7, ZeroDivision.ZERO), m.classCounts(1));
        assertEquals(new ClassCounts("c", 4, 0, 1, 5, ZeroDivision.ZERO), m.classCounts(2));
        assertEquals("c must be in [0, 2], got 3",
                assertThrows(IndexOutOfBoundsException.class, () -> m.classCounts(3)).getMessage());
        assertEquals("predicted must be in [0, 2], got -1",
                assertThrows(IndexOutOfBoundsException.class, () -> m.count(0, -1)).getMessage());
    }

    @Test
    void wholeTableMeasures_handWorked() {
        ConfusionMatrix m = threeClasses();
        // recalls 2/3, 2/2, 4/5
        assertEquals("balanced accuracy = Σ recall of the classes present / their number = 2.4667 / 3 = 0.822",
                m.balancedAccuracy().toString());
        // actual totals 3, 2, 5; predicted totals 3, 3, 4; n = 10, correct = 8
        // MCC = (10 * 8 - (9 + 6 + 20)) / sqrt((100 - (9 + 9 + 16)) * (100 - (9 + 4 + 25))) = 45 / sqrt(66 * 62)
        assertEquals(45 / Math.sqrt(66 * 62), m.matthewsCorrelation().value(), 1e-15);
        // kappa = (10 * 8 - 35) / (100 - 35) = 45 / 65
        assertEquals("kappa = (n·correct - Σ actual·predicted) / (n² - Σ actual·predicted) = 45 / 65 = 0.692",
                m.cohenKappa().toString());
    }

    @Test
    void averages_handWorked() {
        ConfusionMatrix m = threeClasses();
        // precisions 2/3, 2/3, 4/4; supports 3, 2, 5
        assertEquals((2.0 / 3 + 2.0 / 3 + 1) / 3, m.average(Average.MACRO).precision().value(), 1e-15);
        assertEquals((3 * 2.0 / 3 + 2 * 2.0 / 3 + 5 * 1.0) / 10, m.average(Average.WEIGHTED).precision().value(), 1e-15);
        assertEquals("micro precision = ΣTP / (ΣTP + ΣFP) = 8 / 10 = 0.800", m.average(Average.MICRO).precision().toString());
        assertEquals("weighted recall = Σ support·recall / Σ support = 8 / 10 = 0.800",
                m.average(Average.WEIGHTED).recall().toString());
        // specificities 6/7, 7/8, 5/5
        assertEquals((6.0 / 7 + 7.0 / 8 + 1) / 3, m.average(Average.MACRO).specificity().value(), 1e-15);
        assertEquals(Average.MACRO, m.average(Average.MACRO).average());
        assertEquals(ZeroDivision.ONE, m.average(Average.MACRO, ZeroDivision.ONE).zeroDivision());
    }

    @Test
    void averages_zeroDivision_propagatesIntoMacroButNotMicro() {
        // class 2 never occurs and is never predicted: its precision and recall are 0 / 0
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {0, 1, 1}, new int[] {0, 1, 0}, List.of("a", "b", "c"));
        assertEquals((0.5 + 1 + 0) / 3, m.average(Average.MACRO).precision().value(), 1e-15);
        assertEquals((0.5 + 1 + 1) / 3, m.average(Average.MACRO, ZeroDivision.ONE).precision().value(), 1e-15);
        assertTrue(Double.isNaN(m.average(Average.MACRO, ZeroDivision.NAN).precision().value()));
        assertEquals(2.0 / 3, m.average(Average.MICRO, ZeroDivision.NAN).precision().value(), 1e-15);
        // weighted: the absent class has support 0, but NaN * 0 is still NaN
        assertTrue(Double.isNaN(m.average(Average.WEIGHTED, ZeroDivision.NAN).recall().value()));
    }

    @Test
    void report_perClassTableWithSupportAndAverages() {
        // weighted specificity = (3 * 6/7 + 2 * 7/8 + 5 * 5/5) / 10 = 0.932; macro F1 = (2/3 + 0.8 + 8/9) / 3 = 0.785
        String expected = String.join("\n",
                "              precision  recall  specificity  f1-score  support",
                "a                 0.667   0.667        0.857     0.667        3",
                "b                 0.667   1.000        0.875     0.800        2",
                "c                 1.000   0.800        1.000     0.889        5",
                "",
                "accuracy                                         0.800       10",
                "macro avg         0.778   0.822        0.911     0.785       10",
                "weighted avg      0.833   0.800        0.932     0.804       10",
                "");
        assertEquals(expected, threeClasses().report());
        String[] twoDigits = threeClasses().report(ZeroDivision.ONE, 2).split("\n")[1].trim().split(" +");
        assertArrayEquals(new String[] {"a", "0.67", "0.67", "0.86", "0.67", "3"}, twoDigits);
        assertEquals("digits must be >= 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> threeClasses().report(ZeroDivision.ZERO, 0)).getMessage());
    }

    @Test
    void binary_fromBooleans_positiveIsClassOne_typeIAndTypeIIErrors() {
        boolean[] actual = {true, true, true, false, false, false, false};
        boolean[] predicted = {true, false, false, true, false, false, false};
        ConfusionMatrix m = ConfusionMatrix.of(actual, predicted);
        assertEquals(List.of("negative", "positive"), m.classNames());
        assertArrayEquals(new long[][] {{3, 1}, {2, 1}}, m.counts());
        ClassCounts positive = m.positive();
        assertEquals(1, positive.typeIErrors());   // a negative called positive: a false alarm
        assertEquals(2, positive.typeIIErrors());  // positives missed
        assertEquals("recall = TP / (TP + FN) = 1 / 3 = 0.333", positive.recall().toString());
        assertEquals("classCount must be 2 for positive(), got 3; use classCounts(c) for one class against the rest",
                assertThrows(IllegalArgumentException.class, () -> threeClasses().positive()).getMessage());
    }

    @Test
    void fromCounts_validatesTheTable() {
        assertEquals("counts must have one row per class (2), got 1", assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.fromCounts(new long[][] {{1, 2}}, List.of("a", "b"))).getMessage());
        assertEquals("counts must have 2 columns in every row; row 1 has 3", assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.fromCounts(new long[][] {{1, 2}, {1, 2, 3}}, List.of("a", "b"))).getMessage());
        assertEquals("counts must be >= 0; counts[0][1] is -2", assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.fromCounts(new long[][] {{1, -2}, {1, 2}}, List.of("a", "b"))).getMessage());
        assertEquals("counts must not all be zero, got a total of 0", assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.fromCounts(new long[][] {{0, 0}, {0, 0}}, List.of("a", "b"))).getMessage());
        long[][] counts = {{15, 35}, {40, 10}};
        ConfusionMatrix m = ConfusionMatrix.fromCounts(counts, List.of("negative", "positive"));
        counts[0][0] = 99;
        assertEquals(15, m.count(0, 0));
        assertEquals(100, m.total());
    }

    @Test
    void kappaAndMcc_oneClassEverywhere_areUndefined() {
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {1, 1}, new int[] {1, 1}, List.of("a", "b"));
        assertFalse(m.cohenKappa().defined());
        assertEquals(0.0, m.cohenKappa().value());
        assertTrue(Double.isNaN(m.cohenKappa(ZeroDivision.NAN).value()));
        assertEquals(0.0, m.matthewsCorrelation().value());
        assertEquals(1.0, m.balancedAccuracy().value());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void microAverages_equalAccuracy_forSingleLabelData(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(1, 300);
        int k = rng.nextInt(2, 7);
        int[] actual = RandomData.labels(rng, n, k);
        int[] predicted = RandomData.labels(rng, n, k);
        ConfusionMatrix m = ConfusionMatrix.of(actual, predicted);
        AveragedMetrics micro = m.average(Average.MICRO);
        assertEquals(m.accuracy().value(), micro.precision().value(), 1e-15);
        assertEquals(m.accuracy().value(), micro.recall().value(), 1e-15);
        assertEquals(m.accuracy().value(), micro.f1().value(), 1e-15);
        assertEquals(m.accuracy().value(), micro.fBeta(rng.nextDouble(0.1, 3)).value(), 1e-15);
        long cells = 0;
        for (int c = 0; c < m.classCount(); c++) {
            ClassCounts t = m.classCounts(c);
            assertEquals(n, t.total());
            cells += t.truePositives();
        }
        assertEquals(m.trace(), cells);
    }

    @org.junit.jupiter.api.Test
    void of_hugeClassIndex_isRefusedBeforeAllocatingTheTable() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[] {0, 1 << 30}, new int[] {0, 0}));
        org.junit.jupiter.api.Assertions.assertEquals(
                "actual must be <= 4095 (ConfusionMatrix.MAX_CLASSES - 1); entry 1 is 1073741824", e.getMessage());
        IllegalArgumentException p = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[] {0}, new int[] {4096}));
        org.junit.jupiter.api.Assertions.assertEquals(
                "predicted must be <= 4095 (ConfusionMatrix.MAX_CLASSES - 1); entry 0 is 4096", p.getMessage());
        java.util.List<String> names = java.util.stream.IntStream.range(0, 5000).mapToObj(Integer::toString).toList();
        IllegalArgumentException n = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[] {0}, new int[] {0}, names));
        org.junit.jupiter.api.Assertions.assertEquals(
                "number of classes must be <= ConfusionMatrix.MAX_CLASSES (4096), got 5000", n.getMessage());
    }

    @org.junit.jupiter.api.Test
    void fromCounts_sumBeyondLong_isAnErrorNamingTheEntry() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.fromCounts(new long[][] {{Long.MAX_VALUE, 0}, {1, 0}}, java.util.List.of("a", "b")));
        org.junit.jupiter.api.Assertions.assertEquals("counts must sum to at most 9223372036854775807; adding "
                + "counts[1][0] = 1 to 9223372036854775807 overflows", e.getMessage());
    }
}
