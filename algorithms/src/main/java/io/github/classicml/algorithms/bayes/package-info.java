/**
 * Naive Bayes classifiers: Bayes' theorem with the "naive" assumption that the features are
 * independent within a class.
 *
 * <p>{@link io.github.classicml.algorithms.bayes.GaussianNaiveBayes} for real-valued features,
 * {@link io.github.classicml.algorithms.bayes.MultinomialNaiveBayes} for counts (word counts: the spam
 * filter), {@link io.github.classicml.algorithms.bayes.ComplementNaiveBayes} for counts with
 * imbalanced classes, {@link io.github.classicml.algorithms.bayes.BernoulliNaiveBayes} for yes/no
 * features and {@link io.github.classicml.algorithms.bayes.CategoricalNaiveBayes} for category codes.
 * Each learner is a record of hyperparameters whose {@code fit} returns an immutable
 * {@link io.github.classicml.algorithms.bayes.NaiveBayesModel}; every model computes in log space
 * (log-sum-exp for the evidence), learns incrementally with {@code update(Dataset)}, and explains a
 * prediction by Bayes' theorem with {@code explain(row)}. Priors are set by
 * {@link io.github.classicml.algorithms.bayes.ClassPriors}. Answers equal scikit-learn 1.2's
 * {@code GaussianNB}, {@code MultinomialNB}, {@code ComplementNB}, {@code BernoulliNB} and
 * {@code CategoricalNB} on the same data and settings.
 */
package io.github.classicml.algorithms.bayes;
