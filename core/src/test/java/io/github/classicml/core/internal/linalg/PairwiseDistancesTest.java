package io.github.classicml.core.internal.linalg;

import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
        int m = rng.nextInt(1, 60);
        double shift = rng.nextDouble() * 100;
        double[] a = gaussianRows(rng, n, p, shift);
        double[] b = gaussianRows(rng, m, p, shift);
        double[] na = PairwiseDistances.squaredNorms(a, n, p);
        double[] nb = PairwiseDistances.squaredNorms(b, m, p);
        for (KernelSet kernels : KernelSelectionTest.implementations()) {
            double[] out = new double[n * m];
            kernels.pairwiseSquaredEuclidean(a, 0, n, na, b, 0, m, nb, p, out);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    double exact = Vectors.squaredEuclidean(a, i * p, b, j * p, p);
                    double bound = PairwiseDistances.roundingBound(na[i], nb[j], p);
                    assertEquals(exact, out[i * m + j], bound, kernels.description() + ": row " + i + ", " + j);
                    assertTrue(out[i * m + j] >= 0);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void squaredEuclidean_anySplitIntoBlocks_givesIdenticalDistances(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        // up to 300 rows of b: crosses the scalar path's 256-row chunk and many 3-vector panels
        int p = rng.nextInt(1, 12);
        int n = rng.nextInt(1, 11);
        int m = rng.nextInt(1, 300);
        double[] a = gaussianRows(rng, n, p, 0);
        double[] b = gaussianRows(rng, m, p, 0);
        double[] na = PairwiseDistances.squaredNorms(a, n, p);
        double[] nb = PairwiseDistances.squaredNorms(b, m, p);
        for (KernelSet kernels : KernelSelectionTest.implementations()) {
            double[] whole = new double[n * m];
            kernels.pairwiseSquaredEuclidean(a, 0, n, na, b, 0, m, nb, p, whole);
            int i0 = rng.nextInt(0, n);
            int i1 = rng.nextInt(i0 + 1, n + 1);
            int j0 = rng.nextInt(0, m);
            int j1 = rng.nextInt(j0 + 1, m + 1);
            double[] part = new double[(i1 - i0) * (j1 - j0)];
            kernels.pairwiseSquaredEuclidean(a, i0, i1 - i0, na, b, j0, j1 - j0, nb, p, part);
            for (int i = i0; i < i1; i++) {
                for (int j = j0; j < j1; j++) {
                    assertEquals(whole[i * m + j], part[(i - i0) * (j1 - j0) + (j - j0)],
                            kernels.description() + ": pair " + i + ", " + j);
                }
            }
        }
    }

    @ParameterizedTest(name = "centroids={0}")
    @MethodSource("centroidCounts")
    void squaredEuclidean_fewRowsOfB_likeKMeansCentroids_matchDirectSumsAndAnySplit(int centroids) {
        // narrow panels (vector path) and the swapped orientation (scalar path) for small b
        SplittableRandom rng = new SplittableRandom(centroids);
        int p = 16;
        int n = 61;
        double[] a = gaussianRows(rng, n, p, 2);
        double[] b = gaussianRows(rng, centroids, p, 2);
        double[] na = PairwiseDistances.squaredNorms(a, n, p);
        double[] nb = PairwiseDistances.squaredNorms(b, centroids, p);
        for (KernelSet kernels : KernelSelectionTest.implementations()) {
            double[] out = new double[n * centroids];
            kernels.pairwiseSquaredEuclidean(a, 0, n, na, b, 0, centroids, nb, p, out);
            double[] oneRow = new double[centroids];
            for (int i = 0; i < n; i++) {
                kernels.pairwiseSquaredEuclidean(a, i, 1, na, b, 0, centroids, nb, p, oneRow);
                for (int j = 0; j < centroids; j++) {
                    assertEquals(Vectors.squaredEuclidean(a, i * p, b, j * p, p), out[i * centroids + j],
                            PairwiseDistances.roundingBound(na[i], nb[j], p), kernels.description());
                    assertEquals(out[i * centroids + j], oneRow[j], kernels.description() + ": row " + i);
                }
            }
        }
    }

    static IntStream centroidCounts() {
        return IntStream.of(1, 2, 3, 7, 8, 9, 15, 16, 17, 24, 25, 63, 64);
    }

    @Test
    void squaredEuclidean_w1SizedBlock_matchesDirectSums() {
        // one block the size the W1 workload uses per query chunk: 64 queries x 1100 rows x 32 columns
        SplittableRandom rng = new SplittableRandom(7);
        int p = 32;
        int n = 64;
        int m = 1100;
        double[] a = gaussianRows(rng, n, p, 1);
        double[] b = gaussianRows(rng, m, p, 1);
        double[] na = PairwiseDistances.squaredNorms(a, n, p);
        double[] nb = PairwiseDistances.squaredNorms(b, m, p);
        double[] out = new double[n * m];
        PairwiseDistances.squaredEuclidean(a, 0, n, na, b, 0, m, nb, p, out);
        for (int i = 0; i < n; i += 7) {
            for (int j = 0; j < m; j++) {
                assertEquals(Vectors.squaredEuclidean(a, i * p, b, j * p, p), out[i * m + j],
                        PairwiseDistances.roundingBound(na[i], nb[j], p));
            }
        }
    }

    @Test
    void squaredEuclidean_emptyRanges_writeNothing() {
        double[] a = {1, 2};
        double[] norms = PairwiseDistances.squaredNorms(a, 1, 2);
        double[] out = {-1};
        PairwiseDistances.squaredEuclidean(a, 0, 0, norms, a, 0, 1, norms, 2, out);
        PairwiseDistances.squaredEuclidean(a, 1, 0, norms, a, 0, 1, norms, 2, out);
        assertArrayEquals(new double[] {-1}, out);
    }

    @Test
    void squaredEuclidean_badRanges_throw() {
        double[] a = new double[6];
        double[] norms = new double[3];
        assertEquals("aStart + aRows must be <= the number of rows of a (3), got 4",
                assertThrows(IllegalArgumentException.class, () -> PairwiseDistances.squaredEuclidean(
                        a, 1, 3, norms, a, 0, 1, norms, 2, new double[3])).getMessage());
        assertEquals("bStart + bRows must be <= the length of bNorms (2), got 3",
                assertThrows(IllegalArgumentException.class, () -> PairwiseDistances.squaredEuclidean(
                        a, 0, 1, norms, a, 0, 3, new double[2], 2, new double[3])).getMessage());
        assertEquals("out.length must be >= 9, got 8",
                assertThrows(IllegalArgumentException.class, () -> PairwiseDistances.squaredEuclidean(
                        a, 0, 3, norms, a, 0, 3, norms, 2, new double[8])).getMessage());
        assertEquals("aStart must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> PairwiseDistances.squaredEuclidean(
                        a, -1, 1, norms, a, 0, 3, norms, 2, new double[8])).getMessage());
    }

    /** {@code rows x columns} values {@code shift + N(0, 1)}, row-major. */
    static double[] gaussianRows(SplittableRandom rng, int rows, int columns, double shift) {
        double[] x = new double[rows * columns];
        for (int i = 0; i < x.length; i++) {
            x[i] = shift + RandomData.gaussian(rng);
        }
        return x;
    }
}
