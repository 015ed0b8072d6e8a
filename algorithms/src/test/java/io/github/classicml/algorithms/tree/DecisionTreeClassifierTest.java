package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.ProbabilisticClassifierContract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionTreeClassifierTest implements ProbabilisticClassifierContract<DecisionTreeClassifierModel> {

    /**
     * Invariant to scaling up only: like scikit-learn, the split search treats feature values closer
     * than the absolute 1e-7 as equal, so at 10^-300 every column looks constant and the tree stays a leaf.
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return scale >= 1;
    }

    @Override
    public Learner<DecisionTreeClassifierModel> learner() {
        return DecisionTreeClassifier.of();
    }

    /** Blobs a tree can separate along the axes (see {@link TreeTestData}). */
    @Override
    public io.github.classicml.core.Dataset easyCase() {
        return TreeTestData.separatedBlobs();
    }

    /**
     * One column, x = 1..6, classes a a a b b a. Root Gini: 4 a, 2 b of 6: 1 - (16 + 4) / 36 = 4/9.
     * Candidates (left | right), weighted Gini W_L/W g_L + W_R/W g_R:
     * <pre>
     * x <= 1.5: {a} | {a a b b a}: 1/6 * 0 + 5/6 * (1 - (9 + 4)/25) = 5/6 * 12/25 = 0.4
     * x <= 2.5: {a a} | {a b b a}: 0 + 4/6 * (1 - (4 + 4)/16) = 4/6 * 1/2 = 1/3
     * x <= 3.5: {a a a} | {b b a}: 0 + 3/6 * (1 - (4 + 1)/9) = 1/2 * 4/9 = 2/9
     * x <= 4.5: {a a a b} | {b a}: 4/6 * (1 - 10/16) + 2/6 * 1/2 = 1/4 + 1/6 = 5/12
     * x <= 5.5: {a a a b b} | {a}: 5/6 * (1 - 13/25) + 0 = 0.4
     * </pre>
     * The best is x <= 3.5 (decrease 4/9 - 2/9 = 2/9); its right child {b b a} splits at 5.5 into
     * {b b} and {a}, both pure.
     */
    private static Dataset sixRows() {
        return Dataset.of(new double[][] {{1}, {2}, {3}, {4}, {5}, {6}})
                .withClasses(new int[] {0, 0, 0, 1, 1, 0}, List.of("a", "b"));
    }

    @Test
    void fit_handWorkedGini_firstSplitAtThreePointFive() {
        DecisionTreeClassifierModel model = DecisionTreeClassifier.of().fit(sixRows());
        assertEquals(5, model.nodeCount());
        assertEquals(3, model.leafCount());
        assertEquals(2, model.depth());
        assertEquals(0, model.feature(0));
        assertEquals(3.5, model.threshold(0));
        assertEquals(4.0 / 9, model.impurity(0), 1e-15);
        // depth first, left before right: 0 root, 1 {a a a}, 2 {b b a}, 3 {b b}, 4 {a}
        assertTrue(model.isLeaf(1));
        assertEquals(5.5, model.threshold(2));
        assertEquals(1 - 5.0 / 9, model.impurity(2), 1e-15);
        assertArrayEquals(new double[] {3, 0}, model.nodeValue(1));
        assertArrayEquals(new double[] {1, 2}, model.nodeValue(2));
        assertArrayEquals(new double[] {0, 2}, model.nodeValue(3));
        assertEquals(1, model.predict(new double[] {4.2}));
        assertEquals(0, model.predict(new double[] {100}));
        assertArrayEquals(new int[] {0, 2, 3}, model.decisionPath(new double[] {5}));
        assertEquals(3, model.apply(new double[] {5}));
    }

    @Test
    void fit_handWorkedEntropy_sameFirstSplit() {
        // entropy of {a a a b b a}: -(4/6 log2 4/6 + 2/6 log2 2/6) = 0.9183; after x <= 3.5:
        // 3/6 * 0 + 3/6 * H(2/3, 1/3) = 0.4591, the least of the five (x <= 2.5: 4/6 * 1 = 0.667)
        DecisionTreeClassifierModel model = DecisionTreeClassifier.of()
                .withCriterion(ClassificationCriterion.ENTROPY).fit(sixRows());
        double h = -(4.0 / 6 * Math.log(4.0 / 6) + 2.0 / 6 * Math.log(2.0 / 6)) / Math.log(2);
        assertEquals(h, model.impurity(0), 1e-15);
        assertEquals(3.5, model.threshold(0));
    }

    @Test
    void fit_maxDepthOne_isAStump() {
        DecisionTreeClassifierModel model = DecisionTreeClassifier.of().withMaxDepth(1).fit(sixRows());
        assertEquals(3, model.nodeCount());
        // right leaf {b b a}: probabilities 1/3, 2/3
        assertArrayEquals(new double[] {1.0 / 3, 2.0 / 3}, model.predictProbabilities(new double[] {6}), 1e-15);
    }

    @Test
    void fit_sampleWeights_countAsRepeatedRows() {
        Dataset data = sixRows();
        double[] weights = {1, 2, 0, 1, 3, 1};
        Dataset repeated = data.select(new int[] {0, 1, 1, 3, 4, 4, 4, 5});
        DecisionTreeClassifierModel weighted = DecisionTreeClassifier.of().fit(data, weights);
        DecisionTreeClassifierModel copies = DecisionTreeClassifier.of().fit(repeated);
        assertEquals(copies.nodeCount(), weighted.nodeCount());
        for (int node = 0; node < copies.nodeCount(); node++) {
            assertEquals(copies.threshold(node), weighted.threshold(node), "node " + node);
            assertArrayEquals(copies.nodeValue(node), weighted.nodeValue(node), "node " + node);
        }
    }

    @Test
    void fit_badWeights_throwNamingTheEntry() {
        Dataset data = sixRows();
        assertEquals("sampleWeights must be >= 0; entry 2 is -1", assertThrows(IllegalArgumentException.class,
                () -> DecisionTreeClassifier.of().fit(data, new double[] {1, 1, -1, 1, 1, 1})).getMessage());
        assertEquals("data has 6 entries but sampleWeights has 2", assertThrows(IllegalArgumentException.class,
                () -> DecisionTreeClassifier.of().fit(data, new double[] {1, 1})).getMessage());
        assertEquals("sampleWeights must have a positive sum, got 0", assertThrows(IllegalArgumentException.class,
                () -> DecisionTreeClassifier.of().fit(data, new double[6])).getMessage());
    }

    @Test
    void constructor_badHyperparameters_throwNamingThem() {
        assertEquals("minRowsToSplit must be >= 2, got 1", assertThrows(IllegalArgumentException.class,
                () -> DecisionTreeClassifier.of().withMinRowsToSplit(1)).getMessage());
        assertEquals("maxDepth must be >= 0, got -1", assertThrows(IllegalArgumentException.class,
                () -> DecisionTreeClassifier.of().withMaxDepth(-1)).getMessage());
        assertEquals("maxLeafNodes must be >= 2, got 1", assertThrows(IllegalArgumentException.class,
                () -> DecisionTreeClassifier.of().withMaxLeafNodes(1)).getMessage());
        assertEquals("maxFeatures must be <= the number of columns (1), got 2",
                assertThrows(IllegalArgumentException.class,
                        () -> DecisionTreeClassifier.of().withMaxFeatures(2).fit(sixRows())).getMessage());
    }

    @Test
    void classWeights_scaleTheCounts_andBadOnesAreNamed() {
        // class b weighs 3: root counts 4 a, 2 x 3 = 6 b; Gini 1 - (16 + 36) / 100 = 0.48
        DecisionTreeClassifierModel model = DecisionTreeClassifier.of().withClassWeights(ClassWeights.of(1, 3))
                .fit(sixRows());
        assertArrayEquals(new double[] {4, 6}, model.nodeValue(0));
        assertEquals(0.48, model.impurity(0), 1e-15);
        // balanced: n / (k n_c) = 6 / (2 x 4) = 0.75 for a, 6 / (2 x 2) = 1.5 for b: 3 and 3
        DecisionTreeClassifierModel balanced = DecisionTreeClassifier.of().withClassWeights(ClassWeights.balanced())
                .fit(sixRows());
        assertArrayEquals(new double[] {3, 3}, balanced.nodeValue(0), 1e-15);
        assertEquals("weights must be > 0; entry 1 is 0", assertThrows(IllegalArgumentException.class,
                () -> ClassWeights.of(1, 0)).getMessage());
        assertEquals("classWeights has 3 weights but the data has 2 classes", assertThrows(
                IllegalArgumentException.class, () -> DecisionTreeClassifier.of()
                        .withClassWeights(ClassWeights.of(1, 2, 3)).fit(sixRows())).getMessage());
        assertEquals(ClassWeights.of(1, 3), ClassWeights.of(1, 3));
    }
}
