package io.github.classicml.core.internal.linalg;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code multiplyRows} ({@code X w}) and {@code addWeightedRows} ({@code y += X' r}) on both kernel paths
 * (the vector one when the module is loaded): by hand, and against plain loops on random blocks whose
 * row counts and widths cover the four-row blocks, the vector lanes and the tails.
 */
class RowBlockKernelsTest {

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    private static List<KernelSet> paths() {
        List<KernelSet> out = new ArrayList<>();
        out.add(KernelSelection.scalar());
        KernelSelection.vector().ifPresent(out::add);
        return out;
    }

    @Test
    void handWorked_fiveRowsOfThree() {
        // rows (1,2,3), (4,5,6), (7,8,9), (10,11,12), (13,14,15); w = (1, 0, -1): each row gives -2
        double[] x = new double[15];
        for (int i = 0; i < 15; i++) {
            x[i] = i + 1;
        }
        for (KernelSet k : paths()) {
            double[] out = new double[6];
            k.multiplyRows(x, 0, 5, 3, new double[] {9, 1, 0, -1}, 1, out, 1);
            assertArrayEquals(new double[] {0, -2, -2, -2, -2, -2}, out, k.description());
            // r = (1, 0, 0, 0, -1): y = row 0 - row 4 = (-12, -12, -12), added to y = (1, 1, 1) from offset 1
            double[] y = {5, 1, 1, 1};
            k.addWeightedRows(x, 0, 5, 3, new double[] {1, 0, 0, 0, -1}, 0, y, 1);
            assertArrayEquals(new double[] {5, -11, -11, -11}, y, k.description());
            // rows 1..2 only: 4+5*0-6 = -2 twice
            double[] two = new double[2];
            k.multiplyRows(x, 1, 2, 3, new double[] {1, 0, -1}, 0, two, 0);
            assertArrayEquals(new double[] {-2, -2}, two, k.description());
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void bothKernels_matchPlainLoops(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int rows = 1 + rng.nextInt(40);
        int columns = 1 + rng.nextInt(70);
        int first = rng.nextInt(5);
        double[] x = new double[(first + rows) * columns];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble(-1, 1);
        }
        double[] w = new double[columns];
        double[] r = new double[rows];
        for (int j = 0; j < columns; j++) {
            w[j] = rng.nextDouble(-1, 1);
        }
        for (int k = 0; k < rows; k++) {
            r[k] = rng.nextDouble(-1, 1);
        }
        double[] expectedScores = new double[rows];
        double[] expectedSum = new double[columns];
        for (int k = 0; k < rows; k++) {
            for (int j = 0; j < columns; j++) {
                expectedScores[k] += x[(first + k) * columns + j] * w[j];
                expectedSum[j] += r[k] * x[(first + k) * columns + j];
            }
        }
        for (KernelSet kernels : paths()) {
            double[] scores = new double[rows];
            kernels.multiplyRows(x, first, rows, columns, w, 0, scores, 0);
            double[] sum = new double[columns];
            kernels.addWeightedRows(x, first, rows, columns, r, 0, sum, 0);
            // |terms| <= 1: sums of at most 70 terms agree within 70 * 2^-52 * 70
            for (int k = 0; k < rows; k++) {
                assertEquals(expectedScores[k], scores[k], 1e-12, kernels.description() + " row " + k);
            }
            for (int j = 0; j < columns; j++) {
                assertEquals(expectedSum[j], sum[j], 1e-12, kernels.description() + " column " + j);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void expOfNegativeAbs_withinFourUlpsOfMathExp_onBothPaths(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int count = 1 + rng.nextInt(60);
        double[] z = new double[count];
        for (int k = 0; k < count; k++) {
            z[k] = rng.nextDouble(-750, 750) * (rng.nextBoolean() ? 1 : 1e-3);
        }
        z[0] = 0;
        for (KernelSet kernels : paths()) {
            double[] out = new double[count];
            kernels.expOfNegativeAbs(z, count, out);
            for (int k = 0; k < count; k++) {
                double expected = Math.exp(-Math.abs(z[k]));
                assertEquals(expected, out[k], 4 * Math.ulp(expected), kernels.description() + " z = " + z[k]);
            }
            assertEquals(1.0, out[0], kernels.description());
        }
    }

    @Test
    void vectorsFacade_usesTheActivePath() {
        double[] x = {1, 2, 3, 4};
        double[] out = new double[2];
        Vectors.multiplyRows(x, 0, 2, 2, new double[] {1, 1}, 0, out, 0);
        assertArrayEquals(new double[] {3, 7}, out);
        double[] y = new double[2];
        Vectors.addWeightedRows(x, 0, 2, 2, new double[] {1, 2}, 0, y, 0);
        assertArrayEquals(new double[] {7, 10}, y);
    }
}
