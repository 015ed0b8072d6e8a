package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Check;
import io.github.classicml.core.ProbabilisticClassifier;

import java.util.List;

/**
 * A fitted classification tree: each leaf holds the weighted class counts of its training rows; a row
 * gets the class shares of its leaf as probabilities and the most probable class (the lowest index
 * among ties, as scikit-learn's {@code argmax}).
 *
 * @see DecisionTreeClassifier
 */
public final class DecisionTreeClassifierModel extends DecisionTreeModel implements ProbabilisticClassifier {

    private final DecisionTreeClassifier learner;
    private final List<String> classNames;

    DecisionTreeClassifierModel(DecisionTreeClassifier learner, Tree tree, List<String> columnNames,
                                List<String> classNames) {
        super(tree, columnNames);
        this.learner = learner;
        this.classNames = classNames;
    }

    @Override
    public DecisionTreeClassifier learner() {
        return learner;
    }

    @Override
    public int columns() {
        return super.columns();
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }

    @Override
    public int predict(double[] row) {
        Check.rowWidth(row, columns());
        int offset = tree.apply(row) * tree.stride;
        int best = 0;
        for (int c = 1; c < tree.stride; c++) {
            if (tree.value[offset + c] > tree.value[offset + best]) {
                best = c;
            }
        }
        return best;
    }

    @Override
    public double[] predictProbabilities(double[] row) {
        Check.rowWidth(row, columns());
        int offset = tree.apply(row) * tree.stride;
        double total = 0;
        for (int c = 0; c < tree.stride; c++) {
            total += tree.value[offset + c];
        }
        double[] out = new double[tree.stride];
        for (int c = 0; c < tree.stride; c++) {
            out[c] = tree.value[offset + c] / total;
        }
        return out;
    }

    @Override
    public String toString() {
        return "DecisionTreeClassifierModel[" + learner.criterion().name().toLowerCase(java.util.Locale.ROOT) + ", "
                + nodeCount() + " nodes, " + leafCount() + " leaves, depth " + depth() + ", " + classNames.size()
                + " classes, " + columns() + " columns]";
    }
}
