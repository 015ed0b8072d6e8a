package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Check;
import io.github.classicml.core.Regressor;

import java.util.List;

/**
 * A fitted regression tree: a row gets the value of its leaf, the weighted mean (or, for absolute
 * error, the weighted median) of the training targets that reached it.
 *
 * @see DecisionTreeRegressor
 */
public final class DecisionTreeRegressorModel extends DecisionTreeModel implements Regressor {

    private final DecisionTreeRegressor learner;

    DecisionTreeRegressorModel(DecisionTreeRegressor learner, Tree tree, List<String> columnNames) {
        super(tree, columnNames);
        this.learner = learner;
    }

    @Override
    public DecisionTreeRegressor learner() {
        return learner;
    }

    @Override
    public int columns() {
        return super.columns();
    }

    @Override
    public double predict(double[] row) {
        Check.rowWidth(row, columns());
        return tree.value[tree.apply(row)];
    }

    @Override
    public String toString() {
        return "DecisionTreeRegressorModel[" + learner.criterion().name().toLowerCase(java.util.Locale.ROOT) + ", "
                + nodeCount() + " nodes, " + leafCount() + " leaves, depth " + depth() + ", " + columns()
                + " columns]";
    }
}
