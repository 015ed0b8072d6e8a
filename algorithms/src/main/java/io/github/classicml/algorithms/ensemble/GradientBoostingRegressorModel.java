package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.DecisionTreeRegressorModel;
import io.github.classicml.core.Check;
import io.github.classicml.core.Regressor;

import java.util.ArrayList;
import java.util.List;

/**
 * A fitted gradient-boosted regressor: the initial prediction (the mean target), the stage trees and
 * the learning rate; {@code F(x) = F_0 + nu * sum_m h_m(x)}, summed in stage order. Immutable and safe
 * for concurrent prediction.
 *
 * @see GradientBoostingRegressor
 */
public final class GradientBoostingRegressorModel implements Regressor {

    private final GradientBoostingRegressor learner;
    private final int columns;
    private final double init;
    private final Stages.StageTree[] trees;
    /** The training losses in units of {@code 2^lossExponent} (see {@link #trainLossExponent()}). */
    private final double[] trainLosses;
    private final int lossExponent;

    GradientBoostingRegressorModel(GradientBoostingRegressor learner, int columns, double init,
                                   List<Stages.StageTree> trees, List<Double> trainLosses, int lossExponent) {
        this.lossExponent = lossExponent;
        this.learner = learner;
        this.columns = columns;
        this.init = init;
        this.trees = trees.toArray(new Stages.StageTree[0]);
        this.trainLosses = trainLosses.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public GradientBoostingRegressor learner() {
        return learner;
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public double predict(double[] row) {
        Check.finiteRow(row, columns);
        double f = init;
        for (int m = 0; m < trees.length; m++) {
            // a model file's learningRate may be any positive double: overflow is refused, never NaN
            f = Stages.step(f, learner.learningRate(), trees[m].predict(row), m, "the prediction");
        }
        return f;
    }

    /**
     * The prediction after each stage: entry {@code m} is {@code F_0 + nu * (h_1 + ... + h_(m+1))}
     * (scikit-learn's {@code staged_predict}); the last entry is {@link #predict(double[])}.
     *
     * @param row the features; not modified
     * @return one prediction per fitted stage
     */
    public double[] stagedPredict(double[] row) {
        Check.finiteRow(row, columns);
        double[] out = new double[trees.length];
        double f = init;
        for (int m = 0; m < trees.length; m++) {
            f = Stages.step(f, learner.learningRate(), trees[m].predict(row), m, "the prediction");
            out[m] = f;
        }
        return out;
    }

    /** @return the initial prediction {@code F_0}, the mean training target */
    public double initialPrediction() {
        return init;
    }

    /** @return the number of fitted stages: {@code stages}, or fewer when early stopping ended the fit */
    public int stageCount() {
        return trees.length;
    }

    /** @return the stage trees, in stage order (unmodifiable) */
    public List<DecisionTreeRegressorModel> trees() {
        List<DecisionTreeRegressorModel> out = new ArrayList<>(trees.length);
        for (Stages.StageTree t : trees) {
            out.add(t.tree());
        }
        return List.copyOf(out);
    }

    /**
     * @return per stage the mean squared error on the training rows of that stage (scikit-learn's
     *     {@code train_score_}; the in-sample rows when subsampling)
     * @throws ArithmeticException if a loss exceeds the double range (targets whose errors are beyond
     *     about 1e154): {@link #scaledTrainLosses()} and {@link #trainLossExponent()} hold it
     */
    public double[] trainLosses() {
        double[] out = new double[trainLosses.length];
        for (int m = 0; m < out.length; m++) {
            out[m] = Math.scalb(trainLosses[m], lossExponent);
            if (!Double.isFinite(out[m])) {
                throw new ArithmeticException("trainLosses must be within the double range; stage " + m + "'s is "
                        + trainLosses[m] + " * 2^" + lossExponent + "; use scaledTrainLosses() and "
                        + "trainLossExponent()");
            }
        }
        return out;
    }

    /**
     * The training losses in the unit they were computed in: targets beyond 2^±200 are boosted in
     * units of a power of two near the largest, {@code 2^e} (an exact change of exponent), so that the
     * squared errors neither overflow nor underflow; their losses are in units of {@code 2^(2e)}.
     *
     * @return per stage the mean squared error divided by {@code 2^trainLossExponent()} (a copy)
     */
    public double[] scaledTrainLosses() {
        return trainLosses.clone();
    }

    /** @return the exponent of the unit of {@link #scaledTrainLosses()}, 0 for ordinary targets */
    public int trainLossExponent() {
        return lossExponent;
    }

    @Override
    public String toString() {
        return "GradientBoostingRegressorModel[" + trees.length + " stages, learning rate "
                + learner.learningRate() + ", init " + init + ", " + columns + " columns]";
    }
}
