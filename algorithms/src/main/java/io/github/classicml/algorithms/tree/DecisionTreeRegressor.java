package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Reseedable;
import io.github.classicml.core.internal.linalg.Scaling;

import java.util.SplittableRandom;

/**
 * A regression tree (CART): binary splits {@code x[feature] <= threshold} chosen greedily to decrease
 * the squared (or absolute) error of the targets; a leaf predicts the weighted mean (or median) of its
 * training rows' targets.
 *
 * <p>Growth, stopping rules, threshold, node order, cost-complexity pruning and agreement with
 * scikit-learn 1.2's {@code DecisionTreeRegressor} are as described for {@link DecisionTreeClassifier};
 * the impurity of a node is its weighted target variance ({@link RegressionCriterion#SQUARED_ERROR}),
 * its weighted mean absolute deviation from the weighted median
 * ({@link RegressionCriterion#ABSOLUTE_ERROR}), or the variance with Friedman's improvement score
 * ({@link RegressionCriterion#FRIEDMAN_MSE}). The squared-error sweep costs O(m) per feature for a node
 * of m rows (running sums); the absolute-error sweep O(m log m) (running weighted medians).
 *
 * <p>Reference: L. Breiman, J. Friedman, R. Olshen and C. Stone, <i>Classification and Regression
 * Trees</i>, Wadsworth, 1984, chapter 8; T. Hastie, R. Tibshirani and J. Friedman, <i>The Elements of
 * Statistical Learning</i>, 2nd ed., section 9.2.2.
 *
 * @param criterion the impurity; default {@link RegressionCriterion#SQUARED_ERROR}
 * @param splitter how thresholds are chosen; default {@link Splitter#BEST}
 * @param maxDepth the greatest depth of a node, at least 0; 0 (the default) means unlimited
 * @param minRowsToSplit the fewest rows a node needs to be split, at least 2; default 2
 * @param minRowsPerLeaf the fewest rows each child of a split must keep, at least 1; default 1
 * @param maxFeatures how many features are drawn at random as candidates at each node, at least 0 and
 *     at most the number of columns; 0 (the default) means all of them
 * @param minImpurityDecrease the least weighted decrease a split must bring, at least 0; default 0
 * @param maxLeafNodes the most leaves, grown best first; 0 (the default) means unlimited, else at least 2
 * @param ccpAlpha the complexity parameter of minimal cost-complexity pruning, at least 0; default 0
 * @param seed the seed of the random source; default 0
 * @see DecisionTreeRegressorModel
 */
public record DecisionTreeRegressor(RegressionCriterion criterion, Splitter splitter, int maxDepth, int minRowsToSplit,
                                    int minRowsPerLeaf, int maxFeatures, double minImpurityDecrease,
                                    int maxLeafNodes, double ccpAlpha, long seed)
        implements Learner<DecisionTreeRegressorModel>, Reseedable<DecisionTreeRegressor> {

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
     * @param ccpAlpha the pruning parameter, at least 0
     * @param seed the seed
     */
    public DecisionTreeRegressor {
        Check.notNull("criterion", criterion);
        Check.notNull("splitter", splitter);
        TreeFitting.validate(maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures, minImpurityDecrease,
                maxLeafNodes, ccpAlpha);
    }

    /**
     * A tree with scikit-learn's defaults: squared error, best splits, unlimited depth, 2 rows to split,
     * 1 row per leaf, all features, no minimum decrease, unlimited leaves, no pruning, seed 0.
     *
     * @return the learner
     */
    public static DecisionTreeRegressor of() {
        return new DecisionTreeRegressor(RegressionCriterion.SQUARED_ERROR, Splitter.BEST, 0, 2, 1, 0, 0.0, 0, 0.0, 0L);
    }

    /**
     * @param value the criterion
     * @return a copy with that criterion
     */
    public DecisionTreeRegressor withCriterion(RegressionCriterion value) {
        return new DecisionTreeRegressor(value, splitter, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures,
                minImpurityDecrease, maxLeafNodes, ccpAlpha, seed);
    }

    /**
     * @param value the splitter
     * @return a copy with that splitter
     */
    public DecisionTreeRegressor withSplitter(Splitter value) {
        return new DecisionTreeRegressor(criterion, value, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures,
                minImpurityDecrease, maxLeafNodes, ccpAlpha, seed);
    }

    /**
     * @param value the greatest depth, 0 for unlimited
     * @return a copy with that depth limit
     */
    public DecisionTreeRegressor withMaxDepth(int value) {
        return new DecisionTreeRegressor(criterion, splitter, value, minRowsToSplit, minRowsPerLeaf, maxFeatures,
                minImpurityDecrease, maxLeafNodes, ccpAlpha, seed);
    }

    /**
     * @param value the fewest rows to split a node, at least 2
     * @return a copy with that minimum
     */
    public DecisionTreeRegressor withMinRowsToSplit(int value) {
        return new DecisionTreeRegressor(criterion, splitter, maxDepth, value, minRowsPerLeaf, maxFeatures,
                minImpurityDecrease, maxLeafNodes, ccpAlpha, seed);
    }

    /**
     * @param value the fewest rows per leaf, at least 1
     * @return a copy with that minimum
     */
    public DecisionTreeRegressor withMinRowsPerLeaf(int value) {
        return new DecisionTreeRegressor(criterion, splitter, maxDepth, minRowsToSplit, value, maxFeatures,
                minImpurityDecrease, maxLeafNodes, ccpAlpha, seed);
    }

    /**
     * @param value candidate features per node, 0 for all
     * @return a copy with that number of candidate features
     */
    public DecisionTreeRegressor withMaxFeatures(int value) {
        return new DecisionTreeRegressor(criterion, splitter, maxDepth, minRowsToSplit, minRowsPerLeaf, value,
                minImpurityDecrease, maxLeafNodes, ccpAlpha, seed);
    }

    /**
     * @param value the least weighted impurity decrease of a split, at least 0
     * @return a copy with that minimum
     */
    public DecisionTreeRegressor withMinImpurityDecrease(double value) {
        return new DecisionTreeRegressor(criterion, splitter, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures,
                value, maxLeafNodes, ccpAlpha, seed);
    }

    /**
     * @param value the most leaves, 0 for unlimited
     * @return a copy with that limit
     */
    public DecisionTreeRegressor withMaxLeafNodes(int value) {
        return new DecisionTreeRegressor(criterion, splitter, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures,
                minImpurityDecrease, value, ccpAlpha, seed);
    }

    /**
     * @param value the cost-complexity pruning parameter, at least 0
     * @return a copy with that parameter
     */
    public DecisionTreeRegressor withCcpAlpha(double value) {
        return new DecisionTreeRegressor(criterion, splitter, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures,
                minImpurityDecrease, maxLeafNodes, value, seed);
    }

    /**
     * @param value the seed
     * @return a copy with that seed
     */
    public DecisionTreeRegressor withSeed(long value) {
        return new DecisionTreeRegressor(criterion, splitter, maxDepth, minRowsToSplit, minRowsPerLeaf, maxFeatures,
                minImpurityDecrease, maxLeafNodes, ccpAlpha, value);
    }

    /**
     * Grows a tree on the data, every row of weight 1.
     *
     * @param data rows with finite numeric targets and features, at least 1 row; not modified
     * @return the model
     * @throws IllegalArgumentException if the data has no numeric targets, no rows, a non-finite
     *     feature or target, or fewer columns than {@code maxFeatures}
     */
    @Override
    public DecisionTreeRegressorModel fit(Dataset data) {
        return fit(data, (double[]) null);
    }

    /**
     * Grows a tree on weighted rows (see {@link DecisionTreeClassifier#fit(Dataset, double[])}).
     *
     * @param data rows with finite numeric targets and features; not modified
     * @param sampleWeights one finite, non-negative weight per row with a positive sum, or null for all
     *     1; not modified
     * @return the model
     * @throws IllegalArgumentException as {@link #fit(Dataset)}, or for bad weights
     */
    public DecisionTreeRegressorModel fit(Dataset data, double[] sampleWeights) {
        TreeFitting.checkData(data, maxFeatures);
        Check.finiteTargets(data);
        Tree tree = grow(data, sampleWeights);
        if (ccpAlpha > 0) {
            tree = Pruning.prune(tree, ccpAlpha);
        }
        return new DecisionTreeRegressorModel(this, tree, data.columnNames());
    }

    /**
     * The minimal cost-complexity pruning path of the tree this learner grows on the data, ignoring
     * {@code ccpAlpha} (see {@link DecisionTreeClassifier#pruningPath(Dataset)}).
     *
     * @param data rows with finite numeric targets and features; not modified
     * @return the path
     */
    public PruningPath pruningPath(Dataset data) {
        return pruningPath(data, (double[]) null);
    }

    /**
     * The pruning path of the tree grown on weighted rows.
     *
     * @param data rows with finite numeric targets and features; not modified
     * @param sampleWeights one weight per row, or null for all 1; not modified
     * @return the path
     */
    public PruningPath pruningPath(Dataset data, double[] sampleWeights) {
        TreeFitting.checkData(data, maxFeatures);
        Check.finiteTargets(data);
        return Pruning.path(grow(data, sampleWeights));
    }

    /**
     * The exponent e of the unit {@code 2^e} extreme targets are grown in: that of the largest magnitude
     * when it lies beyond 2^±200, else 0 (ordinary targets keep their bits). The exponent is exact for
     * subnormals too ({@link Math#getExponent} says -1023 for all of them, which left targets near
     * 2^-1060 at 2^-37 after scaling, their squares below the purity threshold).
     *
     * @param targets finite targets; not modified
     * @return the exponent
     */
    static int targetExponent(double[] targets) {
        double largest = Scaling.maxAbs(targets, 0, targets.length);
        return largest > 0 && Math.abs(Scaling.exponent(largest)) > 200 ? Scaling.exponent(largest) : 0;
    }

    private Tree grow(Dataset data, double[] sampleWeights) {
        double[] weights = TreeFitting.sampleWeights(data, sampleWeights);
        int code = switch (criterion) {
            case SQUARED_ERROR -> TreeGrower.SQUARED_ERROR;
            case ABSOLUTE_ERROR -> TreeGrower.ABSOLUTE_ERROR;
            case FRIEDMAN_MSE -> TreeGrower.FRIEDMAN_MSE;
        };
        // targets beyond 2^±200 are grown in units of a power of two near the largest (an exact change of
        // exponent), so that the squared-error sums neither overflow at 1e300 nor underflow at 1e-300;
        // ordinary targets keep the unit 1 and the arithmetic bit for bit
        double[] targets = data.targets();
        int exponent = targetExponent(targets);
        if (exponent != 0) {
            for (int i = 0; i < targets.length; i++) {
                targets[i] = Math.scalb(targets[i], -exponent);
            }
        }
        // squared-error impurities are in units of 2^(2e), absolute-error ones in units of 2^e
        int impurityExponent = (criterion == RegressionCriterion.ABSOLUTE_ERROR ? 1 : 2) * exponent;
        TreeGrower.Settings settings = new TreeGrower.Settings(code, splitter == Splitter.RANDOM, maxDepth,
                minRowsToSplit, minRowsPerLeaf, maxFeatures, Math.scalb(minImpurityDecrease, -impurityExponent),
                maxLeafNodes);
        Tree tree = TreeGrower.grow(data, null, 0, targets, weights, settings, new SplittableRandom(seed));
        return exponent == 0 ? tree : tree.withTargetUnits(exponent, impurityExponent);
    }
}
