package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.RegressionCriterion;
import io.github.classicml.algorithms.tree.DecisionTreeRegressor;
import io.github.classicml.algorithms.tree.Splitter;
import io.github.classicml.core.Check;
import io.github.classicml.core.Reseedable;


/**
 * A random forest for regression: many fully grown regression trees, each on a bootstrap sample of the
 * rows and choosing every split among {@code maxFeatures} random candidate columns (all of them by
 * default, as in scikit-learn 1.2, which makes it bagged trees); the prediction is the mean of the trees'.
 *
 * <p>The mean of {@code B} trees of variance {@code s^2} and pairwise correlation {@code rho} has variance
 * {@code rho s^2 + (1 - rho) s^2 / B}; fewer candidate columns lower {@code rho}. The out-of-bag
 * predictions estimate the test R² ({@code oobScore}); MDI importances come from the trees' decreases of
 * squared error.
 *
 * <p>Cost: {@code trees} tree fits of O(p n log n) each on {@code threads} threads; bit-identical for any
 * thread count. Progress: one step per tree.
 *
 * <p>Reference: L. Breiman, "Random forests", <i>Machine Learning</i> 45(1), 5-32, 2001; scikit-learn
 * 1.2's {@code RandomForestRegressor}.
 *
 * @param trees the number of trees, at least 1; default 100
 * @param criterion the impurity the trees' splits decrease; default {@link RegressionCriterion#SQUARED_ERROR}
 * @param maxDepth the greatest depth of a tree, at least 0; 0 (the default) means unlimited: fully grown trees
 * @param minRowsToSplit the fewest rows a node needs to be split, at least 2; default 2
 * @param minRowsPerLeaf the fewest rows each child of a split keeps, at least 1; default 1
 * @param maxFeatures the candidate columns per split; {@link MaxFeatures#all()} (the default) or another rule
 * @param bootstrap whether each tree gets a bootstrap sample; default true
 * @param maxSamples the bootstrap sample size {@code max(1, rint(maxSamples * n))}, in (0, 1]; default 1;
 *     below 1 only with {@code bootstrap}
 * @param oobScore whether to compute the out-of-bag score and estimates (needs {@code bootstrap}); default false
 * @param seed the seed of the samples and of the trees' seeds (drawn in tree order); default 0
 * @param threads the threads that grow trees, at least 0; 0 (the default) means one per processor; never
 *     changes the model
 * @see ForestRegressorModel
 */
public record RandomForestRegressor(int trees, RegressionCriterion criterion, int maxDepth, int minRowsToSplit, int minRowsPerLeaf, MaxFeatures maxFeatures, boolean bootstrap, double maxSamples, boolean oobScore, long seed, int threads) implements ForestRegressor,
        Reseedable<RandomForestRegressor> {

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
    public RandomForestRegressor {
        Forests.validate(trees, maxFeatures, bootstrap, maxSamples, oobScore, threads);
        Check.notNull("criterion", criterion);
        DecisionTreeRegressor.of().withMaxDepth(maxDepth).withMinRowsToSplit(minRowsToSplit).withMinRowsPerLeaf(minRowsPerLeaf);
    }

    /**
     * 100 trees with scikit-learn 1.2's defaults: squared error splits, fully grown, all candidate columns per split,
     * bootstrap samples, seed 0, all processors.
     *
     * @return the learner
     */
    public static RandomForestRegressor of() {
        return new RandomForestRegressor(100, RegressionCriterion.SQUARED_ERROR, 0, 2, 1, MaxFeatures.all(), true, 1.0, false, 0L, 0);
    }

    /**
     * @param value the number of trees
     * @return a copy with it
     */
    public RandomForestRegressor withTrees(int value) {
        return new RandomForestRegressor(value, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the impurity
     * @return a copy with it
     */
    public RandomForestRegressor withCriterion(RegressionCriterion value) {
        return new RandomForestRegressor(trees, value, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the greatest depth (0: unlimited)
     * @return a copy with it
     */
    public RandomForestRegressor withMaxDepth(int value) {
        return new RandomForestRegressor(trees, criterion, value, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the fewest rows to split a node
     * @return a copy with it
     */
    public RandomForestRegressor withMinRowsToSplit(int value) {
        return new RandomForestRegressor(trees, criterion, maxDepth, value, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the fewest rows per leaf
     * @return a copy with it
     */
    public RandomForestRegressor withMinRowsPerLeaf(int value) {
        return new RandomForestRegressor(trees, criterion, maxDepth, minRowsToSplit, value, maxFeatures, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the candidate columns per split
     * @return a copy with it
     */
    public RandomForestRegressor withMaxFeatures(MaxFeatures value) {
        return new RandomForestRegressor(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, value, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value whether each tree gets a bootstrap sample
     * @return a copy with it
     */
    public RandomForestRegressor withBootstrap(boolean value) {
        return new RandomForestRegressor(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, value, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the bootstrap sample size as a fraction of the rows
     * @return a copy with it
     */
    public RandomForestRegressor withMaxSamples(double value) {
        return new RandomForestRegressor(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, value, oobScore, seed, threads);
    }

    /**
     * @param value whether to compute the out-of-bag estimates
     * @return a copy with it
     */
    public RandomForestRegressor withOobScore(boolean value) {
        return new RandomForestRegressor(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, value, seed, threads);
    }

    /**
     * @param value the seed
     * @return a copy with it
     */
    public RandomForestRegressor withSeed(long value) {
        return new RandomForestRegressor(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, value, threads);
    }

    /**
     * @param value the threads (0: all processors)
     * @return a copy with it
     */
    public RandomForestRegressor withThreads(int value) {
        return new RandomForestRegressor(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, seed, value);
    }

    /** @return {@link Splitter#BEST}: best splits, as in random forests */
    @Override
    public Splitter splitter() {
        return Splitter.BEST;
    }
}
