package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.internal.Parallel;
import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The assignment step gives every row the nearest centre by the exact kernel, lowest index on ties,
 * whichever rounded distances it screened with (single precision on the plain-Java path, double on the
 * Vector API path), and its Hamerly bounds hold: written against a naive argmin over
 * {@link Rows#squaredDistance}.
 */
class AssignmentTest {

    static LongStream seeds() {
        return LongStream.range(0, 100);
    }

    /** Integer grid (ties everywhere), blobs, rows offset by 10^5, or near-duplicates of one row. */
    static double[][] data(SplittableRandom rng, int n, int p, int kind) {
        double[][] x = new double[n][p];
        double[] base = new double[p];
        for (int j = 0; j < p; j++) {
            base[j] = 100 * RandomData.gaussian(rng);
        }
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                double g = RandomData.gaussian(rng);
                row[j] = switch (kind) {
                    case 0 -> rng.nextInt(4);
                    case 1 -> 3 * rng.nextInt(5) + g;
                    case 2 -> 1e5 + g;
                    default -> base[j] + 1e-6 * g;
                };
            }
        }
        return x;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void assign_nearestByExactKernel_lowestIndexOnTies_boundsHold(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 1 + rng.nextInt(3000);
        int p = 1 + rng.nextInt(9);
        int k = 1 + rng.nextInt(seed % 5 == 0 ? 80 : 12);
        double[][] x = data(rng, n, p, (int) (seed % 4));
        try (Parallel parallel = Parallel.of(1 + rng.nextInt(2))) {
            Rows rows = Rows.copyOf(Dataset.of(x), parallel);
            double[] centres = new double[k * p];
            for (int c = 0; c < k; c++) {
                // training rows as centres (duplicates give exact ties), some nudged
                System.arraycopy(rows.x, rng.nextInt(n) * p, centres, c * p, p);
                if (rng.nextBoolean()) {
                    centres[c * p + rng.nextInt(p)] += rng.nextInt(3) * 0.5;
                }
            }
            int[] labels = new int[n];
            Arrays.fill(labels, -1);
            double[] upper = new double[n];
            double[] lower = new double[n];
            new Assignment(rows, k).assign(centres, labels, seed % 2 == 0 ? upper : null, seed % 2 == 0 ? lower : null,
                    null);
            int[] expected = new int[n];
            for (int i = 0; i < n; i++) {
                double best = Double.POSITIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double d = rows.squaredDistance(i, centres, c);
                    if (d < best) {
                        best = d;
                        expected[i] = c;
                    }
                }
                if (seed % 2 == 0) {
                    assertTrue(upper[i] >= Math.sqrt(best), "upper bound of row " + i);
                    for (int c = 0; c < k; c++) {
                        if (c != expected[i]) {
                            assertTrue(lower[i] <= Math.sqrt(rows.squaredDistance(i, centres, c)),
                                    "lower bound of row " + i);
                        }
                    }
                }
            }
            assertArrayEquals(expected, labels);
        }
    }
}
