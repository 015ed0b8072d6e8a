package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Model;
import io.github.classicml.core.internal.Parallel;

import java.util.SplittableRandom;

/**
 * Permutation importance: how much a fitted model's score drops when one column's values are shuffled
 * among the rows, which breaks that column's link to the target and leaves everything else as it was.
 *
 * <p>For each column {@code j} and each of {@code repeats} shuffles, the score on the shuffled data is
 * subtracted from the score on the intact data; the importance of {@code j} is the mean of these drops
 * (with their standard deviation over the repeats). It works for any model and any score, and measured
 * on held-out rows it says what the model relies on to generalise, not what it used to fit the training
 * rows. Unlike impurity (MDI) importance it is not inflated for columns with many distinct values; but
 * two correlated columns share their importance (shuffling one leaves the other to carry the signal),
 * so both can look unimportant.
 *
 * <p>Cost: {@code columns * repeats} scorings of the model on a copy of the data, in parallel on
 * {@code threads} threads, one task per column with a seed drawn in column order from {@code seed}, so
 * the result is the same for any thread count.
 *
 * <p>Reference: L. Breiman, "Random forests", <i>Machine Learning</i> 45(1), 5-32, 2001, section 10;
 * A. Fisher, C. Rudin, F. Dominici, "All models are wrong, but many are useful", <i>JMLR</i> 20, 2019.
 * scikit-learn's {@code sklearn.inspection.permutation_importance} computes the same quantity.
 *
 * @param repeats the shuffles per column, at least 1; default 5 (scikit-learn's)
 * @param seed the seed of the shuffles; default 0
 * @param threads the threads, at least 0; 0 (the default) means one per processor; never changes the result
 */
public record PermutationImportance(int repeats, long seed, int threads) {

    /**
     * Validates the settings.
     *
     * @param repeats the shuffles per column, at least 1
     * @param seed the seed
     * @param threads the threads, at least 0
     */
    public PermutationImportance {
        Check.atLeast("repeats", repeats, 1);
        Check.atLeast("threads", threads, 0);
    }

    /** @return 5 repeats, seed 0, all processors */
    public static PermutationImportance of() {
        return new PermutationImportance(5, 0L, 0);
    }

    /**
     * @param value the shuffles per column
     * @return a copy with it
     */
    public PermutationImportance withRepeats(int value) {
        return new PermutationImportance(value, seed, threads);
    }

    /**
     * @param value the seed
     * @return a copy with it
     */
    public PermutationImportance withSeed(long value) {
        return new PermutationImportance(repeats, value, threads);
    }

    /**
     * @param value the threads (0: all processors)
     * @return a copy with it
     */
    public PermutationImportance withThreads(int value) {
        return new PermutationImportance(repeats, seed, value);
    }

    /**
     * Measures the importance of every column.
     *
     * @param model the fitted model; must be safe for concurrent use, as every model of the library is
     * @param data labelled rows of the model's width, ideally held out from its training; not modified
     * @param score the score, higher is better, e.g. {@link ModelScore#accuracy()}
     * @param <M> the kind of model
     * @return the drops in score, per column and repeat
     * @throws IllegalArgumentException if the data has the wrong width or fewer than 2 rows
     */
    public <M extends Model> PermutationImportances compute(M model, Dataset data, ModelScore<? super M> score) {
        Check.notNull("model", model);
        Check.notNull("data", data);
        Check.notNull("score", score);
        Check.columns(data, model.columns());
        Check.minRows(data, 2);
        int n = data.rows();
        int p = data.columns();
        double baseline = score.score(model, data);
        double[] x = data.features();
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] rngs = new SplittableRandom[p];
        for (int j = 0; j < p; j++) {
            rngs[j] = root.split();
        }
        double[][] drops = new double[p][repeats];
        try (Parallel parallel = Parallel.of(Math.min(Parallel.resolve(threads), p))) {
            parallel.forEach(p, j -> {
                double[] shuffled = x.clone();
                double[] column = new double[n];
                for (int i = 0; i < n; i++) {
                    column[i] = x[i * p + j];
                }
                SplittableRandom rng = rngs[j];
                for (int r = 0; r < repeats; r++) {
                    // Fisher-Yates over the column's values
                    for (int i = n - 1; i > 0; i--) {
                        int k = rng.nextInt(i + 1);
                        double t = column[i];
                        column[i] = column[k];
                        column[k] = t;
                    }
                    for (int i = 0; i < n; i++) {
                        shuffled[i * p + j] = column[i];
                    }
                    drops[j][r] = baseline - score.score(model, withFeatures(data, shuffled));
                }
            });
        }
        return new PermutationImportances(baseline, drops);
    }

    private static Dataset withFeatures(Dataset data, double[] features) {
        Dataset d = Dataset.ofRowMajor(features, data.columns()).withColumnNames(data.columnNames());
        if (data.hasClasses()) {
            return d.withClasses(data.classes(), data.classNames(), data.targetName());
        }
        if (data.hasNumericTargets()) {
            return d.withTargets(data.targets(), data.targetName());
        }
        return d;
    }
}
