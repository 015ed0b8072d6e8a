package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Progress;
import io.github.classicml.core.ProgressListener;

/**
 * Logistic regression: a linear model of the log-odds of each class, fitted by maximising the
 * (penalised) likelihood.
 *
 * <p><b>Model.</b> With two classes, {@code P(class 1 | x) = sigma(x·w + b)}, {@code sigma(z) = 1 / (1 + e^-z)}:
 * the log-odds are linear in the features, and {@code e^{w_j}} is the odds ratio of one unit of
 * column {@code j}. With {@code k >= 3} classes the model is multinomial (softmax), one weight vector
 * per class: {@code P(c | x) = e^{z_c} / sum_d e^{z_d}}, {@code z_c = x·w_c + b_c}, evaluated through a
 * stable log-sum-exp. Classes of the data without rows get probability 0 and no weights.
 *
 * <p><b>Objective</b>, exactly: fitting minimises
 * <pre>
 *   sum_i s_i · c_{y_i} · logloss_i(W, b)  +  penaltyStrength · ( rho ||W||_1 + (1 - rho)/2 ||W||_F^2 )
 * </pre>
 * where {@code logloss_i = -log P(y_i | x_i)}, {@code s_i} is the row's sample weight (1 unless given),
 * {@code c_y} the weight of its class ({@link ClassWeights}), and {@code rho} is 0 for {@link Penalty#L2},
 * 1 for {@link Penalty#L1} and {@code l1Ratio} for {@link Penalty#ELASTIC_NET}; {@link Penalty#NONE} has no
 * penalty term. The loss is summed, not averaged, and intercepts are never penalised. This is
 * scikit-learn's objective divided by {@code C}: scikit-learn minimises
 * {@code C · sum_i logloss_i + (1/2) ||w||^2} for L2, so {@code penaltyStrength = 1 / C} gives the same
 * minimiser (the default 1 is scikit-learn's {@code C = 1.0}); for L1 and elastic net, scikit-learn's
 * {@code l1_ratio} is {@code l1Ratio}.
 *
 * <p><b>Solvers.</b> Smooth objectives (no penalty, L2, elastic net with {@code l1Ratio = 0}) are
 * minimised by L-BFGS ({@link Lbfgs}: thirty correction pairs, a strong-Wolfe line search), as
 * scikit-learn's default {@code lbfgs} solver (which keeps ten); L1 and elastic net by FISTA with backtracking and
 * restarts ({@link ProximalGradient}), whose soft-thresholding step gives exact zeros. Both start from
 * zero. Each evaluation of the objective and its gradient is one pass over the data: {@code O(n p k)}
 * for {@code n} rows, {@code p} columns and {@code k} weight vectors (1 for two classes).
 *
 * <p><b>Units.</b> The solvers work in power-of-two units: column {@code j} divided by {@code 2^e_j}, with
 * {@code e_j} the binary exponent of its largest magnitude (its weights multiplied by the same power), and
 * every row weight and the penalty multiplied by the power of two that brings the largest row weight into
 * {@code [1, 2)}; the penalty is written in the data's units, so the minimiser is exactly the one of the
 * objective above, and the weights are mapped back exactly. Features multiplied by powers of two (up to
 * {@code 2^±900} and beyond) therefore give the same probabilities to the bit, other factors the same to the
 * solver's tolerance, and sample weights multiplied together with {@code penaltyStrength} the same model;
 * the gradient tolerance means the same at every scale. A weight beyond the double range (a column of
 * subnormal numbers without a penalty) is an {@link ArithmeticException} naming the column.
 *
 * <p><b>Stopping.</b> L-BFGS stops when no gradient entry, in those units, exceeds {@code tolerance} in
 * absolute value (scikit-learn's {@code tol}, passed to scipy as {@code gtol}, on columns of magnitude
 * about 1), or when an iteration lowers the
 * objective by a relative amount below {@code max(64 eps, 2.2e-5 × tolerance)}: at the default
 * tolerance 1e-4 that is scipy's default {@code ftol = 2.2e-9}, the rule that in practice stops
 * scikit-learn's lbfgs; unlike scikit-learn it tightens with {@code tolerance}, so a small tolerance
 * reaches the minimiser. FISTA stops when no entry of the minimum-norm subgradient exceeds
 * {@code tolerance}. Either stops after {@code maxIterations} iterations, and the model then reports
 * {@code converged() == false} with the reason.
 *
 * <p><b>Separable data.</b> Without a penalty, when a hyperplane separates the classes the loss can be
 * brought as near 0 as one likes by stretching the weights, so no minimum exists and the weights would
 * grow without bound. After every iteration the fit checks whether every row with positive weight is
 * already classified correctly with a positive margin (for several classes: its own class scores
 * strictly highest); that proves the data separable, and the fit stops there, reporting
 * {@code converged() == false} with that reason. The weights are then finite and separate the
 * training data, but their size means nothing; add a penalty for a meaningful model. The loss is
 * computed stably for any finite weights, so no fit returns NaN.
 *
 * <p>Reference: T. Hastie, R. Tibshirani, J. Friedman, <i>The Elements of Statistical Learning</i>, 2nd
 * ed., section 4.4; J. Nocedal and S. J. Wright, <i>Numerical Optimization</i>, 2nd ed., chapter 7.
 *
 * @param penalty the penalty on the weights; default {@link Penalty#L2}
 * @param penaltyStrength {@code 1 / C} in scikit-learn's terms, positive and finite; default 1; ignored
 *     by {@link Penalty#NONE}. Larger means smaller weights.
 * @param l1Ratio the share {@code rho} of L1 in the elastic net, in [0, 1]; default 0.5; used only by
 *     {@link Penalty#ELASTIC_NET}
 * @param fitIntercept whether to fit the intercepts {@code b}; default true
 * @param classWeights the weight of each class in the loss; default {@link ClassWeights#uniform()}
 * @param maxIterations the most solver iterations, at least 1; default 100 (scikit-learn's {@code max_iter})
 * @param tolerance the stopping tolerance described above, at least 0; default 1e-4 (scikit-learn's {@code tol})
 * @param threads threads for the binary loss and gradient, at least 0; 0 (the default) means one per
 *     processor. The rows are cut into a fixed number of parts whatever the count, so the model is the
 *     same with any number of threads; the multinomial loss runs on one thread.
 * @see LogisticRegressionModel
 */
public record LogisticRegression(Penalty penalty, double penaltyStrength, double l1Ratio, boolean fitIntercept,
                                 ClassWeights classWeights, int maxIterations, double tolerance, int threads)
        implements Learner<LogisticRegressionModel> {

    /** The penalty on the weights (never on the intercepts). */
    public enum Penalty {
        /** No penalty: the maximum-likelihood fit, with Wald standard errors for two classes. */
        NONE,
        /** Ridge: {@code (1/2) ||W||^2}. */
        L2,
        /** Lasso: {@code ||W||_1}, which sets some weights exactly to 0. */
        L1,
        /** {@code l1Ratio ||W||_1 + (1 - l1Ratio)/2 ||W||^2}. */
        ELASTIC_NET
    }

    /**
     * Validates the hyperparameters.
     *
     * @param penalty not null
     * @param penaltyStrength positive and finite
     * @param l1Ratio in [0, 1]
     * @param fitIntercept whether to fit intercepts
     * @param classWeights not null
     * @param maxIterations at least 1
     * @param tolerance at least 0 and finite
     * @param threads at least 0
     */
    public LogisticRegression {
        Check.notNull("penalty", penalty);
        Check.positive("penaltyStrength", penaltyStrength);
        Check.inClosedRange("l1Ratio", l1Ratio, 0, 1);
        Check.notNull("classWeights", classWeights);
        Check.atLeast("maxIterations", maxIterations, 1);
        Check.nonNegative("tolerance", tolerance);
        Check.atLeast("threads", threads, 0);
    }

    /**
     * @return logistic regression with scikit-learn's defaults: L2, strength 1 (C = 1), intercept, 100
     *     iterations, tolerance 1e-4; all processors
     */
    public static LogisticRegression of() {
        return new LogisticRegression(Penalty.L2, 1.0, 0.5, true, ClassWeights.uniform(), 100, 1e-4, 0);
    }

    /**
     * @param count threads, at least 0 (0: one per processor)
     * @return a copy with that many threads; the model does not change
     */
    public LogisticRegression withThreads(int count) {
        return new LogisticRegression(penalty, penaltyStrength, l1Ratio, fitIntercept, classWeights, maxIterations,
                tolerance, count);
    }

    /**
     * @param newPenalty the penalty
     * @return a copy with that penalty
     */
    public LogisticRegression withPenalty(Penalty newPenalty) {
        return new LogisticRegression(newPenalty, penaltyStrength, l1Ratio, fitIntercept, classWeights,
                maxIterations, tolerance, threads);
    }

    /**
     * @param strength the penalty strength {@code 1 / C}, positive
     * @return a copy with that strength
     */
    public LogisticRegression withPenaltyStrength(double strength) {
        return new LogisticRegression(penalty, strength, l1Ratio, fitIntercept, classWeights, maxIterations,
                tolerance, threads);
    }

    /**
     * @param ratio the L1 share of the elastic net, in [0, 1]
     * @return a copy with that ratio
     */
    public LogisticRegression withL1Ratio(double ratio) {
        return new LogisticRegression(penalty, penaltyStrength, ratio, fitIntercept, classWeights, maxIterations,
                tolerance, threads);
    }

    /**
     * @param intercept whether to fit intercepts
     * @return a copy with that choice
     */
    public LogisticRegression withFitIntercept(boolean intercept) {
        return new LogisticRegression(penalty, penaltyStrength, l1Ratio, intercept, classWeights, maxIterations,
                tolerance, threads);
    }

    /**
     * @param weights the class weights
     * @return a copy with those class weights
     */
    public LogisticRegression withClassWeights(ClassWeights weights) {
        return new LogisticRegression(penalty, penaltyStrength, l1Ratio, fitIntercept, weights, maxIterations,
                tolerance, threads);
    }

    /**
     * @param iterations the most iterations, at least 1
     * @return a copy with that limit
     */
    public LogisticRegression withMaxIterations(int iterations) {
        return new LogisticRegression(penalty, penaltyStrength, l1Ratio, fitIntercept, classWeights, iterations,
                tolerance, threads);
    }

    /**
     * @param newTolerance the stopping tolerance, at least 0
     * @return a copy with that tolerance
     */
    public LogisticRegression withTolerance(double newTolerance) {
        return new LogisticRegression(penalty, penaltyStrength, l1Ratio, fitIntercept, classWeights, maxIterations,
                newTolerance, threads);
    }

    /** @return the coefficient of {@code ||W||_1} in the objective */
    double l1Coefficient() {
        return switch (penalty) {
            case NONE, L2 -> 0.0;
            case L1 -> penaltyStrength;
            case ELASTIC_NET -> penaltyStrength * l1Ratio;
        };
    }

    /** @return the coefficient of {@code (1/2) ||W||^2} in the objective */
    double l2Coefficient() {
        return switch (penalty) {
            case NONE, L1 -> 0.0;
            case L2 -> penaltyStrength;
            case ELASTIC_NET -> penaltyStrength * (1 - l1Ratio);
        };
    }

    /**
     * Fits the model with every row weighing 1 (times its class weight).
     *
     * @param data rows with class targets of at least two classes, all features finite; not modified
     * @return the model
     * @throws IllegalArgumentException if the data has no class targets, no rows, a non-finite feature, or
     *     rows of fewer than two classes
     */
    @Override
    public LogisticRegressionModel fit(Dataset data) {
        return fit(data, null, ProgressListener.NONE);
    }

    /**
     * Fits the model, reporting every solver iteration ({@link Progress#loss()} is the objective,
     * {@link Progress#change()} the largest gradient entry, for L1 and elastic net of the minimum-norm subgradient).
     *
     * @param data rows with class targets; not modified
     * @param listener receives each iteration
     * @return the model, the same as {@link #fit(Dataset)}'s
     */
    @Override
    public LogisticRegressionModel fit(Dataset data, ProgressListener listener) {
        return fit(data, null, listener);
    }

    /**
     * Fits the model with a weight per row: the row's loss is multiplied by its weight (and its class
     * weight), as scikit-learn's {@code sample_weight}. A row of weight 0 is ignored.
     *
     * @param data rows with class targets; not modified
     * @param sampleWeights one finite weight at least 0 per row, or null for all 1; not modified
     * @return the model
     * @throws IllegalArgumentException if the weights do not match the rows, are negative or not finite,
     *     or leave fewer than two classes with positive weight
     */
    public LogisticRegressionModel fit(Dataset data, double[] sampleWeights) {
        return fit(data, sampleWeights, ProgressListener.NONE);
    }

    /**
     * Fits the model with a weight per row, reporting every solver iteration.
     *
     * @param data rows with class targets; not modified
     * @param sampleWeights one finite weight at least 0 per row, or null for all 1; not modified
     * @param listener receives each iteration
     * @return the model
     */
    public LogisticRegressionModel fit(Dataset data, double[] sampleWeights, ProgressListener listener) {
        Check.notNull("data", data);
        Check.notNull("listener", listener);
        return LogisticFit.run(this, data, sampleWeights, listener);
    }
}
