package io.github.classicml.core.internal.linalg;

import io.github.classicml.core.internal.Parallel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Gram pass against the definition, on every available kernel set, and its independence of the thread count. */
class GramTest {

    @Test
    void shifted_byHand() {
        // rows (1, 2) and (3, 6), shift (2, 4), targets 1 and 5 shifted by 3:
        // Z = [[-1, -2, -2], [1, 2, 2]]; Z^T Z = 2 * [[1, 2, 2], [2, 4, 4], [2, 4, 4]]
        double[] x = {1, 2, 3, 6};
        double[] expected = {2, 4, 4, 4, 8, 8, 4, 8, 8};
        for (KernelSet kernels : KernelSelectionTest.implementations()) {
            try (Parallel parallel = Parallel.of(1)) {
                assertArrayEquals(expected, Gram.shifted(kernels, x, 2, 2, new double[] {2, 4}, new double[] {1, 5}, 3,
                        null, parallel), 0.0, kernels.description());
            }
        }
    }

    static LongStream seeds() {
        return LongStream.range(0, 12);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shifted_equalsDefinition_onEveryKernel_andEveryThreadCount(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int rows = rng.nextInt(1, 20_000);
        int columns = rng.nextInt(1, 13);
        double[] x = new double[rows * columns];
        double[] y = new double[rows];
        double[] w = new double[rows];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian() * 3 + 1;
        }
        for (int i = 0; i < rows; i++) {
            y[i] = rng.nextGaussian();
            w[i] = rng.nextDouble(0.5, 2);
        }
        double[] shift = new double[columns];
        for (int j = 0; j < columns; j++) {
            shift[j] = rng.nextDouble();
        }
        boolean weighted = rng.nextBoolean();
        int q = columns + 1;
        double[] expected = new double[q * q];
        double[] z = new double[q];
        for (int i = 0; i < rows; i++) {
            double s = weighted ? Math.sqrt(w[i]) : 1;
            for (int j = 0; j < columns; j++) {
                z[j] = s * (x[i * columns + j] - shift[j]);
            }
            z[columns] = s * (y[i] - 0.25);
            for (int a = 0; a < q; a++) {
                for (int b = 0; b < q; b++) {
                    expected[a * q + b] += z[a] * z[b];
                }
            }
        }
        double[] one = null;
        for (KernelSet kernels : KernelSelectionTest.implementations()) {
            for (int threads : new int[] {1, 2, 3}) {
                try (Parallel parallel = Parallel.of(threads)) {
                    double[] got = Gram.shifted(kernels, x, rows, columns, shift, y, 0.25, weighted ? w : null, parallel);
                    for (int k = 0; k < got.length; k++) {
                        assertEquals(expected[k], got[k], 1e-9 * (rows * 10.0), kernels.description() + " entry " + k);
                    }
                    if (kernels == KernelSelection.scalar()) {
                        if (one == null) {
                            one = got;
                        }
                        assertArrayEquals(one, got, 0.0, "the thread count must not change the sum");
                    }
                }
            }
        }
    }
}
