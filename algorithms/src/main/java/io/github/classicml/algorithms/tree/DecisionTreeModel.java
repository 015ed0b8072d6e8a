package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.util.List;

/**
 * What every fitted decision tree has: its nodes, the paths rows take through them, and the
 * importances of the features.
 *
 * <p>Nodes are numbered {@code 0..nodeCount()-1}, the root 0, as in scikit-learn's {@code tree_}
 * (depth first, left before right, unless the tree was grown best first with {@code maxLeafNodes}).
 * An internal node sends a row left when {@code row[feature(node)] <= threshold(node)}. Immutable and
 * safe for concurrent use.
 *
 * @see DecisionTreeClassifierModel
 * @see DecisionTreeRegressorModel
 */
public abstract sealed class DecisionTreeModel permits DecisionTreeClassifierModel, DecisionTreeRegressorModel {

    final Tree tree;
    final List<String> columnNames;

    DecisionTreeModel(Tree tree, List<String> columnNames) {
        this.tree = tree;
        this.columnNames = columnNames;
    }

    /** @return the number of columns the tree was fitted on */
    public int columns() {
        return columnNames.size();
    }

    /** @return the names of the columns the tree was fitted on (unmodifiable) */
    public List<String> columnNames() {
        return columnNames;
    }

    /** @return the number of nodes, internal and leaves */
    public int nodeCount() {
        return tree.nodeCount;
    }

    /** @return the number of leaves */
    public int leafCount() {
        return tree.leafCount();
    }

    /** @return the depth of the deepest leaf (0 for a tree that is a single leaf) */
    public int depth() {
        return tree.maxDepth();
    }

    /**
     * @param node a node id
     * @return whether the node is a leaf
     */
    public boolean isLeaf(int node) {
        return tree.isLeaf(checkNode(node));
    }

    /**
     * @param node a node id
     * @return the feature an internal node splits on, -1 for a leaf
     */
    public int feature(int node) {
        return tree.feature[checkNode(node)];
    }

    /**
     * @param node a node id
     * @return the threshold of an internal node (rows with {@code x <= threshold} go left), NaN for a leaf
     */
    public double threshold(int node) {
        return tree.isLeaf(checkNode(node)) ? Double.NaN : tree.threshold[node];
    }

    /**
     * @param node a node id
     * @return the left child of an internal node, -1 for a leaf
     */
    public int leftChild(int node) {
        return tree.left[checkNode(node)];
    }

    /**
     * @param node a node id
     * @return the right child of an internal node, -1 for a leaf
     */
    public int rightChild(int node) {
        return tree.right[checkNode(node)];
    }

    /**
     * @param node a node id
     * @return the impurity of the node's training rows under the learner's criterion
     * @throws ArithmeticException if it lies outside the double range (a variance of targets beyond about
     *     1e154 or below about 1e-162, which the tree itself handles in scaled units): the message gives it
     *     as a power of two
     */
    public double impurity(int node) {
        double value = tree.trueImpurity(checkNode(node));
        double scaled = tree.impurity[node];
        if (Double.isInfinite(value) || (value == 0 && scaled != 0)) {
            throw new ArithmeticException("the impurity of node " + node + " is beyond the double range: about "
                    + Check.format(scaled) + " x 2^" + tree.impurityExponent);
        }
        return value;
    }

    /**
     * @param node a node id
     * @return how many training rows (of positive weight) reached the node
     */
    public int nodeRows(int node) {
        return tree.rows[checkNode(node)];
    }

    /**
     * @param node a node id
     * @return the total weight of the training rows that reached the node
     */
    public double nodeWeight(int node) {
        return tree.weight[checkNode(node)];
    }

    /**
     * @param node a node id
     * @return the node's depth (the root's is 0)
     */
    public int nodeDepth(int node) {
        return tree.depth(checkNode(node));
    }

    /**
     * The node's value: for a classification tree the weighted class counts of its training rows, by
     * class index (scikit-learn 1.2's {@code tree_.value}); for a regression tree one entry, the
     * node's prediction.
     *
     * @param node a node id
     * @return a copy of the value
     */
    public double[] nodeValue(int node) {
        double[] out = new double[tree.stride];
        System.arraycopy(tree.value, checkNode(node) * tree.stride, out, 0, tree.stride);
        return out;
    }

    /**
     * The leaf a row falls in (scikit-learn's {@code apply}).
     *
     * @param row the features, {@link #columns()} of them; not modified
     * @return the leaf's node id
     */
    public int apply(double[] row) {
        Check.finiteRow(row, columns());
        return tree.apply(row);
    }

    /**
     * The leaf of every row.
     *
     * @param data rows of {@link #columns()} features; not modified
     * @return one leaf id per row
     */
    public int[] apply(Dataset data) {
        Check.columns(data, columns());
        double[] values = data.features();
        int p = columns();
        int[] out = new int[data.rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tree.apply(values, i * p);
        }
        return out;
    }

    /**
     * The nodes a row passes through, from the root to its leaf (a row of scikit-learn's
     * {@code decision_path} indicator matrix, as the ids of its non-zero columns).
     *
     * @param row the features; not modified
     * @return the node ids, root first
     */
    public int[] decisionPath(double[] row) {
        Check.finiteRow(row, columns());
        int[] path = new int[tree.maxDepth() + 1];
        int length = 0;
        int node = 0;
        path[length++] = node;
        while (!tree.isLeaf(node)) {
            node = row[tree.feature[node]] <= tree.threshold[node] ? tree.left[node] : tree.right[node];
            path[length++] = node;
        }
        return java.util.Arrays.copyOf(path, length);
    }

    /**
     * The mean decrease in impurity (MDI, Gini importance) of each feature: the weighted impurity
     * decreases of the splits on it, summed, divided by the root's weight and normalised to sum to 1
     * (all 0 for a tree that is a single leaf); scikit-learn's {@code feature_importances_}. Computed
     * on the training data, so it favours features with many distinct values and says nothing about
     * held-out data; permutation importance does not have these biases.
     *
     * @return one importance per column
     */
    public double[] featureImportances() {
        return tree.importances(columns());
    }

    /**
     * The tree as indented text rules, in the layout of scikit-learn's {@code export_text} (without
     * its depth truncation): {@code |--- petal_length <= 2.45} opens the left branch, {@code >} the
     * right, and a leaf reads {@code class: setosa} or {@code value: [1.25]}.
     *
     * @return the rules, one per line, thresholds with 2 decimals
     */
    public String exportText() {
        return exportText(2);
    }

    /**
     * The most decimals {@link #exportText(int)} writes: 17 significant digits tell every double apart,
     * and a bound keeps the text's length proportional to the tree (an unbounded count would make each
     * number that many characters long).
     */
    public static final int MAX_DECIMALS = 17;

    /**
     * The tree as indented text rules (see {@link #exportText()}).
     *
     * @param decimals the decimals of thresholds and values, from 0 to {@link #MAX_DECIMALS}
     * @return the rules, one per line
     * @throws IllegalArgumentException if {@code decimals} is outside {@code [0, MAX_DECIMALS]}
     */
    public String exportText(int decimals) {
        Check.atLeast("decimals", decimals, 0);
        Check.atMost("decimals", decimals, MAX_DECIMALS);
        return TreeExport.text(tree, columnNames, decimals, node -> describe(node, decimals));
    }

    /**
     * The tree in Graphviz's DOT language: one box per node with its split, impurity, rows and
     * prediction, edges from parent to children (left = condition true). Render it with
     * {@code dot -Tpng tree.dot -o tree.png}.
     *
     * @return the DOT text
     */
    public String exportDot() {
        return TreeExport.dot(tree, columnNames, criterionName(), node -> describe(node, 3));
    }

    /**
     * Every candidate split of one node, best first, recomputed from the training data: which rows
     * reach the node, and for each feature and threshold the impurity of both sides and the decrease
     * (see {@link SplitTrace}). The rows count with weight 1 (times the class weights of a classifier)
     * and {@code minRowsPerLeaf} applies; on the data the tree was fitted on without sample weights
     * and with all features, the best candidate of an internal node is the node's split.
     *
     * @param data the training data (same columns, finite features, with targets of the tree's kind); not
     *     modified
     * @param node a node id
     * @return the trace
     * @throws IllegalArgumentException if the data has other columns, a non-finite feature (a NaN would
     *     make a threshold NaN, as it makes every other entry point refuse the row) or targets of another
     *     kind, or the node id is out of range
     */
    public SplitTrace splitTrace(Dataset data, int node) {
        Check.columns(data, columns());
        Check.finiteFeatures(data);
        checkNode(node);
        return SplitTracer.trace(tree, data, node, minRowsPerLeaf(), tracer(data));
    }

    /** The text of a node's prediction, e.g. {@code class: setosa}. */
    abstract String describe(int node, int decimals);

    /** The criterion's name for the DOT boxes. */
    abstract String criterionName();

    abstract int minRowsPerLeaf();

    /** The impurity bookkeeping for a trace over the data's targets. */
    abstract SplitTracer.Impurity tracer(Dataset data);

    int checkNode(int node) {
        return Check.index("node", node, tree.nodeCount);
    }
}
