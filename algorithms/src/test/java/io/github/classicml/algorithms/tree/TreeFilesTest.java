package io.github.classicml.algorithms.tree;

import io.github.classicml.algorithms.internal.provisional.MapState;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trees' model-file state, field by field: what is written reads back to the same model, and every
 * rule a loaded tree must obey is refused with a message naming it.
 */
class TreeFilesTest {

    /**
     * The tree of {@link DecisionTreeClassifierTest}'s hand-worked example: x = 1..6, classes a a a b b a.
     * Root 0 splits at 3.5 into leaf 1 (a a a) and node 2, which splits at 5.5 into leaf 3 (b b) and
     * leaf 4 (a).
     */
    private static DecisionTreeClassifierModel small() {
        Dataset data = Dataset.of(new double[][] {{1}, {2}, {3}, {4}, {5}, {6}})
                .withClasses(new int[] {0, 0, 0, 1, 1, 0}, List.of("a", "b"));
        return DecisionTreeClassifier.of().fit(data);
    }

    private static MapState state(DecisionTreeClassifierModel model) {
        MapState s = new MapState();
        TreeFiles.write(model, s);
        return s;
    }

    private static String refusal(Consumer<MapState> change) {
        DecisionTreeClassifierModel model = small();
        MapState s = state(model);
        change.accept(s);
        return assertThrows(IllegalArgumentException.class, () -> TreeFiles.readClassifier(model.learner(), s))
                .getMessage();
    }

    private static int[] ints(MapState s, String name) {
        return (int[]) s.fields().get(name);
    }

    private static double[] doubles(MapState s, String name) {
        return (double[]) s.fields().get(name);
    }

    @Test
    void small_isTheHandWorkedTree() {
        DecisionTreeClassifierModel m = small();
        assertEquals(5, m.nodeCount());
        assertArrayEquals(new int[] {1, -1, 3, -1, -1}, m.tree.left);
        assertArrayEquals(new int[] {2, -1, 4, -1, -1}, m.tree.right);
    }

    @Test
    void readClassifier_writtenState_sameTreeAndPredictions() {
        DecisionTreeClassifierModel model = DecisionTreeClassifier.of().withMaxDepth(4)
                .withClassWeights(ClassWeights.of(1, 2, 3)).fit(Datasets.iris());
        MapState s = new MapState();
        TreeFiles.writeLearner(model.learner(), s);
        TreeFiles.write(model, s);
        DecisionTreeClassifier learner = TreeFiles.readClassifierLearner(s);
        DecisionTreeClassifierModel back = TreeFiles.readClassifier(learner, s);
        assertEquals(model.learner(), back.learner());
        assertEquals(model.toString(), back.toString());
        assertEquals(model.exportText(6), back.exportText(6));
        for (double[] row : Datasets.iris().toArray()) {
            assertArrayEquals(model.predictProbabilities(row), back.predictProbabilities(row));
        }
    }

    @Test
    void readRegressor_writtenState_sameTree() {
        Dataset data = Datasets.diabetes();
        DecisionTreeRegressorModel model = DecisionTreeRegressor.of().withMaxLeafNodes(7).withCcpAlpha(10)
                .fit(data);
        MapState s = new MapState();
        TreeFiles.writeLearner(model.learner(), s);
        TreeFiles.write(model, s);
        DecisionTreeRegressorModel back = TreeFiles.readRegressor(TreeFiles.readRegressorLearner(s), s);
        assertEquals(model.learner(), back.learner());
        assertArrayEquals(model.predict(data), back.predict(data));
    }

    @Test
    void read_childPointingBackToItsParent_refusedAsCycle() {
        // node 2's left child made node 0: 0 -> 2 -> 0 would loop for ever in apply
        String message = refusal(s -> ints(s, "left")[2] = 0);
        assertEquals("children must be distinct node ids above their parent's and below 5; node 2 has 0 and 4",
                message);
    }

    @Test
    void read_childOutOfRange_refused() {
        assertTrue(refusal(s -> ints(s, "right")[0] = 5).contains("node 0 has 1 and 5"));
        assertTrue(refusal(s -> ints(s, "right")[0] = -7).contains("node 0 has 1 and -7"));
    }

    @Test
    void read_nodeWithTwoParents_refused() {
        // node 2's children 3 and 4 become 3 and 3
        assertTrue(refusal(s -> ints(s, "right")[2] = 3).startsWith("children must be distinct"));
        // root's right child made 3: node 3 is then a child of 0 and of 2, node 2 of nobody
        assertEquals("every node must have one parent; node 3 is a child twice", refusal(s -> {
            ints(s, "right")[0] = 3;
            ints(s, "rows")[3] = 3;
        }));
    }

    @Test
    void read_unreachableNode_refused() {
        // node 2 becomes a leaf: nodes 3 and 4 hang from nothing
        String message = refusal(s -> {
            ints(s, "left")[2] = -1;
            ints(s, "right")[2] = -1;
            ints(s, "feature")[2] = -1;
            doubles(s, "threshold")[2] = -1;
            ints(s, "rows")[2] = 3;
        });
        assertEquals("every node but the root must have a parent; node 3 has none", message);
    }

    @Test
    void read_leafWithHalfLinks_refused() {
        assertTrue(refusal(s -> ints(s, "right")[1] = 3).startsWith("a leaf must have right child, feature and "
                + "threshold -1; node 1 has 3, -1 and -1"));
    }

    @Test
    void read_featureOutOfRange_refused() {
        assertEquals("feature must be in [0, 1); node 0 has 1", refusal(s -> ints(s, "feature")[0] = 1));
    }

    @Test
    void read_nonFiniteThreshold_refused() {
        assertTrue(refusal(s -> doubles(s, "threshold")[0] = Double.NaN).contains("threshold"));
    }

    @Test
    void read_badCounts_refused() {
        assertTrue(refusal(s -> doubles(s, "value")[0] = -1).startsWith("value must be >= 0 (class counts); node 0"));
        assertTrue(refusal(s -> {
            doubles(s, "value")[2] = 0;
            doubles(s, "value")[3] = 0;
        }).startsWith("value must have a positive finite total (class counts); node 1"));
        assertTrue(refusal(s -> s.fields().put("value", new double[9]))
                .startsWith("value must have 2 entries per node, 10 in all, got 9"));
    }

    @Test
    void read_rowsNotAddingUp_refused() {
        assertEquals("rows of node 0 must be the sum of its children's, got 6 and 4 + 3",
                refusal(s -> ints(s, "rows")[1] = 4));
    }

    @Test
    void read_arraysOfDifferentLengths_refused() {
        assertTrue(refusal(s -> s.fields().put("impurity", new double[4])).contains("impurity"));
    }

    @Test
    void read_badNames_refused() {
        assertTrue(refusal(s -> s.fields().put("classNames", List.of("a", "a"))).startsWith("classNames must be "
                + "distinct and non-blank"));
        assertTrue(refusal(s -> s.fields().put("columnNames", List.of(" "))).contains("names"));
        // three class names for two counts per node
        assertTrue(refusal(s -> s.fields().put("classNames", List.of("a", "b", "c")))
                .startsWith("value must have 3 entries per node"));
    }

    @Test
    void readLearner_invalidSettings_refusedByTheRecord() {
        MapState s = new MapState();
        TreeFiles.writeLearner(DecisionTreeClassifier.of(), s);
        s.fields().put("criterion", "GINY");
        assertEquals("criterion must be one of [GINI, ENTROPY], got \"GINY\"",
                assertThrows(IllegalArgumentException.class, () -> TreeFiles.readClassifierLearner(s)).getMessage());
        s.fields().put("criterion", "GINI");
        s.fields().put("minRowsToSplit", 1);
        assertEquals("minRowsToSplit must be >= 2, got 1",
                assertThrows(IllegalArgumentException.class, () -> TreeFiles.readClassifierLearner(s)).getMessage());
        s.fields().put("minRowsToSplit", 2);
        s.fields().put("classWeights", "given");
        s.fields().put("classWeightValues", new double[] {1, -2});
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TreeFiles.readClassifierLearner(s))
                .getMessage().startsWith("weights must be > 0; entry 1"));
    }
}
