package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.DecisionTreeClassifierModel;
import io.github.classicml.core.Check;
import io.github.classicml.core.ProbabilisticClassifier;

import java.util.List;

/**
 * A fitted AdaBoost (SAMME) classifier: the trees, their weights ({@code alpha}) and weighted errors.
 * Immutable and safe for concurrent prediction.
 *
 * @see AdaBoostClassifier
 */
public final class AdaBoostClassifierModel implements ProbabilisticClassifier {

    private final AdaBoostClassifier learner;
    private final int columns;
    private final List<DecisionTreeClassifierModel> trees;
    private final double[] weights;
    private final double[] errors;
    private final double weightSum;
    private final List<String> classNames;

    AdaBoostClassifierModel(AdaBoostClassifier learner, int columns, List<DecisionTreeClassifierModel> trees,
                            List<Double> weights, List<Double> errors, List<String> classNames) {
        this.learner = learner;
        this.columns = columns;
        this.trees = List.copyOf(trees);
        this.weights = weights.stream().mapToDouble(Double::doubleValue).toArray();
        this.errors = errors.stream().mapToDouble(Double::doubleValue).toArray();
        double sum = 0;
        for (double v : this.weights) {
            sum += v;
        }
        this.weightSum = sum;
        this.classNames = List.copyOf(classNames);
    }

    @Override
    public AdaBoostClassifier learner() {
        return learner;
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }

    /**
     * The weighted votes: for each class the sum of the weights of the trees that predict it, divided by
     * the sum of all weights (scikit-learn's {@code decision_function} before its two-class folding).
     *
     * @param row the features; not modified
     * @return one share of the vote per class
     */
    public double[] votes(double[] row) {
        Check.finiteRow(row, columns);
        double[] out = new double[classNames.size()];
        for (int m = 0; m < trees.size(); m++) {
            out[trees.get(m).predict(row)] += weights[m];
        }
        for (int c = 0; c < out.length; c++) {
            out[c] /= weightSum;
        }
        return out;
    }

    /** The class with the largest weighted vote, the lowest index among ties. */
    @Override
    public int predict(double[] row) {
        return Voting.argMax(votes(row));
    }

    /**
     * scikit-learn's SAMME probabilities: the softmax of the votes divided by {@code k - 1}; for two
     * classes the softmax of {@code (-d/2, d/2)} with {@code d} the vote for class 1 minus that for class 0.
     */
    @Override
    public double[] predictProbabilities(double[] row) {
        double[] v = votes(row);
        int k = v.length;
        double[] z = new double[k];
        if (k == 2) {
            double d = v[1] - v[0];
            z[0] = -d / 2;
            z[1] = d / 2;
        } else {
            for (int c = 0; c < k; c++) {
                z[c] = v[c] / Math.max(1, k - 1);
            }
        }
        return GradientBoostingClassifierModel.probabilities(z, Math.max(k, 3));
    }

    /** @return the trees, in stage order (unmodifiable) */
    public List<DecisionTreeClassifierModel> trees() {
        return trees;
    }

    /** @return each tree's weight {@code alpha_m} in the vote (scikit-learn's {@code estimator_weights_}) */
    public double[] estimatorWeights() {
        return weights.clone();
    }

    /** @return each tree's weighted training error (scikit-learn's {@code estimator_errors_}) */
    public double[] estimatorErrors() {
        return errors.clone();
    }

    @Override
    public String toString() {
        return "AdaBoostClassifierModel[" + trees.size() + " trees of depth <= " + learner.maxDepth() + ", "
                + classNames.size() + " classes, " + columns + " columns]";
    }
}
