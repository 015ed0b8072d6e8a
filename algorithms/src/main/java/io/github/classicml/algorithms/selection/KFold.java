package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * k-fold cross-validation: the rows are cut into {@code folds} consecutive blocks and each block is the
 * test part once, the other blocks the training part.
 *
 * <p>Block sizes follow scikit-learn's {@code KFold}: with {@code n} rows the first {@code n % folds}
 * blocks have {@code n / folds + 1} rows and the others {@code n / folds}. Without shuffling the folds
 * are exactly scikit-learn's, index for index. With shuffling the rows are first permuted by a
 * Fisher-Yates shuffle drawn from {@code SplittableRandom(seed)} (not numpy's generator, so the rows
 * differ from scikit-learn's for the same seed, while the sizes agree). Both parts are returned in
 * ascending row order. Cost: O(folds * n).
 *
 * <p>Do not shuffle ordered data whose order carries information you would not have at prediction
 * time (a time series): use {@link TimeSeriesSplit}.
 *
 * <p>Reference: Hastie, Tibshirani and Friedman, <i>The Elements of Statistical Learning</i>, 2nd ed.,
 * section 7.10.
 *
 * @param folds the number of folds, {@code >= 2} (scikit-learn's default 5); at most the number of rows
 * @param shuffle whether to permute the rows before cutting them (default false)
 * @param seed the seed of the permutation (default 0)
 */
public record KFold(int folds, boolean shuffle, long seed) implements Splitter {

    /**
     * Validates the settings.
     *
     * @param folds the number of folds, {@code >= 2}
     * @param shuffle whether to permute the rows first
     * @param seed the seed of the permutation
     */
    public KFold {
        Check.atLeast("folds", folds, 2);
    }

    /**
     * @param folds the number of folds, {@code >= 2}
     * @return k-fold without shuffling
     */
    public static KFold of(int folds) {
        return new KFold(folds, false, 0L);
    }

    /**
     * @param seed the seed of the permutation
     * @return a copy that shuffles the rows first, with that seed
     */
    public KFold withShuffle(long seed) {
        return new KFold(folds, true, seed);
    }

    @Override
    public List<Fold> splits(Dataset data) {
        Check.notNull("data", data);
        return splits(data.rows());
    }

    /**
     * @param rows the number of rows
     * @return the folds of {@code rows} rows
     * @throws IllegalArgumentException if {@code folds} exceeds the number of rows, or if the folds would
     *     list more than {@link io.github.classicml.core.Dataset#MAX_CELLS} row indices in all
     *     ({@code folds * rows})
     */
    public List<Fold> splits(int rows) {
        checkRows(folds, rows);
        Indexing.checkIndexCount(folds, "folds", rows);
        int[] order = shuffle ? Indexing.permutation(rows, new SplittableRandom(seed)) : Indexing.range(rows);
        int[] assignment = new int[rows];
        int start = 0;
        for (int f = 0; f < folds; f++) {
            int size = rows / folds + (f < rows % folds ? 1 : 0);
            for (int i = start; i < start + size; i++) {
                assignment[order[i]] = f;
            }
            start += size;
        }
        List<Fold> out = new ArrayList<>(folds);
        for (int f = 0; f < folds; f++) {
            out.add(Indexing.fromAssignment(assignment, f));
        }
        return List.copyOf(out);
    }

    static void checkRows(int folds, int rows) {
        Check.that(folds <= rows, () -> "folds must be <= the number of rows (" + rows + "), got " + folds
                + "; every fold needs at least one test row");
    }
}
