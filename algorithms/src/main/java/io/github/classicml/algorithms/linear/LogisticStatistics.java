package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.internal.linalg.Scaling;

import java.util.List;

/**
 * L2-penalised logistic regression on data that is not in one JVM (the distributed entry point used by
 * {@code classicml-spark}; any engine that can sum arrays over partitions can use it). The smooth
 * objective of {@link LogisticRegression} is a sum over rows plus a ridge term: an engine evaluates the
 * data term and its gradient on each part of the rows ({@link #partLoss}), adds the parts, and
 * {@link #fit} runs the library's own L-BFGS (the same memory, iteration limit and gradient tolerance as
 * a single-machine fit) on the driver, adding the ridge term there. The iterates differ from a
 * single-machine fit only by the rounding of the sums, so the models agree to the solver's tolerance.
 *
 * <p>Supported: penalty {@code L2} (scikit-learn's default), binary or multinomial, any class weights,
 * with or without intercept. Not supported: {@code NONE} (its separation check and Wald errors need the
 * rows on the driver) and the L1 / elastic-net penalties (a proximal solver, not L-BFGS).
 *
 * <p>Reference: J. Nocedal, S. J. Wright, <i>Numerical Optimization</i>, 2nd ed., Springer 2006, chapter 7.
 */
public final class LogisticStatistics {

    private LogisticStatistics() {
    }

    /** The data term of the objective summed over all rows, with its gradient (supplied by the engine). */
    @FunctionalInterface
    public interface DataTerm {

        /**
         * @param theta the parameters, {@code vectors} blocks of {@code p} weights and an intercept; not modified
         * @param gradient receives the gradient of the data term
         * @return the data term {@code sum_i s_i loss_i}
         */
        double valueAndGradient(double[] theta, double[] gradient);
    }

    /**
     * The number of weight vectors the model fits.
     *
     * @param classes the number of classes (all with positive total weight), at least 2
     * @return 1 for two classes, else the number of classes
     */
    public static int vectors(int classes) {
        Check.atLeast("classes", classes, 2);
        return classes == 2 ? 1 : classes;
    }

    /**
     * Each class's weight in the loss under the learner's class weights.
     *
     * @param learner the learner
     * @param counts rows per class (over all rows)
     * @return the weight of each class's rows
     */
    public static double[] classWeights(LogisticRegression learner, int[] counts) {
        return learner.classWeights().weights(counts);
    }

    /**
     * The data term and its gradient over some rows.
     *
     * @param x the rows' features, row-major, {@code m x p}; not modified
     * @param m the number of rows
     * @param p the number of columns
     * @param classes each row's class index
     * @param weights each row's weight (its class's weight)
     * @param vectors 1 (binary) or the number of classes
     * @param fitIntercept whether intercepts are fitted (if not, their gradient is 0)
     * @param theta the parameters
     * @param gradient receives the part's gradient ({@code vectors (p + 1)} entries)
     * @return the part's loss
     */
    public static double partLoss(double[] x, int m, int p, int[] classes, double[] weights, int vectors,
                                  boolean fitIntercept, double[] theta, double[] gradient) {
        return new LogLoss(x, m, p, classes, weights, vectors, 0.0, fitIntercept, null).valueAndGradient(theta,
                gradient);
    }

    /**
     * The units the fit runs in, as {@link LogisticRegression#fit} chooses them (see its class comment):
     * column {@code j} divided by {@code 2^e_j}, every row weight and the penalty multiplied by {@code 2^k}.
     * The parts apply them to their rows with {@link #toFitUnits}; {@link #fit} maps the result back.
     *
     * @param learner the learner
     * @param columnMaxima the largest magnitude of each column over all rows, finite
     * @param largestRowWeight the largest row weight over all rows, positive and finite
     * @return the exponents {@code k, e_0, ..., e_(p-1)}
     */
    public static int[] units(LogisticRegression learner, double[] columnMaxima, double largestRowWeight) {
        Check.notNull("learner", learner);
        Check.notNull("columnMaxima", columnMaxima);
        for (int j = 0; j < columnMaxima.length; j++) {
            Check.finite("columnMaxima", j, columnMaxima[j]);
        }
        Check.finite("largestRowWeight", largestRowWeight);
        Check.that(largestRowWeight > 0, () -> "largestRowWeight must be > 0, got " + Check.format(largestRowWeight));
        return LogisticFit.Units.of(columnMaxima.clone(), largestRowWeight, learner.l2Coefficient()).exponents();
    }

    /**
     * Puts a part's rows into the fit's units, in place (exact: powers of two).
     *
     * @param units the exponents from {@link #units}
     * @param x the part's features, row-major, {@code m x p}; overwritten
     * @param m the part's number of rows
     * @param p the number of columns
     * @param weights the part's row weights; overwritten
     */
    public static void toFitUnits(int[] units, double[] x, int m, int p, double[] weights) {
        Check.that(x.length == (long) m * p && weights.length == m && units.length == p + 1,
                () -> "x must have m p (" + (long) m * p + ") entries, weights m (" + m + ") and units p + 1 ("
                        + (p + 1) + "), got " + x.length + ", " + weights.length + " and " + units.length);
        LogisticFit.Units.ofExponents(units).toFitUnits(x);
        Scaling.scale(weights, 0, m, units[0]);
    }

    /**
     * Runs L-BFGS on the distributed data term plus the learner's ridge term, and builds the model.
     *
     * @param learner the learner, with penalty {@code L2}
     * @param columns the number of features {@code p}
     * @param classNames the class names, by index (every class has rows)
     * @param units the exponents from {@link #units}, which the parts applied with {@link #toFitUnits}
     * @param dataTerm the data term over all rows, in the fit's units
     * @return the model, as {@link LogisticRegression#fit} builds it (without Wald standard errors, which
     *     belong to the unpenalised fit)
     * @throws IllegalArgumentException if the penalty is not L2
     */
    public static LogisticRegressionModel fit(LogisticRegression learner, int columns, List<String> classNames,
                                              int[] units, DataTerm dataTerm) {
        Check.notNull("learner", learner);
        Check.that(learner.penalty() == LogisticRegression.Penalty.L2, () -> "penalty must be L2 for the "
                + "distributed fit (NONE needs the separation check on the rows; L1 and elastic net a proximal "
                + "solver), got " + learner.penalty());
        int p = columns;
        int vectors = vectors(classNames.size());
        int stride = p + 1;
        Check.notNull("units", units);
        Check.that(units.length == p + 1, () -> "units must have " + (p + 1) + " exponents, got " + units.length);
        LogisticFit.Units fitUnits = LogisticFit.Units.ofExponents(units);
        // the ridge coefficient of each column in the fit's units, as the one-machine fit's LogLoss has them
        double[] l2 = fitUnits.l2(learner.l2Coefficient());
        boolean intercept = learner.fitIntercept();
        DifferentiableFunction objective = (theta, gradient) -> {
            double loss = dataTerm.valueAndGradient(theta, gradient);
            double penalty = 0;
            for (int c = 0; c < vectors; c++) {
                for (int j = 0; j < p; j++) {
                    double w = theta[c * stride + j];
                    penalty += l2[j] * w * w;
                    gradient[c * stride + j] += l2[j] * w;
                }
                if (!intercept) {
                    gradient[c * stride + p] = 0;
                }
            }
            return loss + 0.5 * penalty;
        };
        int maxIterations = learner.maxIterations();
        Lbfgs.Result r = new Lbfgs(LogisticFit.MEMORY, maxIterations, learner.tolerance())
                .minimise(objective, new double[vectors * stride], (iteration, x, value, gradientMaxNorm) -> false);
        double measure = r.gradientMaxNorm();
        int iterations = r.iterations();
        String reason = switch (r.status()) {
            case GRADIENT_BELOW_TOLERANCE -> "converged: the largest gradient entry " + Check.format(measure)
                    + " is within the tolerance after " + iterations + " L-BFGS iterations";
            case NO_FURTHER_DECREASE -> "converged: the objective stopped decreasing in double precision after "
                    + iterations + " L-BFGS iterations (largest gradient entry " + Check.format(measure) + ")";
            case MAX_ITERATIONS -> "not converged: reached maxIterations (" + maxIterations
                    + ") with the largest gradient entry " + Check.format(measure) + " above the tolerance "
                    + Check.format(learner.tolerance()) + "; raise maxIterations or standardise the columns";
            case LINE_SEARCH_FAILED -> "not converged: the line search found no acceptable step after "
                    + iterations + " L-BFGS iterations (largest gradient entry " + Check.format(measure)
                    + "); standardise the columns";
            case STOPPED_BY_MONITOR -> "stopped";
        };
        double[] theta = r.x();
        double[][] weights = new double[vectors][p];
        double[] intercepts = new double[vectors];
        for (int c = 0; c < vectors; c++) {
            for (int j = 0; j < p; j++) {
                weights[c][j] = fitUnits.weight(theta[c * stride + j], j, vectors == 1 ? -1 : c, classNames);
            }
            intercepts[c] = theta[c * stride + p];
        }
        int[] fitted = new int[classNames.size()];
        for (int c = 0; c < fitted.length; c++) {
            fitted[c] = c;
        }
        return new LogisticRegressionModel(learner, p, classNames, fitted, weights, intercepts,
                r.status().converged(), reason, iterations, fitUnits.objective(r.value()), null);
    }
}
