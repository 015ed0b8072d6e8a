package io.github.classicml.metrics;

import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link RocCurve}, {@link RocAuc} and {@link PrecisionRecallCurve}. */
class RocTest {

    // sorted by score: 0.9 P | 0.8 N P | 0.3 P N | 0.1 N; 3 positives, 3 negatives
    private static final boolean[] ACTUAL = {true, false, true, true, false, false};
    private static final double[] SCORES = {0.9, 0.8, 0.8, 0.3, 0.3, 0.1};

    static LongStream seeds() {
        return LongStream.range(0, 100);
    }

    @Test
    void rocCurve_handWorked_allPoints() {
        RocCurve roc = RocCurve.of(ACTUAL, SCORES, false);
        // thresholds 0.9, 0.8, 0.3, 0.1: TP 1, 2, 3, 3 and FP 0, 1, 2, 3; first point (0, 0) at 0.9 + 1
        assertArrayEquals(new double[] {1.9, 0.9, 0.8, 0.3, 0.1}, roc.thresholds());
        assertArrayEquals(new double[] {0, 0, 1.0 / 3, 2.0 / 3, 1}, roc.falsePositiveRates());
        assertArrayEquals(new double[] {0, 1.0 / 3, 2.0 / 3, 1, 1}, roc.truePositiveRates());
        assertEquals(5, roc.size());
        assertEquals(3, roc.positives());
        assertEquals(3, roc.negatives());
    }

    @Test
    void rocCurve_handWorked_dropsCollinearPoints() {
        // FP 0, 1, 2, 3 never bends; TP 1, 2, 3, 3 bends only at 0.3, so the point at 0.8 goes
        RocCurve roc = RocCurve.of(ACTUAL, SCORES);
        assertArrayEquals(new double[] {1.9, 0.9, 0.3, 0.1}, roc.thresholds());
        assertArrayEquals(new double[] {0, 0, 2.0 / 3, 1}, roc.falsePositiveRates());
        assertArrayEquals(new double[] {0, 1.0 / 3, 1, 1}, roc.truePositiveRates());
    }

    @Test
    void auc_handWorked_isTheMannWhitneyShare() {
        // positive 0.9 beats 3 negatives; 0.8 beats 2 and ties 1 (2.5); 0.3 beats 1 and ties 1 (1.5): U = 7
        assertEquals("AUC = U / (positives · negatives) = 7 / 9 = 0.778", RocAuc.binary(ACTUAL, SCORES).toString());
    }

    @Test
    void precisionRecallCurve_handWorked() {
        PrecisionRecallCurve pr = PrecisionRecallCurve.of(ACTUAL, SCORES);
        // from the lowest threshold up: 0.1: 3/6; 0.3: 3/5; 0.8: 2/3; 0.9: 1/1; then the end point (R 0, P 1)
        assertArrayEquals(new double[] {0.1, 0.3, 0.8, 0.9}, pr.thresholds());
        assertArrayEquals(new double[] {0.5, 0.6, 2.0 / 3, 1, 1}, pr.precision());
        assertArrayEquals(new double[] {1, 1, 2.0 / 3, 1.0 / 3, 0}, pr.recall());
        assertEquals(4, pr.size());
        // AP = (1 - 1) 0.5 + (1 - 2/3) 0.6 + (2/3 - 1/3) 2/3 + (1/3 - 0) 1 = 1/5 + 2/9 + 1/3 = 34/45
        assertEquals(34.0 / 45, pr.averagePrecision().value(), 1e-15);
    }

    @Test
    void precisionRecall_onlyPositives_isPerfect_noPositives_fails() {
        assertEquals(1.0, PrecisionRecallCurve.averagePrecision(new boolean[] {true, true}, new double[] {0.2, 0.7}).value());
        assertEquals("actual must contain at least one positive; all 2 entries are false (recall is undefined without"
                + " positives)", assertThrows(IllegalArgumentException.class,
                () -> PrecisionRecallCurve.of(new boolean[2], new double[] {0.2, 0.7})).getMessage());
    }

    @Test
    void invalidInput_namesTheProblem() {
        assertEquals("actual must contain both classes; all 3 entries are true (AUC is undefined for one class)",
                assertThrows(IllegalArgumentException.class,
                        () -> RocAuc.binary(new boolean[] {true, true, true}, new double[] {1, 2, 3})).getMessage());
        assertEquals("actual must contain both classes; all 2 entries are false (the ROC curve is undefined for one class)",
                assertThrows(IllegalArgumentException.class,
                        () -> RocCurve.of(new boolean[2], new double[] {1, 2})).getMessage());
        assertEquals("scores must be finite; entry 1 is NaN", assertThrows(IllegalArgumentException.class,
                () -> RocAuc.binary(new boolean[] {true, false}, new double[] {1, Double.NaN})).getMessage());
        assertEquals("scores must be finite; entry 0 is Infinity", assertThrows(IllegalArgumentException.class,
                () -> RocCurve.of(new boolean[] {true, false}, new double[] {Double.POSITIVE_INFINITY, 1})).getMessage());
        assertEquals("actual has 2 entries but scores has 3", assertThrows(IllegalArgumentException.class,
                () -> RocAuc.binary(new boolean[] {true, false}, new double[] {1, 2, 3})).getMessage());
        assertEquals("actual must not be empty, got 0 entries", assertThrows(IllegalArgumentException.class,
                () -> PrecisionRecallCurve.of(new boolean[0], new double[0])).getMessage());
        assertEquals("scores must not be null", assertThrows(NullPointerException.class,
                () -> RocAuc.binary(new boolean[1], null)).getMessage());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void auc_equalsBruteForcePairCounting(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(2, 80);
        boolean[] actual = RandomData.booleans(rng, n, rng.nextDouble(0.1, 0.9));
        actual[0] = true;
        actual[1] = false;
        double[] scores = RandomData.scores(rng, n, rng.nextInt(0, 3));
        double pairs = 0;
        double correct = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (actual[i] && !actual[j]) {
                    pairs++;
                    correct += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }
        assertEquals(correct / pairs, RocAuc.binary(actual, scores).value());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void auc_unchangedByIncreasingTransforms_andComplementedByNegation(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(2, 3000); // past the radix sort's threshold too
        boolean[] actual = RandomData.booleans(rng, n, rng.nextDouble(0.05, 0.95));
        actual[0] = true;
        actual[1] = false;
        double[] scores = RandomData.scores(rng, n, rng.nextInt(1, 4)); // k / 10^d in [0, 1]: ties
        double auc = RocAuc.binary(actual, scores).value();
        double shift = rng.nextDouble(-5, 5);
        double[] exp = new double[n];
        double[] affine = new double[n];
        double[] cube = new double[n];
        double[] negated = new double[n];
        for (int i = 0; i < n; i++) {
            exp[i] = Math.exp(scores[i]);
            affine[i] = 3 * scores[i] + shift;
            cube[i] = Math.pow(scores[i] - 0.5, 3);
            negated[i] = -scores[i];
        }
        assertEquals(auc, RocAuc.binary(actual, exp).value());
        assertEquals(auc, RocAuc.binary(actual, affine).value());
        assertEquals(auc, RocAuc.binary(actual, cube).value());
        assertEquals(1 - auc, RocAuc.binary(actual, negated).value(), 1e-15);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void rocCurve_trapezoidAreaEqualsAuc_andDroppingKeepsTheArea(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(2, 500);
        boolean[] actual = RandomData.booleans(rng, n, 0.4);
        actual[0] = true;
        actual[1] = false;
        double[] scores = RandomData.scores(rng, n, rng.nextInt(0, 3));
        double auc = RocAuc.binary(actual, scores).value();
        assertEquals(auc, trapezoid(RocCurve.of(actual, scores, false)), 1e-12);
        assertEquals(auc, trapezoid(RocCurve.of(actual, scores, true)), 1e-12);
    }

    private static double trapezoid(RocCurve roc) {
        double[] x = roc.falsePositiveRates();
        double[] y = roc.truePositiveRates();
        double area = 0;
        for (int i = 1; i < x.length; i++) {
            area += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2;
        }
        return area;
    }

    // --------------------------------------------------------------------------- multi-class

    private static final int[] CLASSES = {0, 0, 1, 1, 2, 2};
    private static final double[][] PROBABILITIES = {
        {0.6, 0.3, 0.1}, {0.3, 0.4, 0.3}, {0.2, 0.5, 0.3}, {0.5, 0.3, 0.2}, {0.1, 0.2, 0.7}, {0.3, 0.3, 0.4}};

    @Test
    void multiclass_handWorked() {
        // class 0 by column 0: positives 0.6, 0.3 against 0.2, 0.5, 0.1, 0.3: U = 4 + 2.5 = 6.5 of 8
        // class 1 by column 1: positives 0.5, 0.3 against 0.3, 0.4, 0.2, 0.3: U = 4 + 2 = 6 of 8; class 2: 8 of 8
        assertArrayEquals(new double[] {0.8125, 0.75, 1}, RocAuc.perClass(CLASSES, PROBABILITIES).values());
        assertEquals((0.8125 + 0.75 + 1) / 3, RocAuc.oneVsRest(CLASSES, PROBABILITIES, Average.MACRO).value(), 1e-15);
        assertEquals((0.8125 + 0.75 + 1) / 3, RocAuc.oneVsRest(CLASSES, PROBABILITIES, Average.WEIGHTED).value(), 1e-15);
        // all 18 (row, class) cells: positives 0.7, 0.6, 0.5, 0.4, 0.3, 0.3 against the 12 other cells
        // 0.1 0.1 0.2 0.2 0.2 0.3 0.3 0.3 0.3 0.3 0.4 0.5: U = 12 + 12 + 11.5 + 10.5 + 2 * 7.5 = 61 of 72
        assertEquals("micro one-vs-rest AUC = U / (positives · negatives) over all (row, class) pairs = 61 / 72 = 0.847",
                RocAuc.oneVsRest(CLASSES, PROBABILITIES, Average.MICRO).toString());
        // pairs: (0, 1): (3/4 + 2.5/4) / 2; (0, 2): (3.5/4 + 4/4) / 2; (1, 2): (3.5/4 + 4/4) / 2
        double expected = (0.6875 + 0.9375 + 0.9375) / 3;
        assertEquals(expected, RocAuc.oneVsOne(CLASSES, PROBABILITIES, Average.MACRO).value(), 1e-15);
        assertEquals(expected, RocAuc.oneVsOne(CLASSES, PROBABILITIES, Average.WEIGHTED).value(), 1e-15);
    }

    @Test
    void multiclass_weighted_usesSupportAndPairSizes() {
        int[] y = {0, 0, 0, 0, 1, 2};
        double[][] p = {{0.8, 0.1, 0.1}, {0.2, 0.5, 0.3}, {0.6, 0.2, 0.2}, {0.3, 0.3, 0.4}, {0.3, 0.6, 0.1},
            {0.1, 0.1, 0.8}};
        double[] perClass = RocAuc.perClass(y, p).values();
        assertEquals((4 * perClass[0] + perClass[1] + perClass[2]) / 6,
                RocAuc.oneVsRest(y, p, Average.WEIGHTED).value(), 1e-15);
        double ovoMacro = RocAuc.oneVsOne(y, p, Average.MACRO).value();
        double ovoWeighted = RocAuc.oneVsOne(y, p, Average.WEIGHTED).value();
        // pair (0, 1), 5 rows: column 0 scores class 0 at 0.8, 0.2, 0.6, 0.3 against class 1's 0.3: 2.5/4;
        // column 1 scores class 1 at 0.6 against 0.1, 0.5, 0.2, 0.3: 4/4. Pairs (0, 2), 5 rows, and (1, 2),
        // 2 rows, are separated perfectly both ways
        assertEquals((0.8125 + 1 + 1) / 3, ovoMacro, 1e-15);
        assertEquals((5 * 0.8125 + 5 * 1 + 2 * 1) / 12.0, ovoWeighted, 1e-15);
    }

    @Test
    void multiclass_invalidInput_followsScikitLearnsRules() {
        assertEquals("probabilities must sum to 1 in every row; row 1 sums to 0.9; multi-class AUC needs class"
                + " probabilities", assertThrows(IllegalArgumentException.class, () -> RocAuc.oneVsRest(new int[] {0, 1},
                new double[][] {{0.5, 0.5}, {0.4, 0.5}}, Average.MACRO)).getMessage());
        assertEquals("actual must contain every class of probabilities (3 columns); class 1 has no rows",
                assertThrows(IllegalArgumentException.class, () -> RocAuc.oneVsOne(new int[] {0, 2},
                        new double[][] {{0.5, 0.25, 0.25}, {0.5, 0.25, 0.25}}, Average.MACRO)).getMessage());
        assertEquals("average must be MACRO or WEIGHTED for one-vs-one AUC, got MICRO",
                assertThrows(IllegalArgumentException.class,
                        () -> RocAuc.oneVsOne(CLASSES, PROBABILITIES, Average.MICRO)).getMessage());
        assertEquals("actual must hold class indices in [0, 2]; entry 1 is 3", assertThrows(IllegalArgumentException.class,
                () -> RocAuc.perClass(new int[] {0, 3}, new double[][] {{1, 0, 0}, {0, 0, 1}}).values()).getMessage());
        assertEquals("probabilities must have 3 columns in every row; row 1 has 2",
                assertThrows(IllegalArgumentException.class,
                        () -> RocAuc.perClass(new int[] {0, 1}, new double[][] {{1, 0, 0}, {0, 1}}).values()).getMessage());
        assertEquals("probabilities must be finite; row 0, column 2 is NaN", assertThrows(IllegalArgumentException.class,
                () -> RocAuc.perClass(new int[] {0, 1}, new double[][] {{1, 0, Double.NaN}, {0, 1, 0}}).values()).getMessage());
        assertEquals("probabilities must have >= 2 columns (one per class), got 1",
                assertThrows(IllegalArgumentException.class,
                        () -> RocAuc.perClass(new int[] {0}, new double[][] {{1}}).values()).getMessage());
        assertEquals("actual has 1 entries but probabilities has 2", assertThrows(IllegalArgumentException.class,
                () -> RocAuc.perClass(new int[] {0}, new double[][] {{1, 0}, {0, 1}}).values()).getMessage());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void multiclass_perClassIsTheBinaryAucOfEachColumn(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int k = rng.nextInt(2, 6);
        int n = k + rng.nextInt(0, 200);
        int[] y = RandomData.labels(rng, n, k);
        for (int c = 0; c < k; c++) {
            y[c] = c;
        }
        double[][] p = new double[n][k];
        for (double[] row : p) {
            double sum = 0;
            for (int c = 0; c < k; c++) {
                row[c] = rng.nextInt(0, 4);
                sum += row[c];
            }
            for (int c = 0; c < k; c++) {
                row[c] = sum == 0 ? 1.0 / k : row[c] / sum;
            }
        }
        double[] perClass = RocAuc.perClass(y, p).values();
        for (int c = 0; c < k; c++) {
            boolean[] actual = new boolean[n];
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                actual[i] = y[i] == c;
                column[i] = p[i][c];
            }
            assertEquals(RocAuc.binary(actual, column).value(), perClass[c]);
        }
    }
}
