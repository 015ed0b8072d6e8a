package io.github.classicml.algorithms.tree;

import java.util.Arrays;

/**
 * Minimal cost-complexity pruning (Breiman et al. 1984, chapter 3), by weakest link.
 *
 * <p>The cost of a subtree T is {@code R(T) + alpha |leaves(T)|}, where {@code R(T)} sums
 * {@code W_leaf / W_root * impurity(leaf)} over its leaves. Collapsing an internal node t into a leaf
 * changes R by {@code R(t) - R(T_t)} and removes {@code |leaves(T_t)| - 1} leaves, so it pays from
 * {@code alpha_t = (R(t) - R(T_t)) / (|leaves(T_t)| - 1)} on. Weakest-link pruning collapses the node
 * of least {@code alpha_t} (the lowest node id among equals), updates its ancestors, and repeats until
 * the root is a leaf; the alphas met on the way are the pruning path, and the tree for a given alpha
 * is the one reached before the first link whose {@code alpha_t} exceeds it. This follows scikit-learn
 * 1.2's {@code _cost_complexity_prune} step for step. O(nodes^2) in the worst case.
 */
final class Pruning {

    private Pruning() {
    }

    /** The tree pruned at {@code alpha}, renumbered depth first. */
    static Tree prune(Tree tree, double alpha) {
        // alpha is in the units of the impurities, which a tree on extreme targets keeps scaled
        boolean[] collapsed = weakestLinks(tree, Math.scalb(alpha, -tree.impurityExponent), null);
        boolean[] keepChildren = new boolean[tree.nodeCount];
        for (int node = 0; node < tree.nodeCount; node++) {
            keepChildren[node] = !collapsed[node];
        }
        return tree.subtree(keepChildren);
    }

    /** The whole pruning path. */
    static PruningPath path(Tree tree) {
        double[][] record = {new double[tree.nodeCount + 1], new double[tree.nodeCount + 1], {0}};
        weakestLinks(tree, Double.POSITIVE_INFINITY, record);
        int count = (int) record[2][0];
        for (int k = 0; k < count; k++) {
            record[0][k] = Math.scalb(record[0][k], tree.impurityExponent);
            record[1][k] = Math.scalb(record[1][k], tree.impurityExponent);
        }
        return new PruningPath(Arrays.copyOf(record[0], count), Arrays.copyOf(record[1], count));
    }

    /**
     * Runs weakest-link pruning until the next link's alpha exceeds {@code alpha} or the root is
     * collapsed; when {@code record} is given ({@code alphas, impurities, {count}}), saves each step.
     *
     * @return for every node, whether it is a leaf of the pruned tree (or outside it)
     */
    static boolean[] weakestLinks(Tree tree, double alpha, double[][] record) {
        int nodes = tree.nodeCount;
        int[] parent = tree.parents();
        double total = tree.weight[0];
        double[] rNode = new double[nodes];
        double[] rBranch = new double[nodes];
        int[] leaves = new int[nodes];
        boolean[] leafInSubtree = new boolean[nodes];
        boolean[] candidate = new boolean[nodes];
        boolean[] inSubtree = new boolean[nodes];
        for (int i = 0; i < nodes; i++) {
            rNode[i] = tree.weight[i] * tree.impurity[i] / total;
            leafInSubtree[i] = tree.isLeaf(i);
            candidate[i] = !tree.isLeaf(i);
            inSubtree[i] = true;
        }
        for (int leaf = 0; leaf < nodes; leaf++) {
            if (!leafInSubtree[leaf]) {
                continue;
            }
            rBranch[leaf] = rNode[leaf];
            int node = leaf;
            while (node != 0) {
                int up = parent[node];
                rBranch[up] += rNode[leaf];
                leaves[up]++;
                node = up;
            }
        }
        if (record != null) {
            save(record, 0.0, rBranch[0]);
        }
        int[] stack = new int[nodes];
        while (candidate[0]) {
            double effective = Double.MAX_VALUE;
            int weakest = -1;
            for (int i = 0; i < nodes; i++) {
                if (!candidate[i]) {
                    continue;
                }
                double current = (rNode[i] - rBranch[i]) / (leaves[i] - 1);
                if (current < effective) {
                    effective = current;
                    weakest = i;
                }
            }
            if (alpha < effective) {
                break;
            }
            int top = 0;
            stack[top++] = weakest;
            while (top > 0) {
                int node = stack[--top];
                if (!inSubtree[node]) {
                    continue;
                }
                candidate[node] = false;
                leafInSubtree[node] = false;
                inSubtree[node] = false;
                if (!tree.isLeaf(node)) {
                    stack[top++] = tree.left[node];
                    stack[top++] = tree.right[node];
                }
            }
            leafInSubtree[weakest] = true;
            inSubtree[weakest] = true;
            int pruned = leaves[weakest] - 1;
            leaves[weakest] = 0;
            double difference = rNode[weakest] - rBranch[weakest];
            rBranch[weakest] = rNode[weakest];
            for (int node = parent[weakest]; node != -1; node = parent[node]) {
                leaves[node] -= pruned;
                rBranch[node] += difference;
            }
            if (record != null) {
                save(record, effective, rBranch[0]);
            }
        }
        return leafInSubtree;
    }

    private static void save(double[][] record, double alpha, double impurity) {
        int k = (int) record[2][0];
        record[0][k] = alpha;
        record[1][k] = impurity;
        record[2][0] = k + 1;
    }
}
