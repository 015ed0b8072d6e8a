package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.ProbabilisticClassifier;
import io.github.classicml.core.internal.linalg.Vectors;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * What every fitted naive Bayes model shares: Bayes' theorem evaluated in log space.
 *
 * <p>For a row {@code x = (x_1, ..., x_p)} and class {@code c}, a naive Bayes model computes the
 * <em>joint log-probability</em> {@code log P(c, x) = log P(c) + sum_j log P(x_j | c)}: the log prior
 * plus one log-likelihood term per feature. The sum is the "naive" assumption, that the features are
 * independent within a class. The posterior is Bayes' theorem,
 * {@code P(c | x) = P(c) P(x | c) / P(x)}, with the evidence {@code P(x) = sum_c P(c) P(x | c)}.
 * Likelihoods of many features underflow to 0 when multiplied, so everything stays in logs and the
 * evidence is computed by log-sum-exp: {@code log P(x) = m + log sum_c exp(log P(c, x) - m)} with
 * {@code m = max_c log P(c, x)}. The posteriors therefore sum to 1 (up to rounding) and are never NaN,
 * also for rows far from every class, where every likelihood would underflow.
 *
 * <p>The methods mirror scikit-learn's: {@link #predictJointLogProbabilities(double[])}
 * ({@code predict_joint_log_proba}), {@link #predictLogProbabilities(double[])}
 * ({@code predict_log_proba}), {@link #predictProbabilities(double[])} ({@code predict_proba}) and
 * {@link #predict(double[])} (the class of largest joint log-probability, the lowest index among ties).
 * {@link #explain(double[])} shows the theorem at work for one row.
 *
 * <p>A class without training rows has joint log-probability {@code -Infinity} and posterior 0
 * ({@link ClassPriors}). If every class's joint log-probability overflows (feature values beyond
 * about 1e150 standard deviations, or counts near {@code Double.MAX_VALUE}), the row cannot be scored
 * in double precision and the prediction methods reject it with a message rather than return NaN.
 *
 * <p>Models are immutable and safe for concurrent use; every prediction works in its own buffers.
 * They also learn incrementally: each subclass's {@code update(Dataset)} returns a new model fitted on
 * the old rows and the new ones, leaving the original unchanged.
 */
public abstract sealed class NaiveBayesModel implements ProbabilisticClassifier
        permits GaussianNaiveBayesModel, LinearCountModel, BernoulliNaiveBayesModel, CategoricalNaiveBayesModel {

    private final List<String> columnNames;
    private final List<String> classNames;
    private final double[] classCounts;
    private final double[] logPriors;

    NaiveBayesModel(List<String> columnNames, List<String> classNames, double[] classCounts, double[] logPriors) {
        this.columnNames = columnNames;
        this.classNames = classNames;
        this.classCounts = classCounts;
        this.logPriors = logPriors;
    }

    // ------------------------------------------------------------------ what each model supplies

    /** Checks a row's values beyond its width (finite, non-negative, binary, category codes ...). */
    abstract void checkRow(double[] row);

    /**
     * Adds {@code sum_j log P(x_j | c)} to {@code jll[c]} for every class with training rows; the other
     * entries hold {@code -Infinity} and stay so. The row is already checked.
     */
    abstract void addLogLikelihoods(double[] row, double[] jll);

    /** @return {@code log P(x_j | c)} for one feature and one class with rows (slow path, for explain) */
    abstract double featureLogLikelihood(double[] row, int c, int j);

    /** @return one or two sentences stating the model's likelihood, for {@link #explain(double[])} */
    abstract String likelihoodFormula();

    /** @return true if the joint log-probability contains a class prior (false for complement NB) */
    boolean usesPriors() {
        return true;
    }

    // ------------------------------------------------------------------ shape

    @Override
    public int columns() {
        return columnNames.size();
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }

    @Override
    public abstract Learner<? extends NaiveBayesModel> learner();

    /** @return e.g. {@code GaussianNaiveBayesModel[3 classes (setosa 50, versicolor 50, virginica 50 rows), 4 columns]} */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(getClass().getSimpleName()).append('[').append(classNames.size())
                .append(classNames.size() == 1 ? " class (" : " classes (");
        for (int c = 0; c < classNames.size(); c++) {
            out.append(c == 0 ? "" : ", ").append(classNames.get(c)).append(' ').append(Check.format(classCounts[c]));
        }
        return out.append(" rows), ").append(columnNames.size()).append(" columns]").toString();
    }

    /** @return the column names of the training data (unmodifiable) */
    public List<String> columnNames() {
        return columnNames;
    }

    /** @return the number of training rows of each class, by class index */
    public double[] classCounts() {
        return classCounts.clone();
    }

    /**
     * @return {@code log P(c)} by class index: the prior the model uses, {@code -Infinity} for classes
     *     without training rows
     */
    public double[] classLogPriors() {
        return logPriors.clone();
    }

    // ------------------------------------------------------------------ prediction

    /**
     * Computes the joint log-probability {@code log P(c, x) = log P(c) + sum_j log P(x_j | c)} of each
     * class (scikit-learn's {@code predict_joint_log_proba}); {@code -Infinity} for classes without
     * training rows.
     *
     * @param row the features, {@link #columns()} of them; not modified
     * @return one joint log-probability per class
     * @throws IllegalArgumentException if the row has the wrong width or values the model cannot take
     */
    public double[] predictJointLogProbabilities(double[] row) {
        double[] jll = new double[logPriors.length];
        jointLogProbabilities(row, jll);
        Check.allFinite("row", row);
        return jll;
    }

    /**
     * Computes the log posterior {@code log P(c | x) = log P(c, x) - log P(x)} of each class, the evidence
     * {@code log P(x)} by log-sum-exp (scikit-learn's {@code predict_log_proba}).
     *
     * @param row the features; not modified
     * @return one log posterior per class
     * @throws IllegalArgumentException if the row has the wrong width or values the model cannot take,
     *     or its joint log-probabilities overflow for every class
     */
    public double[] predictLogProbabilities(double[] row) {
        double[] jll = predictJointLogProbabilities(row);
        requireScorable(jll, row);
        double max = max(jll);
        double logSum = Math.log(sumOfExponentials(jll, max));
        for (int c = 0; c < jll.length; c++) {
            // (jll - max) first: at huge magnitudes max + log(sum) would round back to max
            jll[c] = (jll[c] - max) - logSum;
        }
        return jll;
    }

    /**
     * Computes the posterior {@code P(c | x)} of each class; they sum to 1 up to rounding.
     *
     * @param row the features; not modified
     * @return one posterior probability per class
     * @throws IllegalArgumentException as {@link #predictLogProbabilities(double[])}
     */
    @Override
    public double[] predictProbabilities(double[] row) {
        double[] p = new double[logPriors.length];
        probabilities(row, p);
        return p;
    }

    /**
     * Predicts the class of largest posterior, which is the class of largest joint log-probability; the
     * lowest class index among ties.
     *
     * @param row the features; not modified
     * @return the class index
     * @throws IllegalArgumentException as {@link #predictLogProbabilities(double[])}
     */
    @Override
    public int predict(double[] row) {
        return predictWith(row, new double[logPriors.length]);
    }

    @Override
    public int[] predict(Dataset data) {
        Check.columns(data, columns());
        int[] out = new int[data.rows()];
        double[] row = new double[columns()];
        double[] jll = new double[logPriors.length];
        for (int i = 0; i < out.length; i++) {
            data.copyRow(i, row, 0);
            try {
                out[i] = predictWith(row, jll);
            } catch (IllegalArgumentException e) {
                throw Check.inRow(i, e);
            }
        }
        return out;
    }

    @Override
    public double[][] predictProbabilities(Dataset data) {
        Check.columns(data, columns());
        double[][] out = new double[data.rows()][logPriors.length];
        double[] row = new double[columns()];
        for (int i = 0; i < out.length; i++) {
            data.copyRow(i, row, 0);
            try {
                probabilities(row, out[i]);
            } catch (IllegalArgumentException e) {
                throw Check.inRow(i, e);
            }
        }
        return out;
    }

    /**
     * Computes the log posteriors of every row of a dataset; equal to
     * {@link #predictLogProbabilities(double[])} row by row.
     *
     * @param data rows of {@link #columns()} features; not modified
     * @return one array of log posteriors per row
     */
    public double[][] predictLogProbabilities(Dataset data) {
        return rowByRow(data, this::predictLogProbabilities);
    }

    /**
     * Computes the joint log-probabilities of every row of a dataset; equal to
     * {@link #predictJointLogProbabilities(double[])} row by row.
     *
     * @param data rows of {@link #columns()} features; not modified
     * @return one array of joint log-probabilities per row
     */
    public double[][] predictJointLogProbabilities(Dataset data) {
        return rowByRow(data, this::predictJointLogProbabilities);
    }

    private double[][] rowByRow(Dataset data, Function<double[], double[]> perRow) {
        Check.columns(data, columns());
        double[][] out = new double[data.rows()][];
        double[] row = new double[columns()];
        for (int i = 0; i < out.length; i++) {
            data.copyRow(i, row, 0);
            try {
                out[i] = perRow.apply(row);
            } catch (IllegalArgumentException e) {
                throw Check.inRow(i, e);
            }
        }
        return out;
    }

    /**
     * Explains the prediction of one row by Bayes' theorem: each class's prior, the per-feature
     * log-likelihood terms, the joint log-probability, the evidence and the posterior.
     *
     * @param row the features; not modified
     * @return the explanation; its {@code toString()} prints the theorem with the row's numbers
     * @throws IllegalArgumentException as {@link #predictLogProbabilities(double[])}
     */
    public NaiveBayesExplanation explain(double[] row) {
        double[] posteriors = predictProbabilities(row);
        double[] jll = predictJointLogProbabilities(row);
        int k = logPriors.length;
        int p = columns();
        double[][] terms = new double[k][p];
        for (int c = 0; c < k; c++) {
            if (classCounts[c] > 0) {
                for (int j = 0; j < p; j++) {
                    terms[c][j] = featureLogLikelihood(row, c, j);
                }
            }
        }
        return new NaiveBayesExplanation(getClass().getSimpleName(), likelihoodFormula(), usesPriors(),
                classNames, columnNames, row.clone(), classCounts.clone(), logPriors.clone(), terms, jll,
                logEvidence(jll, row), posteriors, predictWith(row, new double[k]));
    }

    // ------------------------------------------------------------------ the shared arithmetic

    /**
     * Checks the row's width and model-specific values and writes its joint log-probabilities into
     * {@code jll}. Non-finite values need no check here: they make every score NaN or infinite, which
     * {@link #requireScorable} reports naming the column.
     */
    final void jointLogProbabilities(double[] row, double[] jll) {
        Check.rowWidth(row, columns());
        checkRow(row);
        System.arraycopy(logPriors, 0, jll, 0, jll.length);
        addLogLikelihoods(row, jll);
    }

    private int predictWith(double[] row, double[] jll) {
        jointLogProbabilities(row, jll);
        int best = 0;
        for (int c = 1; c < jll.length; c++) {
            if (jll[c] > jll[best]) {
                best = c;
            }
        }
        requireScorable(jll, row);
        return best;
    }

    private void probabilities(double[] row, double[] out) {
        jointLogProbabilities(row, out);
        requireScorable(out, row);
        double max = max(out);
        double sum = sumOfExponentials(out, max);
        // exp(jll - max) / sum: exact for ties at any magnitude (equal shares when all are equal), where
        // exp(jll - (max + log sum)) gives every tied class 1 once max + log sum rounds back to max
        for (int c = 0; c < out.length; c++) {
            out[c] = Math.exp(out[c] - max) / sum;
        }
    }

    private static double max(double[] jll) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : jll) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** @return {@code sum_c exp(jll_c - max)}, at least 1 (the largest term is exp(0)) */
    private static double sumOfExponentials(double[] jll, double max) {
        double sum = 0;
        for (double v : jll) {
            sum += Math.exp(v - max);
        }
        return sum;
    }

    /**
     * The evidence {@code log P(x) = log sum_c exp(jll[c])} by log-sum-exp: the largest term is factored
     * out, so that no exponential overflows and at least one equals 1.
     */
    static double logEvidence(double[] jll, double[] row) {
        requireScorable(jll, row);
        double max = max(jll);
        return max + Math.log(sumOfExponentials(jll, max));
    }

    /**
     * Rejects a row whose joint log-probabilities are NaN, +Infinity, or -Infinity for every class: a
     * non-finite value in the row (named by column) or values too large for double precision.
     */
    private static void requireScorable(double[] jll, double[] row) {
        boolean someFinite = false;
        for (double v : jll) {
            if (Double.isNaN(v) || v == Double.POSITIVE_INFINITY) {
                someFinite = false;
                break;
            }
            someFinite |= v != Double.NEGATIVE_INFINITY;
        }
        if (!someFinite) {
            Check.allFinite("row", row);
            throw new IllegalArgumentException("row must have a finite joint log-probability for some class, got "
                    + Arrays.toString(jll) + "; its values are too large for double precision, rescale the features");
        }
    }

    /**
     * Checks training data for a naive Bayes learner: class targets, at least one row, and as many
     * given priors as classes.
     *
     * @param data the training data
     * @param priors the learner's priors
     */
    static void checkTrainingData(Dataset data, ClassPriors priors) {
        Check.notNull("data", data);
        Check.hasClasses(data);
        Check.minRows(data, 1);
        priors.checkClassCount(data.classCount());
    }

    /**
     * Copies a class-major array ({@code [c * columns + j]}) into one row per class.
     *
     * @param classMajor the values; not modified
     * @param columns the number of columns
     * @return {@code [class][column]}
     */
    static double[][] byClass(double[] classMajor, int columns) {
        double[][] out = new double[classMajor.length / columns][columns];
        for (int c = 0; c < out.length; c++) {
            System.arraycopy(classMajor, c * columns, out[c], 0, columns);
        }
        return out;
    }

    /**
     * Adds the linear score {@code sum_j x_j w_cj} to {@code jll[c]} for every class with rows: the
     * likelihood of the multinomial and complement models.
     *
     * @param row the row
     * @param weights the weights, class-major
     * @param classCounts rows per class; classes without rows are skipped
     * @param jll the scores to add to
     */
    static void addLinearScores(double[] row, double[] weights, double[] classCounts, double[] jll) {
        int p = row.length;
        for (int c = 0; c < jll.length; c++) {
            if (classCounts[c] > 0) {
                jll[c] += Vectors.dot(row, 0, weights, c * p, p);
            }
        }
    }

    /**
     * Checks that data handed to {@code update} continues this model's training data.
     *
     * @param data the new rows
     */
    final void checkUpdate(Dataset data) {
        Check.notNull("data", data);
        Check.hasClasses(data);
        Check.columns(data, columns());
        if (!data.classNames().equals(classNames)) {
            throw new IllegalArgumentException("data must have the classes the model was fitted on, "
                    + classNames + ", got " + data.classNames()
                    + "; build every chunk with the same class names (e.g. by select on one dataset)");
        }
    }
}
