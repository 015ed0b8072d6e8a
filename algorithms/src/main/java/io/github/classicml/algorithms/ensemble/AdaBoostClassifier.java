package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeClassifierModel;
import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Progress;
import io.github.classicml.core.ProgressListener;
import io.github.classicml.core.Reseedable;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * AdaBoost with the SAMME rule: a weighted vote of small classification trees (stumps by default), each
 * fitted to the rows the ones before it got wrong.
 *
 * <p>Every row starts with weight {@code 1/n}. Stage {@code m} fits a tree on the weighted rows and
 * measures its weighted error {@code err_m = sum_(wrong) w_i / sum w_i}; its say in the vote is
 * {@code alpha_m = nu (log((1 - err_m) / err_m) + log(k - 1))} for {@code k} classes (the
 * {@code log(k - 1)} term, SAMME's, keeps {@code alpha_m > 0} whenever the tree beats guessing,
 * {@code err_m < 1 - 1/k}); the rows it got wrong have their weight multiplied by {@code e^alpha_m} and
 * the weights are normalised to sum to 1. A stage with no error gets {@code alpha = 1} and ends the fit; a
 * stage no better than guessing is dropped and ends the fit. The prediction is the class with the largest
 * sum of {@code alpha_m} over the trees that predict it. Boosting lowers the bias of a weak learner, where
 * bagging lowers the variance of a strong one. Probabilities follow scikit-learn: the softmax of the
 * normalised votes divided by {@code k - 1} (for two classes, of {@code -d/2} and {@code d/2} where
 * {@code d} is the vote for class 1 minus the vote for class 0).
 *
 * <p>Cost: {@code stages} weighted tree fits, one after another. Progress: one step per stage with the
 * weighted error as the loss and {@code alpha_m} as the change.
 *
 * <p>Same as scikit-learn: the estimator weights and errors equal scikit-learn 1.2's
 * {@code AdaBoostClassifier(DecisionTreeClassifier(max_depth=1), algorithm="SAMME")} on data where
 * every stump's best split is unique. {@code k} is the number of class names of the data.
 *
 * <p>Reference: Y. Freund, R. E. Schapire, "A decision-theoretic generalization of on-line learning and
 * an application to boosting", <i>Journal of Computer and System Sciences</i> 55(1), 1997; J. Zhu,
 * H. Zou, S. Rosset, T. Hastie, "Multi-class AdaBoost", <i>Statistics and Its Interface</i> 2, 2009.
 *
 * @param stages the most trees, at least 1; default 50
 * @param maxDepth the depth of each tree, at least 1; default 1 (stumps)
 * @param learningRate the shrinkage {@code nu} of every tree's say, {@code > 0}; default 1
 * @param seed the seed of the trees' seeds; default 0
 * @see AdaBoostClassifierModel
 */
public record AdaBoostClassifier(int stages, int maxDepth, double learningRate, long seed)
        implements Learner<AdaBoostClassifierModel>, Reseedable<AdaBoostClassifier> {

    /**
     * Validates the hyperparameters.
     *
     * @param stages the most trees, at least 1
     * @param maxDepth the tree depth, at least 1
     * @param learningRate the shrinkage, positive
     * @param seed the seed
     */
    public AdaBoostClassifier {
        Check.atLeast("stages", stages, 1);
        Check.atLeast("maxDepth", maxDepth, 1);
        Check.positive("learningRate", learningRate);
    }

    /** @return scikit-learn 1.2's defaults: 50 stumps, learning rate 1, seed 0 */
    public static AdaBoostClassifier of() {
        return new AdaBoostClassifier(50, 1, 1.0, 0L);
    }

    /**
     * @param value the most trees
     * @return a copy with it
     */
    public AdaBoostClassifier withStages(int value) {
        return new AdaBoostClassifier(value, maxDepth, learningRate, seed);
    }

    /**
     * @param value the tree depth
     * @return a copy with it
     */
    public AdaBoostClassifier withMaxDepth(int value) {
        return new AdaBoostClassifier(stages, value, learningRate, seed);
    }

    /**
     * @param value the shrinkage
     * @return a copy with it
     */
    public AdaBoostClassifier withLearningRate(double value) {
        return new AdaBoostClassifier(stages, maxDepth, value, seed);
    }

    /**
     * @param value the seed
     * @return a copy with it
     */
    public AdaBoostClassifier withSeed(long value) {
        return new AdaBoostClassifier(stages, maxDepth, learningRate, value);
    }

    @Override
    public AdaBoostClassifierModel fit(Dataset data) {
        return fit(data, ProgressListener.NONE);
    }

    /**
     * Fits the stages one after another, reporting each.
     *
     * @param data rows with class targets and finite features; not modified
     * @param listener receives one step per kept stage (loss: its weighted error; change: its weight)
     * @return the model
     * @throws IllegalArgumentException if the data has no class targets, no rows or a non-finite feature,
     *     or the first tree is no better than guessing
     */
    @Override
    public AdaBoostClassifierModel fit(Dataset data, ProgressListener listener) {
        Check.notNull("data", data);
        Check.notNull("listener", listener);
        Check.hasClasses(data);
        Check.minRows(data, 1);
        Check.finiteFeatures(data);
        int n = data.rows();
        int k = data.classCount();
        int[] y = data.classes();
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        SplittableRandom rng = new SplittableRandom(seed);
        DecisionTreeClassifier stump = DecisionTreeClassifier.of().withMaxDepth(maxDepth);
        List<DecisionTreeClassifierModel> trees = new ArrayList<>();
        List<Double> alphas = new ArrayList<>();
        List<Double> errors = new ArrayList<>();
        double[] row = new double[data.columns()];
        boolean[] wrong = new boolean[n];
        for (int m = 0; m < stages; m++) {
            DecisionTreeClassifierModel tree = stump.withSeed(rng.nextLong()).fit(data, w);
            double wrongWeight = 0;
            double total = 0;
            for (int i = 0; i < n; i++) {
                data.copyRow(i, row, 0);
                wrong[i] = tree.predict(row) != y[i];
                wrongWeight += wrong[i] ? w[i] : 0;
                total += w[i];
            }
            double error = wrongWeight / total;
            if (error <= 0) {
                trees.add(tree);
                alphas.add(1.0);
                errors.add(0.0);
                report(listener, m, 0.0, 1.0);
                break;
            }
            if (error >= 1.0 - 1.0 / k) {
                if (trees.isEmpty()) {
                    throw new IllegalArgumentException("the first tree's weighted error " + error
                            + " is no better than guessing among " + k + " classes (1 - 1/k = " + (1.0 - 1.0 / k)
                            + "); boosting cannot start");
                }
                break;
            }
            double alpha = learningRate * (Math.log((1.0 - error) / error) + Math.log(k - 1.0));
            trees.add(tree);
            alphas.add(alpha);
            errors.add(error);
            report(listener, m, error, alpha);
            if (m == stages - 1) {
                break;
            }
            double sum = 0;
            for (int i = 0; i < n; i++) {
                if (wrong[i] && w[i] > 0) {
                    w[i] = Math.exp(Math.log(w[i]) + alpha);
                }
                sum += w[i];
            }
            if (!(sum > 0) || Double.isInfinite(sum)) {
                break;
            }
            for (int i = 0; i < n; i++) {
                w[i] /= sum;
            }
        }
        return new AdaBoostClassifierModel(this, data.columns(), trees, alphas, errors, data.classNames());
    }

    private void report(ProgressListener listener, int m, double error, double alpha) {
        if (listener != ProgressListener.NONE) {
            listener.onStep(new Progress(1, 1, m + 1, stages, error, alpha));
        }
    }
}
