package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Stratified k-fold: k-fold cross-validation in which every fold keeps the class proportions of the
 * whole dataset as closely as whole rows allow.
 *
 * <p>The allocation is scikit-learn's {@code StratifiedKFold} (version 1.2): classes are numbered in
 * order of first appearance, the class labels are sorted, and fold {@code f} receives from each class
 * as many rows as there are of that class among the sorted labels at positions {@code f, f + folds,
 * f + 2 folds, ...}; within a class, rows go to folds in row order (fold 0 first), or in a shuffled
 * order when {@code shuffle} is set. Without shuffling the folds equal scikit-learn's index for index;
 * with shuffling, the fold sizes per class are the same and the rows are drawn from
 * {@code SplittableRandom(seed)}. Cost: O(folds * n).
 *
 * <p>Like scikit-learn, it refuses {@code folds} larger than every class (no fold could hold a row of
 * each class) and larger than the number of rows; a class smaller than {@code folds} but not all of
 * them is allowed (some folds then lack that class).
 *
 * <p>Reference: Kohavi, "A study of cross-validation and bootstrap for accuracy estimation and model
 * selection", IJCAI 1995.
 *
 * @param folds the number of folds, {@code >= 2} (default 5)
 * @param shuffle whether to shuffle rows within each class (default false)
 * @param seed the seed of that shuffle (default 0)
 */
public record StratifiedKFold(int folds, boolean shuffle, long seed) implements Splitter {

    /**
     * Validates the settings.
     *
     * @param folds the number of folds, {@code >= 2}
     * @param shuffle whether to shuffle rows within each class
     * @param seed the seed of that shuffle
     */
    public StratifiedKFold {
        Check.atLeast("folds", folds, 2);
    }

    /**
     * @param folds the number of folds, {@code >= 2}
     * @return stratified k-fold without shuffling
     */
    public static StratifiedKFold of(int folds) {
        return new StratifiedKFold(folds, false, 0L);
    }

    /**
     * @param seed the seed of the shuffle
     * @return a copy that shuffles the rows within each class, with that seed
     */
    public StratifiedKFold withShuffle(long seed) {
        return new StratifiedKFold(folds, true, seed);
    }

    @Override
    public List<Fold> splits(Dataset data) {
        Check.notNull("data", data);
        Check.hasClasses(data);
        return splits(data.classes());
    }

    /**
     * @param classes the class of each row; not modified
     * @return the folds
     * @throws IllegalArgumentException if {@code folds} exceeds the number of rows or every class size, or a
     *     class index is negative or above {@code Dataset.MAX_CLASSES - 1} (naming the entry)
     */
    public List<Fold> splits(int[] classes) {
        Check.notNull("classes", classes);
        int n = classes.length;
        KFold.checkRows(folds, n);
        // number the classes in order of first appearance, as scikit-learn does
        int max = 0;
        for (int i = 0; i < n; i++) {
            int row = i;
            Check.that(classes[i] >= 0, () -> "classes[" + row + "] must be >= 0, got " + classes[row]);
            // class indices as a Dataset holds them: the codes below are looked up by index
            Check.atMost("classes", i, classes[i], Dataset.MAX_CLASSES - 1, "Dataset.MAX_CLASSES - 1");
            max = Math.max(max, classes[i]);
        }
        int[] code = new int[max + 1];
        Arrays.fill(code, -1);
        int k = 0;
        int[] encoded = new int[n];
        for (int i = 0; i < n; i++) {
            if (code[classes[i]] < 0) {
                code[classes[i]] = k++;
            }
            encoded[i] = code[classes[i]];
        }
        int[] counts = new int[k];
        for (int c : encoded) {
            counts[c]++;
        }
        int largest = Arrays.stream(counts).max().orElse(0);
        Check.that(folds <= largest, () -> "folds must be <= the size of the largest class (" + largest
                + "), got " + folds + "; no fold could hold a row of every class");
        // allocation[f][c]: rows of class c at positions f, f + folds, ... of the sorted labels
        int[][] allocation = new int[folds][k];
        int position = 0;
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < counts[c]; j++, position++) {
                allocation[position % folds][c]++;
            }
        }
        SplittableRandom rng = shuffle ? new SplittableRandom(seed) : null;
        int[] assignment = new int[n];
        for (int c = 0; c < k; c++) {
            int[] foldsForClass = new int[counts[c]];
            int p = 0;
            for (int f = 0; f < folds; f++) {
                for (int j = 0; j < allocation[f][c]; j++) {
                    foldsForClass[p++] = f;
                }
            }
            if (rng != null) {
                Indexing.shuffle(foldsForClass, rng);
            }
            p = 0;
            for (int i = 0; i < n; i++) {
                if (encoded[i] == c) {
                    assignment[i] = foldsForClass[p++];
                }
            }
        }
        List<Fold> out = new ArrayList<>(folds);
        for (int f = 0; f < folds; f++) {
            out.add(Indexing.fromAssignment(assignment, f));
        }
        return List.copyOf(out);
    }
}
