package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.internal.linalg.Vectors;

import java.util.List;

/**
 * A fitted complement naive Bayes model: per class, the weight {@code w_cj} of each column, from the
 * smoothed distribution of the other classes' rows; scores are {@code sum_j x_j w_cj}.
 *
 * <p>It keeps the raw counts, so that {@link #update(Dataset)} learns from more rows. Immutable and safe
 * for concurrent use. {@link #classLogPriors()} holds 0 for every class with rows: no prior is used.
 *
 * @see ComplementNaiveBayes
 */
public final class ComplementNaiveBayesModel extends LinearCountModel {

    private final ComplementNaiveBayes learner;

    ComplementNaiveBayesModel(ComplementNaiveBayes learner, FeatureCounts counts, List<String> columnNames,
                              List<String> classNames) {
        super(counts, weights(counts, learner.alpha(), learner.normalizeWeights()), noPriors(counts.classCounts),
                columnNames, classNames);
        this.learner = learner;
    }

    /** 0 = log 1 for every class with rows: the single-class case then scores log P(c) = 0, as scikit-learn. */
    private static double[] noPriors(double[] classCounts) {
        double[] out = new double[classCounts.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = classCounts[c] > 0 ? 0 : Double.NEGATIVE_INFINITY;
        }
        return out;
    }

    private static double[] weights(FeatureCounts counts, double alpha, boolean normalize) {
        int p = counts.columns;
        int k = counts.classCounts.length;
        double[] all = new double[p];
        for (int c = 0; c < k; c++) {
            Vectors.axpy(1.0, counts.featureCounts, c * p, all, 0, p);
        }
        double[] out = new double[k * p];
        double[] complement = new double[p];
        for (int c = 0; c < k; c++) {
            double total = 0;
            for (int j = 0; j < p; j++) {
                complement[j] = all[j] + alpha - counts.featureCounts[c * p + j];
                total += complement[j];
            }
            double logSum = 0;
            for (int j = 0; j < p; j++) {
                double logged = Math.log(complement[j] / total);
                out[c * p + j] = logged;
                logSum += logged;
            }
            for (int j = c * p; j < (c + 1) * p; j++) {
                // one column: its share is 1 and every log share 0; the normalised weight is then 0 as well
                out[j] = normalize ? (logSum == 0 ? 0 : out[j] / logSum) : -out[j];
            }
        }
        return out;
    }

    /** @return the learner (hyperparameters) this model was fitted with */
    public ComplementNaiveBayes learner() {
        return learner;
    }

    /** @return the weights {@code w_cj}, {@code [class][column]} (scikit-learn's {@code feature_log_prob_}) */
    public double[][] weights() {
        return weightsByClass();
    }

    /** {@inheritDoc} */
    @Override
    public ComplementNaiveBayesModel update(Dataset data) {
        return new ComplementNaiveBayesModel(learner, countsWith(data), columnNames(), classNames());
    }

    @Override
    boolean usesPriors() {
        return false;
    }

    @Override
    String likelihoodFormula() {
        return "score s_c = sum_j x_j w_cj with w_cj = " + (learner.normalizeWeights()
                ? "log theta~_cj / sum_j log theta~_cj" : "-log theta~_cj")
                + ", theta~_cj the smoothed share of column j in the rows of the other classes; "
                + "P(c | x) is the softmax of the scores (no prior)";
    }
}
