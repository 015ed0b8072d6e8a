package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text rules, DOT, and the split trace on the hand-worked six rows of {@link DecisionTreeClassifierTest}. */
class TreeExplainTest {

    private static Dataset sixRows() {
        return Dataset.of(new double[][] {{1}, {2}, {3}, {4}, {5}, {6}})
                .withClasses(new int[] {0, 0, 0, 1, 1, 0}, List.of("a", "b"));
    }

    @Test
    void exportText_equalsScikitLearnsExportText() {
        // scikit-learn 1.2.1: export_text(DecisionTreeClassifier().fit(X, y), feature_names=['x0'])
        String expected = "|--- x0 <= 3.50\n|   |--- class: a\n|--- x0 >  3.50\n|   |--- x0 <= 5.50\n"
                + "|   |   |--- class: b\n|   |--- x0 >  5.50\n|   |   |--- class: a\n";
        assertEquals(expected, DecisionTreeClassifier.of().fit(sixRows()).exportText());
        // export_text(DecisionTreeRegressor(max_depth=1).fit(X[:5], [1, 2, 3, 10, 12]), feature_names=['x0'])
        Dataset five = Dataset.of(new double[][] {{1}, {2}, {3}, {4}, {5}}).withTargets(new double[] {1, 2, 3, 10, 12}, "y");
        assertEquals("|--- x0 <= 3.50\n|   |--- value: [2.00]\n|--- x0 >  3.50\n|   |--- value: [11.00]\n",
                DecisionTreeRegressor.of().withMaxDepth(1).fit(five).exportText());
        assertEquals("decimals must be >= 0, got -1", assertThrows(IllegalArgumentException.class,
                () -> DecisionTreeClassifier.of().fit(sixRows()).exportText(-1)).getMessage());
    }

    @Test
    void exportText_decimalsBeyond17_areRefusedBeforeAnyText() {
        // Integer.MAX_VALUE decimals used to format every number with 2^31 digits (OutOfMemoryError)
        DecisionTreeClassifierModel m = DecisionTreeClassifier.of().fit(sixRows());
        assertEquals("decimals must be <= 17, got 2147483647", assertThrows(IllegalArgumentException.class,
                () -> m.exportText(Integer.MAX_VALUE)).getMessage());
        assertTrue(m.exportText(DecisionTreeModel.MAX_DECIMALS).contains("x0 <= 3.50000000000000000\n"));
    }

    @Test
    void splitTrace_nonFiniteFeature_isRefusedAsEveryOtherEntryPoint() {
        // a NaN row used to be routed and traced, giving a candidate with threshold NaN
        DecisionTreeClassifierModel m = DecisionTreeClassifier.of().fit(sixRows());
        Dataset withNaN = Dataset.of(new double[][] {{1}, {Double.NaN}, {3}, {4}, {5}, {6}})
                .withClasses(new int[] {0, 0, 0, 1, 1, 0}, List.of("a", "b"));
        assertEquals("features must be finite; row 1, column 0 is NaN; impute or drop missing values first", assertThrows(IllegalArgumentException.class,
                () -> m.splitTrace(withNaN, 0)).getMessage());
        Dataset regression = Dataset.of(new double[][] {{1}, {2}, {Double.POSITIVE_INFINITY}})
                .withTargets(new double[] {1, 2, 3}, "y");
        DecisionTreeRegressorModel r = DecisionTreeRegressor.of().fit(
                Dataset.of(new double[][] {{1}, {2}, {3}}).withTargets(new double[] {1, 2, 3}, "y"));
        assertEquals("features must be finite; row 2, column 0 is Infinity; impute or drop missing values first",
                assertThrows(
                IllegalArgumentException.class, () -> r.splitTrace(regression, 0)).getMessage());
    }

    @Test
    void exportText_singleLeaf_oneLine() {
        Dataset pure = Dataset.of(new double[][] {{1}, {2}}).withClasses(new int[] {0, 0}, List.of("a", "b"));
        assertEquals("|--- class: a\n", DecisionTreeClassifier.of().fit(pure).exportText());
    }

    @Test
    void exportDot_hasEveryNodeAndEdge() {
        String dot = DecisionTreeClassifier.of().fit(sixRows()).exportDot();
        assertTrue(dot.startsWith("digraph Tree {\n"), dot);
        assertTrue(dot.endsWith("}\n"), dot);
        assertTrue(dot.contains("0 [label=<x0 &le; 3.500<br/>gini = 0.444<br/>rows = 6<br/>class: a>] ;"), dot);
        assertTrue(dot.contains("3 [label=<gini = 0.000<br/>rows = 2<br/>class: b>] ;"), dot);
        for (String edge : new String[] {"0 -> 1 [", "0 -> 2 [", "2 -> 3 ;", "2 -> 4 ;"}) {
            assertTrue(dot.contains(edge), edge);
        }
        assertEquals(5, dot.split("\\[label=", -1).length - 1);
    }

    /**
     * The five candidates of the root, decreases from the hand-worked weighted Ginis (root 4/9):
     * 3.5: 4/9 - 2/9 = 2/9; 2.5: 4/9 - 1/3 = 1/9; 1.5 and 5.5: 4/9 - 2/5 = 2/45 (equal: lower
     * threshold first); 4.5: 4/9 - 5/12 = 1/36.
     */
    @Test
    void splitTrace_root_everyCandidateBestFirst() {
        Dataset data = sixRows();
        SplitTrace trace = DecisionTreeClassifier.of().fit(data).splitTrace(data, 0);
        assertEquals(0, trace.node());
        assertEquals(6, trace.rows());
        assertEquals(4.0 / 9, trace.impurity(), 1e-15);
        double[] thresholds = {3.5, 2.5, 1.5, 5.5, 4.5};
        double[] decreases = {2.0 / 9, 1.0 / 9, 2.0 / 45, 2.0 / 45, 1.0 / 36};
        assertEquals(5, trace.candidates().size());
        for (int k = 0; k < 5; k++) {
            SplitTrace.Candidate c = trace.candidates().get(k);
            assertEquals(thresholds[k], c.threshold(), "candidate " + k);
            assertEquals(decreases[k], c.decrease(), 1e-15, "candidate " + k);
            assertEquals("x0", c.featureName());
        }
        SplitTrace.Candidate best = trace.best();
        assertEquals(3, best.leftRows());
        assertEquals(3, best.rightRows());
        assertEquals(0.0, best.leftImpurity(), 1e-15);
        assertEquals(4.0 / 9, best.rightImpurity(), 1e-15);
    }

    @Test
    void splitTrace_childNode_usesOnlyItsRows() {
        Dataset data = sixRows();
        // node 2 holds x = 4, 5, 6 (b b a): candidates 4.5 ({b} | {b a}) and 5.5 ({b b} | {a})
        SplitTrace trace = DecisionTreeClassifier.of().fit(data).splitTrace(data, 2);
        assertEquals(3, trace.rows());
        assertEquals(2, trace.candidates().size());
        assertEquals(5.5, trace.best().threshold());
        // 4/9 - 0 = 4/9 for 5.5; 4/9 - 2/3 * 1/2 = 1/9 for 4.5
        assertEquals(4.0 / 9, trace.best().decrease(), 1e-15);
        assertEquals(1.0 / 9, trace.candidates().get(1).decrease(), 1e-15);
    }

    @Test
    void splitTrace_badNode_throws() {
        Dataset data = sixRows();
        DecisionTreeClassifierModel model = DecisionTreeClassifier.of().fit(data);
        assertEquals("node must be in [0, 4], got 5", assertThrows(IndexOutOfBoundsException.class,
                () -> model.splitTrace(data, 5)).getMessage());
    }
}
