package io.github.classicml.algorithms.tree;

/**
 * How a tree chooses the threshold of each candidate feature at a node.
 */
public enum Splitter {
    /** Every threshold halfway between neighbouring distinct values is tried; the best one wins (CART). */
    BEST,
    /**
     * One threshold per candidate feature, drawn uniformly between the feature's smallest and largest
     * value in the node; the best of those wins. The split of extremely randomised trees (Geurts,
     * Ernst and Wehenkel, "Extremely randomized trees", Machine Learning 63, 2006).
     */
    RANDOM
}
