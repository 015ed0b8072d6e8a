package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trees on sample weights near the ends of the double range: multiplying every weight by a constant
 * changes no split, leaf, prediction or probability. Powers of two change nothing at all (the weights
 * are grown in a power-of-two unit), and node weights and class counts scale exactly with them.
 *
 * <p>The worked case of the audit: x = 0..3, classes a, a, b, b, every weight 1e-200. The root's
 * Gini impurity is 1 - (1/2)² - (1/2)² = 1/2 (it was 1 - 0/0 = NaN, as (2e-200)² underflows), and
 * two leaves split at 1.5. For targets 1, 2, 30, 40 with weights 1e200, depth 1 splits at 1.5 too:
 * leaves 1.5 and 35 (the sums of w y² overflowed to Infinity and picked x <= 0.5, leaves 1 and 24).
 */
class TreeWeightScaleTest {

    private static final Dataset FOUR = Dataset.of(new double[][] {{0}, {1}, {2}, {3}})
            .withClasses(new int[] {0, 0, 1, 1}, List.of("a", "b"));
    private static final double[][] FOUR_ROWS = {{0}, {1}, {2}, {3}};

    private static double[] filled(int n, double value) {
        double[] w = new double[n];
        Arrays.fill(w, value);
        return w;
    }

    @Test
    void gini_tinyWeights_splitTheClasses() {
        DecisionTreeClassifierModel m = DecisionTreeClassifier.of().withMaxLeafNodes(2)
                .fit(FOUR, filled(4, 1e-200));
        assertArrayEquals(new int[] {0, 0, 1, 1}, m.predict(FOUR_ROWS));
        assertEquals(0.5, m.impurity(0), 0.0);
        assertEquals(1.5, m.threshold(0), 0.0);
        assertEquals(4e-200, m.nodeWeight(0), 1e-214);
        assertArrayEquals(new double[] {1}, m.featureImportances(), 0.0);
    }

    @Test
    void squaredError_hugeWeights_giveTheUnweightedTree() {
        Dataset r = Dataset.of(FOUR_ROWS).withTargets(new double[] {1, 2, 30, 40}, "y");
        for (RegressionCriterion criterion : RegressionCriterion.values()) {
            DecisionTreeRegressor learner = DecisionTreeRegressor.of().withCriterion(criterion).withMaxDepth(1);
            for (double w : new double[] {1e200, 1e-200, 1e300, 1e-300}) {
                assertArrayEquals(new double[] {1.5, 35.0}, learner.fit(r, filled(4, w))
                        .predict(new double[][] {{0}, {3}}), 1e-15 * 35, criterion + ", weights " + w);
            }
        }
    }

    @Test
    void gini_blobsWithWeights1e150And1e300_haveTheUnweightedLeaves() {
        Dataset blobs = RandomData.blobs(new SplittableRandom(3), 90, 2, 3, 5.0);
        DecisionTreeClassifierModel plain = DecisionTreeClassifier.of().fit(blobs);
        for (double w : new double[] {1e150, 1e300, 1e-150, 1e-300}) {
            DecisionTreeClassifierModel weighted = DecisionTreeClassifier.of().fit(blobs, filled(90, w));
            assertEquals(plain.leafCount(), weighted.leafCount(), "weights " + w);
            assertArrayEquals(plain.predict(blobs), weighted.predict(blobs), "weights " + w);
            assertEquals(plain.impurity(0), weighted.impurity(0), 1e-15, "weights " + w);
        }
    }

    static LongStream seeds() {
        return LongStream.range(0, 6);
    }

    /** Factors inside the unscaled window, beyond it, and at both ends of the range. */
    private static final int[] EXPONENTS = {-1000, -700, -300, -100, 40, 100, 300, 700, 1000};

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void classifier_weightsTimesPowersOfTwo_sameTreeExactly(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset data = RandomData.blobs(rng, 60, 2, 3, 1.5);
        double[] weights = new double[60];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 0.25 + 2 * rng.nextDouble();
        }
        for (ClassificationCriterion criterion : ClassificationCriterion.values()) {
            for (int leaves : new int[] {0, 6}) {
                DecisionTreeClassifier learner = DecisionTreeClassifier.of().withCriterion(criterion)
                        .withMaxLeafNodes(leaves).withClassWeights(ClassWeights.of(1, 2, 0.5));
                DecisionTreeClassifierModel plain = learner.fit(data, weights);
                for (int e : EXPONENTS) {
                    DecisionTreeClassifierModel scaled = learner.fit(data, times(weights, e));
                    String where = criterion + ", maxLeafNodes " + leaves + ", weights times 2^" + e;
                    sameTree(plain, scaled, e, where);
                    assertArrayEquals(plain.predictProbabilities(data), scaled.predictProbabilities(data), where);
                    for (int node = 0; node < plain.nodeCount(); node++) {
                        double[] counts = plain.nodeValue(node);
                        for (int c = 0; c < counts.length; c++) {
                            counts[c] = Math.scalb(counts[c], e);
                        }
                        assertArrayEquals(counts, scaled.nodeValue(node), where + ", node " + node);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void regressor_weightsTimesPowersOfTwo_sameTreeExactly(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[60][2];
        double[] y = new double[60];
        double[] weights = new double[60];
        for (int i = 0; i < x.length; i++) {
            x[i][0] = rng.nextDouble();
            x[i][1] = rng.nextDouble();
            y[i] = (x[i][0] > 0.5 ? 10 : 0) + 3 * x[i][1] + RandomData.gaussian(rng);
            weights[i] = 0.25 + 2 * rng.nextDouble();
        }
        Dataset data = Dataset.of(x).withTargets(y, "y");
        for (RegressionCriterion criterion : RegressionCriterion.values()) {
            for (int leaves : new int[] {0, 6}) {
                // a minimum decrease that stops some splits: Friedman's is in weight units, so it must scale
                DecisionTreeRegressor learner = DecisionTreeRegressor.of().withCriterion(criterion)
                        .withMaxLeafNodes(leaves);
                DecisionTreeRegressorModel plain = learner.fit(data, weights);
                for (int e : EXPONENTS) {
                    DecisionTreeRegressorModel scaled = learner.fit(data, times(weights, e));
                    String where = criterion + ", maxLeafNodes " + leaves + ", weights times 2^" + e;
                    sameTree(plain, scaled, e, where);
                    assertArrayEquals(plain.predict(data), scaled.predict(data), where);
                }
            }
        }
    }

    @Test
    void friedman_minImpurityDecrease_keepsItsWeightedMeaning() {
        // Friedman's improvement is W_L W_R / W (mean_L - mean_R)^2, in units of weight times target^2:
        // x = 0..3, y = 0, 0, 1, 1, weights w: the root's best split improves by w (2 · 2 / 4 · 1^2)
        Dataset r = Dataset.of(FOUR_ROWS).withTargets(new double[] {0, 0, 1, 1}, "y");
        for (double w : new double[] {1, 0x1p300, 0x1p-300}) {
            DecisionTreeRegressor learner = DecisionTreeRegressor.of().withCriterion(RegressionCriterion.FRIEDMAN_MSE);
            assertEquals(2, learner.withMinImpurityDecrease(0.9 * w).fit(r, filled(4, w)).leafCount(), "w = " + w);
            assertEquals(1, learner.withMinImpurityDecrease(1.1 * w).fit(r, filled(4, w)).leafCount(), "w = " + w);
        }
    }

    @Test
    void ccpAlpha_isUnchangedByTheWeightsScale() {
        Dataset blobs = RandomData.blobs(new SplittableRandom(5), 60, 2, 2, 1.0);
        double[] plain = DecisionTreeClassifier.of().pruningPath(blobs).alphas();
        double[] scaled = DecisionTreeClassifier.of().pruningPath(blobs, filled(60, 0x1p900)).alphas();
        assertArrayEquals(plain, scaled, 0.0);
    }

    private static double[] times(double[] weights, int e) {
        double[] out = new double[weights.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.scalb(weights[i], e);
        }
        return out;
    }

    private static void sameTree(DecisionTreeModel plain, DecisionTreeModel scaled, int e, String where) {
        assertEquals(plain.nodeCount(), scaled.nodeCount(), where);
        for (int node = 0; node < plain.nodeCount(); node++) {
            assertEquals(plain.feature(node), scaled.feature(node), where + ", node " + node);
            assertEquals(plain.threshold(node), scaled.threshold(node), 0.0, where + ", node " + node);
            assertEquals(plain.impurity(node), scaled.impurity(node), 0.0, where + ", node " + node);
            assertEquals(Math.scalb(plain.nodeWeight(node), e), scaled.nodeWeight(node), 0.0, where + ", node " + node);
        }
        assertArrayEquals(plain.featureImportances(), scaled.featureImportances(), 0.0, where);
    }

    // ---- what cannot be represented is refused, naming the weights

    @Test
    void weightsSummingBeyondTheRange_areRefused() {
        Dataset r = Dataset.of(FOUR_ROWS).withTargets(new double[] {1, 2, 3, 4}, "y");
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> DecisionTreeRegressor.of().fit(r, filled(4, Double.MAX_VALUE)));
        assertEquals("sampleWeights must sum to at most 1.7976931348623157E308 (the tree keeps node weights), got "
                + "about 2^1025; divide the weights by a common factor (it changes no tree)", e.getMessage());
        ArithmeticException product = assertThrows(ArithmeticException.class,
                () -> DecisionTreeClassifier.of().withClassWeights(ClassWeights.of(Double.MAX_VALUE, Double.MAX_VALUE))
                        .fit(FOUR, filled(4, 10)));
        assertEquals("sampleWeights times classWeights must be finite; row 0 is Infinity; divide the weights by "
                + "a common factor (it changes no tree)", product.getMessage());
    }

    @Test
    void weightsSpanningMoreThan2To200_areRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DecisionTreeClassifier.of().fit(FOUR, new double[] {1e-300, 1e300, 1e-300, 1e300}));
        assertEquals("sampleWeights times classWeights must lie within a factor 2^200 of each other; row 1 is "
                + "1.0E300 and row 0 is 1.0E-300", e.getMessage());
        // 2^200 apart is still grown, and the light rows still count
        DecisionTreeClassifierModel m = DecisionTreeClassifier.of().fit(FOUR, new double[] {0x1p-100, 0x1p100,
                0x1p-100, 0x1p100});
        assertArrayEquals(new int[] {0, 0, 1, 1}, m.predict(FOUR_ROWS));
    }

    // ---- targets of subnormal size are grown in their own unit

    @Test
    void subnormalTargets_sameTreeAsUnscaled() {
        double factor = 0x1p-1060;
        double[] y = {1, 1, 2, 2, 10, 10};
        double[] tiny = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            tiny[i] = y[i] * factor;
        }
        double[][] x = {{1}, {2}, {3}, {4}, {5}, {6}};
        DecisionTreeRegressorModel plain = DecisionTreeRegressor.of().fit(Dataset.of(x).withTargets(y, "y"));
        DecisionTreeRegressorModel scaled = DecisionTreeRegressor.of().fit(Dataset.of(x).withTargets(tiny, "y"));
        assertEquals(plain.leafCount(), scaled.leafCount());
        assertTrue(scaled.leafCount() > 1);
        for (double[] row : x) {
            assertEquals(plain.predict(row) * factor, scaled.predict(row), 0.0);
        }
    }
}
