package io.github.classicml.metrics;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Confusion-matrix metrics against scikit-learn 1.2.1 ({@code reference/metrics/classification.txt},
 * made by {@code metrics_reference.py}): binary, imbalanced, three- and five-class, classes absent
 * from the actual or the predicted labels or both (zero division under 0 and 1), a constant
 * prediction and a perfect one. scikit-learn is called with {@code labels=range(k)}.
 */
class ClassificationReferenceTest {

    private static final ReferenceData REF = ReferenceData.load("classification.txt");
    private static final double TOLERANCE = 1e-14;

    static Stream<String> cases() {
        return REF.cases().stream();
    }

    private static ConfusionMatrix matrix(String c) {
        int k = REF.ints(c + ".k")[0];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            names.add("c" + i);
        }
        return ConfusionMatrix.of(REF.ints(c + ".actual"), REF.ints(c + ".predicted"), names);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void countsAndWholeTableMeasures_equalScikitLearn(String c) {
        ConfusionMatrix m = matrix(c);
        int k = m.classCount();
        double[] expected = REF.doubles(c + ".matrix");
        long[][] counts = m.counts();
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < k; p++) {
                assertEquals(expected[a * k + p], counts[a][p], c + " cell " + a + "," + p);
            }
        }
        assertArrayEquals(REF.doubles(c + ".tp"), perClass(m, t -> (double) t.truePositives()), c);
        assertArrayEquals(REF.doubles(c + ".fp"), perClass(m, t -> (double) t.falsePositives()), c);
        assertArrayEquals(REF.doubles(c + ".fn"), perClass(m, t -> (double) t.falseNegatives()), c);
        assertArrayEquals(REF.doubles(c + ".tn"), perClass(m, t -> (double) t.trueNegatives()), c);
        assertEquals(REF.scalar(c + ".accuracy"), m.accuracy().value(), TOLERANCE, c);
        assertEquals(REF.scalar(c + ".balancedAccuracy"), m.balancedAccuracy().value(), TOLERANCE, c);
        assertEquals(REF.scalar(c + ".mcc"), m.matthewsCorrelation().value(), TOLERANCE, c);
        double kappa = REF.scalar(c + ".kappa");
        if (Double.isNaN(kappa)) {
            assertEquals(Double.NaN, m.cohenKappa(ZeroDivision.NAN).value(), c);
        } else {
            assertEquals(kappa, m.cohenKappa().value(), TOLERANCE, c);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void perClassAndAveragedRatios_equalScikitLearn_underZeroDivision0And1(String c) {
        ConfusionMatrix m = matrix(c);
        for (ZeroDivision zd : new ZeroDivision[] {ZeroDivision.ZERO, ZeroDivision.ONE}) {
            String p = c + ".zd" + (zd == ZeroDivision.ZERO ? 0 : 1) + ".";
            assertArrayEquals(REF.doubles(p + "precision"), ratios(m, zd, ClassCounts::precision), TOLERANCE, p);
            assertArrayEquals(REF.doubles(p + "recall"), ratios(m, zd, ClassCounts::recall), TOLERANCE, p);
            assertArrayEquals(REF.doubles(p + "specificity"), ratios(m, zd, ClassCounts::specificity), TOLERANCE, p);
            assertArrayEquals(REF.doubles(p + "npv"), ratios(m, zd, ClassCounts::negativePredictiveValue), TOLERANCE, p);
            assertArrayEquals(REF.doubles(p + "f1"), ratios(m, zd, ClassCounts::f1), TOLERANCE, p);
            assertArrayEquals(REF.doubles(p + "f0.5"), ratios(m, zd, t -> t.fBeta(0.5)), TOLERANCE, p);
            assertArrayEquals(REF.doubles(p + "f2"), ratios(m, zd, t -> t.fBeta(2)), TOLERANCE, p);
            assertArrayEquals(REF.doubles(p + "support"), perClass(m, t -> (double) t.support()), p);
            // scikit-learn's matthews_corrcoef reports 0 when undefined, whatever zero_division says
            assertArrayEquals(REF.doubles(p + "classMcc"), ratios(m, ZeroDivision.ZERO, ClassCounts::matthewsCorrelation),
                    TOLERANCE, p);
            for (Average a : Average.values()) {
                AveragedMetrics avg = m.average(a, zd);
                String q = p + a.label() + ".";
                assertEquals(REF.scalar(q + "precision"), avg.precision().value(), TOLERANCE, q);
                assertEquals(REF.scalar(q + "recall"), avg.recall().value(), TOLERANCE, q);
                assertEquals(REF.scalar(q + "f1"), avg.f1().value(), TOLERANCE, q);
                assertEquals(REF.scalar(q + "f0.5"), avg.fBeta(0.5).value(), TOLERANCE, q);
                assertEquals(REF.scalar(q + "f2"), avg.fBeta(2).value(), TOLERANCE, q);
            }
        }
    }

    private static double[] ratios(ConfusionMatrix m, ZeroDivision zd, Function<ClassCounts, Ratio> metric) {
        return perClass(m, t -> metric.apply(t.withZeroDivision(zd)).value());
    }

    private static double[] perClass(ConfusionMatrix m, Function<ClassCounts, Double> metric) {
        double[] out = new double[m.classCount()];
        for (int c = 0; c < out.length; c++) {
            out[c] = metric.apply(m.classCounts(c));
        }
        return out;
    }
}
