package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Repeated random hold-out ("Monte Carlo cross-validation"): {@code splits} independent random
 * train/test splits of the rows; a row may be tested in several splits or in none.
 *
 * <p>Sizes follow scikit-learn's {@code ShuffleSplit}: {@code ceil(testFraction * n)} test rows and
 * the rest for training. Each split is the head (test) and tail (train) of an independent permutation
 * drawn from one {@code SplittableRandom(seed)}; both parts are returned in ascending order. Cost:
 * O(splits * n).
 *
 * <p>Reference: Picard and Cook, "Cross-validation of regression models", JASA 79 (1984).
 *
 * @param splits the number of splits, {@code >= 1} (default 10)
 * @param testFraction the share of rows tested in each split, in (0, 1) (default 0.1)
 * @param seed the seed (default 0)
 */
public record ShuffleSplit(int splits, double testFraction, long seed) implements Splitter {

    /**
     * Validates the settings.
     *
     * @param splits the number of splits, {@code >= 1}
     * @param testFraction the share of rows tested, in (0, 1)
     * @param seed the seed
     */
    public ShuffleSplit {
        Check.atLeast("splits", splits, 1);
        Check.inOpenRange("testFraction", testFraction, 0, 1);
    }

    /**
     * @param splits the number of splits
     * @param testFraction the share of rows tested in each split
     * @return shuffle-split with seed 0
     */
    public static ShuffleSplit of(int splits, double testFraction) {
        return new ShuffleSplit(splits, testFraction, 0L);
    }

    /**
     * @param seed the seed
     * @return a copy with that seed
     */
    public ShuffleSplit withSeed(long seed) {
        return new ShuffleSplit(splits, testFraction, seed);
    }

    @Override
    public List<Fold> splits(Dataset data) {
        Check.notNull("data", data);
        int n = data.rows();
        int testSize = (int) Math.ceil(testFraction * n);
        Check.that(testSize < n, () -> "data must have enough rows for a test part of " + testFraction
                + " and a non-empty training part, got " + n + " rows");
        SplittableRandom rng = new SplittableRandom(seed);
        List<Fold> out = new ArrayList<>(splits);
        for (int s = 0; s < splits; s++) {
            int[] order = Indexing.permutation(n, rng);
            int[] test = Arrays.copyOfRange(order, 0, testSize);
            int[] train = Arrays.copyOfRange(order, testSize, n);
            Arrays.sort(test);
            Arrays.sort(train);
            out.add(new Fold(train, test));
        }
        return List.copyOf(out);
    }
}
