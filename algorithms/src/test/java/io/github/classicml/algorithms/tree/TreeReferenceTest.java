package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Fitted trees against scikit-learn 1.2.1's, node by node: feature, threshold (exactly), children,
 * impurity, row count, weight and value (to 1e-10 relative), the feature importances, the leaf of
 * every training row, and for the pruning cases the whole pruning path. The data are exact in float32
 * and the script checked that every node's best split is unique (see
 * {@code reference/tree/README.md}).
 */
class TreeReferenceTest {

    private static final String FOLDER = "/reference/tree/";

    /** One recorded case: its data, weights, settings and the lines of its tree. */
    private record Case(double[][] x, double[] y, double[] weights, Map<String, String> params,
                        List<String[]> lines, String kind) {

        List<String[]> linesOf(String tag) {
            List<String[]> out = new ArrayList<>();
            for (String[] line : lines) {
                if (line[0].equals(tag)) {
                    out.add(line);
                }
            }
            return out;
        }
    }

    private static List<String> read(String file) throws IOException {
        InputStream in = TreeReferenceTest.class.getResourceAsStream(FOLDER + file);
        assertNotNull(in, file);
        List<String> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    private static Case load(String name) throws IOException {
        List<String> data = read("data_" + name + ".csv");
        int p = data.get(0).split(",").length - 2;
        double[][] x = new double[data.size()][p];
        double[] y = new double[data.size()];
        double[] w = new double[data.size()];
        for (int i = 0; i < data.size(); i++) {
            String[] fields = data.get(i).split(",");
            for (int j = 0; j < p; j++) {
                x[i][j] = Double.parseDouble(fields[j]);
            }
            y[i] = Double.parseDouble(fields[p]);
            w[i] = Double.parseDouble(fields[p + 1]);
        }
        Map<String, String> params = new HashMap<>();
        List<String[]> lines = new ArrayList<>();
        String kind = null;
        for (String line : read("tree_" + name + ".csv")) {
            String[] fields = line.split(",", -1);
            if (fields[0].equals("param")) {
                params.put(fields[1], line.substring(line.indexOf(fields[1]) + fields[1].length() + 1));
            } else if (fields[0].equals("kind")) {
                kind = fields[1];
            } else {
                lines.add(fields);
            }
        }
        return new Case(x, y, w, params, lines, kind);
    }

    private static DecisionTreeClassifier classifier(Map<String, String> params) {
        DecisionTreeClassifier learner = DecisionTreeClassifier.of();
        for (Map.Entry<String, String> e : params.entrySet()) {
            String v = e.getValue();
            learner = switch (e.getKey()) {
                case "criterion" -> learner.withCriterion(ClassificationCriterion.valueOf(v.toUpperCase()));
                case "max_depth" -> learner.withMaxDepth(Integer.parseInt(v));
                case "min_samples_split" -> learner.withMinRowsToSplit(Integer.parseInt(v));
                case "min_samples_leaf" -> learner.withMinRowsPerLeaf(Integer.parseInt(v));
                case "max_leaf_nodes" -> learner.withMaxLeafNodes(Integer.parseInt(v));
                case "min_impurity_decrease" -> learner.withMinImpurityDecrease(Double.parseDouble(v));
                case "ccp_alpha" -> learner.withCcpAlpha(Double.parseDouble(v));
                case "class_weight" -> learner.withClassWeights(v.equals("balanced") ? ClassWeights.balanced()
                        : ClassWeights.of(1.0, 2.0, 0.5));
                default -> throw new IllegalArgumentException("unknown parameter " + e.getKey());
            };
        }
        return learner;
    }

    private static DecisionTreeRegressor regressor(Map<String, String> params) {
        DecisionTreeRegressor learner = DecisionTreeRegressor.of();
        for (Map.Entry<String, String> e : params.entrySet()) {
            String v = e.getValue();
            learner = switch (e.getKey()) {
                case "criterion" -> learner.withCriterion(RegressionCriterion.valueOf(v.toUpperCase()));
                case "max_depth" -> learner.withMaxDepth(Integer.parseInt(v));
                case "min_samples_split" -> learner.withMinRowsToSplit(Integer.parseInt(v));
                case "min_samples_leaf" -> learner.withMinRowsPerLeaf(Integer.parseInt(v));
                case "max_leaf_nodes" -> learner.withMaxLeafNodes(Integer.parseInt(v));
                case "min_impurity_decrease" -> learner.withMinImpurityDecrease(Double.parseDouble(v));
                case "ccp_alpha" -> learner.withCcpAlpha(Double.parseDouble(v));
                default -> throw new IllegalArgumentException("unknown parameter " + e.getKey());
            };
        }
        return learner;
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-10 * Math.max(1, Math.abs(expected)), what);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gini", "entropy", "gini_deep", "entropy_deep", "gini_limits", "gini_leaves",
            "gini_decrease", "gini_weighted", "gini_balanced", "gini_ccp", "gini_ccp_deep", "binary", "binary_deep", "binary_weighted", "binary_entropy_leaves", "squared",
            "squared_deep", "squared_limits", "absolute", "absolute_full", "friedman_leaves", "squared_weighted",
            "squared_ccp"})
    void fit_equalsScikitLearnNodeByNode(String name) throws IOException {
        Case c = load(name);
        Dataset features = Dataset.of(c.x());
        DecisionTreeModel model;
        PruningPath path;
        boolean weighted = false;
        for (double w : c.weights()) {
            weighted |= w != 1.0;
        }
        double[] weights = weighted ? c.weights() : null;
        if (c.kind().equals("classification")) {
            int[] classes = new int[c.y().length];
            for (int i = 0; i < classes.length; i++) {
                classes[i] = (int) c.y()[i];
            }
            Dataset data = features.withClasses(classes);
            DecisionTreeClassifier learner = classifier(c.params());
            model = learner.fit(data, weights);
            path = learner.pruningPath(data, weights);
        } else {
            Dataset data = features.withTargets(c.y(), "y");
            DecisionTreeRegressor learner = regressor(c.params());
            model = learner.fit(data, weights);
            path = learner.pruningPath(data, weights);
        }
        List<String[]> nodes = c.linesOf("node");
        assertEquals(nodes.size(), model.nodeCount(), "node count");
        for (String[] f : nodes) {
            int node = Integer.parseInt(f[1]);
            String at = "node " + node;
            int left = Integer.parseInt(f[4]);
            assertEquals(left, model.leftChild(node), at + " left child");
            assertEquals(Integer.parseInt(f[5]), model.rightChild(node), at + " right child");
            if (left != -1) {
                assertEquals(Integer.parseInt(f[2]), model.feature(node), at + " feature");
                assertEquals(Double.parseDouble(f[3]), model.threshold(node), 0.0, at + " threshold");
            }
            assertClose(Double.parseDouble(f[6]), model.impurity(node), at + " impurity");
            assertEquals(Integer.parseInt(f[7]), model.nodeRows(node), at + " rows");
            assertClose(Double.parseDouble(f[8]), model.nodeWeight(node), at + " weight");
            double[] value = model.nodeValue(node);
            assertEquals(f.length - 9, value.length, at + " value length");
            for (int k = 0; k < value.length; k++) {
                assertClose(Double.parseDouble(f[9 + k]), value[k], at + " value " + k);
            }
        }
        double[] importances = model.featureImportances();
        for (String[] f : c.linesOf("importance")) {
            assertClose(Double.parseDouble(f[2]), importances[Integer.parseInt(f[1])], "importance " + f[1]);
        }
        int[] leaves = model.apply(features);
        for (String[] f : c.linesOf("leaf")) {
            assertEquals(Integer.parseInt(f[2]), leaves[Integer.parseInt(f[1])], "leaf of row " + f[1]);
        }
        List<String[]> steps = c.linesOf("path");
        if (!steps.isEmpty()) {
            double[] expectedAlphas = new double[steps.size()];
            double[] expectedImpurities = new double[steps.size()];
            for (int k = 0; k < steps.size(); k++) {
                expectedAlphas[k] = Double.parseDouble(steps.get(k)[2]);
                expectedImpurities[k] = Double.parseDouble(steps.get(k)[3]);
            }
            assertArrayEquals(expectedAlphas, path.alphas(), 1e-12, "pruning alphas");
            assertArrayEquals(expectedImpurities, path.impurities(), 1e-12, "pruning impurities");
        }
    }
}
