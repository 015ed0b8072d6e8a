package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Check;
import io.github.classicml.core.Regressor;

import java.util.List;

/**
 * Fitted regressor members and their mean: the prediction side shared by bagging, random forests and
 * extra trees for regression. The members' predictions are summed in member order and divided by
 * their number, as scikit-learn does.
 */
final class Averaging {

    private final Regressor[] members;
    /** Each member's columns, or null for all. */
    private final int[][] columns;
    private final int width;

    Averaging(List<? extends Regressor> members, int[][] columns, int width) {
        this.members = members.toArray(new Regressor[0]);
        this.columns = columns;
        this.width = width;
    }

    int width() {
        return width;
    }

    int size() {
        return members.length;
    }

    Regressor member(int m) {
        return members[m];
    }

    /** @return member {@code m}'s columns (a copy), or null when it sees all columns */
    int[] columns(int m) {
        return columns[m] == null ? null : columns[m].clone();
    }

    /** @return member {@code m}'s prediction for a full-width row */
    double predict(int m, double[] row) {
        return members[m].predict(Voting.project(columns[m], row));
    }

    /**
     * @param row a full-width row; not modified
     * @return the mean of the members' predictions
     */
    double predict(double[] row) {
        Check.finiteRow(row, width);
        double sum = 0;
        for (int m = 0; m < members.length; m++) {
            sum += predict(m, row);
        }
        return sum / members.length;
    }
}
