package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Check;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.ProbabilisticClassifier;

import java.util.List;

/**
 * Fitted classifier members and how they vote: the prediction side shared by bagging, random forests
 * and extra trees.
 *
 * <p>When every member estimates probabilities the ensemble's probabilities are the mean of the
 * members' (soft voting); otherwise each member casts one vote for the class it predicts and the
 * probabilities are the shares of the votes (hard voting). This is scikit-learn's rule for
 * {@code BaggingClassifier} and its forests. A member knows only the classes of its own sample; its
 * class map puts its answers in the ensemble's classes, and a class it never saw gets 0 from it.
 */
final class Voting {

    private final Classifier[] members;
    /** Each member's columns, or null for all. */
    private final int[][] columns;
    /** Each member's classes in the ensemble's class indices, or null when they are the same. */
    private final int[][] classMaps;
    private final int classes;
    private final int width;
    private final boolean soft;

    Voting(List<? extends Classifier> members, int[][] columns, int[][] classMaps, int classes, int width) {
        this.members = members.toArray(new Classifier[0]);
        this.columns = columns;
        this.classMaps = classMaps;
        this.classes = classes;
        this.width = width;
        boolean allProbabilistic = true;
        for (Classifier member : this.members) {
            allProbabilistic &= member instanceof ProbabilisticClassifier;
        }
        this.soft = allProbabilistic;
    }

    /** @return whether the members' probabilities are averaged (else their votes are counted) */
    boolean soft() {
        return soft;
    }

    int width() {
        return width;
    }

    int size() {
        return members.length;
    }

    Classifier member(int m) {
        return members[m];
    }

    /** @return member {@code m}'s columns (a copy), or null when it sees all columns */
    int[] columns(int m) {
        return columns[m] == null ? null : columns[m].clone();
    }

    /**
     * Adds member {@code m}'s probabilities (or its vote) for a full-width row to {@code sum}.
     *
     * @param m the member
     * @param row the row, of the training width; not modified
     * @param sum one entry per class, added to
     */
    /** @return member m's map from its class indices to the ensemble's, null when they agree (not copied) */
    int[] classMap(int m) {
        return classMaps[m];
    }

    void add(int m, double[] row, double[] sum) {
        double[] view = project(columns[m], row);
        int[] map = classMaps[m];
        if (soft) {
            double[] p = ((ProbabilisticClassifier) members[m]).predictProbabilities(view);
            for (int c = 0; c < p.length; c++) {
                sum[map == null ? c : map[c]] += p[c];
            }
        } else {
            int c = members[m].predict(view);
            sum[map == null ? c : map[c]] += 1;
        }
    }

    /**
     * @param row a full-width row; not modified
     * @return the mean of the members' probabilities, or the shares of their votes
     */
    double[] probabilities(double[] row) {
        Check.finiteRow(row, width);
        double[] sum = new double[classes];
        for (int m = 0; m < members.length; m++) {
            add(m, row, sum);
        }
        for (int c = 0; c < classes; c++) {
            sum[c] /= members.length;
        }
        return sum;
    }

    /** @return the first index of the largest entry */
    static int argMax(double[] values) {
        int best = 0;
        for (int c = 1; c < values.length; c++) {
            if (values[c] > values[best]) {
                best = c;
            }
        }
        return best;
    }

    static double[] project(int[] columns, double[] row) {
        if (columns == null) {
            return row;
        }
        double[] out = new double[columns.length];
        for (int k = 0; k < columns.length; k++) {
            out[k] = row[columns[k]];
        }
        return out;
    }
}
