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

    /**
     * The columns of each member as {@link #draw} gives them, without drawing the samples: what a model
     * file's member columns are checked against, so that a file cannot claim more (or other) columns
     * than its members were drawn from. Costs what the fit's column draws cost.
     *
     * @param seed the ensemble's seed
     * @param members the number of members
     * @param columns the number of training columns
     * @param sampleColumns the columns per member, in [1, columns]
     * @param bootstrapColumns whether columns are drawn with replacement
     * @return each member's columns, ascending, or null for all columns in order
     */
    static int[][] memberColumns(long seed, int members, int columns, int sampleColumns, boolean bootstrapColumns) {
        SplittableRandom root = new SplittableRandom(seed);
        int[][] out = new int[members][];
        for (int m = 0; m < members; m++) {
            SplittableRandom rng = root.split();
            rng.nextLong();
            out[m] = drawColumns(rng, columns, sampleColumns, bootstrapColumns);
        }
        return out;
    }

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
    static Bag[] draw(long seed, int members, int rows, int sampleRows, boolean bootstrap, int columns,
                      int sampleColumns, boolean bootstrapColumns) {
        SplittableRandom root = new SplittableRandom(seed);
        Bag[] bags = new Bag[members];
        for (int m = 0; m < members; m++) {
            SplittableRandom rng = root.split();
            long memberSeed = rng.nextLong();
            int[] cols = drawColumns(rng, columns, sampleColumns, bootstrapColumns);
            int[] counts = new int[rows];
            drawRows(rng, rows, sampleRows, bootstrap, 0, rows, counts);
            bags[m] = new Bag(memberSeed, counts, sampleRows, cols);
        }
        return bags;
    }

    /**
     * Replays the draws of one member and keeps the counts of the rows in {@code [from, to)} only: the
     * same random numbers as {@link #draw}, in the same order, so that engines holding the rows in
     * pieces (Spark partitions) agree with one machine on every member's sample. Cost: {@code m} splits,
     * the member's column draws and all its {@code sampleRows} row draws, whatever the range
     * ({@code O(rows)} memory for a sample without replacement, which shuffles every row index); an empty
     * range draws only the seed and the columns.
     *
     * @param member the member, in {@code [0, members)}
     * @param from the first row of the range
     * @param to one past the last row of the range, at most {@code rows}
     * @return the member's seed, its columns (null for all) and the counts of rows {@code from..to-1}
     */
    static Bag replay(long seed, int member, int rows, int sampleRows, boolean bootstrap, int columns,
                      int sampleColumns, boolean bootstrapColumns, int from, int to) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom rng = root.split();
        for (int m = 0; m < member; m++) {
            // the root advances by one split per member, whatever the member drew from its own stream
            rng = root.split();
        }
        long memberSeed = rng.nextLong();
        int[] cols = drawColumns(rng, columns, sampleColumns, bootstrapColumns);
        int[] counts = new int[to - from];
        if (from < to) {
            // the rows come last in the member's stream: an empty range needs only the seed and columns
            drawRows(rng, rows, sampleRows, bootstrap, from, to, counts);
        }
        return new Bag(memberSeed, counts, sampleRows, cols);
    }

    /** @return the member's columns, ascending, or null for all columns in order (then nothing is drawn) */
    private static int[] drawColumns(SplittableRandom rng, int columns, int sampleColumns, boolean bootstrapColumns) {
        if (bootstrapColumns || sampleColumns < columns) {
            return bootstrapColumns ? withReplacement(rng, columns, sampleColumns)
                    : withoutReplacement(rng, columns, sampleColumns);
        }
        return null;
    }

    /** Draws the member's rows and adds the draws of rows {@code from..to-1} to {@code counts[i - from]}. */
    private static void drawRows(SplittableRandom rng, int rows, int sampleRows, boolean bootstrap, int from, int to,
                                 int[] counts) {
        if (bootstrap) {
            for (int i = 0; i < sampleRows; i++) {
                int row = rng.nextInt(rows);
                if (row >= from && row < to) {
                    counts[row - from]++;
                }
            }
        } else if (sampleRows == rows) {
            Arrays.fill(counts, 1);
        } else {
            for (int i : withoutReplacement(rng, rows, sampleRows)) {
                if (i >= from && i < to) {
                    counts[i - from] = 1;
                }
            }
        }
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

    /**
     * @return {@code k} distinct draws from {@code [0, n)} (a partial Fisher-Yates shuffle), ascending;
     *     a few draws from many ({@code 16 k <= n}) keep only the moved entries of the pool, in a map
     *     that is looked up, never iterated, so they make the same swaps in O(k) memory instead of O(n)
     */
    private static int[] withoutReplacement(SplittableRandom rng, int n, int k) {
        if ((long) k * 16 <= n) {
            java.util.Map<Integer, Integer> moved = new java.util.HashMap<>();
            int[] out = new int[k];
            for (int i = 0; i < k; i++) {
                int j = i + rng.nextInt(n - i);
                // pool[j] moves to position i (its final place); pool[i] takes position j
                int atI = moved.getOrDefault(i, i);
                out[i] = moved.getOrDefault(j, j);
                moved.put(j, atI);
            }
            Arrays.sort(out);
            return out;
        }
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
