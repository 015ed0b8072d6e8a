package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;

/**
 * Gaussian naive Bayes: within each class, each feature is modelled as an independent normal
 * distribution with the class's own mean and variance.
 *
 * <p>Fitting estimates, for each class {@code c} and column {@code j}, the mean {@code m_cj} and the
 * population variance {@code s_cj^2} (divided by {@code n_c}, as the maximum-likelihood estimate) of
 * the class's rows, and the prior {@code P(c)} ({@link ClassPriors}). A row is scored by
 * {@code log P(c, x) = log P(c) + sum_j log N(x_j; m_cj, s_cj^2 + eps)}, with
 * {@code log N(x; m, v) = -(log(2 pi v) + (x - m)^2 / v) / 2}. The variance smoothing
 * {@code eps = varianceSmoothing × max_j Var(x_j)} (the largest variance of any column over all rows)
 * keeps every variance positive, so a column that is constant within a class, or a class of a single
 * row, still gives finite scores; it is scikit-learn's {@code var_smoothing}, and the results equal
 * {@code GaussianNB}'s. When every column is constant the largest variance is 0 and is taken as 1:
 * every class then has the same likelihood, and the posterior is the prior.
 *
 * <p>Cost: fitting reads the data once, O(n·p), in blocks that stay in cache (see the statistics'
 * notes in the source); prediction is O(k·p) per row for k classes. The model keeps the counts,
 * means and sums of squared deviations, so {@link GaussianNaiveBayesModel#update(Dataset)} learns from
 * more rows by Chan et al.'s parallel merge and equals a fit on all rows at once (to rounding, about
 * 1e-15 relative). Unlike scikit-learn's {@code partial_fit}, which recomputes {@code eps} from each
 * new chunk alone (so its variances carry a row-weighted mix of the chunks' smoothings), the update
 * recomputes {@code eps} from all rows seen, so that updating equals refitting.
 *
 * <p>Limits: the normal model fits features that are roughly bell-shaped within a class; skewed
 * features (counts, incomes) may need a transformation first. Features are assumed independent
 * given the class, which makes the posteriors over-confident when features are correlated, although
 * the predicted class is often still right.
 *
 * <p>Reference: T. Hastie, R. Tibshirani, J. Friedman, <i>The Elements of Statistical Learning</i>,
 * 2nd ed., section 6.6.3; T. F. Chan, G. H. Golub, R. J. LeVeque, "Updating formulae and a pairwise
 * algorithm for computing sample variances", STAN-CS-79-773, 1979.
 *
 * @param varianceSmoothing the share of the largest column variance added to every variance, at least 0;
 *     default 1e-9 (scikit-learn's {@code var_smoothing}). With 0, a column that is constant within a class
 *     makes fitting fail.
 * @param priors how the class priors are set; default {@link ClassPriors#estimated()}
 * @see GaussianNaiveBayesModel
 */
public record GaussianNaiveBayes(double varianceSmoothing, ClassPriors priors)
        implements Learner<GaussianNaiveBayesModel> {

    /** scikit-learn's default variance smoothing, 1e-9. */
    public static final double DEFAULT_VARIANCE_SMOOTHING = 1e-9;

    /**
     * Validates the hyperparameters.
     *
     * @param varianceSmoothing at least 0 and finite
     * @param priors not null
     */
    public GaussianNaiveBayes {
        Check.nonNegative("varianceSmoothing", varianceSmoothing);
        Check.notNull("priors", priors);
    }

    /** @return Gaussian naive Bayes with scikit-learn's defaults: smoothing 1e-9, estimated priors */
    public static GaussianNaiveBayes of() {
        return new GaussianNaiveBayes(DEFAULT_VARIANCE_SMOOTHING, ClassPriors.estimated());
    }

    /**
     * @param smoothing the new variance smoothing, at least 0
     * @return a copy with that smoothing
     */
    public GaussianNaiveBayes withVarianceSmoothing(double smoothing) {
        return new GaussianNaiveBayes(smoothing, priors);
    }

    /**
     * @param classPriors how the class priors are set
     * @return a copy with those priors
     */
    public GaussianNaiveBayes withPriors(ClassPriors classPriors) {
        return new GaussianNaiveBayes(varianceSmoothing, classPriors);
    }

    /**
     * Estimates each class's prior, means and variances.
     *
     * @param data rows with class targets, at least one row, all features finite; not modified
     * @return the model
     * @throws IllegalArgumentException if the data has no class targets, no rows, a non-finite feature,
     *     a number of given priors other than its number of classes, or (with smoothing 0) a column
     *     constant within a class
     */
    @Override
    public GaussianNaiveBayesModel fit(Dataset data) {
        NaiveBayesModel.checkTrainingData(data, priors);
        return new GaussianNaiveBayesModel(this, GaussianStatistics.of(data), data.columnNames(), data.classNames());
    }
}
