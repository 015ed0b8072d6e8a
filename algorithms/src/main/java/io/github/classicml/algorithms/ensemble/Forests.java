package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeClassifierModel;
import io.github.classicml.algorithms.tree.DecisionTreeModel;
import io.github.classicml.algorithms.tree.DecisionTreeRegressor;
import io.github.classicml.algorithms.tree.DecisionTreeRegressorModel;
import io.github.classicml.algorithms.tree.SortedColumns;
import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.ProgressListener;

import java.util.List;

/**
 * The fitting shared by random forests and extra trees: one tree per bag, fitted on the whole training
 * set with the bag's draw counts as row weights (a row drawn twice weighs 2; a row not drawn weighs 0 and
 * is left out), which grows the tree of the resampled rows without copying them; scikit-learn's forests
 * do the same.
 */
final class Forests {

    private Forests() {
    }

    static void validate(int trees, MaxFeatures maxFeatures, boolean bootstrap, double maxSamples, boolean oobScore,
                         int threads) {
        Check.atLeast("trees", trees, 1);
        Check.notNull("maxFeatures", maxFeatures);
        BaggingClassifier.fraction("maxSamples", maxSamples);
        Check.that(bootstrap || maxSamples == 1, "maxSamples below 1 needs bootstrap; set bootstrap true or maxSamples 1");
        Check.that(bootstrap || !oobScore, "oobScore needs bootstrap; without replacement set oobScore false");
        Check.atLeast("threads", threads, 0);
    }

    /** @return the bags: {@code max(1, rint(maxSamples * n))} rows with replacement, or every row once */
    static Bag[] bags(long seed, int trees, int n, int p, boolean bootstrap, double maxSamples) {
        int rows = bootstrap ? Math.max(1, (int) Math.rint(maxSamples * n)) : n;
        return Bag.draw(seed, trees, n, rows, bootstrap, p, p, false);
    }

    static double[] weights(Bag bag, boolean bootstrap) {
        if (!bootstrap) {
            return null;
        }
        int[] counts = bag.counts();
        double[] w = new double[counts.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = counts[i];
        }
        return w;
    }

    /**
     * Grows one classification tree per bag. The columns are sorted once for the whole forest
     * ({@link SortedColumns}); each tree filters that order down to its bag's rows instead of sorting
     * its sample again, and grows the tree it would grow from the dataset.
     */
    static List<DecisionTreeClassifierModel> classifiers(DecisionTreeClassifier tree, Bag[] bags, boolean bootstrap,
                                                        Dataset data, int threads, ProgressListener listener) {
        SortedColumns columns = SortedColumns.of(data);
        return Members.fit(bags.length, threads,
                m -> tree.withSeed(bags[m].seed()).fit(columns, weights(bags[m], bootstrap)), listener);
    }

    static List<DecisionTreeRegressorModel> regressors(DecisionTreeRegressor tree, Bag[] bags, boolean bootstrap,
                                                      Dataset data, int threads, ProgressListener listener) {
        return Members.fit(bags.length, threads,
                m -> tree.withSeed(bags[m].seed()).fit(data, weights(bags[m], bootstrap)), listener);
    }

    /**
     * The forest's impurity importances, as scikit-learn computes them: the mean over the trees that
     * split at least once of each tree's normalised importances, normalised again to sum to 1; all 0
     * when no tree splits.
     */
    static double[] importances(List<? extends DecisionTreeModel> trees, int columns) {
        double[] mean = new double[columns];
        int counted = 0;
        for (DecisionTreeModel tree : trees) {
            if (tree.nodeCount() > 1) {
                double[] t = tree.featureImportances();
                for (int j = 0; j < columns; j++) {
                    mean[j] += t[j];
                }
                counted++;
            }
        }
        if (counted == 0) {
            return mean;
        }
        double sum = 0;
        for (int j = 0; j < columns; j++) {
            mean[j] /= counted;
            sum += mean[j];
        }
        for (int j = 0; j < columns; j++) {
            mean[j] /= sum;
        }
        return mean;
    }
}
