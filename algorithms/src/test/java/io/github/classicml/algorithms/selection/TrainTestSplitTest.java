package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TrainTestSplitTest {

    static LongStream seeds() {
        return LongStream.range(0, 30);
    }

    @Test
    void split_sizesFollowScikitLearn_testIsCeiling() {
        // scikit-learn: n_test = ceil(0.3 * 150) = 45, n_train = 105; ceil(0.25 * 10) = 3
        TrainTestSplit.Indices s = TrainTestSplit.of(0.3).split(Datasets.iris());
        assertEquals(45, s.test().length);
        assertEquals(105, s.train().length);
        Dataset ten = Dataset.ofRowMajor(new double[10], 1);
        assertEquals(3, TrainTestSplit.of(0.25).split(ten).test().length);
    }

    @Test
    void split_stratified_keepsIrisProportionsExactly() {
        Dataset iris = Datasets.iris();
        TrainTestSplit.Indices s = TrainTestSplit.of(0.3).withStratification().withSeed(42).split(iris);
        assertArrayEquals(new int[] {15, 15, 15}, s.testData(iris).classCounts());
        assertArrayEquals(new int[] {35, 35, 35}, s.trainData(iris).classCounts());
    }

    @Test
    void split_sameSeedSameSplit_otherSeedOtherSplit() {
        Dataset iris = Datasets.iris();
        assertArrayEquals(TrainTestSplit.of(0.3).withSeed(7).split(iris).test(),
                TrainTestSplit.of(0.3).withSeed(7).split(iris).test());
        assertFalse(Arrays.equals(TrainTestSplit.of(0.3).withSeed(7).split(iris).test(),
                TrainTestSplit.of(0.3).withSeed(8).split(iris).test()));
    }

    @Test
    void split_invalid_throws() {
        assertEquals("testFraction must be in (0, 1), got 1",
                assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.of(1.0)).getMessage());
        Dataset one = Dataset.ofRowMajor(new double[1], 1);
        assertEquals("data must have enough rows for a test part of 0.5 and a non-empty training part, got 1 rows",
                assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.of(0.5).split(one)).getMessage());
        Dataset unlabeled = Dataset.ofRowMajor(new double[4], 1);
        assertEquals("data must have class targets, got no targets", assertThrows(IllegalArgumentException.class,
                () -> TrainTestSplit.of(0.5).withStratification().split(unlabeled)).getMessage());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void split_partsAreDisjointAndCoverEveryRow(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(2, 300);
        Dataset data = RandomData.blobs(rng, n, 1, rng.nextInt(1, 5), 1.0);
        double fraction = 0.05 + 0.9 * rng.nextDouble();
        if (Math.ceil(fraction * n) >= n) {
            return;
        }
        TrainTestSplit split = new TrainTestSplit(fraction, rng.nextBoolean(), seed);
        TrainTestSplit.Indices s = split.split(data);
        int[] all = IntStream.concat(Arrays.stream(s.train()), Arrays.stream(s.test())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, n).toArray(), all);
        if (split.stratified()) {
            int[] total = data.classCounts();
            int[] test = s.testData(data).classCounts();
            for (int c = 0; c < total.length; c++) {
                // each class's share of the test part is within one row of its exact proportion
                double exact = (double) s.test().length * total[c] / n;
                assertEquals(exact, test[c], 1.0, "class " + c);
            }
        }
    }
}
