package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SplittersTest {

    static LongStream seeds() {
        return LongStream.range(0, 25);
    }

    private static Dataset rows(int n) {
        return Dataset.ofRowMajor(new double[n], 1);
    }

    private static String message(Executable e) {
        return assertThrows(IllegalArgumentException.class, e).getMessage();
    }

    @Test
    void fold_overlapOrRepeatedTest_throws() {
        assertEquals("train and test must not overlap, got row 2 in both",
                message(() -> new Fold(new int[] {0, 2}, new int[] {2, 3})));
        assertEquals("test must not repeat a row, got row 3 twice",
                message(() -> new Fold(new int[] {0}, new int[] {3, 3})));
        assertEquals("train[1] must be >= 0, got -1", message(() -> new Fold(new int[] {0, -1}, new int[] {3})));
        assertEquals("test must not be empty, got 0 entries", message(() -> new Fold(new int[] {0}, new int[0])));
        // repeats in training are a bootstrap sample, allowed
        assertEquals(3, new Fold(new int[] {0, 0, 1}, new int[] {2}).trainSize());
    }

    @Test
    void fold_copiesItsArrays() {
        int[] train = {0, 1};
        Fold f = new Fold(train, new int[] {2});
        train[0] = 2;
        f.train()[1] = 9;
        assertArrayEquals(new int[] {0, 1}, f.train());
    }

    @Test
    void kFold_handWorked_sevenRowsThreeFolds() {
        // 7 = 3 + 2 + 2: the first 7 % 3 = 1 fold takes one extra row
        List<Fold> folds = KFold.of(3).splits(rows(7));
        assertArrayEquals(new int[] {0, 1, 2}, folds.get(0).test());
        assertArrayEquals(new int[] {3, 4}, folds.get(1).test());
        assertArrayEquals(new int[] {5, 6}, folds.get(2).test());
        assertArrayEquals(new int[] {0, 1, 2, 5, 6}, folds.get(1).train());
    }

    @Test
    void splitters_tooFewRows_throwClearly() {
        assertEquals("folds must be <= the number of rows (3), got 5; every fold needs at least one test row",
                message(() -> KFold.of(5).splits(rows(3))));
        assertEquals("folds must be >= 2, got 1", message(() -> KFold.of(1)));
        assertEquals("folds must be <= the size of the largest class (2), got 3; no fold could hold a row of every"
                + " class", message(() -> StratifiedKFold.of(3).splits(rows(4).withClasses(new int[] {0, 0, 1, 1}))));
        assertEquals("folds must be <= the number of groups (2), got 3",
                message(() -> GroupKFold.of(3, new int[] {1, 1, 2})));
        assertEquals("groups has 3 entries but data has 4",
                message(() -> GroupKFold.of(2, new int[] {1, 1, 2}).splits(rows(4))));
        assertEquals("splits must be <= the number of rows - 1 (4), got 5; forward chaining needs one block more"
                + " than it tests", message(() -> TimeSeriesSplit.of(5).splits(rows(5))));
        assertEquals("data must have more than gap + splits * testSize = 3 + 3 * 2 = 9 rows, got 9; the first fold"
                + " would have no training rows",
                message(() -> new TimeSeriesSplit(3, 0, 2, 3).splits(rows(9))));
        assertEquals("data must have at least 2 rows for leave-one-out, got 1",
                message(() -> LeaveOneOut.of().splits(rows(1))));
        assertEquals("data must have at least 2 rows for a bootstrap with out-of-bag rows, got 1",
                message(() -> Bootstrap.of(3).splits(rows(1))));
        assertEquals("data must have class targets, got no targets",
                message(() -> StratifiedKFold.of(2).splits(rows(4))));
        assertEquals("horizon must be >= 1, got 0", message(() -> TimeSeriesSplit.forecast(3, 0)));
        assertEquals("window must be >= 1, got 0", message(() -> TimeSeriesSplit.of(3).withSlidingWindow(0)));
        assertEquals("data must have enough rows for a test part of 0.5 and a non-empty training part, got 1 rows",
                message(() -> ShuffleSplit.of(3, 0.5).splits(rows(1))));
        assertEquals("repeats must be >= 1, got 0", message(() -> RepeatedKFold.of(3, 0)));
        assertEquals("rounds must be >= 1, got 0", message(() -> Bootstrap.of(0)));
        assertEquals("testDuration must be > 0 and finite, got 0", message(() -> TimeBasedSplit.of("t", 2, 0)));
        assertEquals("fold 0 must have test rows, got none with stamps in (2, 4]; use a longer testDuration",
                message(() -> TimeBasedSplit.of("t", 2, 2).splits(new double[] {0, 1, 2, 6})));
        assertEquals("rows must be > every row index of the folds, got 3 and row 3",
                message(() -> Folds.diagram(KFold.of(2).splits(rows(4)), 3, 10)));
        assertEquals("gap must be >= 0, got -1", message(() -> Folds.checkForwardChaining(List.of(), -1)));
    }

    @Test
    void trainTestSplit_oneRowClass_refusesToStratify() {
        Dataset data = rows(10).withClasses(new int[] {0, 0, 0, 0, 0, 1, 1, 1, 1, 2}, List.of("a", "b", "rare"));
        assertEquals("every class must have at least 2 rows to stratify, got 1 row of class rare; merge or drop"
                + " that class, or split without stratification",
                message(() -> TrainTestSplit.of(0.3).withStratification().split(data)));
        Dataset three = rows(6).withClasses(new int[] {0, 0, 1, 1, 2, 2});
        assertEquals("testFraction must leave at least one row per class (3) in each part, got 2 test and 4"
                + " training rows", message(() -> TrainTestSplit.of(0.3).withStratification().split(three)));
        // as a splitter: one fold, the same rows, ascending
        Fold fold = TrainTestSplit.of(0.3).withSeed(3).splits(rows(10)).get(0);
        int[] test = TrainTestSplit.of(0.3).withSeed(3).split(rows(10)).test();
        Arrays.sort(test);
        assertArrayEquals(test, fold.test());
    }

    @Test
    void timeSeriesSplit_forecastHorizon_testsTheRowHStepsAhead() {
        // horizon 3: train ends at the origin, the test row is 3 steps later (gap 2)
        List<Fold> folds = TimeSeriesSplit.forecast(2, 3).splits(rows(8));
        // n = 8, t = 1: test rows 6 and 7; training ends 2 rows before each
        assertArrayEquals(new int[] {0, 1, 2, 3}, folds.get(0).train());
        assertArrayEquals(new int[] {6}, folds.get(0).test());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, folds.get(1).train());
        assertArrayEquals(new int[] {7}, folds.get(1).test());
        assertTrue(Folds.isForwardChaining(folds, 2));
        assertFalse(Folds.isForwardChaining(folds, 3));
    }

    @Test
    void timeSeriesSplit_slidingWindow_keepsTheLastRows() {
        List<Fold> folds = TimeSeriesSplit.of(3).withSlidingWindow(2).splits(rows(8));
        // t = 8 / 4 = 2: tests [2,4), [4,6), [6,8); windows of the last 2 rows before each
        assertArrayEquals(new int[] {0, 1}, folds.get(0).train());
        assertArrayEquals(new int[] {2, 3}, folds.get(1).train());
        assertArrayEquals(new int[] {4, 5}, folds.get(2).train());
    }

    @Test
    void leakageCheck_rejectsShuffledAndOverlappingInTime() {
        List<Fold> leaking = KFold.of(3).splits(rows(9));
        assertEquals("folds must not train on the future; fold 0 trains on row 8 and tests row 0",
                message(() -> Folds.checkForwardChaining(leaking, 0)));
        // a fold that ends training right before the test block passes with gap 0, fails with gap 1
        List<Fold> adjacent = List.of(new Fold(new int[] {0, 1, 2}, new int[] {3, 4}));
        Folds.checkForwardChaining(adjacent, 0);
        assertEquals("folds must not train on the future; fold 0 trains on row 2 and tests row 3 with a gap of 1",
                message(() -> Folds.checkForwardChaining(adjacent, 1)));
        // a single future row hidden among the past rows is caught
        List<Fold> sneaky = List.of(new Fold(new int[] {0, 1}, new int[] {2, 3}),
                new Fold(new int[] {0, 1, 2, 3, 6}, new int[] {4, 5}));
        assertEquals("folds must not train on the future; fold 1 trains on row 6 and tests row 4",
                message(() -> Folds.checkForwardChaining(sneaky, 0)));
    }

    @Test
    void diagram_drawsEachFold() {
        String d = Folds.diagram(TimeSeriesSplit.of(3).withGap(1).splits(rows(12)), 12, 60);
        // t = 3: tests [3,6), [6,9), [9,12); training ends one row before each
        assertEquals("fold 0  ==.xxx......  train 2, test 3\n"
                + "fold 1  =====.xxx...  train 5, test 3\n"
                + "fold 2  ========.xxx  train 8, test 3\n", d);
        // compressed: 100 rows in 10 characters, each character ten rows
        String c = Folds.diagram(List.of(new Fold(IntStream.range(0, 50).toArray(), new int[] {95})), 100, 10);
        assertEquals("fold 0  =====....x  train 50, test 1\n", c);
    }

    @Test
    void timeBasedSplit_cutsOnStampsNotPositions() {
        // irregular stamps: 1, 2, 3, 7, 8, 9, 10; two windows of 2 time units ending at 10
        double[] t = {1, 2, 3, 7, 8, 9, 10};
        List<Fold> folds = TimeBasedSplit.of("t", 2, 2).splits(t);
        // fold 0 tests (6, 8] = rows 3, 4 and trains on stamps <= 6 = rows 0..2
        assertArrayEquals(new int[] {0, 1, 2}, folds.get(0).train());
        assertArrayEquals(new int[] {3, 4}, folds.get(0).test());
        // fold 1 tests (8, 10] = rows 5, 6 and trains on stamps <= 8
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, folds.get(1).train());
        assertArrayEquals(new int[] {5, 6}, folds.get(1).test());
        // a gap of 1.5 and a training window of 2: fold 1 trains on (4.5, 6.5] = none, refused
        assertEquals("fold 1 must have training rows, got none with stamps <= 6.5; use fewer splits, a shorter"
                + " testDuration or gap", message(() -> TimeBasedSplit.of("t", 2, 2).withGap(1.5)
                        .withTrainDuration(2).splits(new double[] {1, 2, 3, 4, 7.5, 8, 9, 10})));
        assertEquals("times must be strictly increasing; row 2 has 2, the same stamp as row 1 (2)",
                message(() -> TimeBasedSplit.of("t", 2, 1).splits(new double[] {1, 2, 2, 3})));
        assertEquals("times must be strictly increasing; row 1 has 1, earlier than row 0 (3)",
                message(() -> TimeBasedSplit.of("t", 2, 1).splits(new double[] {3, 1, 4, 5})));
        Dataset data = Dataset.of(new double[][] {{1, 5}, {2, 5}, {3, 5}, {7, 5}, {8, 5}, {9, 5}, {10, 5}})
                .withColumnNames(List.of("t", "x"));
        assertEquals(folds, TimeBasedSplit.of("t", 2, 2).splits(data));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shuffledKFold_partitionsEveryRowOnceWithScikitLearnSizes(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(2, 200);
        int k = rng.nextInt(2, Math.min(n, 12) + 1);
        List<Fold> folds = KFold.of(k).withShuffle(seed).splits(rows(n));
        int[] seen = new int[n];
        for (int f = 0; f < k; f++) {
            Fold fold = folds.get(f);
            assertEquals(n / k + (f < n % k ? 1 : 0), fold.testSize());
            assertEquals(n, fold.trainSize() + fold.testSize());
            for (int i : fold.test()) {
                seen[i]++;
            }
        }
        assertArrayEquals(IntStream.generate(() -> 1).limit(n).toArray(), seen);
        assertEquals(folds, KFold.of(k).withShuffle(seed).splits(rows(n)));
        if (n >= 20) {
            assertNotEquals(folds, KFold.of(k).withShuffle(seed + 1000).splits(rows(n)));
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shuffledStratifiedKFold_keepsClassSharesWithinOneRow(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(10, 300);
        int classes = rng.nextInt(2, 5);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i < classes ? i : rng.nextInt(classes);
        }
        int k = rng.nextInt(2, 8);
        Dataset data = rows(n).withClasses(y);
        int[] total = data.classCounts();
        if (Arrays.stream(total).max().getAsInt() < k) {
            return;
        }
        List<Fold> folds = StratifiedKFold.of(k).withShuffle(seed).splits(data);
        int[] seen = new int[n];
        for (Fold fold : folds) {
            int[] counts = fold.testData(data).classCounts();
            for (int c = 0; c < classes; c++) {
                // class c's rows are dealt to the folds as evenly as whole rows allow
                assertTrue(Math.abs(counts[c] - (double) total[c] / k) < 1.0 + 1e-9, "class " + c);
            }
            for (int i : fold.test()) {
                seen[i]++;
            }
        }
        assertTrue(Arrays.stream(seen).allMatch(v -> v == 1));
        assertEquals(folds, StratifiedKFold.of(k).withShuffle(seed).splits(data));
        // the unshuffled folds have the same sizes per class
        List<Fold> plain = StratifiedKFold.of(k).splits(data);
        for (int f = 0; f < k; f++) {
            assertArrayEquals(plain.get(f).testData(data).classCounts(), folds.get(f).testData(data).classCounts());
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void repeatedShuffleAndBootstrap_keepTheirSizesAndSeeds(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(10, 150);
        Dataset data = rows(n).withClasses(IntStream.range(0, n).map(i -> i % 3).toArray());
        List<Fold> repeated = RepeatedKFold.of(3, 4).withSeed(seed).splits(data);
        assertEquals(12, repeated.size());
        for (int r = 0; r < 4; r++) {
            int[] seen = new int[n];
            repeated.subList(3 * r, 3 * r + 3).forEach(f -> Arrays.stream(f.test()).forEach(i -> seen[i]++));
            assertTrue(Arrays.stream(seen).allMatch(v -> v == 1), "repeat " + r);
        }
        assertEquals(repeated, RepeatedKFold.of(3, 4).withSeed(seed).splits(data));
        assertNotEquals(repeated.subList(0, 3), repeated.subList(3, 6));
        List<Fold> strat = RepeatedStratifiedKFold.of(3, 2).withSeed(seed).splits(data);
        assertEquals(6, strat.size());
        assertEquals(strat, RepeatedStratifiedKFold.of(3, 2).withSeed(seed).splits(data));

        List<Fold> shuffle = ShuffleSplit.of(5, 0.25).withSeed(seed).splits(data);
        for (Fold f : shuffle) {
            assertEquals((int) Math.ceil(0.25 * n), f.testSize());
            assertEquals(n - f.testSize(), f.trainSize());
        }
        assertEquals(shuffle, ShuffleSplit.of(5, 0.25).withSeed(seed).splits(data));

        for (Fold f : Bootstrap.of(5).withSeed(seed).splits(data)) {
            assertEquals(n, f.trainSize());
            // the test part is exactly the rows never drawn
            boolean[] drawn = new boolean[n];
            Arrays.stream(f.train()).forEach(i -> drawn[i] = true);
            assertArrayEquals(IntStream.range(0, n).filter(i -> !drawn[i]).toArray(), f.test());
        }
        assertEquals(Bootstrap.of(5).withSeed(seed).splits(data), Bootstrap.of(5).withSeed(seed).splits(data));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void timeSeriesSplits_neverTrainOnTheFuture(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(10, 400);
        int splits = rng.nextInt(2, 8);
        int gap = rng.nextInt(0, 4);
        int testSize = rng.nextBoolean() ? 0 : rng.nextInt(1, 1 + n / (splits + 2));
        int window = rng.nextBoolean() ? 0 : rng.nextInt(1, n);
        TimeSeriesSplit split = new TimeSeriesSplit(splits, window, testSize, gap);
        int t = testSize > 0 ? testSize : n / (splits + 1);
        if (n - gap - t * splits <= 0) {
            assertThrows(IllegalArgumentException.class, () -> split.splits(rows(n)));
            return;
        }
        List<Fold> folds = split.splits(rows(n));
        Folds.checkForwardChaining(folds, gap);
        assertEquals(splits, folds.size());
        for (int i = 0; i < splits; i++) {
            Fold f = folds.get(i);
            assertEquals(t, f.testSize());
            // consecutive test blocks ending at the last row
            assertEquals(n - (splits - i) * t, f.test()[0]);
            assertEquals(f.test()[0] - gap - 1, f.train()[f.trainSize() - 1]);
            if (window > 0) {
                assertTrue(f.trainSize() <= window);
            }
        }
        // irregular time stamps: the stamp-based split chains forward too
        double[] times = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = (i == 0 ? 0 : times[i - 1]) + 0.5 + rng.nextDouble() * 2;
        }
        double duration = (times[n - 1] - times[0]) / (splits + 2);
        try {
            List<Fold> timed = TimeBasedSplit.of("t", splits, duration).withGap(gap).splits(times);
            Folds.checkForwardChaining(timed, 0);
            for (Fold f : timed) {
                assertTrue(times[f.train()[f.trainSize() - 1]] <= times[f.test()[0]] - gap);
            }
        } catch (IllegalArgumentException e) {
            // a window or its past can be empty for some stamps; the message says which fold
            assertTrue(e.getMessage().startsWith("fold "), e.getMessage());
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void groupKFold_neverSplitsAGroup(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(10, 300);
        int[] groups = new int[n];
        for (int i = 0; i < n; i++) {
            groups[i] = rng.nextInt(3, 40);
        }
        int distinct = (int) Arrays.stream(groups).distinct().count();
        int k = rng.nextInt(2, Math.min(distinct, 8) + 1);
        List<Fold> folds = GroupKFold.of(k, groups).splits(rows(n));
        int[] seen = new int[n];
        for (Fold f : folds) {
            boolean[] testGroup = new boolean[40];
            Arrays.stream(f.test()).forEach(i -> testGroup[groups[i]] = true);
            Arrays.stream(f.train()).forEach(i -> assertFalse(testGroup[groups[i]], "group " + groups[i]));
            Arrays.stream(f.test()).forEach(i -> seen[i]++);
        }
        assertTrue(Arrays.stream(seen).allMatch(v -> v == 1));
    }

    @Test
    void bootstrap_outOfBagShare_isNearOneOverE() {
        // P(row never drawn in n draws) = (1 - 1/n)^n = 0.99^100 = 0.36603 for n = 100
        List<Fold> folds = Bootstrap.of(400).withSeed(1).splits(rows(100));
        double mean = folds.stream().mapToInt(Fold::testSize).average().orElseThrow() / 100;
        // sd of one round's share is about 0.048; of the mean of 400 about 0.0024: 5 sd = 0.012
        assertEquals(Math.pow(0.99, 100), mean, 0.012);
    }

    @Test
    void hugeCountsAndLabels_refusedBeforeAllocating() {
        // was a NegativeArraySizeException (new int[max + 1] with max = Integer.MAX_VALUE)
        assertEquals("classes must be <= 1048575 (Dataset.MAX_CLASSES - 1); entry 1 is 2147483647",
                message(() -> StratifiedKFold.of(2).splits(new int[] {0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE})));
        assertEquals("classes must be <= 1048575 (Dataset.MAX_CLASSES - 1); entry 0 is 1073741824",
                message(() -> StratifiedKFold.of(2).splits(new int[] {1 << 30, 0, 1 << 30, 0})));
        // large labels within the limit still work
        assertEquals(2, StratifiedKFold.of(2).splits(new int[] {Dataset.MAX_CLASSES - 1, 0, Dataset.MAX_CLASSES - 1, 0}).size());
        // was an OutOfMemoryError: splits + 1 overflowed to a negative number
        assertEquals("splits must be <= the number of rows - 1 (11), got 2147483647; forward chaining needs one block"
                + " more than it tests", message(() -> TimeSeriesSplit.of(Integer.MAX_VALUE).splits(12)));
        // was an OutOfMemoryError in Indexing.range
        assertEquals("the folds' row indices must have at most 2147483639 entries, got 2 folds x 2147483647 rows"
                + " = 4294967294", message(() -> KFold.of(2).splits(Integer.MAX_VALUE)));
        assertEquals("the folds' row indices must have at most 2147483639 entries, got 3 splits x 2147483647 rows"
                + " = 6442450941", message(() -> TimeSeriesSplit.of(3).splits(Integer.MAX_VALUE)));
    }
}
