package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Check;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.internal.linalg.Scaling;

import java.util.List;

/**
 * Fitted regressor members and their mean: the prediction side shared by bagging, random forests and
 * extra trees for regression. The members' predictions are summed in member order and divided by
 * their number, as scikit-learn does, without overflow where the sum would leave the double range
 * ({@link #predict(double[])}).
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
     * The mean of the members' predictions: their sum in member order divided by their number, as
     * scikit-learn computes it, whenever that sum is finite (so ordinary answers keep their bits). A mean
     * of finite numbers lies between them, so it is always representable even when the sum is not
     * (two predictions of 1.5e308 sum to Infinity): then it is {@link Scaling#mean}, the sum taken again
     * in units of a power of two near the largest prediction and scaled back.
     *
     * @param row a full-width row; not modified
     * @return the mean of the members' predictions
     * @throws ArithmeticException if a member predicts a non-finite value
     */
    double predict(double[] row) {
        Check.finiteRow(row, width);
        double sum = 0;
        for (int m = 0; m < members.length; m++) {
            sum += predict(m, row);
        }
        if (Double.isFinite(sum)) {
            return sum / members.length;
        }
        // rare: predict again rather than keep every member's prediction on the ordinary path
        double[] predictions = new double[members.length];
        for (int m = 0; m < members.length; m++) {
            predictions[m] = predict(m, row);
            if (!Double.isFinite(predictions[m])) {
                throw new ArithmeticException("member " + m + " must predict a finite value, got "
                        + Check.format(predictions[m]));
            }
        }
        return Scaling.mean(predictions);
    }
}
