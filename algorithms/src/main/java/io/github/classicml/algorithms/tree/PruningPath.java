package io.github.classicml.algorithms.tree;

import java.util.Arrays;

/**
 * The minimal cost-complexity pruning path of a tree: the effective alphas at which weakest-link
 * pruning collapses a subtree, increasing from 0, and the total leaf impurity (each leaf's impurity
 * weighted by its share of the training weight) of the tree pruned at each. The last entry is the
 * root alone. Setting {@code ccpAlpha} to one of the alphas gives the tree pruned at that step.
 * Immutable.
 *
 * @see DecisionTreeClassifier#pruningPath(io.github.classicml.core.Dataset)
 * @see DecisionTreeRegressor#pruningPath(io.github.classicml.core.Dataset)
 */
public final class PruningPath {

    private final double[] alphas;
    private final double[] impurities;

    PruningPath(double[] alphas, double[] impurities) {
        this.alphas = alphas;
        this.impurities = impurities;
    }

    /** @return the effective alphas, ascending, the first 0 (a copy) */
    public double[] alphas() {
        return alphas.clone();
    }

    /** @return the total leaf impurity of the tree pruned at each alpha (a copy) */
    public double[] impurities() {
        return impurities.clone();
    }

    /** @return the number of steps, including the unpruned tree */
    public int size() {
        return alphas.length;
    }

    @Override
    public String toString() {
        return "PruningPath[alphas=" + Arrays.toString(alphas) + ", impurities=" + Arrays.toString(impurities) + "]";
    }
}
