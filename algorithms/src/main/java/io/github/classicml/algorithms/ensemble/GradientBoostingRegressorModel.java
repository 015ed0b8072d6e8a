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
    private final double[] trainLosses;

    GradientBoostingRegressorModel(GradientBoostingRegressor learner, int columns, double init,
                                   List<Stages.StageTree> trees, List<Double> trainLosses) {
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
        for (Stages.StageTree tree : trees) {
            f += learner.learningRate() * tree.predict(row);
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
            f += learner.learningRate() * trees[m].predict(row);
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
     */
    public double[] trainLosses() {
        return trainLosses.clone();
    }

    @Override
    public String toString() {
        return "GradientBoostingRegressorModel[" + trees.length + " stages, learning rate "
                + learner.learningRate() + ", init " + init + ", " + columns + " columns]";
    }
}
