package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Check;
import io.github.classicml.core.Regressor;

import java.util.ArrayList;
import java.util.List;

/**
 * A fitted bag of regressors: its members, the columns each one sees, and, when asked for, the
 * out-of-bag predictions. The prediction is the mean of the members' predictions. Immutable and safe
 * for concurrent prediction when the members are.
 *
 * @see BaggingRegressor
 */
public final class BaggingRegressorModel implements Regressor {

    private final BaggingRegressor learner;
    private final Averaging averaging;
    private final OutOfBag.Predictions oob;

    BaggingRegressorModel(BaggingRegressor learner, Averaging averaging, OutOfBag.Predictions oob) {
        this.learner = learner;
        this.averaging = averaging;
        this.oob = oob;
    }

    @Override
    public BaggingRegressor learner() {
        return learner;
    }

    @Override
    public int columns() {
        return averaging.width();
    }

    @Override
    public double predict(double[] row) {
        return averaging.predict(row);
    }

    /** @return the fitted members, in member order (unmodifiable) */
    public List<Regressor> members() {
        List<Regressor> out = new ArrayList<>(averaging.size());
        for (int m = 0; m < averaging.size(); m++) {
            out.add(averaging.member(m));
        }
        return List.copyOf(out);
    }

    /**
     * @param member a member index
     * @return the training columns that member sees, in the order it sees them (a copy)
     */
    public int[] memberColumns(int member) {
        int[] columns = averaging.columns(Check.index("member", member, averaging.size()));
        if (columns == null) {
            columns = new int[averaging.width()];
            for (int j = 0; j < columns.length; j++) {
                columns[j] = j;
            }
        }
        return columns;
    }

    /**
     * @return the R² of the out-of-bag predictions on the training rows that have one
     * @throws IllegalStateException if the learner did not set {@code oobScore}
     */
    public double oobScore() {
        return requireOob().score();
    }

    /**
     * @return per training row the mean prediction of the members that did not see it (a copy); NaN for
     *     a row that every member saw
     * @throws IllegalStateException if the learner did not set {@code oobScore}
     */
    public double[] oobPredictions() {
        return requireOob().predictions().clone();
    }

    private OutOfBag.Predictions requireOob() {
        if (oob == null) {
            throw new IllegalStateException("the out-of-bag estimate was not computed; fit with withOobScore(true)");
        }
        return oob;
    }

    /** @return the out-of-bag predictions, null when not computed (for the model file) */
    OutOfBag.Predictions oob() {
        return oob;
    }

    @Override
    public String toString() {
        return "BaggingRegressorModel[" + averaging.size() + " members, " + averaging.width() + " columns"
                + (oob == null ? "" : ", oob R² " + oob.score()) + "]";
    }
}
