package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Check;
import io.github.classicml.core.ProbabilisticClassifier;

import io.github.classicml.core.Dataset;

import java.util.List;
import java.util.Locale;

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
        Check.finiteRow(row, columns());
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
        Check.finiteRow(row, columns());
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
    String describe(int node, int decimals) {
        int offset = node * tree.stride;
        int best = 0;
        for (int c = 1; c < tree.stride; c++) {
            if (tree.value[offset + c] > tree.value[offset + best]) {
                best = c;
            }
        }
        return "class: " + classNames.get(best);
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
        Check.hasClasses(data);
        int[] classes = data.classes();
        if (data.classCount() != classNames.size()) {
            throw new IllegalArgumentException("data has " + data.classCount()
                    + " classes but the model was fitted on " + classNames.size());
        }
        return SplitTracer.classes(classes, learner.classWeights().weigh(classes, classNames.size()),
                learner.criterion() == ClassificationCriterion.GINI);
    }

    @Override
    public String toString() {
        return "DecisionTreeClassifierModel[" + criterionName() + ", "
                + nodeCount() + " nodes, " + leafCount() + " leaves, depth " + depth() + ", " + classNames.size()
                + " classes, " + columns() + " columns]";
    }
}
