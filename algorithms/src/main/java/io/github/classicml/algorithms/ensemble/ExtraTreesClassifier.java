package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.ClassificationCriterion;
import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.algorithms.tree.Splitter;
import io.github.classicml.core.Check;
import io.github.classicml.core.Reseedable;


/**
 * Extremely randomised trees for classification: many fully grown trees, each on all the rows (by
 * default) and splitting every node at a random threshold: for each of {@code maxFeatures} candidate
 * columns one threshold is drawn uniformly between the column's smallest and largest value in the node,
 * and the best of these candidates wins. Their probabilities are averaged (soft voting).
 *
 * <p>Random thresholds decorrelate the trees more than bootstrap samples do and cost no sort along the
 * column, so extra trees are fast to grow; each tree has a little more bias, which the averaging does not
 * remove, and much less correlation with the others, which it turns into lower variance.
 *
 * <p>Cost: {@code trees} tree fits on {@code threads} threads; the model is bit-identical for any thread
 * count. Progress: one step per tree.
 *
 * <p>Reference: P. Geurts, D. Ernst, L. Wehenkel, "Extremely randomized trees", <i>Machine Learning</i>
 * 63(1), 3-42, 2006; scikit-learn 1.2's {@code ExtraTreesClassifier} has the same parameters and
 * defaults.
 *
 * @param trees the number of trees, at least 1; default 100
 * @param criterion the impurity the trees' splits decrease; default {@link ClassificationCriterion#GINI}
 * @param maxDepth the greatest depth of a tree, at least 0; 0 (the default) means unlimited: fully grown trees
 * @param minRowsToSplit the fewest rows a node needs to be split, at least 2; default 2
 * @param minRowsPerLeaf the fewest rows each child of a split keeps, at least 1; default 1
 * @param maxFeatures the candidate columns per split; {@link MaxFeatures#sqrt()} (the default) or another rule
 * @param bootstrap whether each tree gets a bootstrap sample; default false (every tree sees every row)
 * @param maxSamples the bootstrap sample size {@code max(1, rint(maxSamples * n))}, in (0, 1]; default 1;
 *     below 1 only with {@code bootstrap}
 * @param oobScore whether to compute the out-of-bag score and estimates (needs {@code bootstrap}); default false
 * @param seed the seed of the samples and of the trees' seeds (drawn in tree order); default 0
 * @param threads the threads that grow trees, at least 0; 0 (the default) means one per processor; never
 *     changes the model
 * @see ForestClassifierModel
 */
public record ExtraTreesClassifier(int trees, ClassificationCriterion criterion, int maxDepth, int minRowsToSplit, int minRowsPerLeaf, MaxFeatures maxFeatures, boolean bootstrap, double maxSamples, boolean oobScore, long seed, int threads) implements ForestClassifier,
        Reseedable<ExtraTreesClassifier> {

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
    public ExtraTreesClassifier {
        Forests.validate(trees, maxFeatures, bootstrap, maxSamples, oobScore, threads);
        Check.notNull("criterion", criterion);
        DecisionTreeClassifier.of().withMaxDepth(maxDepth).withMinRowsToSplit(minRowsToSplit).withMinRowsPerLeaf(minRowsPerLeaf);
    }

    /**
     * 100 trees with scikit-learn 1.2's defaults: gini splits, fully grown, sqrt candidate columns per split,
     * every row for every tree, seed 0, all processors.
     *
     * @return the learner
     */
    public static ExtraTreesClassifier of() {
        return new ExtraTreesClassifier(100, ClassificationCriterion.GINI, 0, 2, 1, MaxFeatures.sqrt(), false, 1.0, false, 0L, 0);
    }

    /**
     * @param value the number of trees
     * @return a copy with it
     */
    public ExtraTreesClassifier withTrees(int value) {
        return new ExtraTreesClassifier(value, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the impurity
     * @return a copy with it
     */
    public ExtraTreesClassifier withCriterion(ClassificationCriterion value) {
        return new ExtraTreesClassifier(trees, value, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the greatest depth (0: unlimited)
     * @return a copy with it
     */
    public ExtraTreesClassifier withMaxDepth(int value) {
        return new ExtraTreesClassifier(trees, criterion, value, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the fewest rows to split a node
     * @return a copy with it
     */
    public ExtraTreesClassifier withMinRowsToSplit(int value) {
        return new ExtraTreesClassifier(trees, criterion, maxDepth, value, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the fewest rows per leaf
     * @return a copy with it
     */
    public ExtraTreesClassifier withMinRowsPerLeaf(int value) {
        return new ExtraTreesClassifier(trees, criterion, maxDepth, minRowsToSplit, value, maxFeatures, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the candidate columns per split
     * @return a copy with it
     */
    public ExtraTreesClassifier withMaxFeatures(MaxFeatures value) {
        return new ExtraTreesClassifier(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, value, bootstrap, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value whether each tree gets a bootstrap sample
     * @return a copy with it
     */
    public ExtraTreesClassifier withBootstrap(boolean value) {
        return new ExtraTreesClassifier(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, value, maxSamples, oobScore, seed, threads);
    }

    /**
     * @param value the bootstrap sample size as a fraction of the rows
     * @return a copy with it
     */
    public ExtraTreesClassifier withMaxSamples(double value) {
        return new ExtraTreesClassifier(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, value, oobScore, seed, threads);
    }

    /**
     * @param value whether to compute the out-of-bag estimates
     * @return a copy with it
     */
    public ExtraTreesClassifier withOobScore(boolean value) {
        return new ExtraTreesClassifier(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, value, seed, threads);
    }

    /**
     * @param value the seed
     * @return a copy with it
     */
    public ExtraTreesClassifier withSeed(long value) {
        return new ExtraTreesClassifier(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, value, threads);
    }

    /**
     * @param value the threads (0: all processors)
     * @return a copy with it
     */
    public ExtraTreesClassifier withThreads(int value) {
        return new ExtraTreesClassifier(trees, criterion, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, bootstrap, maxSamples, oobScore, seed, value);
    }

    /** @return {@link Splitter#RANDOM}: one random threshold per drawn feature, as in extra trees */
    @Override
    public Splitter splitter() {
        return Splitter.RANDOM;
    }
}
