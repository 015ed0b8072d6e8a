package io.github.classicml.algorithms.selection;

/**
 * How cross-validation turns the folds into one estimate.
 *
 * <p>The two differ whenever the metric is not a plain mean over rows (R², F1, AUC) or the folds
 * differ in size: {@link #PER_FOLD} is what scikit-learn's {@code cross_val_score(...).mean()} reports
 * and comes with a spread across folds; {@link #POOLED} scores all out-of-fold predictions at once,
 * as {@code cross_val_predict} followed by the metric does, and is steadier for small folds (a fold
 * with one class has no AUC) but has no spread. For accuracy and the mean squared error on equal
 * folds the two agree.
 *
 * <p>Reference: Forman and Scholz, "Apples-to-apples in cross-validation studies: pitfalls in
 * classifier performance measurement", SIGKDD Explorations 12 (2010).
 */
public enum Averaging {
    /** Score each fold, then average the scores (mean ± standard deviation). */
    PER_FOLD,
    /** Concatenate every fold's predictions and score them once. */
    POOLED
}
