package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.ClassificationCriterion;
import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.algorithms.tree.Splitter;
import io.github.classicml.core.Check;
import io.github.classicml.core.Reseedable;


/**
 * A random forest for classification: many fully grown classification trees, each on a bootstrap sample
 * of the rows and choosing every split among a random subset of the columns; their probabilities are
 * averaged (soft voting).
 *
 * <p>Bagging alone averages trees that are alike, because they all split on the strongest columns;
 * drawing {@code maxFeatures} candidate columns anew at every node makes them less alike, and the
 * variance of an average of {@code B} trees with pairwise correlation {@code rho} and variance
 * {@code s^2}, {@code rho s^2 + (1 - rho) s^2 / B}, falls with {@code rho}. The probabilities are the mean
 * of the trees' leaf class shares and the prediction is the most probable class (scikit-learn's rule,
 * not a majority of the trees' votes). The rows a tree did not draw give the out-of-bag estimate of the
 * test accuracy ({@code oobScore}); the trees' impurity decreases give the MDI importances
 * ({@link ForestClassifierModel#featureImportances()}); {@link PermutationImportance} gives the
 * held-out alternative.
 *
 * <p>Cost: the columns are sorted once for all the trees ({@link
 * io.github.classicml.algorithms.tree.SortedColumns}, O(p n)); each tree then keeps its sample's rows from
 * that order in O(p n) and grows in O(p n) per level, {@code trees} fits on {@code threads} threads;
 * prediction O(trees * depth). Each tree's sample and seed are drawn in tree order from {@code seed}
 * before any is grown, so the forest is bit-identical for any thread count. Progress: one step per tree.
 *
 * <p>Reference: L. Breiman, "Random forests", <i>Machine Learning</i> 45(1), 5-32, 2001; scikit-learn
 * 1.2's {@code RandomForestClassifier} has the same parameters and defaults.
 *
 * @param trees the number of trees, at least 1; default 100
 * @param criterion the impurity the trees' splits decrease; default {@link ClassificationCriterion#GINI}
 * @param maxDepth the greatest depth of a tree, at least 0; 0 (the default) means unlimited: fully grown trees
 * @param minRowsToSplit the fewest rows a node needs to be split, at least 2; default 2
 * @param minRowsPerLeaf the fewest rows each child of a split keeps, at least 1; default 1
 * @param maxFeatures the candidate columns per split; {@link MaxFeatures#sqrt()} (the default) or another rule
 * @param bootstrap whether each tree gets a bootstrap sample; default true
 * @param maxSamples the bootstrap sample size {@code max(1, rint(maxSamples * n))}, in (0, 1]; default 1;
 *     below 1 only with {@code bootstrap}
 * @param oobScore whether to compute the out-of-bag score and estimates (needs {@code bootstrap}); default false
 * @param seed the seed of the samples and of the trees' seeds (drawn in tree order); default 0
 * @param threads the threads that grow trees, at least 0; 0 (the default) means one per processor; never
 *     changes the model
 * @see ForestClassifierModel
 */
public record RandomForestClassifier(int trees, ClassificationCriterion criterion, int maxDepth, int minRowsToSplit, int minRowsPerLeaf, MaxFeatures maxFeatures, boolean bootstrap, double maxSamples, boolean oobScore, long seed, int threads) implements ForestClassifier,
        Reseedable<RandomForestClassifier> {

    /**
     * Validates the hyperparameters; the trees' own limits are checked by {@link DecisionTreeClassifier}.
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
    public RandomForestClassifier {
        Forests.validate(trees, maxFeatures, bootstrap, maxSamples, oobScore, threads);
        Check.notNull("criterion", criterion);
        DecisionTreeClassifier.of().withMaxDepth(maxDepth).withMinRowsToSplit(minRowsToSplit).withMinRowsPerLeaf(minRowsPerLeaf);
    }

    /**
     * 100 trees with scikit-learn 1.2's defaults: gini splits, fully grown, sqrt candidate columns per split,
     * bootstrap samples, seed 0, all processors.
     *
     * @return the learner
     */
    public static RandomForestClassifier of() {
        return new RandomForestClassifier(100, ClassificationCriterion.GINI, 0, 2, 1, MaxFeatures.sqrt(), true, 1.0, false, 0L, 0);
    }

    /**
     * @param value the number of trees
     * @return a copy with it
     */
    public RandomForestClassifier withTrees(int value) {
        return new RandomForestClassifier(value, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the impurity
     * @return a copy with it
     */
    public RandomForestClassifier withCriterion(ClassificationCriterion value) {
        return new RandomForestClassifier(trees, value, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the greatest depth (0: unlimited)
     * @return a copy with it
     */
    public RandomForestClassifier withMaxDepth(int value) {
        return new RandomForestClassifier(trees, criterion, value, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the fewest rows to split a node
     * @return a copy with it
     */
    public RandomForestClassifier withMinRowsToSplit(int value) {
        return new RandomForestClassifier(trees, criterion, maxDepth, value, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the fewest rows per leaf
     * @return a copy with it
     */
    public RandomForestClassifier withMinRowsPerLeaf(int value) {
        return new RandomForestClassifier(trees, criterion, maxDepth, minRowsToSplit, value, maxFeatures, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the candidate columns per split
     * @return a copy with it
     */
    public RandomForestClassifier withMaxFeatures(MaxFeatures value) {
        return new RandomForestClassifier(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, value, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value whether each tree gets a bootstrap sample
     * @return a copy with it
     */
    public RandomForestClassifier withBootstrap(boolean value) {
        return new RandomForestClassifier(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, value, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the bootstrap sample size as a fraction of the rows
     * @return a copy with it
     */
    public RandomForestClassifier withMaxSamples(double value) {
        return new RandomForestClassifier(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, value, oobScore, seed, threads);
    }

    /**
     * @param value whether to compute the out-of-bag estimates
     * @return a copy with it
     */
    public RandomForestClassifier withOobScore(boolean value) {
        return new RandomForestClassifier(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, value, seed, threads);
    }

    /**
     * @param value the seed
     * @return a copy with it
     */
    public RandomForestClassifier withSeed(long value) {
        return new RandomForestClassifier(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, value, threads);
    }

    /**
     * @param value the threads (0: all processors)
     * @return a copy with it
     */
    public RandomForestClassifier withThreads(int value) {
        return new RandomForestClassifier(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, seed, value);
    }

    /** @return {@link Splitter#BEST}: best splits, as in random forests */
    @Override
    public Splitter splitter() {
        return Splitter.BEST;
    }
}
