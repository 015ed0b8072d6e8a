package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.util.Arrays;

/**
 * One split of a dataset's rows: the row indices to train on and the row indices to test on.
 *
 * <p>A fold is index arithmetic: it holds no data, and {@link #trainData(Dataset)} and
 * {@link #testData(Dataset)} select the rows only when asked. The two parts never share a row: the
 * constructor rejects a fold whose test rows also appear in training, the simplest kind of leakage.
 * Training indices may repeat (a bootstrap sample draws rows with replacement); test indices may not.
 * Immutable: the arrays are copied on the way in and out. Cost of the checks: O(train + test + max index).
 *
 * @param train the training row indices, at least one, each {@code >= 0}
 * @param test the test row indices, at least one, each {@code >= 0}, distinct and not in {@code train}
 */
public record Fold(int[] train, int[] test) {

    /**
     * Validates and copies both parts.
     *
     * @param train the training row indices
     * @param test the test row indices
     * @throws IllegalArgumentException if a part is empty, an index is negative, a test index repeats
     *     or a row is in both parts
     */
    public Fold {
        train = Check.notNull("train", train).clone();
        test = Check.notNull("test", test).clone();
        Check.notEmpty("train", train.length);
        Check.notEmpty("test", test.length);
        int max = 0;
        for (int[] part : new int[][] {train, test}) {
            for (int i = 0; i < part.length; i++) {
                int row = part[i];
                String name = part == train ? "train" : "test";
                int index = i;
                Check.that(row >= 0, () -> name + "[" + index + "] must be >= 0, got " + row);
                max = Math.max(max, row);
            }
        }
        boolean[] inTest = new boolean[max + 1];
        for (int row : test) {
            Check.that(!inTest[row], () -> "test must not repeat a row, got row " + row + " twice");
            inTest[row] = true;
        }
        for (int row : train) {
            Check.that(!inTest[row], () -> "train and test must not overlap, got row " + row + " in both");
        }
    }

    /** @return a copy of the training row indices */
    @Override
    public int[] train() {
        return train.clone();
    }

    /** @return a copy of the test row indices */
    @Override
    public int[] test() {
        return test.clone();
    }

    /** @return the number of training rows (repeats counted) */
    public int trainSize() {
        return train.length;
    }

    /** @return the number of test rows */
    public int testSize() {
        return test.length;
    }

    /**
     * @param data the dataset that was split
     * @return its training rows, in the order of {@link #train()}
     */
    public Dataset trainData(Dataset data) {
        return Check.notNull("data", data).select(train);
    }

    /**
     * @param data the dataset that was split
     * @return its test rows, in the order of {@link #test()}
     */
    public Dataset testData(Dataset data) {
        return Check.notNull("data", data).select(test);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fold f && Arrays.equals(train, f.train) && Arrays.equals(test, f.test);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(train) + Arrays.hashCode(test);
    }

    @Override
    public String toString() {
        return "Fold[train=" + train.length + " rows, test=" + test.length + " rows]";
    }
}
