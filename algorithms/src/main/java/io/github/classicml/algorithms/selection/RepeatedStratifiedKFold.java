package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Repeated stratified k-fold: shuffled {@link StratifiedKFold} run {@code repeats} times with
 * different permutations, giving {@code folds * repeats} folds (repetition 0's folds first). Averaging over repetitions lowers the
 * variance that one particular cut of the rows adds to the estimate.
 *
 * <p>Repetition {@code r} shuffles with a seed drawn from {@code SplittableRandom(seed)}, so the same
 * seed gives the same folds. Per-class fold sizes equal scikit-learn's
 * {@code RepeatedStratifiedKFold}; the rows differ (another generator). Cost: O(repeats * folds * n).
 *
 * <p>Reference: Kim, "Estimating classification error rate: repeated cross-validation, repeated
 * hold-out and bootstrap", Computational Statistics and Data Analysis 53 (2009).
 *
 * @param folds the number of folds per repetition, {@code >= 2} (default 5)
 * @param repeats the number of repetitions, {@code >= 1} (default 10)
 * @param seed the seed (default 0)
 */
public record RepeatedStratifiedKFold(int folds, int repeats, long seed) implements Splitter {

    /**
     * Validates the settings.
     *
     * @param folds the number of folds per repetition, {@code >= 2}
     * @param repeats the number of repetitions, {@code >= 1}
     * @param seed the seed
     */
    public RepeatedStratifiedKFold {
        Check.atLeast("folds", folds, 2);
        Check.atLeast("repeats", repeats, 1);
    }

    /**
     * @param folds the number of folds per repetition
     * @param repeats the number of repetitions
     * @return repeated k-fold with seed 0
     */
    public static RepeatedStratifiedKFold of(int folds, int repeats) {
        return new RepeatedStratifiedKFold(folds, repeats, 0L);
    }

    /**
     * @param seed the seed
     * @return a copy with that seed
     */
    public RepeatedStratifiedKFold withSeed(long seed) {
        return new RepeatedStratifiedKFold(folds, repeats, seed);
    }

    @Override
    public List<Fold> splits(Dataset data) {
        Check.notNull("data", data);
        Check.hasClasses(data);
        int[] classes = data.classes();
        SplittableRandom rng = new SplittableRandom(seed);
        List<Fold> out = new ArrayList<>(folds * repeats);
        for (int r = 0; r < repeats; r++) {
            out.addAll(new StratifiedKFold(folds, true, rng.nextLong()).splits(classes));
        }
        return List.copyOf(out);
    }
}
