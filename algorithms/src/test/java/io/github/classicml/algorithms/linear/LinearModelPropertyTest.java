package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invariants of the linear models on seeded random designs. */
class LinearModelPropertyTest {

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    /** Correlated columns on different scales, a linear target with noise. */
    static Dataset randomData(SplittableRandom rng, int rows, int columns) {
        double[][] x = new double[rows][columns];
        double[] y = new double[rows];
        double[] b = new double[columns];
        double[] scale = new double[columns];
        for (int j = 0; j < columns; j++) {
            b[j] = rng.nextDouble(-3, 3);
            scale[j] = Math.pow(10, rng.nextInt(-2, 3));
        }
        for (int i = 0; i < rows; i++) {
            double common = rng.nextGaussian();
            for (int j = 0; j < columns; j++) {
                x[i][j] = scale[j] * (rng.nextGaussian() + 0.5 * common) + 3 * scale[j];
                y[i] += b[j] * x[i][j] / scale[j];
            }
            y[i] += rng.nextGaussian() + 5;
        }
        return Dataset.of(x).withTargets(y, "y");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void ols_residualsOrthogonalToColumnsAndSumToZero(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset data = randomData(rng, rng.nextInt(8, 60), rng.nextInt(1, 6));
        LinearRegressionModel m = LinearRegression.of().fit(data);
        double[] predicted = m.predict(data);
        double sum = 0;
        double scaleSum = 0;
        for (int i = 0; i < data.rows(); i++) {
            sum += data.target(i) - predicted[i];
            scaleSum += Math.abs(data.target(i));
        }
        assertEquals(0, sum, 1e-12 * scaleSum, "residuals sum to 0 with an intercept");
        for (int j = 0; j < data.columns(); j++) {
            double dot = 0;
            double scale = 0;
            for (int i = 0; i < data.rows(); i++) {
                double r = data.target(i) - predicted[i];
                dot += r * data.get(i, j);
                scale += Math.abs(r * data.get(i, j));
            }
            assertEquals(0, dot, 1e-10 * scale + 1e-300, "X^T r = 0, column " + j);
        }
        double h = 0;
        for (double v : m.influence(data).leverage()) {
            assertTrue(v > 0 && v < 1);
            h += v;
        }
        assertEquals(m.parameters(), h, 1e-9, "leverages sum to the number of parameters");
        for (double v : m.varianceInflationFactors()) {
            assertTrue(v >= 1 - 1e-12, "VIF >= 1, got " + v);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void ols_predictionsInvariantToColumnOrder(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset data = randomData(rng, rng.nextInt(10, 60), rng.nextInt(2, 6));
        int p = data.columns();
        int[] order = new int[p];
        for (int j = 0; j < p; j++) {
            order[j] = p - 1 - j;
        }
        Dataset reversed = data.selectColumns(order);
        double[] a = LinearRegression.of().fit(data).predict(data);
        double[] b = LinearRegression.of().fit(reversed).predict(reversed);
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], 1e-9 * (1 + Math.abs(a[i])), "row " + i);
        }
    }

    @org.junit.jupiter.api.Test
    void ols_sameModelWhateverTheThreadCount() {
        // more rows than one chunk of the Gram pass, so the work is split
        Dataset data = randomData(new SplittableRandom(99), 20_000, 6);
        LinearRegressionModel one = LinearRegression.of().withThreads(1).fit(data);
        for (int threads : new int[] {2, 3}) {
            LinearRegressionModel many = LinearRegression.of().withThreads(threads).fit(data);
            org.junit.jupiter.api.Assertions.assertArrayEquals(one.coefficients(), many.coefficients(), 0.0);
            assertEquals(one.intercept(), many.intercept(), 0.0);
            assertEquals(one.rSquared(), many.rSquared(), 0.0);
        }
    }
}
