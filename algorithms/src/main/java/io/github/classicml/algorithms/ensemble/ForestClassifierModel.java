package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.DecisionTreeClassifierModel;
import io.github.classicml.core.ProbabilisticClassifier;

import java.util.List;

/**
 * A fitted forest of classification trees ({@link RandomForestClassifier} or {@link ExtraTreesClassifier}):
 * the trees, their averaged probabilities, the MDI importances and, when asked for, the out-of-bag
 * estimates. Immutable and safe for concurrent prediction.
 */
public final class ForestClassifierModel implements ProbabilisticClassifier {

    private final ForestClassifier learner;
    private final List<DecisionTreeClassifierModel> trees;
    private final Voting voting;
    private final List<String> classNames;
    private final OutOfBag.Votes oob;

    ForestClassifierModel(ForestClassifier learner, List<DecisionTreeClassifierModel> trees, Voting voting,
                          List<String> classNames, OutOfBag.Votes oob) {
        this.learner = learner;
        this.trees = List.copyOf(trees);
        this.voting = voting;
        this.classNames = List.copyOf(classNames);
        this.oob = oob;
    }

    /** @return the {@link RandomForestClassifier} or {@link ExtraTreesClassifier} that grew this forest */
    @Override
    public ForestClassifier learner() {
        return learner;
    }

    @Override
    public int columns() {
        return voting.width();
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }

    /** The mean of the trees' leaf class shares. */
    @Override
    public double[] predictProbabilities(double[] row) {
        return voting.probabilities(row);
    }

    /** The class of highest mean probability, the lowest index among ties. */
    @Override
    public int predict(double[] row) {
        return Voting.argMax(voting.probabilities(row));
    }

    /** @return the trees, in the order they were drawn (unmodifiable) */
    public List<DecisionTreeClassifierModel> trees() {
        return trees;
    }

    /**
     * The mean decrease in impurity (MDI) of each column: the mean over the trees that split of their
     * normalised impurity importances, normalised to sum to 1 (scikit-learn's
     * {@code feature_importances_}). Measured on the training rows, it favours columns with many
     * distinct values, even pure noise; {@link PermutationImportance} on held-out rows does not.
     *
     * @return one importance per column
     */
    public double[] featureImportances() {
        return Forests.importances(trees, columns());
    }

    /**
     * @return the accuracy of the out-of-bag probabilities on the training rows that have one
     * @throws IllegalStateException if the learner did not set {@code oobScore}
     */
    public double oobScore() {
        return requireOob().score();
    }

    /**
     * @return per training row the mean probabilities of the trees that did not draw it (a copy); NaN for
     *     a row every tree drew
     * @throws IllegalStateException if the learner did not set {@code oobScore}
     */
    public double[][] oobProbabilities() {
        double[][] p = requireOob().probabilities();
        double[][] out = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            out[i] = p[i].clone();
        }
        return out;
    }

    private OutOfBag.Votes requireOob() {
        if (oob == null) {
            throw new IllegalStateException("the out-of-bag estimate was not computed; fit with withOobScore(true)");
        }
        return oob;
    }

    /** @return the out-of-bag votes, null when not computed (for the model file) */
    OutOfBag.Votes oob() {
        return oob;
    }

    @Override
    public String toString() {
        int leaves = 0;
        for (DecisionTreeClassifierModel tree : trees) {
            leaves += tree.leafCount();
        }
        return "ForestClassifierModel[" + trees.size() + " trees, " + leaves + " leaves, " + classNames.size()
                + " classes, " + columns() + " columns" + (oob == null ? "" : ", oob accuracy " + oob.score()) + "]";
    }
}
