package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.ProbabilisticClassifier;

import java.util.List;

/**
 * A fitted logistic regression: weights and intercepts, class probabilities by the logistic or
 * softmax function, and the diagnostics of the fit.
 *
 * <p>With two fitted classes there is one weight vector, for the second class against the first:
 * {@link #decisionFunction(double[])} is the log-odds {@code x·w + b} and {@link #oddsRatios()} the
 * factor by which the odds multiply per unit of each column. With {@code k >= 3} classes there are
 * {@code k} vectors (softmax). Classes of the training data without rows (or weight) have probability 0.
 * Prediction costs {@code O(p k)} per row. The model is immutable and safe for concurrent use.
 *
 * @see LogisticRegression
 */
public final class LogisticRegressionModel implements ProbabilisticClassifier {

    private final LogisticRegression learner;
    private final int columns;
    private final List<String> classNames;
    final int[] fitted;
    final double[][] weights;
    private final double[] intercepts;
    private final boolean converged;
    final String reason;
    private final int iterations;
    private final double objective;
    final double[] standardErrors;

    LogisticRegressionModel(LogisticRegression learner, int columns, List<String> classNames, int[] fitted,
                            double[][] weights, double[] intercepts, boolean converged, String reason,
                            int iterations, double objective, double[] standardErrors) {
        this.learner = learner;
        this.columns = columns;
        this.classNames = List.copyOf(classNames);
        this.fitted = fitted;
        this.weights = weights;
        this.intercepts = intercepts;
        this.converged = converged;
        this.reason = reason;
        this.iterations = iterations;
        this.objective = objective;
        this.standardErrors = standardErrors;
    }

    @Override
    public LogisticRegression learner() {
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

    /** @return the class indices the model fitted (those with rows of positive weight), ascending */
    public int[] fittedClasses() {
        return fitted.clone();
    }

    /**
     * @return the weights: one row for two classes (the second fitted class against the first), else one
     *     row per fitted class; {@link #columns()} entries each (a copy)
     */
    public double[][] coefficients() {
        double[][] out = new double[weights.length][];
        for (int c = 0; c < out.length; c++) {
            out[c] = weights[c].clone();
        }
        return out;
    }

    /** @return the intercepts, one per row of {@link #coefficients()} (0 when not fitted; a copy) */
    public double[] intercepts() {
        return intercepts.clone();
    }

    /** @return whether the solver met its stopping rule; see {@link #convergenceReason()} */
    public boolean converged() {
        return converged;
    }

    /** @return why the solver stopped, in a sentence: the rule that was met, or what went wrong and what to do */
    public String convergenceReason() {
        return reason;
    }

    /** @return the number of solver iterations */
    public int iterations() {
        return iterations;
    }

    /** @return the objective of {@link LogisticRegression} at the fitted parameters */
    public double objective() {
        return objective;
    }

    /**
     * The odds ratios {@code e^{w_j}}: how the odds of the second class multiply per unit increase of
     * column {@code j}, the others held fixed.
     *
     * @return one odds ratio per column
     * @throws IllegalStateException if the model has more than two classes
     * @throws ArithmeticException if an odds ratio lies outside the double range (a weight beyond about
     *     ±709, as columns of 1e-300 give), naming the column
     */
    public double[] oddsRatios() {
        requireBinary("oddsRatios");
        double[] out = new double[columns];
        for (int j = 0; j < columns; j++) {
            out[j] = Math.exp(weights[0][j]);
            if (Double.isInfinite(out[j]) || out[j] == 0 && weights[0][j] != Double.NEGATIVE_INFINITY) {
                throw new ArithmeticException("the odds ratio of column " + j + ", e^" + Check.format(weights[0][j])
                        + ", must lie within the double range to be returned; the weight itself is exact "
                        + "(coefficients()): the column's values are too small or too large for a per-unit odds ratio");
            }
        }
        return out;
    }

    /**
     * Wald standard errors of the weights of the unpenalised binary fit: the square roots of the
     * diagonal of the inverse Fisher information {@code (X~' S X~)^-1}, where {@code X~} is the design
     * with a column of ones for the intercept and {@code S = diag(s_i p_i (1 - p_i))} holds the row
     * weights times the fitted Bernoulli variances. {@code w_j / se_j} is the Wald z statistic; a 95 %
     * interval for the odds ratio is {@code e^{w_j ± 1.96 se_j}}.
     *
     * @return one standard error per column
     * @throws IllegalStateException unless the model is binary, unpenalised, converged and its
     *     information matrix positive definite
     */
    public double[] standardErrors() {
        requireStandardErrors();
        double[] out = new double[columns];
        System.arraycopy(standardErrors, 0, out, 0, columns);
        return out;
    }

    /**
     * @return the Wald standard error of the intercept
     * @throws IllegalStateException as {@link #standardErrors()}, or if no intercept was fitted
     */
    public double interceptStandardError() {
        requireStandardErrors();
        if (!learner.fitIntercept()) {
            throw new IllegalStateException("interceptStandardError needs a fitted intercept; fitIntercept is false");
        }
        return standardErrors[columns];
    }

    private void requireBinary(String what) {
        if (weights.length != 1) {
            throw new IllegalStateException(what + " is defined for two classes, got " + fitted.length);
        }
    }

    private void requireStandardErrors() {
        requireBinary("standardErrors");
        if (learner.penalty() != LogisticRegression.Penalty.NONE) {
            throw new IllegalStateException("standardErrors is defined for the unpenalised fit, got penalty "
                    + learner.penalty() + "; fit with penalty NONE");
        }
        if (standardErrors == null) {
            throw new IllegalStateException("standardErrors is undefined: " + (converged
                    ? "the Fisher information matrix is singular (collinear columns)" : reason));
        }
    }

    /**
     * The linear scores: for two classes one entry, the log-odds {@code x·w + b} of the second fitted
     * class; else one score {@code x·w_c + b_c} per fitted class (softmax turns them into probabilities).
     * The sums are formed so that no intermediate product or partial sum overflows
     * ({@link LogLoss#scaledScores}); a score is returned when it is a double.
     *
     * @param row the features; not modified
     * @return the scores
     * @throws IllegalArgumentException if the row has the wrong width or a non-finite value
     * @throws ArithmeticException if a score lies beyond the double range (its probability is still
     *     given by {@link #predictProbabilities(double[])}); the message names the class and the score
     */
    public double[] decisionFunction(double[] row) {
        Check.finiteRow(row, columns);
        double[] z = new double[weights.length];
        int k = LogLoss.scaledScores(row, weights, intercepts, z);
        if (k != 0) {
            for (int c = 0; c < z.length; c++) {
                double v = Math.scalb(z[c], k);
                if (Double.isInfinite(v)) {
                    String score = z.length == 1 ? "the log-odds of class " + classNames.get(fitted[1])
                            : "the score of class " + classNames.get(fitted[c]);
                    throw new ArithmeticException("decisionFunction of row must lie within the double range; "
                            + score + " is about " + LeastSquaresUnits.approximately(z[c], k)
                            + "; predictProbabilities and predict give this row's answer");
                }
                z[c] = v;
            }
        }
        return z;
    }

    /**
     * The class probabilities of a row: defined for every finite row, even one whose scores lie beyond the
     * double range (a probability then rounds to 0 or 1, or to a softmax of the scores' differences).
     */
    @Override
    public double[] predictProbabilities(double[] row) {
        Check.finiteRow(row, columns);
        double[] z = new double[weights.length];
        int k = LogLoss.scaledScores(row, weights, intercepts, z);
        return LogLoss.probabilities(z, k, fitted, classNames.size());
    }

    /** The class of highest probability, the lowest index among ties. */
    @Override
    public int predict(double[] row) {
        return LogLoss.mostProbable(predictProbabilities(row));
    }

    @Override
    public String toString() {
        return "LogisticRegressionModel(" + (weights.length == 1 ? "binary" : weights.length + "-class softmax")
                + ", " + columns + " columns, penalty " + learner.penalty()
                + (learner.penalty() == LogisticRegression.Penalty.NONE ? "" : " strength "
                + Check.format(learner.penaltyStrength())) + ", " + (converged ? "converged" : "not converged")
                + " after " + iterations + " iterations, objective " + Check.format(objective) + ")";
    }

}
