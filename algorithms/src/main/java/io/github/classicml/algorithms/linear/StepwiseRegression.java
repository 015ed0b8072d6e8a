package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Progress;
import io.github.classicml.core.ProgressListener;
import io.github.classicml.core.internal.linalg.Scaling;

import java.util.ArrayList;
import java.util.List;

/**
 * Stepwise selection of the columns of an ordinary-least-squares model by a criterion: forward (start
 * with no column, add the column that lowers the score most, stop when no addition lowers it) or
 * backward (start with every column, remove the column whose removal lowers the score most, stop when
 * no removal lowers it). The criterion is AIC, BIC or a score the caller computes from the candidate
 * columns (for example a cross-validated error); lower is better.
 *
 * <p>Stepwise selection answers "which columns matter?" greedily: each step is the best single change,
 * not the best subset, so forward and backward can end at different models, and the p-values of the
 * chosen model overstate its significance (the same data chose and tested it). AIC ({@code 2k}
 * penalty) keeps more columns than BIC ({@code k log n}); the lasso ({@link Lasso#path}) is the
 * continuous alternative.
 *
 * <p>Cost: up to {@code p} steps of up to {@code p} least-squares fits each, {@code O(p^2)} fits; so
 * that a wide table is refused at once rather than run for hours, at most {@link #MAX_COLUMNS} columns
 * are accepted (select candidates first, e.g. with the lasso path or a correlation filter).
 * Ties go to the lowest column index. A candidate set whose columns are linearly dependent is skipped.
 * Needs at least 3 rows (2 without intercept); when no single column beats the model without columns,
 * {@code fit} throws, since there is no least-squares model to return.
 *
 * <p>Reference: T. Hastie, R. Tibshirani, J. Friedman, <i>The Elements of Statistical Learning</i>, 2nd
 * ed., section 3.3.2; H. Akaike, "A new look at the statistical model identification", IEEE Trans.
 * Automatic Control 19 (1974); G. Schwarz, "Estimating the dimension of a model", Ann. Statist. 6 (1978).
 *
 * @param direction forward or backward; default forward
 * @param criterion the score to lower; default {@link Criterion#AIC}
 * @param fitIntercept whether every model has an intercept (never removed); default true
 * @see StepwiseModel
 */
public record StepwiseRegression(Direction direction, Criterion criterion, boolean fitIntercept)
        implements Learner<StepwiseModel> {

    /** The most columns stepwise selection accepts: 1000 columns are up to a million least-squares fits. */
    public static final int MAX_COLUMNS = 1000;

    /** The direction of the search. */
    public enum Direction {
        /** Start empty and add columns. */
        FORWARD,
        /** Start with every column and remove columns. */
        BACKWARD
    }

    /**
     * What stepwise selection lowers. {@link #AIC} and {@link #BIC} fit least squares; a caller's criterion
     * can score the candidate columns any way it likes (lower is better).
     */
    @FunctionalInterface
    public interface Criterion {

        /** Akaike's information criterion of the least-squares fit, {@code -2 logL + 2k}. */
        Criterion AIC = new InformationCriterion(false);

        /** The Bayesian information criterion of the least-squares fit, {@code -2 logL + k log n}. */
        Criterion BIC = new InformationCriterion(true);

        /**
         * @param candidate the training data restricted to the candidate columns (with the targets); not
         *     modified
         * @param fitIntercept whether the model has an intercept
         * @return the score, lower is better
         */
        double score(Dataset candidate, boolean fitIntercept);

        /**
         * The score of the model without any column (the intercept alone, or the zero model), where
         * forward selection starts. By default positive infinity: the first step always adds a column.
         *
         * @param data the training data; not modified
         * @param fitIntercept whether the model has an intercept
         * @return the score, lower is better
         */
        default double emptyScore(Dataset data, boolean fitIntercept) {
            return Double.POSITIVE_INFINITY;
        }
    }

    /** AIC or BIC of the least-squares fit, with statsmodels' log-likelihood. */
    private record InformationCriterion(boolean bayesian) implements Criterion {

        @Override
        public double score(Dataset candidate, boolean fitIntercept) {
            LinearRegressionModel m = LinearRegression.of().withFitIntercept(fitIntercept).fit(candidate);
            return bayesian ? m.bic() : m.aic();
        }

        @Override
        public double emptyScore(Dataset data, boolean fitIntercept) {
            double[] y = data.targets();
            int n = y.length;
            // targets beyond 2^±256 in the power-of-two unit least squares uses, so that their squares stay finite
            int t = LeastSquaresUnits.targetExponent(y);
            Scaling.scale(y, 0, n, t);
            double mean = 0;
            if (fitIntercept) {
                for (double v : y) {
                    mean += v;
                }
                mean /= n;
            }
            double rss = 0;
            for (double v : y) {
                rss += (v - mean) * (v - mean);
            }
            double logL = -0.5 * n * (Math.log(2 * Math.PI) + Math.log(rss / n) + 1)
                    + LeastSquaresUnits.logLikelihoodShift(n, t);
            int k = fitIntercept ? 1 : 0;
            return -2 * logL + (bayesian ? Math.log(n) : 2.0) * k;
        }

        @Override
        public String toString() {
            return bayesian ? "BIC" : "AIC";
        }
    }

    /**
     * Validates the settings.
     *
     * @param direction forward or backward
     * @param criterion the score to lower
     * @param fitIntercept whether to fit the intercept
     */
    public StepwiseRegression {
        Check.notNull("direction", direction);
        Check.notNull("criterion", criterion);
    }

    /** @return forward selection by AIC with an intercept */
    public static StepwiseRegression of() {
        return new StepwiseRegression(Direction.FORWARD, Criterion.AIC, true);
    }

    /**
     * @param value forward or backward
     * @return a copy with that direction
     */
    public StepwiseRegression withDirection(Direction value) {
        return new StepwiseRegression(value, criterion, fitIntercept);
    }

    /**
     * @param value the criterion
     * @return a copy with that criterion
     */
    public StepwiseRegression withCriterion(Criterion value) {
        return new StepwiseRegression(direction, value, fitIntercept);
    }

    /**
     * @param value whether to fit the intercept
     * @return a copy with that setting
     */
    public StepwiseRegression withFitIntercept(boolean value) {
        return new StepwiseRegression(direction, criterion, value);
    }

    @Override
    public StepwiseModel fit(Dataset data) {
        return fit(data, ProgressListener.NONE);
    }

    /**
     * Runs the selection, reporting each step (its score) to {@code listener}, then fits least squares on
     * the chosen columns.
     *
     * @param data rows with finite features and numeric targets; not modified
     * @param listener receives one step per change
     * @return the model on the chosen columns, with the path of steps
     * @throws IllegalArgumentException if the data is unsuitable, or no column can be chosen
     */
    @Override
    public StepwiseModel fit(Dataset data, ProgressListener listener) {
        Check.notNull("data", data);
        Check.notNull("listener", listener);
        Check.finiteTargets(data);
        Check.finiteFeatures(data);
        // one column, the intercept and one residual degree of freedom
        Check.minRows(data, fitIntercept ? 3 : 2);
        int p = data.columns();
        Check.that(p <= MAX_COLUMNS, () -> "columns must be <= " + MAX_COLUMNS + " for stepwise selection, got " + p
                + "; it fits O(columns^2) least-squares models, so select candidate columns first");
        List<Integer> chosen = new ArrayList<>();
        double current;
        if (direction == Direction.FORWARD) {
            current = criterion.emptyScore(data, fitIntercept);
        } else {
            for (int j = 0; j < p; j++) {
                chosen.add(j);
            }
            current = criterion.score(data, fitIntercept);
        }
        double start = current;
        List<StepwiseModel.Step> steps = new ArrayList<>();
        while (true) {
            int bestColumn = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < p; j++) {
                boolean in = chosen.contains(j);
                if ((direction == Direction.FORWARD) == in) {
                    continue;
                }
                List<Integer> candidate = new ArrayList<>(chosen);
                if (in) {
                    candidate.remove(Integer.valueOf(j));
                } else {
                    candidate.add(j);
                }
                double score = score(data, candidate);
                if (score < best) {
                    best = score;
                    bestColumn = j;
                }
            }
            if (bestColumn < 0 || !(best < current)) {
                break;
            }
            boolean added = direction == Direction.FORWARD;
            if (added) {
                chosen.add(bestColumn);
            } else {
                chosen.remove(Integer.valueOf(bestColumn));
            }
            current = best;
            steps.add(new StepwiseModel.Step(bestColumn, data.columnName(bestColumn), added, best));
            listener.onStep(new Progress(1, 1, steps.size(), Math.max(1, p), best, Double.NaN));
        }
        Check.that(!chosen.isEmpty(), () -> "stepwise selection kept no column: the " + criterion
                + " of the model without columns (" + start + ") is the lowest");
        int[] columns = chosen.stream().sorted().mapToInt(Integer::intValue).toArray();
        LinearRegressionModel model = LinearRegression.of().withFitIntercept(fitIntercept)
                .fit(data.selectColumns(columns));
        return new StepwiseModel(this, p, columns, model, start, steps);
    }

    private double score(Dataset data, List<Integer> columns) {
        if (columns.isEmpty()) {
            return criterion.emptyScore(data, fitIntercept);
        }
        int[] sorted = columns.stream().sorted().mapToInt(Integer::intValue).toArray();
        try {
            return criterion.score(data.selectColumns(sorted), fitIntercept);
        } catch (IllegalArgumentException dependentOrTooFewRows) {
            return Double.POSITIVE_INFINITY;
        }
    }
}
