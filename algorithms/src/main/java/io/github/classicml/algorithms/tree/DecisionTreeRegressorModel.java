package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Check;
import io.github.classicml.core.Regressor;

import io.github.classicml.core.Dataset;

import java.util.List;
import java.util.Locale;

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
        Check.finiteRow(row, columns());
        return tree.value[tree.apply(row)];
    }

    @Override
    String describe(int node, int decimals) {
        return "value: [" + TreeExport.fixed(tree.value[node], decimals) + "]";
    }

    @Override
    String criterionName() {
        return learner.criterion().name().toLowerCase(Locale.ROOT);
    }

    @Override
    int minRowsPerLeaf() {
        return learner.minRowsPerLeaf();
    }

    @Override
    SplitTracer.Impurity tracer(Dataset data) {
        Check.finiteTargets(data);
        return SplitTracer.targets(data.targets(), learner.criterion() == RegressionCriterion.ABSOLUTE_ERROR);
    }

    @Override
    public String toString() {
        return "DecisionTreeRegressorModel[" + criterionName() + ", "
                + nodeCount() + " nodes, " + leafCount() + " leaves, depth " + depth() + ", " + columns()
                + " columns]";
    }
}
