package io.github.classicml.core.linalg;

import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairwiseDistancesTest {

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    @Test
    void squaredEuclidean_handWorked() {
        double[] a = {0, 0, 3, 4};           // rows (0,0), (3,4)
        double[] b = {3, 0, 0, 4, 3, 4};     // rows (3,0), (0,4), (3,4)
        double[] out = new double[6];
        PairwiseDistances.squaredEuclidean(a, 0, 2, PairwiseDistances.squaredNorms(a, 2, 2),
                b, 0, 3, PairwiseDistances.squaredNorms(b, 3, 2), 2, out);
        assertArrayEquals(new double[] {9, 16, 25, 16, 9, 0}, out);
        assertArrayEquals(new double[] {0, 25}, PairwiseDistances.squaredNorms(a, 2, 2));
    }

    @Test
    void squaredEuclidean_subBlocks_addressRowsByIndex() {
        double[] a = {1, 1, 2, 2, 3, 3};
        double[] out = new double[2];
        double[] norms = PairwiseDistances.squaredNorms(a, 3, 2);
        // rows 1..2 of a against row 0 of a
        PairwiseDistances.squaredEuclidean(a, 1, 2, norms, a, 0, 1, norms, 2, out);
        assertArrayEquals(new double[] {2, 8}, out);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void squaredEuclidean_withinRoundingBoundOfDirectSum(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int p = rng.nextInt(1, 40);
        int n = rng.nextInt(1, 20);
        int m = rng.nextInt(1, 20);
        double shift = rng.nextDouble() * 100;
        double[] a = new double[n * p];
        double[] b = new double[m * p];
        for (int i = 0; i < a.length; i++) {
            a[i] = shift + RandomData.gaussian(rng);
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = shift + RandomData.gaussian(rng);
        }
        double[] na = PairwiseDistances.squaredNorms(a, n, p);
        double[] nb = PairwiseDistances.squaredNorms(b, m, p);
        double[] out = new double[n * m];
        PairwiseDistances.squaredEuclidean(a, 0, n, na, b, 0, m, nb, p, out);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double exact = Vectors.squaredEuclidean(a, i * p, b, j * p, p);
                double bound = PairwiseDistances.roundingBound(na[i], nb[j], p);
                assertEquals(exact, out[i * m + j], bound, "row " + i + ", " + j);
                assertTrue(out[i * m + j] >= 0);
            }
        }
    }
}
