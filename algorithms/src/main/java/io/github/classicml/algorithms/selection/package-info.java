/**
 * Model selection: splitting rows, cross-validation, hyperparameter search, pipelines that cannot
 * leak, model comparison and the bias–variance decomposition.
 *
 * <p><b>Splits</b> are index arithmetic: a {@link io.github.classicml.algorithms.selection.Splitter}
 * turns a dataset into {@link io.github.classicml.algorithms.selection.Fold}s (training and test row
 * indices that never overlap), at O(n) per fold and without copying data. k-fold, stratified, grouped,
 * leave-one-out and forward-chaining time-series splits give scikit-learn's folds index for index;
 * shuffled, repeated and bootstrap splits draw from a seed.
 * {@link io.github.classicml.algorithms.selection.Folds} proves that time-series folds never train on
 * the future and draws folds as text.
 *
 * <p><b>Evaluation</b>: {@link io.github.classicml.algorithms.selection.CrossValidation} fits a learner
 * in every fold and scores it with {@link io.github.classicml.algorithms.selection.Scorer}s, averaged
 * per fold or pooled; {@link io.github.classicml.algorithms.selection.GridSearch} and
 * {@link io.github.classicml.algorithms.selection.RandomSearch} are learners, so searching inside
 * cross-validation is nested cross-validation; {@link io.github.classicml.algorithms.selection.Curves}
 * draws learning and validation curves; {@link io.github.classicml.algorithms.selection.ModelComparison}
 * tests whether one model is really better; {@link io.github.classicml.algorithms.selection.BiasVariance}
 * splits the expected error into bias, variance and noise.
 *
 * <p><b>Pipelines</b> ({@link io.github.classicml.algorithms.selection.Pipeline}) chain transformers
 * before a final learner and are learners of that learner's kind, so every step is refitted inside
 * every fold.
 */
package io.github.classicml.algorithms.selection;
