package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;

/**
 * Categorical naive Bayes: each column is a categorical feature (colour, country, weekday) encoded as
 * codes {@code 0, 1, 2, ...}, with its own distribution over the categories in each class.
 *
 * <p>A column's categories are the codes {@code 0..m_j - 1}, where {@code m_j - 1} is the largest code in
 * the training rows (as scikit-learn counts them). Fitting counts, for each class, the rows holding each
 * code, {@code N_cjk}, and smooths: {@code P(x_j = k | c) = (N_cjk + alpha) / (n_c + alpha m_j)}. A row
 * is scored by {@code log P(c, x) = log P(c) + sum_j log P(x_j | c)}. The results equal scikit-learn's
 * {@code CategoricalNB(alpha, fit_prior, class_prior, force_alpha=True)}.
 *
 * <p><b>Unseen categories.</b> A code inside the learned range that no training row of a class held
 * gets the smoothed probability {@code alpha / (n_c + alpha m_j)} like any other. A code <em>above</em>
 * the range, never seen in training for that column, is unknown to the model: it carries no evidence
 * about the class, so the column is left out of that row's product (its term is 0 for every class, as
 * if the value were missing). scikit-learn fails with an index error there. Category codes must be
 * integers in {@code [0, 65535]}; encode text categories first.
 *
 * <p>Cost: fitting is two passes, O(n·p), and O(k·sum_j m_j) memory; prediction O(k·p) per row.
 * Counts add, so {@link CategoricalNaiveBayesModel#update(Dataset)} equals fitting on all rows at once
 * exactly, also when the new rows bring new codes.
 *
 * <p>Reference: T. M. Mitchell, <i>Machine Learning</i>, McGraw-Hill, 1997, section 6.9; K. P. Murphy,
 * <i>Machine Learning: A Probabilistic Perspective</i>, 2012, section 3.5.
 *
 * @param alpha the additive smoothing, {@code > 0} and at most 1e100; default 1 (Laplace)
 * @param priors how the class priors are set; default {@link ClassPriors#estimated()}
 * @see CategoricalNaiveBayesModel
 */
public record CategoricalNaiveBayes(double alpha, ClassPriors priors) implements Learner<CategoricalNaiveBayesModel> {

    /**
     * Validates the hyperparameters.
     *
     * @param alpha {@code > 0} and at most 1e100 (beyond it the smoothed sums approach the double range)
     * @param priors not null
     */
    public CategoricalNaiveBayes {
        Smoothing.checkAlpha(alpha);
        Check.notNull("priors", priors);
    }

    /** @return categorical naive Bayes with alpha 1 and estimated priors (scikit-learn's defaults) */
    public static CategoricalNaiveBayes of() {
        return new CategoricalNaiveBayes(1.0, ClassPriors.estimated());
    }

    /**
     * @param smoothing the new alpha, {@code > 0}
     * @return a copy with that smoothing
     */
    public CategoricalNaiveBayes withAlpha(double smoothing) {
        return new CategoricalNaiveBayes(smoothing, priors);
    }

    /**
     * @param classPriors how the class priors are set
     * @return a copy with those priors
     */
    public CategoricalNaiveBayes withPriors(ClassPriors classPriors) {
        return new CategoricalNaiveBayes(alpha, classPriors);
    }

    /**
     * Counts each category of each column in each class.
     *
     * @param data rows of category codes (integers in [0, 65535]) with class targets, at least one row;
     *     not modified
     * @return the model
     * @throws IllegalArgumentException if the data has no class targets, no rows, a value that is not a
     *     category code (naming its row and column), or a number of given priors other than its number
     *     of classes
     */
    @Override
    public CategoricalNaiveBayesModel fit(Dataset data) {
        NaiveBayesModel.checkTrainingData(data, priors);
        return new CategoricalNaiveBayesModel(this, CategoryCounts.of(data), data.columnNames(), data.classNames());
    }
}
