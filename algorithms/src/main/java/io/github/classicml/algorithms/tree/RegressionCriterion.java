package io.github.classicml.algorithms.tree;

/**
 * How a regression tree measures the impurity of a node, and what its leaves predict.
 *
 * @see DecisionTreeRegressor
 */
public enum RegressionCriterion {
    /**
     * The weighted variance of the targets, {@code sum_i w_i (y_i - mean)^2 / W}; leaves predict the
     * weighted mean. scikit-learn's default ({@code "squared_error"}).
     */
    SQUARED_ERROR,
    /**
     * The weighted mean absolute deviation from the weighted median, {@code sum_i w_i |y_i - median| / W};
     * leaves predict the weighted median. Robust to outlying targets; slower to fit (O(m log m) per
     * feature per node, against O(m)).
     */
    ABSOLUTE_ERROR,
    /**
     * Squared error with Friedman's improvement score for a split,
     * {@code (W_R S_L - W_L S_R)^2 / (W_L W_R W)}: the same splits as {@link #SQUARED_ERROR} (the two
     * scores rank the candidates of a node alike), but this score is what {@code minImpurityDecrease},
     * best-first growth and the importances use. scikit-learn's {@code "friedman_mse"}, the default of
     * its gradient boosting.
     */
    FRIEDMAN_MSE
}
