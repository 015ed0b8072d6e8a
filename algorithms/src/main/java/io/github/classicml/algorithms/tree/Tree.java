package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Check;

import java.util.Arrays;

/**
 * The fitted nodes of one tree, in flat arrays indexed by node id (scikit-learn's {@code tree_}
 * layout): node 0 is the root; an internal node has a feature, a threshold and two children (rows
 * with {@code x[feature] <= threshold} go left); a leaf has {@link #LEAF} as its children and feature.
 * Every node keeps its impurity, its number of training rows, their total weight, and its value:
 * the weighted class counts ({@code stride} = classes) or the prediction ({@code stride} = 1).
 * Immutable once built.
 */
final class Tree {

    /** Children and feature of a leaf. */
    static final int LEAF = -1;

    final int[] feature;
    final double[] threshold;
    final int[] left;
    final int[] right;
    final double[] impurity;
    final int[] rows;
    final double[] weight;
    final double[] value;
    final int stride;
    final int nodeCount;
    /**
     * The impurities are in units of {@code 2^impurityExponent}: a regression tree on targets beyond
     * 2^±200 is grown on the targets divided by {@code 2^e} (exact), so that their squares neither
     * overflow nor underflow; its values are in true units, its impurities stay in the scaled ones
     * ({@code 2e} for squared error, {@code e} for absolute error; importances are ratios of them) and
     * {@link #trueImpurity} converts. 0 otherwise.
     */
    final int impurityExponent;
    /** The depth of every node (root 0), and the largest. */
    private final int[] depth;
    private final int maxDepth;

    Tree(int nodeCount, int stride, int[] feature, double[] threshold, int[] left, int[] right,
         double[] impurity, int[] rows, double[] weight, double[] value) {
        this(nodeCount, stride, feature, threshold, left, right, impurity, rows, weight, value, 0);
    }

    private Tree(int nodeCount, int stride, int[] feature, double[] threshold, int[] left, int[] right,
                 double[] impurity, int[] rows, double[] weight, double[] value, int impurityExponent) {
        this.impurityExponent = impurityExponent;
        this.nodeCount = nodeCount;
        this.stride = stride;
        this.feature = feature;
        this.threshold = threshold;
        this.left = left;
        this.right = right;
        this.impurity = impurity;
        this.rows = rows;
        this.weight = weight;
        this.value = value;
        this.depth = computeDepths();
        int max = 0;
        for (int d : depth) {
            max = Math.max(max, d);
        }
        this.maxDepth = max;
    }

    /**
     * @param exponent the exponent e of the unit {@code 2^e} the targets were divided by while growing
     * @param impurityExponent the exponent of the impurities' unit ({@code 2e} or {@code e})
     * @return this tree with its values multiplied back by {@code 2^e} and its impurities marked as in
     *     units of {@code 2^impurityExponent}
     */
    Tree withTargetUnits(int exponent, int impurityExponent) {
        double[] trueValues = new double[value.length];
        for (int i = 0; i < trueValues.length; i++) {
            trueValues[i] = Math.scalb(value[i], exponent);
        }
        return new Tree(nodeCount, stride, feature, threshold, left, right, impurity, rows, weight, trueValues,
                impurityExponent);
    }

    /**
     * @param impurityExponent the exponent of the impurities' unit, as stored in a model file
     * @return this tree with its impurities marked as in units of {@code 2^impurityExponent}
     */
    Tree withImpurityExponent(int impurityExponent) {
        return new Tree(nodeCount, stride, feature, threshold, left, right, impurity, rows, weight, value,
                impurityExponent);
    }

    /**
     * @param unit the unit the weights were grown in (they were divided by it)
     * @param classCounts whether the values are weighted class counts (multiplied back too)
     * @return this tree with its node weights (and class counts) in the weights' own units: exact for a
     *     power of two (the grower checked that the total weight is finite), one rounding otherwise
     */
    Tree withWeightUnit(double unit, boolean classCounts) {
        double[] trueWeights = new double[weight.length];
        for (int i = 0; i < trueWeights.length; i++) {
            trueWeights[i] = weight[i] * unit;
        }
        double[] trueValues = value;
        if (classCounts) {
            trueValues = new double[value.length];
            for (int i = 0; i < trueValues.length; i++) {
                trueValues[i] = value[i] * unit;
            }
        }
        return new Tree(nodeCount, stride, feature, threshold, left, right, impurity, rows, trueWeights, trueValues,
                impurityExponent);
    }

    /**
     * @param present the class index of each of this tree's classes (it was grown on the present ones)
     * @param classCount the number of class indices of the data
     * @return this tree with a count for every class index (0 for the absent ones)
     * @throws IllegalArgumentException if nodes times classes exceeds {@link TreeGrower#MAX_VALUES}
     */
    Tree withClasses(int[] present, int classCount) {
        double[] wide = new double[Check.tableSize("the tree's class counts", nodeCount, "nodes", classCount,
                "classes", TreeGrower.MAX_VALUES)];
        for (int node = 0; node < nodeCount; node++) {
            for (int c = 0; c < present.length; c++) {
                wide[node * classCount + present[c]] = value[node * stride + c];
            }
        }
        return new Tree(nodeCount, classCount, feature, threshold, left, right, impurity, rows, weight, wide,
                impurityExponent);
    }

    /** @return the impurity of a node in the targets' true units (Infinity beyond the double range) */
    double trueImpurity(int node) {
        return Math.scalb(impurity[node], impurityExponent);
    }

    boolean isLeaf(int node) {
        return left[node] == LEAF;
    }

    /** The leaf a row falls in. */
    int apply(double[] row) {
        int node = 0;
        while (left[node] != LEAF) {
            node = row[feature[node]] <= threshold[node] ? left[node] : right[node];
        }
        return node;
    }

    /** The leaf of the row of {@code columns} values at {@code offset} of a row-major array. */
    int apply(double[] values, int offset) {
        int node = 0;
        while (left[node] != LEAF) {
            node = values[offset + feature[node]] <= threshold[node] ? left[node] : right[node];
        }
        return node;
    }

    int leafCount() {
        int leaves = 0;
        for (int node = 0; node < nodeCount; node++) {
            if (left[node] == LEAF) {
                leaves++;
            }
        }
        return leaves;
    }

    /** The depth of a node (root 0). */
    int depth(int node) {
        return depth[node];
    }

    /** The depth of every node, walking down from the root. */
    private int[] computeDepths() {
        int[] depth = new int[nodeCount];
        int[] stack = new int[nodeCount];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int node = stack[--top];
            if (left[node] != LEAF) {
                depth[left[node]] = depth[node] + 1;
                depth[right[node]] = depth[node] + 1;
                stack[top++] = left[node];
                stack[top++] = right[node];
            }
        }
        return depth;
    }

    int maxDepth() {
        return maxDepth;
    }

    /** The parent of every node, -1 for the root. */
    int[] parents() {
        int[] parent = new int[nodeCount];
        Arrays.fill(parent, -1);
        for (int node = 0; node < nodeCount; node++) {
            if (left[node] != LEAF) {
                parent[left[node]] = node;
                parent[right[node]] = node;
            }
        }
        return parent;
    }

    /**
     * Mean decrease in impurity per feature: each split adds {@code W_node i_node - W_left i_left -
     * W_right i_right} to its feature; the totals are divided by the root's weight and then by their
     * sum (all zero when the tree is a single leaf).
     */
    double[] importances(int columns) {
        double[] out = new double[columns];
        for (int node = 0; node < nodeCount; node++) {
            if (left[node] != LEAF) {
                int l = left[node];
                int r = right[node];
                out[feature[node]] += weight[node] * impurity[node] - weight[l] * impurity[l]
                        - weight[r] * impurity[r];
            }
        }
        double total = 0;
        for (int j = 0; j < columns; j++) {
            out[j] /= weight[0];
            total += out[j];
        }
        if (total > 0) {
            for (int j = 0; j < columns; j++) {
                out[j] /= total;
            }
        }
        return out;
    }

    /**
     * The tree keeping only the nodes marked in {@code keep} (a pruned subtree containing the root),
     * where a kept node whose children are not kept becomes a leaf; ids are renumbered depth first,
     * left before right.
     */
    Tree subtree(boolean[] keepChildren) {
        int[] newFeature = new int[nodeCount];
        double[] newThreshold = new double[nodeCount];
        int[] newLeft = new int[nodeCount];
        int[] newRight = new int[nodeCount];
        double[] newImpurity = new double[nodeCount];
        int[] newRows = new int[nodeCount];
        double[] newWeight = new double[nodeCount];
        double[] newValue = new double[nodeCount * stride];
        // stack of (old id, new parent, is left)
        int[] stackNode = new int[nodeCount];
        int[] stackParent = new int[nodeCount];
        boolean[] stackLeft = new boolean[nodeCount];
        int top = 0;
        stackNode[top] = 0;
        stackParent[top] = -1;
        top++;
        int count = 0;
        while (top > 0) {
            top--;
            int old = stackNode[top];
            int parent = stackParent[top];
            boolean isLeft = stackLeft[top];
            int id = count++;
            if (parent >= 0) {
                if (isLeft) {
                    newLeft[parent] = id;
                } else {
                    newRight[parent] = id;
                }
            }
            newImpurity[id] = impurity[old];
            newRows[id] = rows[old];
            newWeight[id] = weight[old];
            System.arraycopy(value, old * stride, newValue, id * stride, stride);
            if (left[old] != LEAF && keepChildren[old]) {
                newFeature[id] = feature[old];
                newThreshold[id] = threshold[old];
                stackNode[top] = right[old];
                stackParent[top] = id;
                stackLeft[top] = false;
                top++;
                stackNode[top] = left[old];
                stackParent[top] = id;
                stackLeft[top] = true;
                top++;
            } else {
                newFeature[id] = LEAF;
                newThreshold[id] = LEAF;
                newLeft[id] = LEAF;
                newRight[id] = LEAF;
            }
        }
        return new Tree(count, stride, Arrays.copyOf(newFeature, count), Arrays.copyOf(newThreshold, count),
                Arrays.copyOf(newLeft, count), Arrays.copyOf(newRight, count), Arrays.copyOf(newImpurity, count),
                Arrays.copyOf(newRows, count), Arrays.copyOf(newWeight, count),
                Arrays.copyOf(newValue, count * stride), impurityExponent);
    }
}
