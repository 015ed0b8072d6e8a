package io.github.classicml.algorithms.tree;

import java.util.List;

/**
 * Every candidate split of one node, best first: what the tree weighed when it chose the node's split
 * (for teaching; see {@link DecisionTreeModel#splitTrace}).
 *
 * <p>For each feature and each threshold halfway between two neighbouring distinct values of the
 * node's rows that leaves at least {@code minRowsPerLeaf} rows on both sides, a candidate records the
 * rows and impurity of each side and the decrease
 * {@code impurity(node) - W_left/W impurity(left) - W_right/W impurity(right)}. Candidates are
 * sorted by decrease, largest first (then by feature, then by threshold); the first is the split the
 * tree makes at that node when the node is split and considers all features, unless several
 * candidates tie (decreases equal to 12 decimals, sorted by feature and threshold), when rounding in
 * the tree's own arithmetic may have preferred another of the tied ones.
 *
 * @param node the node id
 * @param rows the training rows that reach the node
 * @param impurity the node's impurity
 * @param candidates the candidate splits, best first (unmodifiable)
 */
public record SplitTrace(int node, int rows, double impurity, List<Candidate> candidates) {

    /**
     * Copies the candidate list.
     *
     * @param node the node id
     * @param rows the rows at the node
     * @param impurity the node's impurity
     * @param candidates the candidates, best first; copied
     */
    public SplitTrace {
        candidates = List.copyOf(candidates);
    }

    /**
     * One candidate split of a node.
     *
     * @param feature the column index
     * @param featureName the column's name
     * @param threshold rows with {@code x[feature] <= threshold} go left
     * @param leftRows the rows sent left
     * @param rightRows the rows sent right
     * @param leftImpurity the impurity of the left side
     * @param rightImpurity the impurity of the right side
     * @param decrease the node's impurity minus the weighted impurity of the two sides
     */
    public record Candidate(int feature, String featureName, double threshold, int leftRows, int rightRows,
                            double leftImpurity, double rightImpurity, double decrease) {
    }

    /** @return the best candidate, or null when the node has none (all features constant) */
    public Candidate best() {
        return candidates.isEmpty() ? null : candidates.get(0);
    }
}
