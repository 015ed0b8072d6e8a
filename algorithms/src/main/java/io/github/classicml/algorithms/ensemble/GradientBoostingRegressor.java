package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.DecisionTreeRegressor;
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
 * Gradient boosting for regression with the squared error: a sum of small regression trees, each fitted
 * to what the trees before it still get wrong.
 *
 * <p>The model starts from the mean target {@code F_0 = mean(y)}. Stage {@code m} fits a regression tree
 * {@code h_m} of depth {@code maxDepth} to the residuals {@code r_i = y_i - F_(m-1)(x_i)} (the negative
 * gradient of the squared error {@code (y - F)^2 / 2}), on a {@code subsample} of the rows, and adds it
 * shrunk by the learning rate: {@code F_m = F_(m-1) + nu h_m}. Each stage lowers the bias a little; a
 * small {@code nu} with more stages generalises better. The trees' splits use Friedman's improvement
 * {@code W_L W_R / (W_L + W_R) (mean_L - mean_R)^2}, which picks the same splits as the squared error,
 * and their leaves predict the mean residual, which is the line-search optimum for the squared error.
 * With {@code patience > 0} a {@code validationFraction} of the rows is held out and boosting stops once
 * the validation loss stops improving. {@link GradientBoostingRegressorModel#stagedPredict(double[])}
 * gives the prediction after every stage, for a learning curve.
 *
 * <p>Cost: {@code stages} tree fits of O(p n log n) each, one after another (each stage needs the last);
 * prediction O(stages * maxDepth). Progress: one step per stage, with the training loss and, when
 * stopping early, the validation loss.
 *
 * <p>Same as scikit-learn: on data whose values are exact in {@code float} and whose best splits are
 * unique, with {@code subsample = 1}, the staged predictions equal those of scikit-learn 1.2's
 * {@code GradientBoostingRegressor(loss="squared_error")} with the same settings to about 1e-12.
 *
 * <p>Reference: J. H. Friedman, "Greedy function approximation: a gradient boosting machine",
 * <i>Annals of Statistics</i> 29(5), 1189-1232, 2001; "Stochastic gradient boosting", <i>Computational
 * Statistics and Data Analysis</i> 38(4), 2002; T. Hastie, R. Tibshirani, J. Friedman, <i>The Elements of
 * Statistical Learning</i>, 2nd ed., chapter 10.
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
 * @see GradientBoostingRegressorModel
 */
public record GradientBoostingRegressor(int stages, double learningRate, double subsample, int maxDepth, int minRowsToSplit, int minRowsPerLeaf, double validationFraction, int patience, double tolerance, long seed) implements Learner<GradientBoostingRegressorModel>,
        Reseedable<GradientBoostingRegressor> {

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
    public GradientBoostingRegressor {
        Stages.validate(stages, learningRate, subsample, maxDepth, minRowsToSplit, minRowsPerLeaf,
                validationFraction, patience, tolerance);
    }

    /**
     * scikit-learn 1.2's defaults: 100 stages, learning rate 0.1, no subsampling, depth 3, no early
     * stopping, seed 0.
     *
     * @return the learner
     */
    public static GradientBoostingRegressor of() {
        return new GradientBoostingRegressor(100, 0.1, 1.0, 3, 2, 1, 0.1, 0, 1e-4, 0L);
    }

    /**
     * @param value the most stages
     * @return a copy with it
     */
    public GradientBoostingRegressor withStages(int value) {
        return new GradientBoostingRegressor(value, learningRate, subsample, maxDepth, minRowsToSplit, minRowsPerLeaf, validationFraction, patience, tolerance, seed);
    }

    /**
     * @param value the shrinkage of every stage
     * @return a copy with it
     */
    public GradientBoostingRegressor withLearningRate(double value) {
        return new GradientBoostingRegressor(stages, value, subsample, maxDepth, minRowsToSplit, minRowsPerLeaf, validationFraction, patience, tolerance, seed);
    }

    /**
     * @param value the fraction of rows per stage
     * @return a copy with it
     */
    public GradientBoostingRegressor withSubsample(double value) {
        return new GradientBoostingRegressor(stages, learningRate, value, maxDepth, minRowsToSplit, minRowsPerLeaf, validationFraction, patience, tolerance, seed);
    }

    /**
     * @param value the depth of the stage trees (0: unlimited)
     * @return a copy with it
     */
    public GradientBoostingRegressor withMaxDepth(int value) {
        return new GradientBoostingRegressor(stages, learningRate, subsample, value, minRowsToSplit, minRowsPerLeaf, validationFraction, patience, tolerance, seed);
    }

    /**
     * @param value the fewest rows to split a node
     * @return a copy with it
     */
    public GradientBoostingRegressor withMinRowsToSplit(int value) {
        return new GradientBoostingRegressor(stages, learningRate, subsample, maxDepth, value, minRowsPerLeaf, validationFraction, patience, tolerance, seed);
    }

    /**
     * @param value the fewest rows per leaf
     * @return a copy with it
     */
    public GradientBoostingRegressor withMinRowsPerLeaf(int value) {
        return new GradientBoostingRegressor(stages, learningRate, subsample, maxDepth, minRowsToSplit, value, validationFraction, patience, tolerance, seed);
    }

    /**
     * @param value the share of rows held out for early stopping
     * @return a copy with it
     */
    public GradientBoostingRegressor withValidationFraction(double value) {
        return new GradientBoostingRegressor(stages, learningRate, subsample, maxDepth, minRowsToSplit, minRowsPerLeaf, value, patience, tolerance, seed);
    }

    /**
     * @param value the stages without improvement before stopping (0: no early stopping)
     * @return a copy with it
     */
    public GradientBoostingRegressor withPatience(int value) {
        return new GradientBoostingRegressor(stages, learningRate, subsample, maxDepth, minRowsToSplit, minRowsPerLeaf, validationFraction, value, tolerance, seed);
    }

    /**
     * @param value the least improvement of the validation loss
     * @return a copy with it
     */
    public GradientBoostingRegressor withTolerance(double value) {
        return new GradientBoostingRegressor(stages, learningRate, subsample, maxDepth, minRowsToSplit, minRowsPerLeaf, validationFraction, patience, value, seed);
    }

    /**
     * @param value the seed
     * @return a copy with it
     */
    public GradientBoostingRegressor withSeed(long value) {
        return new GradientBoostingRegressor(stages, learningRate, subsample, maxDepth, minRowsToSplit, minRowsPerLeaf, validationFraction, patience, tolerance, value);
    }

    @Override
    public GradientBoostingRegressorModel fit(Dataset data) {
        return fit(data, ProgressListener.NONE);
    }

    /**
     * Fits the stages one after another, reporting each.
     *
     * @param data rows with numeric targets, all finite; not modified
     * @param listener receives one step per stage (loss: the training mean squared error; change: the
     *     validation mean squared error, or NaN without early stopping)
     * @return the model
     * @throws IllegalArgumentException if the data has no numeric targets, no rows or a non-finite value,
     *     or early stopping leaves no row to train or validate
     */
    @Override
    public GradientBoostingRegressorModel fit(Dataset data, ProgressListener listener) {
        Check.notNull("data", data);
        Check.notNull("listener", listener);
        Check.finiteTargets(data);
        Check.minRows(data, 1);
        Check.finiteFeatures(data);
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
        double[] y = train.targets();
        double init = io.github.classicml.core.internal.linalg.Scaling.mean(y);
        // squared errors of targets beyond 2^±200 are taken in units of 2^e near the largest target
        int unit = Stages.targetExponent(y);
        double[] raw = new double[n];
        java.util.Arrays.fill(raw, init);
        double[] x = train.features();
        double[] validationRaw = null;
        Stages.EarlyStopping stopping = null;
        if (validation != null) {
            validationRaw = new double[validation.rows()];
            java.util.Arrays.fill(validationRaw, init);
            stopping = new Stages.EarlyStopping(patience, tolerance);
        }
        DecisionTreeRegressor stageTree = Stages.tree(maxDepth, minRowsToSplit, minRowsPerLeaf);
        List<Stages.StageTree> trees = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        double[] residual = new double[n];
        double[] row = new double[p];
        for (int m = 0; m < stages; m++) {
            double[] weights = Stages.sample(rng, n, subsample);
            for (int i = 0; i < n; i++) {
                residual[i] = y[i] - raw[i];
                if (!Double.isFinite(residual[i])) {
                    throw new ArithmeticException("the residual of training row " + i + " at stage " + m
                            + " must stay within the double range, got " + y[i] + " - " + raw[i] + "; lower "
                            + "learningRate (it is " + learningRate + ")");
                }
            }
            Stages.StageTree tree = new Stages.StageTree(
                    stageTree.withSeed(rng.nextLong()).fit(train.withTargets(residual, "residual"), weights), null);
            trees.add(tree);
            for (int i = 0; i < n; i++) {
                System.arraycopy(x, i * p, row, 0, p);
                raw[i] = Stages.step(raw[i], learningRate, tree.predict(row), m, "the prediction of training row "
                        + i);
            }
            losses.add(meanSquaredError(y, raw, weights, unit));
            double validationLoss = Double.NaN;
            boolean goOn = true;
            if (validation != null) {
                validationLoss = 0;
                for (int i = 0; i < validation.rows(); i++) {
                    validation.copyRow(i, row, 0);
                    validationRaw[i] = Stages.step(validationRaw[i], learningRate, tree.predict(row), m,
                            "the prediction of validation row " + i);
                    double e = validation.target(i) - validationRaw[i];
                    validationLoss += e * e;
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
        return new GradientBoostingRegressorModel(this, p, init, trees, losses, 2 * unit);
    }

    /**
     * The mean squared error of the rows in the stage's sample, in units of {@code 2^(2 unit)}: the
     * residuals are scaled by {@code 2^-unit} (exact) before they are squared, so that the squares of
     * residuals near 1e300 do not overflow (nor those near 1e-300 underflow); for ordinary targets the
     * unit is 1 and the loss keeps its bits.
     */
    static double meanSquaredError(double[] y, double[] raw, double[] weights, int unit) {
        double sum = 0;
        int counted = 0;
        for (int i = 0; i < y.length; i++) {
            if (weights == null || weights[i] > 0) {
                double r = unit == 0 ? y[i] - raw[i] : Math.scalb(y[i], -unit) - Math.scalb(raw[i], -unit);
                sum += r * r;
                counted++;
            }
        }
        return sum / counted;
    }
}
