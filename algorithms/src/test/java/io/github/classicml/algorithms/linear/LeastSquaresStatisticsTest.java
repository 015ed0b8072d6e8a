package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** TSQR factors by hand, merged factors against whole-data factors, and the message on dependent columns. */
class LeastSquaresStatisticsTest {

    @Test
    void triangularFactor_ofTwoRowsByHand() {
        // X = [[3, 1], [4, 2]]: |column 0| = 5, r01 = (3*1 + 4*2) / 5 = 2.2, |r11| = |det X| / 5 = 2 / 5 = 0.4
        double[] r = LeastSquaresStatistics.triangularFactor(new double[] {3, 1, 4, 2}, 2, 2);
        assertEquals(5, Math.abs(r[0]), 1e-15);
        assertEquals(2.2, r[1] * Math.signum(r[0]), 1e-15);
        assertEquals(0, r[2]);
        assertEquals(0.4, Math.abs(r[3]), 1e-15);
        // merging the factors of the two rows gives the same factor up to row signs
        double[] merged = LeastSquaresStatistics.mergeFactors(
                LeastSquaresStatistics.triangularFactor(new double[] {3, 1}, 1, 2),
                LeastSquaresStatistics.triangularFactor(new double[] {4, 2}, 1, 2), 2);
        assertEquals(5, Math.abs(merged[0]), 1e-15);
        assertEquals(0.4, Math.abs(merged[3]), 1e-15);
    }

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void mergedFactorsOfParts_giveTheCoefficientsOfOneMachine(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 40 + random.nextInt(40);
        int p = 1 + random.nextInt(4);
        double[][] x = new double[n][p];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                x[i][j] = random.nextGaussian() * (j + 1);
            }
            y[i] = 1 + x[i][0] + random.nextGaussian();
        }
        LinearRegressionModel local = LinearRegression.of().withFitIntercept(false).fit(Dataset.of(x).withTargets(y, "y"));
        // no intercept: the rows themselves, cut in three parts at random places
        int q = p + 1;
        int cut1 = random.nextInt(n);
        int cut2 = cut1 + random.nextInt(n - cut1 + 1);
        double[] r = new double[q * q];
        for (int[] part : new int[][] {{0, cut1}, {cut1, cut2}, {cut2, n}}) {
            double[] rows = new double[(part[1] - part[0]) * q];
            for (int i = part[0]; i < part[1]; i++) {
                System.arraycopy(x[i], 0, rows, (i - part[0]) * q, p);
                rows[(i - part[0]) * q + p] = y[i];
            }
            r = LeastSquaresStatistics.mergeFactors(r,
                    LeastSquaresStatistics.triangularFactor(rows, part[1] - part[0], q), q);
        }
        double[] b = LeastSquaresStatistics.coefficients(r, Dataset.of(x).columnNames());
        for (int j = 0; j < p; j++) {
            assertEquals(local.coefficients()[j], b[j], 1e-12 * Math.max(1, Math.abs(b[j])));
        }
    }

    @Test
    void coefficients_refuseDependentColumns() {
        // the second column is twice the first
        double[] r = LeastSquaresStatistics.triangularFactor(new double[] {1, 2, 5, 2, 4, 7, 3, 6, 8}, 3, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LeastSquaresStatistics.coefficients(r, List.of("a", "b")));
        assertEquals("features are linearly dependent: b depends linearly on the other columns; drop it or use Ridge",
                e.getMessage());
    }
}
