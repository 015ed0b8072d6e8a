package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Check;
import io.github.classicml.core.internal.modelfile.FieldReader;
import io.github.classicml.core.internal.modelfile.FieldWriter;

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

    static void writeLearner(DecisionTreeClassifier l, FieldWriter w) {
        w.text("criterion", l.criterion().name());
        w.text("splitter", l.splitter().name());
        writeLimits(w, l.maxDepth(), l.minRowsToSplit(), l.minRowsPerLeaf(), l.maxFeatures(), l.minImpurityDecrease(),
                l.maxLeafNodes(), l.ccpAlpha(), l.seed());
        ClassWeights weights = l.classWeights();
        w.text("classWeights", weights.given() != null ? "given" : weights.isBalanced() ? "balanced" : "uniform");
        if (weights.given() != null) {
            w.doubles("classWeightValues", weights.given());
        }
    }

    static DecisionTreeClassifier readClassifierLearner(FieldReader r) {
        ClassificationCriterion criterion = r.choice("criterion", ClassificationCriterion.values());
        Splitter splitter = r.choice("splitter", Splitter.values());
        String kind = r.text("classWeights");
        ClassWeights weights = switch (kind) {
            case "uniform" -> ClassWeights.uniform();
            case "balanced" -> ClassWeights.balanced();
            case "given" -> ClassWeights.of(r.doubles("classWeightValues"));
            default -> throw new IllegalArgumentException(
                    "classWeights must be uniform, balanced or given, got \"" + kind + "\"");
        };
        return new DecisionTreeClassifier(criterion, splitter, r.intValue("maxDepth"), r.intValue("minRowsToSplit"),
                r.intValue("minRowsPerLeaf"), r.intValue("maxFeatures"), r.number("minImpurityDecrease"),
                r.intValue("maxLeafNodes"), weights, r.number("ccpAlpha"), r.integer("seed"));
    }

    static void writeLearner(DecisionTreeRegressor l, FieldWriter w) {
        w.text("criterion", l.criterion().name());
        w.text("splitter", l.splitter().name());
        writeLimits(w, l.maxDepth(), l.minRowsToSplit(), l.minRowsPerLeaf(), l.maxFeatures(), l.minImpurityDecrease(),
                l.maxLeafNodes(), l.ccpAlpha(), l.seed());
    }

    static DecisionTreeRegressor readRegressorLearner(FieldReader r) {
        RegressionCriterion criterion = r.choice("criterion", RegressionCriterion.values());
        Splitter splitter = r.choice("splitter", Splitter.values());
        return new DecisionTreeRegressor(criterion, splitter, r.intValue("maxDepth"), r.intValue("minRowsToSplit"),
                r.intValue("minRowsPerLeaf"), r.intValue("maxFeatures"), r.number("minImpurityDecrease"),
                r.intValue("maxLeafNodes"), r.number("ccpAlpha"), r.integer("seed"));
    }

    private static void writeLimits(FieldWriter w, int maxDepth, int minRowsToSplit, int minRowsPerLeaf,
                                    int maxFeatures, double minImpurityDecrease, int maxLeafNodes, double ccpAlpha,
                                    long seed) {
        w.integer("maxDepth", maxDepth);
        w.integer("minRowsToSplit", minRowsToSplit);
        w.integer("minRowsPerLeaf", minRowsPerLeaf);
        w.integer("maxFeatures", maxFeatures);
        w.number("minImpurityDecrease", minImpurityDecrease);
        w.integer("maxLeafNodes", maxLeafNodes);
        w.number("ccpAlpha", ccpAlpha);
        w.integer("seed", seed);
    }

    // ---- models

    static void write(DecisionTreeClassifierModel m, FieldWriter w) {
        w.texts("columnNames", m.columnNames);
        w.texts("classNames", m.classNames());
        writeTree(m.tree, w);
    }

    static DecisionTreeClassifierModel readClassifier(DecisionTreeClassifier learner, FieldReader r) {
        List<String> columnNames = r.columnNames("columnNames");
        List<String> classNames = r.classNames("classNames");
        Tree tree = readTree(r, columnNames.size(), classNames.size(), true);
        return new DecisionTreeClassifierModel(learner, tree, columnNames, classNames);
    }

    static void write(DecisionTreeRegressorModel m, FieldWriter w) {
        w.texts("columnNames", m.columnNames);
        writeTree(m.tree, w);
    }

    static DecisionTreeRegressorModel readRegressor(DecisionTreeRegressor learner, FieldReader r) {
        List<String> columnNames = r.columnNames("columnNames");
        Tree tree = readTree(r, columnNames.size(), 1, false);
        return new DecisionTreeRegressorModel(learner, tree, columnNames);
    }

    private static void writeTree(Tree t, FieldWriter w) {
        w.ints("feature", t.feature);
        w.doubles("threshold", t.threshold);
        w.ints("left", t.left);
        w.ints("right", t.right);
        w.doubles("impurity", t.impurity);
        w.ints("rows", t.rows);
        w.doubles("weight", t.weight);
        w.doubles("value", t.value);
        if (t.impurityExponent != 0) {
            // written only for trees grown in target units (targets beyond 2^±200), so that files of
            // ordinary trees, golden files included, stay as they were
            w.integer("impurityExponent", t.impurityExponent);
        }
    }

    private static Tree readTree(FieldReader r, int columns, int stride, boolean classCounts) {
        Tree tree = restore(columns, stride, classCounts, r.ints("feature"), r.doubles("threshold"),
                r.ints("left"), r.ints("right"), r.doubles("impurity"), r.ints("rows"),
                r.doubles("weight"), r.doubles("value"));
        if (!r.has("impurityExponent")) {
            return tree;
        }
        int exponent = r.intValue("impurityExponent");
        // targets are divided by 2^e with |e| <= 1100 (Scaling's range of a double's exponent), and the
        // impurities of squared error are in units of 2^(2e)
        Check.that(!classCounts && exponent != 0 && Math.abs(exponent) <= MAX_IMPURITY_EXPONENT,
                () -> "impurityExponent must be a nonzero integer in [-" + MAX_IMPURITY_EXPONENT + ", "
                        + MAX_IMPURITY_EXPONENT + "] and only in a regression tree, got " + exponent);
        return tree.withImpurityExponent(exponent);
    }

    /** The largest magnitude of a stored impurity exponent: twice a double's exponent range, with room. */
    static final int MAX_IMPURITY_EXPONENT = 2200;

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
