package io.github.classicml.core.internal.linalg;

import io.github.classicml.core.internal.Parallel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PackedRowsTest {

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    @Test
    void nearest_handWorked() {
        // rows (0,0), (3,4), (1,0); centres (3,0), (0,4), (3,4), (3,0) again
        double[] a = {0, 0, 3, 4, 1, 0};
        double[] b = {3, 0, 0, 4, 3, 4, 3, 0};
        PackedRows packed = PackedRows.of(a, 3, 2);
        int[] index = new int[3];
        double[] nearest = new double[3];
        double[] second = new double[3];
        PairwiseDistances.nearest(packed, 0, 3, b, 0, 4, PairwiseDistances.squaredNorms(b, 4, 2), index, nearest,
                second);
        // (0,0): 9, 16, 25, 9 -> centre 0 (first of the tie), second 9
        // (3,4): 16, 9, 0, 16 -> centre 2, second 9; (1,0): 4, 17, 20, 4 -> centre 0, second 4
        assertArrayEquals(new int[] {0, 2, 0}, index);
        assertArrayEquals(new double[] {9, 0, 4}, nearest);
        assertArrayEquals(new double[] {9, 9, 4}, second);
        assertArrayEquals(new double[] {0, 25, 1}, packed.squaredNorms());
        assertEquals(3, packed.rows());
        assertEquals(2, packed.columns());
    }

    @Test
    void of_sizeOverflowingInt_refused() {
        // 2^20 x 2^12 overflows int to 0: the length check is done in long
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PackedRows.of(new double[1], 1 << 20, 1 << 12));
        assertEquals(true, e.getMessage().contains("x.length"), e.getMessage());
    }

    @Test
    void nearest_oneRowOfB_secondIsInfinite() {
        double[] a = {1, 2, 3};
        PackedRows packed = PackedRows.of(a, 3, 1);
        double[] b = {2.5};
        int[] index = new int[2];
        double[] nearest = new double[2];
        double[] second = new double[2];
        PairwiseDistances.nearest(packed, 1, 2, b, 0, 1, new double[] {6.25}, index, nearest, second);
        assertArrayEquals(new int[] {0, 0}, index);
        assertArrayEquals(new double[] {0.25, 0.25}, nearest);
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}, second);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void packedSquaredEuclidean_anyRange_equalsUnpackedBitForBit(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        // up to 600 rows of b: several of the scalar path's 256-row panels and many vector panels
        int p = rng.nextInt(1, 40);
        int n = rng.nextInt(1, 20);
        int m = rng.nextInt(1, 600);
        double[] a = PairwiseDistancesTest.gaussianRows(rng, n, p, rng.nextDouble() * 10);
        double[] b = PairwiseDistancesTest.gaussianRows(rng, m, p, rng.nextDouble() * 10);
        for (KernelSet kernels : KernelSelectionTest.implementations()) {
            double[] na = norms(kernels, a, n, p);
            double[] nb = norms(kernels, b, m, p);
            PackedRows packed = pack(kernels, b, m, p);
            assertArrayEquals(nb, packed.squaredNorms(), kernels.description());
            int i0 = rng.nextInt(0, n);
            int i1 = rng.nextInt(i0 + 1, n + 1);
            int j0 = rng.nextInt(0, m);
            int j1 = rng.nextInt(j0 + 1, m + 1);
            double[] expected = new double[(i1 - i0) * (j1 - j0)];
            double[] got = new double[expected.length];
            kernels.pairwiseSquaredEuclidean(a, i0, i1 - i0, na, b, j0, j1 - j0, nb, p, expected);
            kernels.pairwiseSquaredEuclidean(a, i0, i1 - i0, na, packed, j0, j1 - j0, got);
            assertArrayEquals(expected, got, kernels.description() + ": rows " + i0 + ".." + i1 + ", " + j0 + ".." + j1);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void nearest_packedOrNot_anyRange_equalsAScanOfTheDistances(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int p = rng.nextInt(1, 20);
        int n = rng.nextInt(1, 600);
        // up to 24 rows of b, or many (over the scalar path's 64-row blocks, with ties across blocks)
        int k = rng.nextInt(4) == 0 ? rng.nextInt(60, 200) : rng.nextInt(1, 24);
        // a coarse grid in half the cases: exact ties between centres, and rows on a centre
        boolean grid = rng.nextBoolean();
        double[] a = grid ? grid(rng, n, p) : PairwiseDistancesTest.gaussianRows(rng, n, p, rng.nextDouble() * 5);
        double[] b = grid ? grid(rng, k + 3, p) : PairwiseDistancesTest.gaussianRows(rng, k + 3, p, 0);
        int bStart = rng.nextInt(0, 4);
        for (KernelSet kernels : KernelSelectionTest.implementations()) {
            double[] na = norms(kernels, a, n, p);
            double[] nb = norms(kernels, b, k + 3, p);
            PackedRows packed = pack(kernels, a, n, p);
            int i0 = rng.nextInt(0, n);
            int i1 = rng.nextInt(i0 + 1, n + 1);
            int rows = i1 - i0;
            double[] d = new double[rows * k];
            kernels.pairwiseSquaredEuclidean(a, i0, rows, na, b, bStart, k, nb, p, d);
            int[] index = new int[rows];
            double[] nearest = new double[rows];
            double[] second = new double[rows];
            kernels.nearest(packed, i0, rows, b, bStart, k, nb, index, nearest, second);
            int[] indexUnpacked = new int[rows];
            double[] nearestUnpacked = new double[rows];
            double[] secondUnpacked = new double[rows];
            kernels.nearest(a, i0, rows, na, b, bStart, k, nb, p, indexUnpacked, nearestUnpacked, secondUnpacked);
            assertArrayEquals(index, indexUnpacked, kernels.description());
            assertArrayEquals(nearest, nearestUnpacked, kernels.description());
            assertArrayEquals(second, secondUnpacked, kernels.description());
            for (int i = 0; i < rows; i++) {
                int best = 0;
                for (int j = 1; j < k; j++) {
                    if (d[i * k + j] < d[i * k + best]) {
                        best = j;
                    }
                }
                double other = Double.POSITIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    if (j != best) {
                        other = Math.min(other, d[i * k + j]);
                    }
                }
                String where = kernels.description() + ": row " + (i0 + i);
                assertEquals(best, index[i], where);
                assertEquals(d[i * k + best], nearest[i], where);
                assertEquals(other, second[i], where);
            }
        }
    }

    @Test
    void pack_rowsOfManyTasks_onTwoThreads_equalUnpacked() {
        // 5000 rows: several packing tasks on either path (1536 and 2048 rows per task)
        SplittableRandom rng = new SplittableRandom(3);
        int n = 5000;
        int p = 3;
        double[] b = PairwiseDistancesTest.gaussianRows(rng, n, p, 1);
        double[] a = PairwiseDistancesTest.gaussianRows(rng, 5, p, 1);
        for (KernelSet kernels : KernelSelectionTest.implementations()) {
            double[] na = norms(kernels, a, 5, p);
            double[] nb = norms(kernels, b, n, p);
            PackedRows packed = pack(kernels, b, n, p);
            assertArrayEquals(nb, packed.squaredNorms(), kernels.description());
            assertEquals(nb[4321], packed.squaredNorm(4321), kernels.description());
            double[] expected = new double[5 * n];
            double[] got = new double[5 * n];
            kernels.pairwiseSquaredEuclidean(a, 0, 5, na, b, 0, n, nb, p, expected);
            kernels.pairwiseSquaredEuclidean(a, 0, 5, na, packed, 0, n, got);
            assertArrayEquals(expected, got, kernels.description());
        }
    }

    @Test
    void badArguments_throw() {
        double[] x = new double[6];
        PackedRows packed = PackedRows.of(x, 3, 2);
        double[] norms = new double[3];
        assertEquals("bStart + bRows must be <= the number of rows of b (3), got 4",
                assertThrows(IllegalArgumentException.class, () -> PairwiseDistances.squaredEuclidean(
                        x, 0, 1, norms, packed, 1, 3, new double[3])).getMessage());
        assertEquals("bRows must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> PairwiseDistances.nearest(
                        packed, 0, 3, x, 0, 0, norms, new int[3], new double[3], new double[3])).getMessage());
        assertEquals("outSecond.length must be >= 3, got 2",
                assertThrows(IllegalArgumentException.class, () -> PairwiseDistances.nearest(
                        packed, 0, 3, x, 0, 1, norms, new int[3], new double[3], new double[2])).getMessage());
        assertEquals("x.length must be >= 8, got 6",
                assertThrows(IllegalArgumentException.class, () -> PackedRows.of(x, 4, 2)).getMessage());
    }

    @Test
    void packedByOnePath_usedByTheOther_throws() {
        KernelSelection.vector().ifPresent(vector -> {
            PackedRows scalarPacked = pack(KernelSelection.scalar(), new double[] {1, 2}, 2, 1);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> vector.nearest(
                    scalarPacked, 0, 2, new double[] {0}, 0, 1, new double[] {0}, new int[2], new double[2],
                    new double[2]));
            assertEquals("packed rows must come from the same kernel path", e.getMessage().split(";")[0]);
        });
    }

    /** Packs on two threads: the packing splits rows into tasks, and must not depend on the threads. */
    private static PackedRows pack(KernelSet kernels, double[] x, int rows, int columns) {
        try (Parallel parallel = Parallel.of(2)) {
            return kernels.pack(x, rows, columns, parallel);
        }
    }

    private static double[] norms(KernelSet kernels, double[] x, int rows, int columns) {
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = kernels.dot(x, i * columns, x, i * columns, columns);
        }
        return out;
    }

    private static double[] grid(SplittableRandom rng, int rows, int columns) {
        double[] x = new double[rows * columns];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextInt(3);
        }
        return x;
    }
}
