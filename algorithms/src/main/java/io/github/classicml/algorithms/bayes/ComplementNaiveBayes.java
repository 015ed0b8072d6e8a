package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;

/**
 * Complement naive Bayes: multinomial naive Bayes turned around for imbalanced classes. Instead of
 * estimating each class's word distribution from its own (perhaps few) rows, it estimates the
 * distribution of the <em>complement</em> of each class, all the other classes' rows, which are many,
 * and scores a row by how unlike the complement it is.
 *
 * <p>With {@code N_cj} the sum of column j over class c's rows and {@code N_j = sum_c N_cj}, the
 * complement count is {@code N~_cj = N_j - N_cj + alpha} and its smoothed share
 * {@code theta~_cj = N~_cj / sum_j N~_cj}. The weights are {@code w_cj = -log theta~_cj} (a word common
 * outside c counts against c), or with {@code normalizeWeights} {@code w_cj = log theta~_cj / sum_j log
 * theta~_cj}, the weight normalisation of Rennie et al. (Table 9, step 6; with a single column the
 * share is 1, every log share 0, and the weight is defined as 0, where scikit-learn divides 0 by 0).
 * A row's score is
 * {@code s_c = sum_j x_j w_cj}; the predicted class is the one of largest score. No class prior is
 * used: the complement estimates are what counter the imbalance. The "probabilities" are the softmax of
 * the scores, {@code exp(s_c) / sum_c' exp(s_c')}, as scikit-learn reports them; they rank the classes
 * but are not calibrated posteriors. When the training rows hold one class only, the score is
 * {@code log P(c) = 0}, that class. The results equal scikit-learn's
 * {@code ComplementNB(alpha, norm, force_alpha=True)}.
 *
 * <p>Cost: fitting is one pass, O(n·p), plus O(k·p); prediction O(k·p) per row. Counts add, so
 * {@link ComplementNaiveBayesModel#update(Dataset)} equals fitting on all rows at once exactly (for
 * integer counts).
 *
 * <p>Reference: J. D. M. Rennie, L. Shih, J. Teevan, D. R. Karger, "Tackling the poor assumptions of
 * naive Bayes text classifiers", ICML 2003.
 *
 * @param alpha the additive smoothing of the complement counts, {@code > 0} and at most 1e100; default 1
 * @param normalizeWeights whether to normalise each class's weights by their sum (scikit-learn's
 *     {@code norm}); default false, as scikit-learn, Mahout and Weka
 * @see ComplementNaiveBayesModel
 */
public record ComplementNaiveBayes(double alpha, boolean normalizeWeights)
        implements Learner<ComplementNaiveBayesModel> {

    /**
     * Validates the hyperparameters.
     *
     * @param alpha {@code > 0} and at most 1e100 (beyond it the smoothed sums approach the double range)
     * @param normalizeWeights whether to normalise the weights
     */
    public ComplementNaiveBayes {
        Smoothing.checkAlpha(alpha);
    }

    /** @return complement naive Bayes with alpha 1 and unnormalised weights (scikit-learn's defaults) */
    public static ComplementNaiveBayes of() {
        return new ComplementNaiveBayes(1.0, false);
    }

    /**
     * @param smoothing the new alpha, {@code > 0}
     * @return a copy with that smoothing
     */
    public ComplementNaiveBayes withAlpha(double smoothing) {
        return new ComplementNaiveBayes(smoothing, normalizeWeights);
    }

    /**
     * @param normalize whether to normalise the weights
     * @return a copy with that setting
     */
    public ComplementNaiveBayes withNormalizedWeights(boolean normalize) {
        return new ComplementNaiveBayes(alpha, normalize);
    }

    /**
     * Counts each column in each class and turns the complement counts into weights.
     *
     * @param data rows of non-negative counts or frequencies with class targets, at least one row; not
     *     modified
     * @return the model
     * @throws IllegalArgumentException if the data has no class targets, no rows, or a negative or
     *     non-finite value (naming its row and column)
     */
    @Override
    public ComplementNaiveBayesModel fit(Dataset data) {
        NaiveBayesModel.checkTrainingData(data, ClassPriors.estimated());
        return new ComplementNaiveBayesModel(this, MultinomialNaiveBayes.count(data), data.columnNames(),
                data.classNames());
    }
}
