package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;

/**
 * Multinomial naive Bayes: each class is a distribution over the columns (words, pixels, events), and
 * a row of counts is a sample of draws from its class's distribution. The classic spam filter.
 *
 * <p>Fitting sums each column over each class's rows, {@code N_cj = sum_{i in c} x_ij}, and smooths the
 * shares with additive (Lidstone) smoothing: {@code theta_cj = (N_cj + alpha) / (N_c + alpha p)}, where
 * {@code N_c = sum_j N_cj} and p is the number of columns; {@code alpha = 1} is Laplace's rule of
 * succession. Without smoothing, one word never seen in a class would make that class impossible. A
 * row is scored by {@code log P(c, x) = log P(c) + sum_j x_j log theta_cj} (the multinomial coefficient
 * is the same for every class and is left out, as scikit-learn leaves it out). Values may be counts or
 * frequencies (tf-idf); they must be non-negative. The results equal scikit-learn's
 * {@code MultinomialNB(alpha, fit_prior, class_prior, force_alpha=True)}.
 *
 * <p>Cost: fitting is one pass, O(n·p); prediction O(k·p) per row. Counts add, so
 * {@link MultinomialNaiveBayesModel#update(Dataset)} equals fitting on all rows at once exactly (for
 * integer counts).
 *
 * <p>Reference: A. McCallum, K. Nigam, "A comparison of event models for naive Bayes text
 * classification", AAAI-98 Workshop on Learning for Text Categorization, 1998; C. D. Manning,
 * P. Raghavan, H. Schütze, <i>Introduction to Information Retrieval</i>, 2008, section 13.2.
 *
 * @param alpha the additive smoothing, {@code > 0} and at most 1e100; default 1 (Laplace). scikit-learn raises an alpha
 *     below 1e-10 to 1e-10 unless {@code force_alpha=True}; this class uses alpha as given
 * @param priors how the class priors are set; default {@link ClassPriors#estimated()}
 * @see MultinomialNaiveBayesModel
 */
public record MultinomialNaiveBayes(double alpha, ClassPriors priors) implements Learner<MultinomialNaiveBayesModel> {

    /**
     * Validates the hyperparameters.
     *
     * @param alpha {@code > 0} and at most 1e100 (beyond it the smoothed sums approach the double range)
     * @param priors not null
     */
    public MultinomialNaiveBayes {
        Smoothing.checkAlpha(alpha);
        Check.notNull("priors", priors);
    }

    /** @return multinomial naive Bayes with Laplace smoothing (alpha 1) and estimated priors */
    public static MultinomialNaiveBayes of() {
        return new MultinomialNaiveBayes(1.0, ClassPriors.estimated());
    }

    /**
     * @param smoothing the new alpha, {@code > 0}
     * @return a copy with that smoothing
     */
    public MultinomialNaiveBayes withAlpha(double smoothing) {
        return new MultinomialNaiveBayes(smoothing, priors);
    }

    /**
     * @param classPriors how the class priors are set
     * @return a copy with those priors
     */
    public MultinomialNaiveBayes withPriors(ClassPriors classPriors) {
        return new MultinomialNaiveBayes(alpha, classPriors);
    }

    /**
     * Counts each column in each class and smooths the counts into probabilities.
     *
     * @param data rows of non-negative counts or frequencies with class targets, at least one row; not
     *     modified
     * @return the model
     * @throws IllegalArgumentException if the data has no class targets, no rows, a negative or
     *     non-finite value (naming its row and column), or a number of given priors other than its
     *     number of classes
     */
    @Override
    public MultinomialNaiveBayesModel fit(Dataset data) {
        NaiveBayesModel.checkTrainingData(data, priors);
        return new MultinomialNaiveBayesModel(this, count(data), data.columnNames(), data.classNames());
    }

    static FeatureCounts count(Dataset data) {
        return FeatureCounts.of(data, (x, length, row) -> FeatureValues.requireCounts(x, 0, length, row));
    }
}
