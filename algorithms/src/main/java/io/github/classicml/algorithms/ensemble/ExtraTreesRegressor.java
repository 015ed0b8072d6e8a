package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.RegressionCriterion;
import io.github.classicml.algorithms.tree.DecisionTreeRegressor;
import io.github.classicml.algorithms.tree.Splitter;
import io.github.classicml.core.Check;
import io.github.classicml.core.Reseedable;


/**
 * Extremely randomised trees for regression: fully grown trees on all the rows (by default) whose splits
 * use one random threshold per candidate column, drawn uniformly in the column's range in the node; the
 * prediction is the mean of the trees'. The random thresholds decorrelate the trees and make them cheap
 * to grow.
 *
 * <p>Cost: {@code trees} tree fits on {@code threads} threads; bit-identical for any thread count.
 * Progress: one step per tree.
 *
 * <p>Reference: P. Geurts, D. Ernst, L. Wehenkel, "Extremely randomized trees", <i>Machine Learning</i>
 * 63(1), 3-42, 2006; scikit-learn 1.2's {@code ExtraTreesRegressor}.
 *
 * @param trees the number of trees, at least 1; default 100
 * @param criterion the impurity the trees' splits decrease; default {@link RegressionCriterion#SQUARED_ERROR}
 * @param maxDepth the greatest depth of a tree, at least 0; 0 (the default) means unlimited: fully grown trees
 * @param minRowsToSplit the fewest rows a node needs to be split, at least 2; default 2
 * @param minRowsPerLeaf the fewest rows each child of a split keeps, at least 1; default 1
 * @param maxFeatures the candidate columns per split; {@link MaxFeatures#all()} (the default) or another rule
 * @param bootstrap whether each tree gets a bootstrap sample; default false (every tree sees every row)
 * @param maxSamples the bootstrap sample size {@code max(1, rint(maxSamples * n))}, in (0, 1]; default 1;
 *     below 1 only with {@code bootstrap}
 * @param oobScore whether to compute the out-of-bag score and estimates (needs {@code bootstrap}); default false
 * @param seed the seed of the samples and of the trees' seeds (drawn in tree order); default 0
 * @param threads the threads that grow trees, at least 0; 0 (the default) means one per processor; never
 *     changes the model
 * @see ForestRegressorModel
 */
public record ExtraTreesRegressor(int trees, RegressionCriterion criterion, int maxDepth, int minRowsToSplit, int minRowsPerLeaf, MaxFeatures maxFeatures, boolean bootstrap, double maxSamples, boolean oobScore, long seed, int threads) implements ForestRegressor,
        Reseedable<ExtraTreesRegressor> {

    /**
     * Validates the hyperparameters; the trees' own limits are checked by {@link DecisionTreeRegressor}.
     *
     * @param trees the number of trees
     * @param criterion the impurity
     * @param maxDepth the greatest depth (0: unlimited)
     * @param minRowsToSplit the fewest rows to split a node
     * @param minRowsPerLeaf the fewest rows per leaf
     * @param maxFeatures the candidate columns per split
     * @param bootstrap whether each tree gets a bootstrap sample
     * @param maxSamples the bootstrap sample size as a fraction of the rows
     * @param oobScore whether to compute the out-of-bag estimates
     * @param seed the seed
     * @param threads the threads (0: all processors)
     */
    public ExtraTreesRegressor {
        Forests.validate(trees, maxFeatures, bootstrap, maxSamples, oobScore, threads);
        Check.notNull("criterion", criterion);
        DecisionTreeRegressor.of().withMaxDepth(maxDepth).withMinRowsToSplit(minRowsToSplit).withMinRowsPerLeaf(minRowsPerLeaf);
    }

    /**
     * 100 trees with scikit-learn 1.2's defaults: squared error splits, fully grown, all candidate columns per split,
     * every row for every tree, seed 0, all processors.
     *
     * @return the learner
     */
    public static ExtraTreesRegressor of() {
        return new ExtraTreesRegressor(100, RegressionCriterion.SQUARED_ERROR, 0, 2, 1, MaxFeatures.all(), false, 1.0, false, 0L, 0);
    }

    /**
     * @param value the number of trees
     * @return a copy with it
     */
    public ExtraTreesRegressor withTrees(int value) {
        return new ExtraTreesRegressor(value, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the impurity
     * @return a copy with it
     */
    public ExtraTreesRegressor withCriterion(RegressionCriterion value) {
        return new ExtraTreesRegressor(trees, value, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the greatest depth (0: unlimited)
     * @return a copy with it
     */
    public ExtraTreesRegressor withMaxDepth(int value) {
        return new ExtraTreesRegressor(trees, criterion, value, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the fewest rows to split a node
     * @return a copy with it
     */
    public ExtraTreesRegressor withMinRowsToSplit(int value) {
        return new ExtraTreesRegressor(trees, criterion, maxDepth, value, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the fewest rows per leaf
     * @return a copy with it
     */
    public ExtraTreesRegressor withMinRowsPerLeaf(int value) {
        return new ExtraTreesRegressor(trees, criterion, maxDepth, minRowsToSplit, value, maxFeatures, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the candidate columns per split
     * @return a copy with it
     */
    public ExtraTreesRegressor withMaxFeatures(MaxFeatures value) {
        return new ExtraTreesRegressor(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, value, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value whether each tree gets a bootstrap sample
     * @return a copy with it
     */
    public ExtraTreesRegressor withBootstrap(boolean value) {
        return new ExtraTreesRegressor(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, value, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the bootstrap sample size as a fraction of the rows
     * @return a copy with it
     */
    public ExtraTreesRegressor withMaxSamples(double value) {
        return new ExtraTreesRegressor(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, value, oobScore, seed, threads);
    }

    /**
     * @param value whether to compute the out-of-bag estimates
     * @return a copy with it
     */
    public ExtraTreesRegressor withOobScore(boolean value) {
        return new ExtraTreesRegressor(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, value, seed, threads);
    }

    /**
     * @param value the seed
     * @return a copy with it
     */
    public ExtraTreesRegressor withSeed(long value) {
        return new ExtraTreesRegressor(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, value, threads);
    }

    /**
     * @param value the threads (0: all processors)
     * @return a copy with it
     */
    public ExtraTreesRegressor withThreads(int value) {
        return new ExtraTreesRegressor(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, seed, value);
    }

    /** @return {@link Splitter#RANDOM}: one random threshold per drawn feature, as in extra trees */
    @Override
    public Splitter splitter() {
        return Splitter.RANDOM;
    }
}
