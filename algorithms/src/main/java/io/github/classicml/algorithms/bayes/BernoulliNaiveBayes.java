package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;

import java.util.OptionalDouble;

/**
 * Bernoulli naive Bayes: each column is a yes/no feature (a word occurs in the message or not), an
 * independent coin with its own probability in each class.
 *
 * <p>Values are first made binary: {@code b_j = 1} if {@code x_j > threshold}, else 0 (scikit-learn's
 * {@code binarize}); with no threshold ({@link #withBinaryInput()}) the values must already be 0 or 1.
 * Fitting counts, for each class, the rows in which each feature is 1, {@code N_cj}, and smooths:
 * {@code p_cj = (N_cj + alpha) / (n_c + 2 alpha)}. A row is scored by
 * {@code log P(c, x) = log P(c) + sum_j [b_j log p_cj + (1 - b_j) log(1 - p_cj)]}. Unlike the multinomial
 * model, an <em>absent</em> feature is evidence too: a word that spam nearly always contains and this
 * message lacks counts against spam. {@code log(1 - p_cj)} is computed from the counts,
 * {@code log(n_c - N_cj + alpha) - log(n_c + 2 alpha)}, which is exact where {@code log(1 - p)} loses
 * digits. The results equal scikit-learn's {@code BernoulliNB(alpha, binarize, fit_prior, class_prior,
 * force_alpha=True)}.
 *
 * <p>Cost: fitting is one pass, O(n·p); prediction O(k·p) per row. Counts add, so
 * {@link BernoulliNaiveBayesModel#update(Dataset)} equals fitting on all rows at once exactly.
 *
 * <p>Reference: A. McCallum, K. Nigam, "A comparison of event models for naive Bayes text
 * classification", AAAI-98 Workshop on Learning for Text Categorization, 1998; C. D. Manning,
 * P. Raghavan, H. Schütze, <i>Introduction to Information Retrieval</i>, 2008, section 13.3.
 *
 * @param alpha the additive smoothing, {@code > 0} and at most 1e100; default 1 (Laplace)
 * @param priors how the class priors are set; default {@link ClassPriors#estimated()}
 * @param binarizeThreshold values above it count as 1, others as 0; default 0 (scikit-learn's
 *     {@code binarize=0.0}); empty when the input is already 0/1 (scikit-learn's {@code binarize=None},
 *     except that other values are rejected instead of used as they are)
 * @see BernoulliNaiveBayesModel
 */
public record BernoulliNaiveBayes(double alpha, ClassPriors priors, OptionalDouble binarizeThreshold)
        implements Learner<BernoulliNaiveBayesModel> {

    /**
     * Validates the hyperparameters.
     *
     * @param alpha {@code > 0} and at most 1e100 (beyond it the smoothed sums approach the double range)
     * @param priors not null
     * @param binarizeThreshold finite if present
     */
    public BernoulliNaiveBayes {
        Smoothing.checkAlpha(alpha);
        Check.notNull("priors", priors);
        Check.notNull("binarizeThreshold", binarizeThreshold);
        if (binarizeThreshold.isPresent()) {
            Check.finite("binarizeThreshold", binarizeThreshold.getAsDouble());
        }
    }

    /** @return Bernoulli naive Bayes with alpha 1, estimated priors and threshold 0 (scikit-learn's defaults) */
    public static BernoulliNaiveBayes of() {
        return new BernoulliNaiveBayes(1.0, ClassPriors.estimated(), OptionalDouble.of(0.0));
    }

    /**
     * @param smoothing the new alpha, {@code > 0}
     * @return a copy with that smoothing
     */
    public BernoulliNaiveBayes withAlpha(double smoothing) {
        return new BernoulliNaiveBayes(smoothing, priors, binarizeThreshold);
    }

    /**
     * @param classPriors how the class priors are set
     * @return a copy with those priors
     */
    public BernoulliNaiveBayes withPriors(ClassPriors classPriors) {
        return new BernoulliNaiveBayes(alpha, classPriors, binarizeThreshold);
    }

    /**
     * @param threshold values above it count as 1, the others as 0; finite
     * @return a copy that binarises at that threshold
     */
    public BernoulliNaiveBayes withThreshold(double threshold) {
        return new BernoulliNaiveBayes(alpha, priors, OptionalDouble.of(threshold));
    }

    /** @return a copy that takes values as they are, requiring each to be 0 or 1 */
    public BernoulliNaiveBayes withBinaryInput() {
        return new BernoulliNaiveBayes(alpha, priors, OptionalDouble.empty());
    }

    /**
     * Binarises the rows and counts, per class, the rows in which each feature is 1.
     *
     * @param data rows with class targets, at least one row, finite (and 0/1 without a threshold); not
     *     modified
     * @return the model
     * @throws IllegalArgumentException if the data has no class targets, no rows, a non-finite value, a
     *     value other than 0 or 1 without a threshold (naming its row and column), or a number of given
     *     priors other than its number of classes
     */
    @Override
    public BernoulliNaiveBayesModel fit(Dataset data) {
        NaiveBayesModel.checkTrainingData(data, priors);
        return new BernoulliNaiveBayesModel(this, count(data), data.columnNames(), data.classNames());
    }

    FeatureCounts count(Dataset data) {
        return FeatureCounts.of(data, (x, length, row) -> {
            FeatureValues.requireFinite(x, 0, length, row, binarizeThreshold.isEmpty());
            for (int j = 0; j < length; j++) {
                x[j] = binary(x[j]);
            }
        });
    }

    /** @return 1 if the value counts as present, else 0 */
    double binary(double value) {
        if (binarizeThreshold.isEmpty()) {
            return value;
        }
        return value > binarizeThreshold.getAsDouble() ? 1 : 0;
    }
}
