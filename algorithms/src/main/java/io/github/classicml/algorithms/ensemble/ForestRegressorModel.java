package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.DecisionTreeRegressorModel;
import io.github.classicml.core.Regressor;

import java.util.List;

/**
 * A fitted forest of regression trees ({@link RandomForestRegressor} or {@link ExtraTreesRegressor}): the
 * trees, whose mean is the prediction, the MDI importances and, when asked for, the out-of-bag estimates.
 * Immutable and safe for concurrent prediction.
 */
public final class ForestRegressorModel implements Regressor {

    private final ForestRegressor learner;
    private final List<DecisionTreeRegressorModel> trees;
    private final Averaging averaging;
    private final OutOfBag.Predictions oob;

    ForestRegressorModel(ForestRegressor learner, List<DecisionTreeRegressorModel> trees,
                         Averaging averaging, OutOfBag.Predictions oob) {
        this.learner = learner;
        this.trees = List.copyOf(trees);
        this.averaging = averaging;
        this.oob = oob;
    }

    /** @return the {@link RandomForestRegressor} or {@link ExtraTreesRegressor} that grew this forest */
    @Override
    public ForestRegressor learner() {
        return learner;
    }

    @Override
    public int columns() {
        return averaging.width();
    }

    /** The mean of the trees' predictions. */
    @Override
    public double predict(double[] row) {
        return averaging.predict(row);
    }

    /** @return the trees, in the order they were drawn (unmodifiable) */
    public List<DecisionTreeRegressorModel> trees() {
        return trees;
    }

    /**
     * The mean decrease in impurity (MDI) of each column, as {@link ForestClassifierModel#featureImportances()}.
     *
     * @return one importance per column, summing to 1 (all 0 when no tree splits)
     */
    public double[] featureImportances() {
        return Forests.importances(trees, columns());
    }

    /**
     * @return the R² of the out-of-bag predictions on the training rows that have one
     * @throws IllegalStateException if the learner did not set {@code oobScore}
     */
    public double oobScore() {
        return requireOob().score();
    }

    /**
     * @return per training row the mean prediction of the trees that did not draw it (a copy); NaN for a
     *     row every tree drew
     * @throws IllegalStateException if the learner did not set {@code oobScore}
     */
    public double[] oobPredictions() {
        return requireOob().predictions().clone();
    }

    private OutOfBag.Predictions requireOob() {
        if (oob == null) {
            throw new IllegalStateException("the out-of-bag estimate was not computed; fit with withOobScore(true)");
        }
        return oob;
    }

    /** @return the out-of-bag predictions, null when not computed (for the model file) */
    OutOfBag.Predictions oob() {
        return oob;
    }

    @Override
    public String toString() {
        int leaves = 0;
        for (DecisionTreeRegressorModel tree : trees) {
            leaves += tree.leafCount();
        }
        return "ForestRegressorModel[" + trees.size() + " trees, " + leaves + " leaves, " + columns() + " columns"
                + (oob == null ? "" : ", oob R² " + oob.score()) + "]";
    }
}
