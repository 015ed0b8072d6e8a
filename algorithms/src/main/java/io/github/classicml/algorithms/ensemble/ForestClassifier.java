package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.ClassificationCriterion;
import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeClassifierModel;
import io.github.classicml.algorithms.tree.Splitter;
import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.ProgressListener;

import java.util.List;

/**
 * The learners of tree-ensemble classifiers that share one model type and one fit:
 * {@link RandomForestClassifier} (best splits on bootstrap samples) and {@link ExtraTreesClassifier}
 * (random thresholds on all rows). They differ only in their trees' {@link #splitter()} and defaults, so
 * the fit lives here once: draw every tree's rows and seed from the learner's seed (in tree order, before
 * anything is fitted), grow the trees in parallel, one progress step per tree, and vote. A
 * {@link ForestClassifierModel} answers {@code learner()} with the learner that fitted it.
 */
public sealed interface ForestClassifier extends Learner<ForestClassifierModel>
        permits RandomForestClassifier, ExtraTreesClassifier {

    /** @return the number of trees */
    int trees();

    /** @return the impurity criterion of every tree */
    ClassificationCriterion criterion();

    /** @return the deepest a tree may grow, 0 for no limit */
    int maxDepth();

    /** @return the fewest rows a node needs to be split */
    int minRowsToSplit();

    /** @return the fewest rows in a leaf */
    int minRowsPerLeaf();

    /** @return how many columns each split may choose from */
    MaxFeatures maxFeatures();

    /** @return whether each tree grows on a bootstrap sample */
    boolean bootstrap();

    /** @return the bootstrap sample size as a fraction of the rows */
    double maxSamples();

    /** @return whether the out-of-bag estimates are computed */
    boolean oobScore();

    /** @return the seed */
    long seed();

    /** @return the threads (0: all processors) */
    int threads();

    /** @return how every tree chooses a split's threshold */
    Splitter splitter();

    /**
     * @param columns the training width
     * @return the learner of every tree, before its seed
     */
    default DecisionTreeClassifier tree(int columns) {
        int candidates = maxFeatures().of(columns);
        return DecisionTreeClassifier.of().withCriterion(criterion()).withSplitter(splitter())
                .withMaxDepth(maxDepth()).withMinRowsToSplit(minRowsToSplit()).withMinRowsPerLeaf(minRowsPerLeaf())
                .withMaxFeatures(candidates == columns ? 0 : candidates);
    }

    @Override
    default ForestClassifierModel fit(Dataset data) {
        return fit(data, ProgressListener.NONE);
    }

    /**
     * Grows the trees in parallel, reporting one step per tree.
     *
     * @param data rows with class targets and finite features, at least 1 row; not modified
     * @param listener receives one step per grown tree
     * @return the model
     * @throws IllegalArgumentException if the data has no class targets, no rows, a non-finite value, or
     *     fewer columns than a {@link MaxFeatures#count(int)}
     */
    @Override
    default ForestClassifierModel fit(Dataset data, ProgressListener listener) {
        Check.notNull("data", data);
        Check.notNull("listener", listener);
        Check.hasClasses(data);
        Check.minRows(data, 1);
        Check.finiteFeatures(data);
        int p = data.columns();
        Bag[] bags = Forests.bags(seed(), trees(), data.rows(), p, bootstrap(), maxSamples());
        List<DecisionTreeClassifierModel> fitted = Forests.classifiers(tree(p), bags, bootstrap(), data, threads(),
                listener);
        int k = data.classCount();
        Voting voting = new Voting(fitted, new int[trees()][], new int[trees()][], k, p);
        OutOfBag.Votes oob = oobScore() ? OutOfBag.votes(voting, bags, data.features(), p, data.classes(), k, threads())
                : null;
        return new ForestClassifierModel(this, fitted, voting, data.classNames(), oob);
    }
}
