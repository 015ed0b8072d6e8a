package io.github.classicml.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression metrics near the ends of the double range (issue 13): scale-free figures (R², explained
 * variance, MAPE) do not change when the data are multiplied by 2^±1000 or 10^±300; errors scale with
 * the data; a figure whose true value lies outside the double range is refused naming it, never NaN.
 *
 * <p>The worked case: actual {1, 2, 3, 4}, predicted {1.5, 2, 2, 5}; residuals -0.5, 0, 1, -1;
 * SS_res = 0.25 + 0 + 1 + 1 = 2.25, MSE = 2.25 / 4 = 0.5625, RMSE = 0.75, MAE = 2.5 / 4 = 0.625;
 * mean 2.5, SS_tot = 2.25 + 0.25 + 0.25 + 2.25 = 5, R² = 1 - 2.25 / 5 = 0.55.
 */
class RegressionMetricsExtremeTest {

    private static final double[] ACTUAL = {1, 2, 3, 4};
    private static final double[] PREDICTED = {1.5, 2, 2, 5};

    private static double[] times(double[] values, double factor) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i] * factor;
        }
        return out;
    }

    @Test
    void workedCase_unscaled() {
        assertEquals(0.5625, RegressionMetrics.meanSquaredError(ACTUAL, PREDICTED).value(), 0.0);
        assertEquals(0.75, RegressionMetrics.rootMeanSquaredError(ACTUAL, PREDICTED).value(), 0.0);
        assertEquals(0.625, RegressionMetrics.meanAbsoluteError(ACTUAL, PREDICTED).value(), 0.0);
        assertEquals(0.55, RegressionMetrics.r2(ACTUAL, PREDICTED).value(), 1e-15);
    }

    @ParameterizedTest(name = "2^{0}")
    @ValueSource(ints = {1000, -1000})
    void powerOfTwoScale_errorsScaleExactly_r2Unchanged(int exponent) {
        double factor = Math.scalb(1.0, exponent);
        double[] a = times(ACTUAL, factor);
        double[] p = times(PREDICTED, factor);
        // multiplying by 2^±1000 is exact, so the scaled figures are the worked ones times 2^±1000
        assertEquals(Math.scalb(0.75, exponent), RegressionMetrics.rootMeanSquaredError(a, p).value(), 0.0);
        assertEquals(Math.scalb(0.625, exponent), RegressionMetrics.meanAbsoluteError(a, p).value(), 0.0);
        // sorted |e| = 0, 0.5, 1, 1: the median is (0.5 + 1) / 2 = 0.75
        assertEquals(Math.scalb(0.75, exponent), RegressionMetrics.medianAbsoluteError(a, p).value(), 0.0);
        assertEquals(RegressionMetrics.r2(ACTUAL, PREDICTED).value(), RegressionMetrics.r2(a, p).value(), 0.0);
        assertEquals(RegressionMetrics.explainedVariance(ACTUAL, PREDICTED).value(),
                RegressionMetrics.explainedVariance(a, p).value(), 0.0);
    }

    @ParameterizedTest(name = "scale={0}")
    @ValueSource(doubles = {1e300, 1e-300})
    void decimalScale_sameFiguresToRounding(double scale) {
        double[] a = times(ACTUAL, scale);
        double[] p = times(PREDICTED, scale);
        assertEquals(0.75, RegressionMetrics.rootMeanSquaredError(a, p).value() / scale, 1e-15);
        assertEquals(0.625, RegressionMetrics.meanAbsoluteError(a, p).value() / scale, 1e-15);
        assertEquals(0.55, RegressionMetrics.r2(a, p).value(), 1e-15);
    }

    @Test
    void mape_scaledUp_unchanged_scaledDown_keepsTheAbsoluteEpsilon() {
        // 0.5/1 + 0/2 + 1/3 + 1/4 = 13/12, over 4 rows: 13/48
        assertEquals(13.0 / 48, RegressionMetrics.meanAbsolutePercentageError(times(ACTUAL, 1e300),
                times(PREDICTED, 1e300)).value(), 1e-15);
        // scikit-learn's epsilon is absolute: actual values near 1e-300 are below it, so each error is
        // divided by 2.2e-16 instead: (0.5 + 0 + 1 + 1)e-300 / 2^-52 / 4, about 2.8e-285
        assertEquals(2.5e-300 / Math.ulp(1.0) / 4, RegressionMetrics.meanAbsolutePercentageError(
                times(ACTUAL, 1e-300), times(PREDICTED, 1e-300)).value(), 1e-298);
    }

    @Test
    void mse_beyondTheDoubleRange_throwsNamingTheSum() {
        double factor = Math.scalb(1.0, 1000);
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> RegressionMetrics.meanSquaredError(times(ACTUAL, factor), times(PREDICTED, factor)));
        // SS_res = 2.25 · 2^2000, far beyond 1.8e308: about 2.583e602
        assertEquals("SS_res must lie within the double range to be returned, got about 2.583e602; the root mean "
                + "squared error or R² may still be representable", e.getMessage());
    }

    @Test
    void mse_belowTheDoubleRange_throwsNamingTheSumNotZero() {
        // 2.25 · 2^-2000 is below the smallest double: refused like an overflow, never a silent 0
        double factor = Math.scalb(1.0, -1000);
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> RegressionMetrics.meanSquaredError(times(ACTUAL, factor), times(PREDICTED, factor)));
        assertEquals("SS_res must lie within the double range to be returned, got about 1.960e-602; the root mean "
                + "squared error or R² may still be representable", e.getMessage());
        // the figures that are doubles are still returned: RMSE 2^-1000 · 1.5 / 2, R², MAE
        assertEquals(Math.scalb(0.75, -1000), RegressionMetrics.rootMeanSquaredError(times(ACTUAL, factor),
                times(PREDICTED, factor)).value(), Math.scalb(1e-15, -1000));
        assertEquals(RegressionMetrics.r2(ACTUAL, PREDICTED).value(),
                RegressionMetrics.r2(times(ACTUAL, factor), times(PREDICTED, factor)).value(), 1e-15);
        // at 10^-300 the same: SS_res about 8e-601 (values of 1e-300 differ by about 1e-300)
        assertThrows(ArithmeticException.class,
                () -> RegressionMetrics.meanSquaredError(times(ACTUAL, 1e-300), times(PREDICTED, 1e-300)));
        // an MAE or RMSE that units bring below the normal range is refused too (a subnormal has few digits)
        double tiny = Math.scalb(1.0, -1070);
        assertThrows(ArithmeticException.class, () -> RegressionMetrics.meanAbsoluteError(new double[] {tiny, 0},
                new double[] {0, 0}));
        assertEquals(0.0, RegressionMetrics.meanSquaredError(times(ACTUAL, factor), times(ACTUAL, factor)).value());
    }

    @Test
    void residualsThatOverflow_r2Finite_errorsRefused() {
        // residuals 2e308 (beyond the range): SS_res / SS_tot = 2 (2e308)^2 / (2 (1e308)^2) = 4, R² = -3
        double[] a = {1e308, -1e308};
        double[] p = {-1e308, 1e308};
        assertEquals(-3.0, RegressionMetrics.r2(a, p).value(), 1e-12);
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> RegressionMetrics.meanAbsoluteError(a, p));
        assertEquals("MAE must lie within the double range to be returned, got about 2.000e308", e.getMessage());
        ArithmeticException root = assertThrows(ArithmeticException.class,
                () -> RegressionMetrics.rootMeanSquaredError(a, p));
        assertTrue(root.getMessage().startsWith("RMSE must lie within the double range"), root.getMessage());
    }

    @Test
    void mape_unrepresentable_throwsNotNaN() {
        // 1e300 / 2^-52, about 4.5e315: the term itself overflows (the sum's compensation made it NaN)
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> RegressionMetrics.meanAbsolutePercentageError(new double[] {0, 1}, new double[] {1e300, 1}));
        assertEquals("MAPE must lie within the double range to be returned, got about 4.504e315; the error of entry 0"
                + " divided by max(|actual|, 2.220446049250313E-16) alone exceeds the range (an actual value near 0"
                + " with a large error)", e.getMessage());
        // finite terms whose sum overflows
        ArithmeticException sum = assertThrows(ArithmeticException.class, () -> RegressionMetrics
                .meanAbsolutePercentageError(new double[] {1, 1}, new double[] {1.7e308, -1.7e308}));
        assertTrue(sum.getMessage().startsWith("MAPE must lie within the double range to be returned: the sum of the 2"
                + " terms"), sum.getMessage());
    }
}
