package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Splits the rows of a dataset at random into a training part and a test part, optionally keeping the
 * class proportions (stratified).
 *
 * <p>Sizes follow scikit-learn's {@code train_test_split}: the test part has
 * {@code ceil(testFraction * n)} rows and the training part the rest. Both parts come in shuffled
 * order. The shuffle is a Fisher-Yates permutation drawn from {@code SplittableRandom(seed)}, so the
 * same seed gives the same split; it is not numpy's generator, so the rows chosen differ from
 * scikit-learn's for the same seed.
 *
 * <p>Stratified: each class contributes to the test part in proportion to its size. The class shares
 * {@code testSize * count_c / n} are rounded down and the rows left over go to the classes with the
 * largest remainders (ties: lower class index), like the largest-remainder allocation of
 * scikit-learn's {@code StratifiedShuffleSplit}, which breaks such ties at random. As scikit-learn
 * does, a stratified split refuses a class of one row (it would land on the same side for every seed)
 * and a test or training part smaller than the number of classes. Cost: O(n).
 *
 * <p>As a {@link Splitter} it gives one fold; {@link #split(Dataset)} gives the same rows in the
 * order drawn.
 *
 * @param testFraction the share of rows in the test part, in (0, 1); scikit-learn's default is 0.25
 * @param stratified true to keep class proportions (needs class targets)
 * @param seed the seed of the shuffle
 */
public record TrainTestSplit(double testFraction, boolean stratified, long seed) implements Splitter {

    /**
     * Validates the parameters.
     *
     * @param testFraction the share of rows in the test part, in (0, 1)
     * @param stratified true to keep class proportions
     * @param seed the seed of the shuffle
     */
    public TrainTestSplit {
        Check.inOpenRange("testFraction", testFraction, 0, 1);
    }

    /**
     * @param testFraction the share of rows in the test part, in (0, 1)
     * @return an unstratified split with seed 0
     */
    public static TrainTestSplit of(double testFraction) {
        return new TrainTestSplit(testFraction, false, 0L);
    }

    /** @return a copy that keeps class proportions */
    public TrainTestSplit withStratification() {
        return new TrainTestSplit(testFraction, true, seed);
    }

    /**
     * @param seed the seed of the shuffle
     * @return a copy with that seed
     */
    public TrainTestSplit withSeed(long seed) {
        return new TrainTestSplit(testFraction, stratified, seed);
    }

    /**
     * Draws the split.
     *
     * @param data the dataset; only its size (and classes, when stratified) are read
     * @return the row indices of both parts
     * @throws IllegalArgumentException if either part would be empty, or stratification is asked for
     *     data without classes
     */
    public Indices split(Dataset data) {
        Check.notNull("data", data);
        int n = data.rows();
        int testSize = (int) Math.ceil(testFraction * n);
        Check.that(testSize >= 1 && testSize < n, () -> "data must have enough rows for a test part of "
                + testFraction + " and a non-empty training part, got " + n + " rows");
        SplittableRandom rng = new SplittableRandom(seed);
        if (!stratified) {
            int[] order = permutation(n, rng);
            return new Indices(Arrays.copyOfRange(order, testSize, n), Arrays.copyOfRange(order, 0, testSize));
        }
        Check.hasClasses(data);
        int[] classes = data.classes();
        int[] counts = data.classCounts();
        for (int c = 0; c < counts.length; c++) {
            int cls = c;
            Check.that(counts[c] != 1, () -> "every class must have at least 2 rows to stratify, got 1 row of class "
                    + data.classNames().get(cls) + "; merge or drop that class, or split without stratification");
        }
        long present = Arrays.stream(counts).filter(count -> count > 0).count();
        Check.that(testSize >= present && n - testSize >= present, () -> "testFraction must leave at least one row"
                + " per class (" + present + ") in each part, got " + testSize + " test and " + (n - testSize)
                + " training rows");
        int[] testPerClass = allocate(counts, testSize, n);

        int[] order = permutation(n, rng);
        int[] test = new int[testSize];
        int[] train = new int[n - testSize];
        int[] takenForTest = new int[counts.length];
        int t = 0;
        int r = 0;
        for (int i : order) {
            int c = classes[i];
            if (takenForTest[c] < testPerClass[c]) {
                takenForTest[c]++;
                test[t++] = i;
            } else {
                train[r++] = i;
            }
        }
        return new Indices(train, test);
    }

    /**
     * @param data the dataset; only its size (and classes, when stratified) are read
     * @return the one fold of {@link #split(Dataset)}, each part in ascending row order
     */
    @Override
    public List<Fold> splits(Dataset data) {
        Indices s = split(data);
        int[] train = s.train();
        int[] test = s.test();
        Arrays.sort(train);
        Arrays.sort(test);
        return List.of(new Fold(train, test));
    }

    /** Largest-remainder allocation of {@code total} draws in proportion to {@code counts}. */
    private static int[] allocate(int[] counts, int total, int n) {
        int k = counts.length;
        int[] out = new int[k];
        double[] remainder = new double[k];
        int given = 0;
        for (int c = 0; c < k; c++) {
            double exact = (double) total * counts[c] / n;
            out[c] = (int) Math.floor(exact);
            remainder[c] = exact - out[c];
            given += out[c];
        }
        while (given < total) {
            int best = -1;
            for (int c = 0; c < k; c++) {
                if (out[c] < counts[c] && (best < 0 || remainder[c] > remainder[best])) {
                    best = c;
                }
            }
            out[best]++;
            remainder[best] = -1;
            given++;
        }
        return out;
    }

    private static int[] permutation(int n, SplittableRandom rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }

    /** The row indices of the two parts of a split. Immutable; the arrays are copied on the way out. */
    public static final class Indices {
        private final int[] train;
        private final int[] test;

        /**
         * @param train the training row indices; copied
         * @param test the test row indices; copied
         */
        public Indices(int[] train, int[] test) {
            this.train = Check.notNull("train", train).clone();
            this.test = Check.notNull("test", test).clone();
        }

        /** @return a copy of the training row indices */
        public int[] train() {
            return train.clone();
        }

        /** @return a copy of the test row indices */
        public int[] test() {
            return test.clone();
        }

        /**
         * @param data the dataset that was split
         * @return its training rows
         */
        public Dataset trainData(Dataset data) {
            return data.select(train);
        }

        /**
         * @param data the dataset that was split
         * @return its test rows
         */
        public Dataset testData(Dataset data) {
            return data.select(test);
        }
    }
}
