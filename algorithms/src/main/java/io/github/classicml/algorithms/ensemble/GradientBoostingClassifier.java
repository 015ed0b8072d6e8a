package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.DecisionTreeRegressor;
import io.github.classicml.algorithms.tree.DecisionTreeRegressorModel;
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
 * Gradient boosting for classification with the log-loss (binomial deviance for two classes, multinomial
 * deviance for more): sums of small regression trees on the log-odds scale.
 *
 * <p><b>Two classes.</b> The score {@code F(x)} is the log-odds of class 1,
 * {@code P(1 | x) = 1 / (1 + e^-F(x))}. It starts from the prior log-odds {@code F_0 = log(p / (1 - p))},
 * {@code p} the share of class 1. Stage {@code m} fits a regression tree to the negative gradient of the
 * log-loss, {@code r_i = y_i - p_i} with {@code p_i = P(1 | x_i)} under {@code F_(m-1)}, then replaces each
 * leaf's value by one Newton step on the log-loss of its rows, {@code sum r_i / sum p_i (1 - p_i)} (0 when
 * the denominator is below 1e-150), and adds the tree shrunk by the learning rate.
 * <b>More classes.</b> One score per class, {@code P(c | x) = softmax(F(x))_c}, starting from the log of
 * the class shares; every stage fits one tree per class to {@code r_ic = [y_i = c] - P(c | x_i)} (all
 * computed before the stage's first tree), with leaf values
 * {@code (k - 1) / k * sum r_ic / sum |r_ic| (1 - |r_ic|)}. Class shares are clipped to
 * {@code [eps, 1 - eps]} with {@code eps} the float epsilon 2^-23 before the logarithm. These are
 * Friedman's algorithms as scikit-learn 1.2's {@code GradientBoostingClassifier(loss="log_loss")}
 * computes them, so the staged probabilities are the same on the same splits.
 *
 * <p>Cost: {@code stages * k'} tree fits ({@code k' = 1} for two classes, {@code k} otherwise), one stage
 * after another. Progress: one step per stage with the training log-loss and, when stopping early, the
 * validation log-loss.
 *
 * <p>Reference: J. H. Friedman, "Greedy function approximation: a gradient boosting machine",
 * <i>Annals of Statistics</i> 29(5), 1189-1232, 2001, algorithms 5 (two classes) and 6 (k classes);
 * T. Hastie, R. Tibshirani, J. Friedman, <i>The Elements of Statistical Learning</i>, 2nd ed., section
 * 10.10.
 *
 * @param stages the number of boosting stages (trees), at least 1; default 100
 * @param learningRate the shrinkage {@code nu} applied to every stage, {@code > 0}; default 0.1
 * @param subsample the fraction of the rows each stage's tree is fitted on, drawn without replacement
 *     ({@code < 1} is stochastic gradient boosting), in (0, 1]; default 1
 * @param maxDepth the depth of each stage's tree, at least 0 (0: unlimited); default 3
 * @param minRowsToSplit the fewest rows a node needs to be split, at least 2; default 2
 * @param minRowsPerLeaf the fewest rows each child of a split keeps, at least 1; default 1
 * @param validationFraction the share of the rows held out to decide early stopping, in (0, 1); default
 *     0.1; used only when {@code patience > 0}
 * @param patience early stopping: stop once {@code patience} stages in a row have not improved the
 *     validation loss by more than {@code tolerance} over the losses of the previous {@code patience}
 *     stages (scikit-learn's {@code n_iter_no_change}), at least 0; 0 (the default) never stops early
 * @param tolerance the least improvement of the validation loss that counts, at least 0; default 1e-4
 * @param seed the seed of the validation split and the stage samples; default 0
 * @see GradientBoostingClassifierModel
 */
public record GradientBoostingClassifier(int stages, double learningRate, double subsample, int maxDepth, int minRowsToSplit, int minRowsPerLeaf, double validationFraction, int patience, double tolerance, long seed) implements Learner<GradientBoostingClassifierModel>,
        Reseedable<GradientBoostingClassifier> {

    /** The float epsilon, 2^-23, that clips the initial class shares (scikit-learn's). */
    static final double EPSILON = Math.ulp(1.0f);

    /**
     * Validates the hyperparameters.
     *
     * @param stages the most stages
     * @param learningRate the shrinkage of every stage
     * @param subsample the fraction of rows per stage
     * @param maxDepth the depth of the stage trees (0: unlimited)
     * @param minRowsToSplit the fewest rows to split a node
     * @param minRowsPerLeaf the fewest rows per leaf
     * @param validationFraction the share of rows held out for early stopping
     * @param patience the stages without improvement before stopping (0: no early stopping)
     * @param tolerance the least improvement of the validation loss
     * @param seed the seed
     */
    public GradientBoostingClassifier {
        Stages.validate(stages, learningRate, subsample, maxDepth, minRowsToSplit, minRowsPerLeaf,
                validationFraction, patience, tolerance);
    }

    /**
     * scikit-learn 1.2's defaults: 100 stages, learning rate 0.1, no subsampling, depth 3, no early
     * stopping, seed 0.
     *
     * @return the learner
     */
    public static GradientBoostingClassifier of() {
        return new GradientBoostingClassifier(100, 0.1, 1.0, 3, 2, 1, 0.1, 0, 1e-4, 0L);
    }

    /**
     * @param value the most stages
     * @return a copy with it
     */
    public GradientBoostingClassifier withStages(int value) {
        return new GradientBoostingClassifier(value, learningRate, subsample, maxDepth, minRowsToSplit, minRowsPerLeaf, validationFraction, patience, tolerance, seed);
    }

    /**
     * @param value the shrinkage of every stage
     * @return a copy with it
     */
    public GradientBoostingClassifier withLearningRate(double value) {
        return new GradientBoostingClassifier(stages, value, subsample, maxDepth, minRowsToSplit, minRowsPerLeaf, validationFraction, patience, tolerance, seed);
    }

    /**
     * @param value the fraction of rows per stage
     * @return a copy with it
     */
    public GradientBoostingClassifier withSubsample(double value) {
        return new GradientBoostingClassifier(stages, learningRate, value, maxDepth, minRowsToSplit, minRowsPerLeaf, validationFraction, patience, tolerance, seed);
    }

    /**
     * @param value the depth of the stage trees (0: unlimited)
     * @return a copy with it
     */
    public GradientBoostingClassifier withMaxDepth(int value) {
        return new GradientBoostingClassifier(stages, learningRate, subsample, value, minRowsToSplit, minRowsPerLeaf, validationFraction, patience, tolerance, seed);
    }

    /**
     * @param value the fewest rows to split a node
     * @return a copy with it
     */
    public GradientBoostingClassifier withMinRowsToSplit(int value) {
        return new GradientBoostingClassifier(stages, learningRate, subsample, maxDepth, value, minRowsPerLeaf, validationFraction, patience, tolerance, seed);
    }

    /**
     * @param value the fewest rows per leaf
     * @return a copy with it
     */
    public GradientBoostingClassifier withMinRowsPerLeaf(int value) {
        return new GradientBoostingClassifier(stages, learningRate, subsample, maxDepth, minRowsToSplit, value, validationFraction, patience, tolerance, seed);
    }

    /**
     * @param value the share of rows held out for early stopping
     * @return a copy with it
     */
    public GradientBoostingClassifier withValidationFraction(double value) {
        return new GradientBoostingClassifier(stages, learningRate, subsample, maxDepth, minRowsToSplit, minRowsPerLeaf, value, patience, tolerance, seed);
    }

    /**
     * @param value the stages without improvement before stopping (0: no early stopping)
     * @return a copy with it
     */
    public GradientBoostingClassifier withPatience(int value) {
        return new GradientBoostingClassifier(stages, learningRate, subsample, maxDepth, minRowsToSplit, minRowsPerLeaf, validationFraction, value, tolerance, seed);
    }

    /**
     * @param value the least improvement of the validation loss
     * @return a copy with it
     */
    public GradientBoostingClassifier withTolerance(double value) {
        return new GradientBoostingClassifier(stages, learningRate, subsample, maxDepth, minRowsToSplit, minRowsPerLeaf, validationFraction, patience, value, seed);
    }

    /**
     * @param value the seed
     * @return a copy with it
     */
    public GradientBoostingClassifier withSeed(long value) {
        return new GradientBoostingClassifier(stages, learningRate, subsample, maxDepth, minRowsToSplit, minRowsPerLeaf, validationFraction, patience, tolerance, value);
    }

    @Override
    public GradientBoostingClassifierModel fit(Dataset data) {
        return fit(data, ProgressListener.NONE);
    }

    /**
     * Fits the stages one after another, reporting each.
     *
     * @param data rows with class targets of at least 2 classes, all features finite; not modified
     * @param listener receives one step per stage (loss: the training log-loss; change: the validation
     *     log-loss, or NaN without early stopping)
     * @return the model
     * @throws IllegalArgumentException if the data has no class targets, fewer than 2 classes present, no
     *     rows or a non-finite feature, or early stopping leaves no row to train or validate
     */
    @Override
    public GradientBoostingClassifierModel fit(Dataset data, ProgressListener listener) {
        Check.notNull("data", data);
        Check.notNull("listener", listener);
        Check.hasClasses(data);
        Check.minRows(data, 1);
        Check.finiteFeatures(data);
        int classes = data.classCount();
        int present = 0;
        for (int count : data.classCounts()) {
            present += count > 0 ? 1 : 0;
        }
        if (present < 2) {
            throw new IllegalArgumentException("data must have at least 2 classes present, got " + present
                    + "; gradient boosting needs more than one class");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset train = data;
        Dataset validation = null;
        if (patience > 0) {
            int[][] split = Stages.validationSplit(rng, data, validationFraction);
            train = data.select(split[0]);
            validation = data.select(split[1]);
        }
        int n = train.rows();
        int p = train.columns();
        int[] y = train.classes();
        int scores = classes == 2 ? 1 : classes;
        // one tree per stage and class slot, absent classes included (as scikit-learn grows them)
        Check.tableSize("the stage trees", stages, "stages", scores, "classes", Stages.MAX_TREES);
        double[] init = initialScores(train.classCounts(), n);
        double[][] raw = new double[n][];
        for (int i = 0; i < n; i++) {
            raw[i] = init.clone();
        }
        double[][] validationRaw = null;
        Stages.EarlyStopping stopping = null;
        if (validation != null) {
            validationRaw = new double[validation.rows()][];
            for (int i = 0; i < validation.rows(); i++) {
                validationRaw[i] = init.clone();
            }
            stopping = new Stages.EarlyStopping(patience, tolerance);
        }
        double[] x = train.features();
        DecisionTreeRegressor stageTree = Stages.tree(maxDepth, minRowsToSplit, minRowsPerLeaf);
        List<Stages.StageTree[]> fitted = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        double[][] residuals = new double[scores][n];
        double[] row = new double[p];
        int[] leaves = new int[n];
        for (int m = 0; m < stages; m++) {
            double[] weights = Stages.sample(rng, n, subsample);
            // every class's residual comes from the scores at the start of the stage
            for (int i = 0; i < n; i++) {
                double[] prob = GradientBoostingClassifierModel.probabilities(raw[i], classes);
                for (int k = 0; k < scores; k++) {
                    int c = scores == 1 ? 1 : k;
                    residuals[k][i] = (y[i] == c ? 1 : 0) - prob[c];
                }
            }
            Stages.StageTree[] stage = new Stages.StageTree[scores];
            for (int k = 0; k < scores; k++) {
                int c = scores == 1 ? 1 : k;
                double[] r = residuals[k];
                DecisionTreeRegressorModel tree = stageTree.withSeed(rng.nextLong())
                        .fit(train.withTargets(r, "residual"), weights);
                double[] numerator = new double[tree.nodeCount()];
                double[] denominator = new double[tree.nodeCount()];
                for (int i = 0; i < n; i++) {
                    System.arraycopy(x, i * p, row, 0, p);
                    leaves[i] = tree.apply(row);
                    if (weights == null || weights[i] > 0) {
                        double yi = y[i] == c ? 1 : 0;
                        numerator[leaves[i]] += r[i];
                        denominator[leaves[i]] += (yi - r[i]) * (1 - yi + r[i]);
                    }
                }
                double[] values = new double[tree.nodeCount()];
                double factor = scores == 1 ? 1 : (classes - 1.0) / classes;
                for (int node = 0; node < values.length; node++) {
                    values[node] = Math.abs(denominator[node]) < 1e-150 ? 0
                            : factor * numerator[node] / denominator[node];
                }
                stage[k] = new Stages.StageTree(tree, values);
                for (int i = 0; i < n; i++) {
                    raw[i][k] = Stages.step(raw[i][k], learningRate, values[leaves[i]], m, "score " + k
                            + " of training row " + i);
                }
            }
            fitted.add(stage);
            double loss = 0;
            int counted = 0;
            for (int i = 0; i < n; i++) {
                if (weights == null || weights[i] > 0) {
                    loss += logLoss(raw[i], y[i], classes);
                    counted++;
                }
            }
            losses.add(loss / counted);
            double validationLoss = Double.NaN;
            boolean goOn = true;
            if (validation != null) {
                validationLoss = 0;
                for (int i = 0; i < validation.rows(); i++) {
                    validation.copyRow(i, row, 0);
                    for (int k = 0; k < scores; k++) {
                        validationRaw[i][k] = Stages.step(validationRaw[i][k], learningRate, stage[k].predict(row),
                                m, "score " + k + " of validation row " + i);
                    }
                    validationLoss += logLoss(validationRaw[i], validation.classOf(i), classes);
                }
                validationLoss /= validation.rows();
                goOn = stopping.goOn(m, validationLoss);
            }
            if (listener != ProgressListener.NONE) {
                listener.onStep(new Progress(1, 1, m + 1, stages, losses.get(m), validationLoss));
            }
            if (!goOn) {
                break;
            }
        }
        return new GradientBoostingClassifierModel(this, p, init, fitted, data.classNames(), losses);
    }

    /** The initial scores: the log-odds of class 1, or the log of each class share, shares clipped. */
    static double[] initialScores(int[] counts, int n) {
        if (counts.length == 2) {
            double share = clip((double) counts[1] / n);
            return new double[] {Math.log(share / (1 - share))};
        }
        double[] out = new double[counts.length];
        for (int c = 0; c < counts.length; c++) {
            out[c] = Math.log(clip((double) counts[c] / n));
        }
        return out;
    }

    private static double clip(double share) {
        return Math.min(Math.max(share, EPSILON), 1 - EPSILON);
    }

    /**
     * The loss scikit-learn 1.2 reports for a row: twice the negative log-likelihood for two classes
     * ({@code -2 (y F - log(1 + e^F))}), the negative log-likelihood for more.
     */
    static double logLoss(double[] raw, int y, int classes) {
        if (classes == 2) {
            double f = raw[0];
            // log(1 + e^f) without overflow
            double softplus = f > 0 ? f + Math.log1p(Math.exp(-f)) : Math.log1p(Math.exp(f));
            return -2 * ((y == 1 ? f : 0) - softplus);
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : raw) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : raw) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum) - raw[y];
    }
}
