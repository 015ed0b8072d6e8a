package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Classifier;
import io.github.classicml.core.ProbabilisticClassifier;

import java.util.ArrayList;
import java.util.List;

/**
 * A fitted bag of classifiers: its members, the columns each one sees, and, when asked for, the
 * out-of-bag estimates.
 *
 * <p>Probabilities are the mean of the members' probabilities (soft voting) when every member
 * estimates them, else the shares of their votes (hard voting); {@link #softVoting()} says which.
 * Immutable and safe for concurrent prediction when the members are.
 *
 * @see BaggingClassifier
 */
public final class BaggingClassifierModel implements ProbabilisticClassifier {

    private final BaggingClassifier learner;
    private final Voting voting;
    private final List<String> classNames;
    private final OutOfBag.Votes oob;

    BaggingClassifierModel(BaggingClassifier learner, Voting voting, List<String> classNames, OutOfBag.Votes oob) {
        this.learner = learner;
        this.voting = voting;
        this.classNames = List.copyOf(classNames);
        this.oob = oob;
    }

    @Override
    public BaggingClassifier learner() {
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

    @Override
    public double[] predictProbabilities(double[] row) {
        return voting.probabilities(row);
    }

    @Override
    public int predict(double[] row) {
        return Voting.argMax(voting.probabilities(row));
    }

    /** @return true when the members' probabilities are averaged, false when their votes are counted */
    public boolean softVoting() {
        return voting.soft();
    }

    /** @return the fitted members, in member order (unmodifiable) */
    public List<Classifier> members() {
        List<Classifier> out = new ArrayList<>(voting.size());
        for (int m = 0; m < voting.size(); m++) {
            out.add(voting.member(m));
        }
        return List.copyOf(out);
    }

    /**
     * @param member a member index
     * @return the training columns that member sees, in the order it sees them (a copy)
     */
    public int[] memberColumns(int member) {
        int[] columns = voting.columns(io.github.classicml.core.Check.index("member", member, voting.size()));
        if (columns == null) {
            columns = new int[voting.width()];
            for (int j = 0; j < columns.length; j++) {
                columns[j] = j;
            }
        }
        return columns;
    }

    /**
     * @return the accuracy of the out-of-bag votes on the training rows that have one
     * @throws IllegalStateException if the learner did not set {@code oobScore}
     */
    public double oobScore() {
        return requireOob().score();
    }

    /**
     * @return per training row the out-of-bag class probabilities (a copy); NaN for a row that every
     *     member saw
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

    /** @return the members with their columns and class maps (for the model file) */
    Voting voting() {
        return voting;
    }

    @Override
    public String toString() {
        return "BaggingClassifierModel[" + voting.size() + " members, " + (voting.soft() ? "soft" : "hard")
                + " voting, " + classNames.size() + " classes, " + voting.width() + " columns"
                + (oob == null ? "" : ", oob accuracy " + oob.score()) + "]";
    }
}
