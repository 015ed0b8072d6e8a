package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Bootstrap resampling with out-of-bag testing: each of {@code rounds} folds trains on {@code n} rows
 * drawn with replacement and tests on the rows never drawn (the out-of-bag rows, about
 * {@code (1 - 1/n)^n ≈ 36.8%} of them).
 *
 * <p>The training part keeps its repeats, in ascending order (a row drawn three times appears three
 * times); the test part is the ascending out-of-bag rows. In the rare draw that uses every row (likely
 * only for tiny {@code n}), the round is drawn again from the same stream, so every fold has a test part.
 * All draws come from one {@code SplittableRandom(seed)}. The plain out-of-bag estimate is pessimistic
 * (each model sees only about 63.2% distinct rows); Efron's .632 estimator corrects for that.
 * Cost: O(rounds * n).
 *
 * <p>Reference: Efron and Tibshirani, <i>An Introduction to the Bootstrap</i>, Chapman and Hall 1993,
 * chapter 17.
 *
 * @param rounds the number of bootstrap samples, {@code >= 1} (default 100)
 * @param seed the seed (default 0)
 */
public record Bootstrap(int rounds, long seed) implements Splitter {

    /**
     * Validates the settings.
     *
     * @param rounds the number of bootstrap samples, {@code >= 1}
     * @param seed the seed
     */
    public Bootstrap {
        Check.atLeast("rounds", rounds, 1);
    }

    /**
     * @param rounds the number of bootstrap samples
     * @return bootstrap with seed 0
     */
    public static Bootstrap of(int rounds) {
        return new Bootstrap(rounds, 0L);
    }

    /**
     * @param seed the seed
     * @return a copy with that seed
     */
    public Bootstrap withSeed(long seed) {
        return new Bootstrap(rounds, seed);
    }

    @Override
    public List<Fold> splits(Dataset data) {
        Check.notNull("data", data);
        int n = data.rows();
        Check.that(n >= 2, () -> "data must have at least 2 rows for a bootstrap with out-of-bag rows, got " + n);
        SplittableRandom rng = new SplittableRandom(seed);
        List<Fold> out = new ArrayList<>(rounds);
        int[] drawn = new int[n];
        while (out.size() < rounds) {
            Arrays.fill(drawn, 0);
            for (int i = 0; i < n; i++) {
                drawn[rng.nextInt(n)]++;
            }
            int outOfBag = 0;
            for (int c : drawn) {
                if (c == 0) {
                    outOfBag++;
                }
            }
            if (outOfBag == 0) {
                continue;
            }
            int[] train = new int[n];
            int[] test = new int[outOfBag];
            int r = 0;
            int t = 0;
            for (int i = 0; i < n; i++) {
                if (drawn[i] == 0) {
                    test[t++] = i;
                }
                for (int c = 0; c < drawn[i]; c++) {
                    train[r++] = i;
                }
            }
            out.add(new Fold(train, test));
        }
        return List.copyOf(out);
    }
}
