package io.github.classicml.algorithms.tree;

import io.github.classicml.algorithms.internal.provisional.StateReader;
import io.github.classicml.algorithms.internal.provisional.StateWriter;
import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.util.List;

/**
 * The model-file form of the fitted trees: the learner's components, the column (and class) names
 * and the flat node arrays, and their validation on load.
 *
 * <p>A loaded tree is checked as strictly as a grown one can be: every array has one entry per node
 * (the values {@code stride} per node); a leaf has feature, threshold and children -1; an internal
 * node has a feature in {@code [0, columns)}, a finite threshold and two children with larger ids
 * than its own, and every node but the root is the child of exactly one node. Larger ids for
 * children make the links acyclic, and one parent per node makes them a tree in which every node is
 * reachable from the root, so {@code apply} always ends at a leaf in at most {@code nodeCount}
 * steps. A node's rows are at least 1 and are the sum of its children's; weights are finite and
 * positive; impurities and values finite; class counts non-negative with a positive total (so
 * probabilities are defined).
 */
final class TreeFiles {

    private TreeFiles() {
    }

    // ---- learners

    static void writeLearner(DecisionTreeClassifier l, StateWriter w) {
        w.putString("criterion", l.criterion().name());
        w.putString("splitter", l.splitter().name());
        writeLimits(w, l.maxDepth(), l.minRowsToSplit(), l.minRowsPerLeaf(), l.maxFeatures(), l.minImpurityDecrease(),
                l.maxLeafNodes(), l.ccpAlpha(), l.seed());
        ClassWeights weights = l.classWeights();
        w.putString("classWeights", weights.given() != null ? "given" : weights.isBalanced() ? "balanced" : "uniform");
        if (weights.given() != null) {
            w.putDoubles("classWeightValues", weights.given());
        }
    }

    static DecisionTreeClassifier readClassifierLearner(StateReader r) {
        ClassificationCriterion criterion = constant("criterion", r.getString("criterion"),
                ClassificationCriterion.values());
        Splitter splitter = constant("splitter", r.getString("splitter"), Splitter.values());
        String kind = r.getString("classWeights");
        ClassWeights weights = switch (kind) {
            case "uniform" -> ClassWeights.uniform();
            case "balanced" -> ClassWeights.balanced();
            case "given" -> ClassWeights.of(r.getDoubles("classWeightValues"));
            default -> throw new IllegalArgumentException(
                    "classWeights must be uniform, balanced or given, got \"" + kind + "\"");
        };
        return new DecisionTreeClassifier(criterion, splitter, r.getInt("maxDepth"), r.getInt("minRowsToSplit"),
                r.getInt("minRowsPerLeaf"), r.getInt("maxFeatures"), r.getDouble("minImpurityDecrease"),
                r.getInt("maxLeafNodes"), weights, r.getDouble("ccpAlpha"), r.getLong("seed"));
    }

    static void writeLearner(DecisionTreeRegressor l, StateWriter w) {
        w.putString("criterion", l.criterion().name());
        w.putString("splitter", l.splitter().name());
        writeLimits(w, l.maxDepth(), l.minRowsToSplit(), l.minRowsPerLeaf(), l.maxFeatures(), l.minImpurityDecrease(),
                l.maxLeafNodes(), l.ccpAlpha(), l.seed());
    }

    static DecisionTreeRegressor readRegressorLearner(StateReader r) {
        RegressionCriterion criterion = constant("criterion", r.getString("criterion"), RegressionCriterion.values());
        Splitter splitter = constant("splitter", r.getString("splitter"), Splitter.values());
        return new DecisionTreeRegressor(criterion, splitter, r.getInt("maxDepth"), r.getInt("minRowsToSplit"),
                r.getInt("minRowsPerLeaf"), r.getInt("maxFeatures"), r.getDouble("minImpurityDecrease"),
                r.getInt("maxLeafNodes"), r.getDouble("ccpAlpha"), r.getLong("seed"));
    }

    private static void writeLimits(StateWriter w, int maxDepth, int minRowsToSplit, int minRowsPerLeaf,
                                    int maxFeatures, double minImpurityDecrease, int maxLeafNodes, double ccpAlpha,
                                    long seed) {
        w.putInt("maxDepth", maxDepth);
        w.putInt("minRowsToSplit", minRowsToSplit);
        w.putInt("minRowsPerLeaf", minRowsPerLeaf);
        w.putInt("maxFeatures", maxFeatures);
        w.putDouble("minImpurityDecrease", minImpurityDecrease);
        w.putInt("maxLeafNodes", maxLeafNodes);
        w.putDouble("ccpAlpha", ccpAlpha);
        w.putLong("seed", seed);
    }

    /** The enum constant with that name, without reflection; the message lists the names allowed. */
    static <E extends Enum<E>> E constant(String name, String value, E[] constants) {
        for (E e : constants) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw new IllegalArgumentException(name + " must be one of " + List.of(constants) + ", got \"" + value + "\"");
    }

    // ---- models

    static void write(DecisionTreeClassifierModel m, StateWriter w) {
        w.putStrings("columnNames", m.columnNames);
        w.putStrings("classNames", m.classNames());
        writeTree(m.tree, w);
    }

    static DecisionTreeClassifierModel readClassifier(DecisionTreeClassifier learner, StateReader r) {
        List<String> columnNames = columnNames(r.getStrings("columnNames"));
        List<String> classNames = classNames(r.getStrings("classNames"));
        Tree tree = readTree(r, columnNames.size(), classNames.size(), true);
        return new DecisionTreeClassifierModel(learner, tree, columnNames, classNames);
    }

    static void write(DecisionTreeRegressorModel m, StateWriter w) {
        w.putStrings("columnNames", m.columnNames);
        writeTree(m.tree, w);
    }

    static DecisionTreeRegressorModel readRegressor(DecisionTreeRegressor learner, StateReader r) {
        List<String> columnNames = columnNames(r.getStrings("columnNames"));
        Tree tree = readTree(r, columnNames.size(), 1, false);
        return new DecisionTreeRegressorModel(learner, tree, columnNames);
    }

    /** Column names as a dataset accepts them: at least one, non-blank, distinct. */
    static List<String> columnNames(List<String> names) {
        Check.notEmpty("columnNames", names.size());
        return Dataset.ofRowMajor(new double[0], names.size()).withColumnNames(names).columnNames();
    }

    /** Class names as a dataset accepts them: 1 to {@code Dataset.MAX_CLASSES}, non-blank, distinct. */
    static List<String> classNames(List<String> names) {
        return Dataset.ofRowMajor(new double[0], 1).withClasses(new int[0], names).classNames();
    }

    private static void writeTree(Tree t, StateWriter w) {
        w.putInts("feature", t.feature);
        w.putDoubles("threshold", t.threshold);
        w.putInts("left", t.left);
        w.putInts("right", t.right);
        w.putDoubles("impurity", t.impurity);
        w.putInts("rows", t.rows);
        w.putDoubles("weight", t.weight);
        w.putDoubles("value", t.value);
    }

    private static Tree readTree(StateReader r, int columns, int stride, boolean classCounts) {
        return restore(columns, stride, classCounts, r.getInts("feature"), r.getDoubles("threshold"),
                r.getInts("left"), r.getInts("right"), r.getDoubles("impurity"), r.getInts("rows"),
                r.getDoubles("weight"), r.getDoubles("value"));
    }

    /**
     * A tree from its node arrays, after checking everything {@link Tree} relies on (see the class
     * comment).
     *
     * @throws IllegalArgumentException naming the array, the node and the rule broken
     */
    static Tree restore(int columns, int stride, boolean classCounts, int[] feature, double[] threshold, int[] left,
                        int[] right, double[] impurity, int[] rows, double[] weight, double[] value) {
        int n = feature.length;
        Check.atLeast("number of nodes", n, 1);
        Check.sameLength("feature", n, "threshold", threshold.length);
        Check.sameLength("feature", n, "left", left.length);
        Check.sameLength("feature", n, "right", right.length);
        Check.sameLength("feature", n, "impurity", impurity.length);
        Check.sameLength("feature", n, "rows", rows.length);
        Check.sameLength("feature", n, "weight", weight.length);
        Check.that((long) n * stride == value.length, () -> "value must have " + stride + " entries per node, "
                + (long) n * stride + " in all, got " + value.length);
        boolean[] hasParent = new boolean[n];
        for (int node = 0; node < n; node++) {
            final int id = node;
            Check.finite("impurity", node, impurity[node]);
            Check.finite("weight", node, weight[node]);
            Check.that(weight[node] > 0, () -> "weight must be > 0; node " + id + " has " + Check.format(weight[id]));
            Check.that(rows[node] >= 1, () -> "rows must be >= 1; node " + id + " has " + rows[id]);
            double total = 0;
            for (int c = 0; c < stride; c++) {
                double v = Check.finite("value", node * stride + c, value[node * stride + c]);
                if (classCounts) {
                    Check.that(v >= 0, () -> "value must be >= 0 (class counts); node " + id + " has "
                            + Check.format(v));
                    total += v;
                }
            }
            if (classCounts) {
                double sum = total;
                Check.that(sum > 0 && sum < Double.POSITIVE_INFINITY, () -> "value must have a positive finite "
                        + "total (class counts); node " + id + " has " + Check.format(sum));
            }
            if (left[node] == Tree.LEAF) {
                Check.that(right[node] == Tree.LEAF && feature[node] == Tree.LEAF && threshold[node] == Tree.LEAF,
                        () -> "a leaf must have right child, feature and threshold -1; node " + id + " has "
                                + right[id] + ", " + feature[id] + " and " + Check.format(threshold[id]));
                continue;
            }
            Check.that(left[node] > node && left[node] < n && right[node] > node && right[node] < n
                    && left[node] != right[node], () -> "children must be distinct node ids above their parent's "
                    + "and below " + n + "; node " + id + " has " + left[id] + " and " + right[id]);
            Check.that(feature[node] >= 0 && feature[node] < columns, () -> "feature must be in [0, " + columns
                    + "); node " + id + " has " + feature[id]);
            Check.finite("threshold", node, threshold[node]);
            for (int child : new int[] {left[node], right[node]}) {
                Check.that(!hasParent[child], () -> "every node must have one parent; node " + child
                        + " is a child twice");
                hasParent[child] = true;
            }
            Check.that((long) rows[left[node]] + rows[right[node]] == rows[node], () -> "rows of node " + id
                    + " must be the sum of its children's, got " + rows[id] + " and " + rows[left[id]] + " + "
                    + rows[right[id]]);
        }
        for (int node = 1; node < n; node++) {
            final int id = node;
            Check.that(hasParent[node], () -> "every node but the root must have a parent; node " + id + " has none");
        }
        return new Tree(n, stride, feature, threshold, left, right, impurity, rows, weight, value);
    }
}
