/**
 * Ensembles: many models combined into one.
 *
 * <p>Bagging ({@link io.github.classicml.algorithms.ensemble.BaggingClassifier},
 * {@link io.github.classicml.algorithms.ensemble.BaggingRegressor}) fits any learner on bootstrap
 * samples and averages or votes, which cuts variance; the out-of-bag rows give a free estimate of the
 * test score. Members are fitted in parallel, each with a seed drawn from the ensemble's seed in member
 * order, so a model is bit-identical for any thread count. Random forests and extra trees
 * ({@link io.github.classicml.algorithms.ensemble.RandomForestClassifier},
 * {@link io.github.classicml.algorithms.ensemble.ExtraTreesClassifier} and their regressors) grow
 * decision trees on the same machinery, with bootstrap draw counts as row weights. Permutation
 * importance ({@link io.github.classicml.algorithms.ensemble.PermutationImportance}) works for any model.
 */
package io.github.classicml.algorithms.ensemble;
