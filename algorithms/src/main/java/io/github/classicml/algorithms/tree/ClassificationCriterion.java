package io.github.classicml.algorithms.tree;

/**
 * How a classification tree measures the impurity of a node whose class shares are {@code p_c}.
 *
 * @see DecisionTreeClassifier
 */
public enum ClassificationCriterion {
    /**
     * Gini impurity {@code 1 - sum_c p_c^2}: the chance that two rows drawn with replacement from the
     * node have different classes; 0 for a pure node, {@code 1 - 1/k} at most. scikit-learn's default.
     */
    GINI,
    /**
     * Entropy {@code -sum_c p_c log2 p_c} in bits (the information gain of a split is its decrease);
     * 0 for a pure node, {@code log2 k} at most.
     */
    ENTROPY
}
