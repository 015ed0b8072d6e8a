/**
 * Metrics: plain functions over arrays, arguments always in the order {@code (actual, predicted)} or
 * {@code (actual, scores)}, returning immutable results that can show their working. Metrics never
 * take models, so any classifier, including one from another library, can be judged the same way.
 *
 * <ul>
 *   <li>Classification from labels: {@link io.github.classicml.metrics.ConfusionMatrix} (counts,
 *       accuracy, balanced accuracy, Matthews correlation, Cohen's kappa, a classification report),
 *       {@link io.github.classicml.metrics.ClassCounts} (one class's TP, FP, FN, TN, Type I and II
 *       errors, precision, recall, specificity, NPV, FPR, FNR, F1, F-beta) and
 *       {@link io.github.classicml.metrics.AveragedMetrics} (macro, weighted, micro); ratios are
 *       {@link io.github.classicml.metrics.Ratio}s that print their working, and undefined ones follow
 *       a {@link io.github.classicml.metrics.ZeroDivision} policy.
 *   <li>Classification from scores: {@link io.github.classicml.metrics.RocCurve},
 *       {@link io.github.classicml.metrics.RocAuc} (binary, one-vs-rest, one-vs-one),
 *       {@link io.github.classicml.metrics.PrecisionRecallCurve} (and average precision),
 *       {@link io.github.classicml.metrics.ProbabilityMetrics} (log loss, Brier score).
 *   <li>{@link io.github.classicml.metrics.RegressionMetrics},
 *       {@link io.github.classicml.metrics.ClusteringMetrics},
 *       {@link io.github.classicml.metrics.RankingMetrics} and
 *       {@link io.github.classicml.metrics.DiscountedGain}.
 * </ul>
 *
 * <p>One return convention: a ratio is a {@link io.github.classicml.metrics.Ratio} (numerator,
 * denominator, formula), any other single figure a {@link io.github.classicml.metrics.Measure} (the
 * formula with the numbers put in), per-class results a
 * {@link io.github.classicml.metrics.PerClassRatios}; each prints its working on one line. Binary
 * metrics take {@code boolean[]} labels or {@code int[]} labels with a named positive class.
 *
 * <p>Every metric matches scikit-learn 1.2's definition, edge cases included, except where a silent
 * NaN or a warning would result: there the metric fails with a message (AUC of one class) or follows
 * a documented rule.
 */
package io.github.classicml.metrics;
