package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Reseedable;

import java.util.SplittableRandom;

/**
 * A classification tree (CART): binary splits {@code x[feature] <= threshold} chosen greedily to
 * decrease the Gini impurity or the entropy of the classes, grown until the leaves are pure or a limit
 * stops them; a leaf predicts the class shares of its training rows.
 *
 * <p><b>How it grows.</b> At a node, for each candidate feature, the rows are swept in the feature's
 * sorted order and every threshold halfway between two neighbouring distinct values is scored by the
 * weighted impurity of the two children it makes ({@link Splitter#BEST}; {@link Splitter#RANDOM}
 * scores one random threshold per feature instead). The best split is kept if it respects
 * {@code minRowsPerLeaf} and {@code minImpurityDecrease}; the children are grown the same way. A node
 * becomes a leaf when it is pure, reaches {@code maxDepth}, holds fewer than {@code minRowsToSplit} or
 * {@code 2 minRowsPerLeaf} rows, or no split is allowed. Without {@code maxLeafNodes} the tree grows
 * depth first; with it, best first (the open node whose split decreases the weighted impurity most is
 * split next) until it has that many leaves. Finally, {@code ccpAlpha > 0} prunes it by minimal
 * cost-complexity (see {@link #pruningPath}).
 *
 * <p><b>Same as scikit-learn.</b> The defaults, the stopping rules, the threshold (the midpoint of two
 * neighbouring distinct values; values closer than 1e-7 count as equal), the decrease
 * {@code W_node/W * (i_node - W_left/W_node i_left - W_right/W_node i_right)}, the order of node ids
 * and the pruning are those of scikit-learn 1.2's {@code DecisionTreeClassifier}. scikit-learn computes
 * in 32-bit floats and visits the features in random order even when it considers all of them, so the
 * trees are equal when the feature values are exact in {@code float} and the best split of every node
 * is unique; among equal splits this class keeps the lowest feature index, then the lowest threshold.
 * The node values are weighted class counts, as in scikit-learn 1.2's {@code tree_.value}.
 *
 * <p><b>Cost.</b> The columns are sorted once (O(p n log n)); each level of the tree then costs
 * O(p n): every node sweeps its rows along each candidate feature and partitions them (stably, so they
 * stay sorted). A fully grown tree on n rows has at most n leaves and is O(log n) to O(n) deep.
 * Prediction follows one path: O(depth).
 *
 * <p><b>Limits.</b> Numeric features only (encode categories first); no missing values (impute first).
 * A fully grown tree fits its training data exactly and overfits noisy data: limit it with
 * {@code maxDepth}, {@code minRowsPerLeaf} or {@code ccpAlpha}, or average many trees (bagging,
 * random forests).
 *
 * <p>Reference: L. Breiman, J. Friedman, R. Olshen and C. Stone, <i>Classification and Regression
 * Trees</i>, Wadsworth, 1984 (chapters 2–4 on splitting and the Gini index, 3 on cost-complexity
 * pruning); T. Hastie, R. Tibshirani and J. Friedman, <i>The Elements of Statistical Learning</i>,
 * 2nd ed., section 9.2.
 *
 * @param criterion the impurity; default {@link ClassificationCriterion#GINI}
 * @param splitter how thresholds are chosen; default {@link Splitter#BEST}
 * @param maxDepth the greatest depth of a node (the root has depth 0), at least 0; 0 (the default)
 *     means unlimited
 * @param minRowsToSplit the fewest rows a node needs to be split, at least 2; default 2
 * @param minRowsPerLeaf the fewest rows each child of a split must keep, at least 1; default 1
 * @param maxFeatures how many features are drawn at random (without replacement, anew at every node)
 *     as candidates, at least 0 and at most the number of columns; 0 (the default) means all of them,
 *     in index order. As in scikit-learn, a drawn feature that is constant in the node counts, but the
 *     drawing goes on until at least one non-constant feature has been tried
 * @param minImpurityDecrease the least weighted decrease a split must bring, at least 0; default 0
 * @param maxLeafNodes the most leaves, grown best first; 0 (the default) means unlimited, else at least 2
 * @param classWeights the weight of each class; default {@link ClassWeights#uniform()}
 * @param ccpAlpha the complexity parameter of minimal cost-complexity pruning, at least 0; default 0
 *     (no pruning)
 * @param seed the seed of the random source (features drawn when {@code maxFeatures} is below the
 *     number of columns; thresholds with {@link Splitter#RANDOM}); default 0
 * @see DecisionTreeClassifierModel
 */
public record DecisionTreeClassifier(ClassificationCriterion criterion, Splitter splitter, int maxDepth,
                                     int minRowsToSplit, int minRowsPerLeaf, int maxFeatures,
                                     double minImpurityDecrease, int maxLeafNodes, ClassWeights classWeights,
                                     double ccpAlpha, long seed) implements Learner<DecisionTreeClassifierModel>,
        Reseedable<DecisionTreeClassifier> {

    /**
     * Validates the hyperparameters (ranges as documented on the class).
     *
     * @param criterion the impurity
     * @param splitter how thresholds are chosen
     * @param maxDepth the greatest depth, 0 for unlimited
     * @param minRowsToSplit the fewest rows to split, at least 2
     * @param minRowsPerLeaf the fewest rows per child, at least 1
     * @param maxFeatures candidate features per node, 0 for all
     * @param minImpurityDecrease the least decrease, at least 0
     * @param maxLeafNodes the most leaves, 0 for unlimited, else at least 2
     * @param classWeights the class weights
     * @param ccpAlpha the pruning parameter, at least 0
     * @param seed the seed
     */
    public DecisionTreeClassifier {
        Check.notNull("criterion", criterion);
        Check.notNull("splitter", splitter);
        Check.notNull("classWeights", classWeights);
        TreeFitting.validate(maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, minImpurityDecrease,
                maxLeafNodes, ccpAlpha);
    }

    /**
     * A tree with scikit-learn's defaults: Gini, best splits, unlimited depth, 2 rows to split, 1 row
     * per leaf, all features, no minimum decrease, unlimited leaves, uniform class weights, no pruning,
     * seed 0.
     *
     * @return the learner
     */
    public static DecisionTreeClassifier of() {
        return new DecisionTreeClassifier(ClassificationCriterion.GINI, Splitter.BEST, 0, 2, 1, 0, 0.0, 0,
                ClassWeights.uniform(), 0.0, 0L);
    }

    /**
     * @param value the criterion
     * @return a copy with that criterion
     */
    public DecisionTreeClassifier withCriterion(ClassificationCriterion value) {
        return new DecisionTreeClassifier(value, splitter, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures,
                minImpurityDecrease, maxLeafNodes, classWeights, ccpAlpha, seed);
    }

    /**
     * @param value the splitter
     * @return a copy with that splitter
     */
    public DecisionTreeClassifier withSplitter(Splitter value) {
        return new DecisionTreeClassifier(criterion, value, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures,
                minImpurityDecrease, maxLeafNodes, classWeights, ccpAlpha, seed);
    }

    /**
     * @param value the greatest depth, 0 for unlimited
     * @return a copy with that depth limit
     */
    public DecisionTreeClassifier withMaxDepth(int value) {
        return new DecisionTreeClassifier(criterion, splitter, value, minRowsToSplit, minRowsPerLeaf, maxFeatures,
                minImpurityDecrease, maxLeafNodes, classWeights, ccpAlpha, seed);
    }

    /**
     * @param value the fewest rows to split a node, at least 2
     * @return a copy with that minimum
     */
    public DecisionTreeClassifier withMinRowsToSplit(int value) {
        return new DecisionTreeClassifier(criterion, splitter, maxDepth, value, minRowsPerLeaf, maxFeatures,
                minImpurityDecrease, maxLeafNodes, classWeights, ccpAlpha, seed);
    }

    /**
     * @param value the fewest rows per leaf, at least 1
     * @return a copy with that minimum
     */
    public DecisionTreeClassifier withMinRowsPerLeaf(int value) {
        return new DecisionTreeClassifier(criterion, splitter, maxDepth, minRowsToSplit, value, maxFeatures,
                minImpurityDecrease, maxLeafNodes, classWeights, ccpAlpha, seed);
    }

    /**
     * @param value candidate features per node, 0 for all
     * @return a copy with that number of candidate features
     */
    public DecisionTreeClassifier withMaxFeatures(int value) {
        return new DecisionTreeClassifier(criterion, splitter, maxDepth, minRowsToSplit, minRowsPerLeaf, value,
                minImpurityDecrease, maxLeafNodes, classWeights, ccpAlpha, seed);
    }

    /**
     * @param value the least weighted impurity decrease of a split, at least 0
     * @return a copy with that minimum
     */
    public DecisionTreeClassifier withMinImpurityDecrease(double value) {
        return new DecisionTreeClassifier(criterion, splitter, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures,
                value, maxLeafNodes, classWeights, ccpAlpha, seed);
    }

    /**
     * @param value the most leaves, 0 for unlimited
     * @return a copy with that limit
     */
    public DecisionTreeClassifier withMaxLeafNodes(int value) {
        return new DecisionTreeClassifier(criterion, splitter, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures,
                minImpurityDecrease, value, classWeights, ccpAlpha, seed);
    }

    /**
     * @param value the class weights
     * @return a copy with those class weights
     */
    public DecisionTreeClassifier withClassWeights(ClassWeights value) {
        return new DecisionTreeClassifier(criterion, splitter, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures,
                minImpurityDecrease, maxLeafNodes, value, ccpAlpha, seed);
    }

    /**
     * @param value the cost-complexity pruning parameter, at least 0
     * @return a copy with that parameter
     */
    public DecisionTreeClassifier withCcpAlpha(double value) {
        return new DecisionTreeClassifier(criterion, splitter, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures,
                minImpurityDecrease, maxLeafNodes, classWeights, value, seed);
    }

    /**
     * @param value the seed
     * @return a copy with that seed
     */
    public DecisionTreeClassifier withSeed(long value) {
        return new DecisionTreeClassifier(criterion, splitter, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures,
                minImpurityDecrease, maxLeafNodes, classWeights, ccpAlpha, value);
    }

    /**
     * Grows a tree on the data, every row of weight 1.
     *
     * @param data rows with class targets and finite features, at least 1 row; not modified
     * @return the model
     * @throws IllegalArgumentException if the data has no class targets, no rows, a non-finite feature,
     *     fewer columns than {@code maxFeatures}, or {@code classWeights} of another number of classes
     */
    @Override
    public DecisionTreeClassifierModel fit(Dataset data) {
        return fit(data, (double[]) null);
    }

    /**
     * Grows a tree on weighted rows: a row of weight w counts as w rows in every class count, impurity
     * and decrease (rows keep counting as one for {@code minRowsToSplit} and {@code minRowsPerLeaf}, as
     * in scikit-learn); rows of weight 0 are left out. Integer weights from a bootstrap sample give
     * the tree of the resampled data (up to those row counts); real weights serve boosting.
     *
     * @param data rows with class targets and finite features; not modified
     * @param sampleWeights one finite, non-negative weight per row with a positive sum, or null for all
     *     1; not modified
     * @return the model
     * @throws IllegalArgumentException as {@link #fit(Dataset)}, or if the weights have the wrong length,
     *     a negative or non-finite entry, or sum to 0
     */
    public DecisionTreeClassifierModel fit(Dataset data, double[] sampleWeights) {
        TreeFitting.checkData(data, maxFeatures);
        Check.hasClasses(data);
        Tree tree = grow(data, sampleWeights);
        if (ccpAlpha > 0) {
            tree = Pruning.prune(tree, ccpAlpha);
        }
        return new DecisionTreeClassifierModel(this, tree, data.columnNames(), data.classNames());
    }

    /**
     * Grows a tree on weighted rows of columns sorted beforehand: the same tree as
     * {@link #fit(Dataset, double[])} on {@code columns.data()}, without sorting the columns again when
     * the row weights (times the class weights) are whole numbers, as a bootstrap sample's counts are.
     * Other weights are fitted by {@link #fit(Dataset, double[])}, which sorts the weighted rows itself.
     * Random forests and bags of trees grow every tree this way.
     *
     * @param columns the training rows with their columns sorted ({@link SortedColumns#of(Dataset)});
     *     the data must have class targets
     * @param sampleWeights one finite, non-negative weight per row with a positive sum, or null for all
     *     1; not modified
     * @return the model
     * @throws IllegalArgumentException as {@link #fit(Dataset, double[])}
     */
    public DecisionTreeClassifierModel fit(SortedColumns columns, double[] sampleWeights) {
        Check.notNull("columns", columns);
        Dataset data = columns.data();
        if (maxFeatures > data.columns()) {
            throw new IllegalArgumentException("maxFeatures must be <= the number of columns (" + data.columns()
                    + "), got " + maxFeatures);
        }
        Check.hasClasses(data);
        double[] weights = weigh(data, sampleWeights);
        for (double w : weights) {
            if (w != Math.rint(w)) {
                return fit(data, sampleWeights);
            }
        }
        Tree tree = TreeGrower.grow(columns, data.classes(), data.classCount(), null, weights, settings(),
                new SplittableRandom(seed));
        if (ccpAlpha > 0) {
            tree = Pruning.prune(tree, ccpAlpha);
        }
        return new DecisionTreeClassifierModel(this, tree, data.columnNames(), data.classNames());
    }

    /**
     * The minimal cost-complexity pruning path of the tree this learner grows on the data, ignoring
     * {@code ccpAlpha}: the increasing effective alphas at which subtrees are pruned away (starting at
     * 0) and the total leaf impurity of the tree pruned at each (scikit-learn's
     * {@code cost_complexity_pruning_path}).
     *
     * @param data rows with class targets and finite features; not modified
     * @return the path
     */
    public PruningPath pruningPath(Dataset data) {
        return pruningPath(data, (double[]) null);
    }

    /**
     * The pruning path of the tree grown on weighted rows; see {@link #pruningPath(Dataset)}.
     *
     * @param data rows with class targets and finite features; not modified
     * @param sampleWeights one weight per row, or null for all 1; not modified
     * @return the path
     */
    public PruningPath pruningPath(Dataset data, double[] sampleWeights) {
        TreeFitting.checkData(data, maxFeatures);
        Check.hasClasses(data);
        return Pruning.path(grow(data, sampleWeights));
    }

    private Tree grow(Dataset data, double[] sampleWeights) {
        return TreeGrower.grow(data, data.classes(), data.classCount(), null, weigh(data, sampleWeights), settings(),
                new SplittableRandom(seed));
    }

    /** @return each row's sample weight (1 when null) times its class's weight, checked */
    private double[] weigh(Dataset data, double[] sampleWeights) {
        double[] weights = TreeFitting.sampleWeights(data, sampleWeights);
        int[] classes = data.classes();
        double[] perClass = classWeights.weigh(classes, data.classCount());
        for (int i = 0; i < weights.length; i++) {
            weights[i] *= perClass[classes[i]];
        }
        return weights;
    }

    private TreeGrower.Settings settings() {
        return new TreeGrower.Settings(criterion == ClassificationCriterion.GINI ? TreeGrower.GINI : TreeGrower.ENTROPY,
                splitter == Splitter.RANDOM, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures,
                minImpurityDecrease, maxLeafNodes);
    }
}
