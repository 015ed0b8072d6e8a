package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.internal.linalg.Vectors;
import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Euclidean brute-force search screened in single precision returns exactly, bit for bit, what the
 * double-precision search returns: on ordinary data, on exact ties, on neighbours whose distances differ
 * far below float's resolution, and on data where the screen cannot separate the rows (two tight
 * clusters far apart), where queries fall back to the double pass.
 */
class BruteForceScreeningTest {

    static LongStream seeds() {
        return LongStream.range(0, 120);
    }

    /**
     * Rows and queries ({@code n + m} rows) of one kind: 0-3 those of {@link NeighborSearchPropertyTest}
     * (integer grid, duplicates, offset decimals, Gaussian); 4 two tight clusters far apart; 5 rows on a
     * shell around the first query whose squared distances differ by about 10^-12 relative.
     */
    static double[] rows(SplittableRandom rng, int n, int m, int p, int kind) {
        double[] x = new double[(n + m) * p];
        if (kind < 4) {
            double[][] r = NeighborSearchPropertyTest.rows(rng, n + m, p, kind);
            for (int i = 0; i < n + m; i++) {
                System.arraycopy(r[i], 0, x, i * p, p);
            }
            return x;
        }
        for (int i = 0; i < n + m; i++) {
            for (int k = 0; k < p; k++) {
                x[i * p + k] = kind == 4 ? (k == 0 ? (i % 2 == 0 ? 1e4 : -1e4) : 0) + 1e-3 * RandomData.gaussian(rng)
                        : RandomData.gaussian(rng);
            }
        }
        if (kind == 5) {
            // the queries are the last m rows; training rows 0..n/2 lie on a shell around the first query
            int q = n * p;
            for (int i = 0; i < n / 2; i++) {
                double norm = Math.sqrt(Vectors.dot(x, i * p, x, i * p, p));
                double radius = Math.sqrt(1 + 1e-12 * rng.nextInt(1000));
                for (int k = 0; k < p; k++) {
                    x[i * p + k] = x[q + k] + x[i * p + k] / norm * radius;
                }
            }
        }
        return x;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void screenedSearch_equalsDoubleSearchBitForBit(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int kind = (int) (seed % 6);
        int n = kind == 4 ? 1200 + rng.nextInt(300) : 1 + rng.nextInt(700);
        int m = 1 + rng.nextInt(40);
        int p = 1 + rng.nextInt(kind == 5 ? 40 : 12);
        int k = 1 + rng.nextInt(Math.min(n, 20));
        double[] all = rows(rng, n, m, p, kind);
        double[] train = Arrays.copyOf(all, n * p);
        double[] queries = Arrays.copyOfRange(all, n * p, (n + m) * p);
        BruteForce screened = new BruteForce(Distance.EUCLIDEAN, train, n, p, true);
        BruteForce plain = new BruteForce(Distance.EUCLIDEAN, train, n, p, false);
        int[] rowsScreened = new int[m * k];
        double[] reducedScreened = new double[m * k];
        int[] rowsPlain = new int[m * k];
        double[] reducedPlain = new double[m * k];
        screened.search(queries, 0, m, k, rowsScreened, reducedScreened);
        plain.search(queries, 0, m, k, rowsPlain, reducedPlain);
        assertArrayEquals(rowsPlain, rowsScreened, "kind " + kind + ", n " + n + ", p " + p + ", k " + k);
        assertArrayEquals(reducedPlain, reducedScreened);
    }

    @Test
    void screen_settlesOrdinaryQueries_leavesInseparableOnesToTheDoublePass() {
        SplittableRandom rng = new SplittableRandom(7);
        int n = 1500;
        int m = 30;
        int p = 8;
        for (int kind : new int[] {3, 4}) {
            double[] all = rows(rng, n, m, p, kind);
            BruteForce search = new BruteForce(Distance.EUCLIDEAN, Arrays.copyOf(all, n * p), n, p, true);
            Candidates[] candidates = new Candidates[m];
            for (int i = 0; i < m; i++) {
                candidates[i] = new Candidates(5);
            }
            boolean[] settled = search.screen(Arrays.copyOfRange(all, n * p, (n + m) * p), m, 5, candidates);
            for (int i = 0; i < m; i++) {
                if (kind == 3) {
                    assertTrue(settled[i], "Gaussian query " + i + " settled by the screen");
                } else {
                    // 750 rows within the screen's margin of each query: more than 4k + 256
                    assertFalse(settled[i], "two-cluster query " + i + " left to the double pass");
                }
            }
        }
    }
}
