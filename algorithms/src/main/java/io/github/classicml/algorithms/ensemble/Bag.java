package io.github.classicml.algorithms.ensemble;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * What one member of a bag sees: its seed, how many times each training row is in its sample, and its
 * columns.
 *
 * <p>Bags are drawn one after another from the ensemble's seed before any member is fitted, so the
 * members and their samples never depend on the order in which threads fit them.
 *
 * @param seed the member's own seed
 * @param counts how many times each training row is in the sample (0: out of bag)
 * @param size the sample size, the sum of {@code counts}
 * @param columns the member's columns, ascending (repeats allowed with a feature bootstrap); null for
 *     all columns in order
 */
record Bag(long seed, int[] counts, int size, int[] columns) {

    /**
     * Draws the bags of every member.
     *
     * @param seed the ensemble's seed
     * @param members the number of members
     * @param rows the number of training rows
     * @param sampleRows the rows per sample, in [1, rows]
     * @param bootstrap whether rows are drawn with replacement
     * @param columns the number of training columns
     * @param sampleColumns the columns per member, in [1, columns]
     * @param bootstrapColumns whether columns are drawn with replacement
     * @return one bag per member, in member order
     */
    /**
     * The seed of each member as {@link #draw} gives it (the first draw of member {@code m}'s split of
     * the root generator), without drawing the samples: what a model file's reseeded members are
     * checked against.
     *
     * @param seed the ensemble's seed
     * @param members the number of members
     * @return the members' seeds, in member order
     */
    static long[] memberSeeds(long seed, int members) {
        SplittableRandom root = new SplittableRandom(seed);
        long[] seeds = new long[members];
        for (int m = 0; m < members; m++) {
            seeds[m] = root.split().nextLong();
        }
        return seeds;
    }

    static Bag[] draw(long seed, int members, int rows, int sampleRows, boolean bootstrap, int columns,
                      int sampleColumns, boolean bootstrapColumns) {
        SplittableRandom root = new SplittableRandom(seed);
        Bag[] bags = new Bag[members];
        for (int m = 0; m < members; m++) {
            SplittableRandom rng = root.split();
            long memberSeed = rng.nextLong();
            int[] cols = null;
            if (bootstrapColumns || sampleColumns < columns) {
                cols = bootstrapColumns ? withReplacement(rng, columns, sampleColumns)
                        : withoutReplacement(rng, columns, sampleColumns);
            }
            int[] counts = new int[rows];
            if (bootstrap) {
                for (int i = 0; i < sampleRows; i++) {
                    counts[rng.nextInt(rows)]++;
                }
            } else if (sampleRows == rows) {
                Arrays.fill(counts, 1);
            } else {
                for (int i : withoutReplacement(rng, rows, sampleRows)) {
                    counts[i] = 1;
                }
            }
            bags[m] = new Bag(memberSeed, counts, sampleRows, cols);
        }
        return bags;
    }

    /** @return {@code k} draws from {@code [0, n)} with replacement, ascending */
    private static int[] withReplacement(SplittableRandom rng, int n, int k) {
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = rng.nextInt(n);
        }
        Arrays.sort(out);
        return out;
    }

    /** @return {@code k} distinct draws from {@code [0, n)} (a partial Fisher-Yates shuffle), ascending */
    private static int[] withoutReplacement(SplittableRandom rng, int n, int k) {
        int[] pool = new int[n];
        for (int i = 0; i < n; i++) {
            pool[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(n - i);
            int t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
        }
        int[] out = Arrays.copyOf(pool, k);
        Arrays.sort(out);
        return out;
    }

    /** @return the sampled row indices, ascending, each repeated as often as it was drawn */
    int[] rowIndices() {
        int[] out = new int[size];
        int k = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int c = counts[i]; c > 0; c--) {
                out[k++] = i;
            }
        }
        return out;
    }

    /** @return whether row {@code i} is out of this member's sample */
    boolean outOfBag(int i) {
        return counts[i] == 0;
    }

    /** @return the number of columns the member sees */
    int width(int allColumns) {
        return columns == null ? allColumns : columns.length;
    }
}
