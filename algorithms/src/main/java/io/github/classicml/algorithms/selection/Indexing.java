package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.util.SplittableRandom;

/** Index helpers shared by the splitters. */
final class Indexing {

    private Indexing() {
    }

    /**
     * Bounds the row indices a splitter is about to list: {@code folds} folds each list every row once
     * (as a training or a test row), so {@code folds * rows} indices, at most {@link Dataset#MAX_CELLS}.
     *
     * @param folds the number of folds
     * @param foldsName what they are called in the message, e.g. {@code "folds"}
     * @param rows the number of rows
     * @throws IllegalArgumentException naming both counts and the limit
     */
    static void checkIndexCount(int folds, String foldsName, int rows) {
        Check.tableSize("the folds' row indices", folds, foldsName, rows, "rows", Dataset.MAX_CELLS);
    }

    /** @return {@code 0..n-1} */
    static int[] range(int n) {
        return range(0, n);
    }

    /** @return {@code from..to-1} */
    static int[] range(int from, int to) {
        int[] out = new int[Math.max(0, to - from)];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + i;
        }
        return out;
    }

    /** Fisher-Yates shuffle of {@code values} in place, drawing from {@code rng}. */
    static void shuffle(int[] values, SplittableRandom rng) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = values[i];
            values[i] = values[j];
            values[j] = tmp;
        }
    }

    /** @return a uniformly random permutation of {@code 0..n-1} */
    static int[] permutation(int n, SplittableRandom rng) {
        int[] p = range(n);
        shuffle(p, rng);
        return p;
    }

    /**
     * Splits {@code 0..n-1} by a test mask into the ascending training rows and ascending test rows.
     */
    static Fold fromMask(boolean[] isTest) {
        int tests = 0;
        for (boolean b : isTest) {
            if (b) {
                tests++;
            }
        }
        int[] train = new int[isTest.length - tests];
        int[] test = new int[tests];
        int r = 0;
        int t = 0;
        for (int i = 0; i < isTest.length; i++) {
            if (isTest[i]) {
                test[t++] = i;
            } else {
                train[r++] = i;
            }
        }
        return new Fold(train, test);
    }

    /** The fold whose test rows are those with {@code assignment[i] == fold}. */
    static Fold fromAssignment(int[] assignment, int fold) {
        boolean[] mask = new boolean[assignment.length];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = assignment[i] == fold;
        }
        return fromMask(mask);
    }
}
