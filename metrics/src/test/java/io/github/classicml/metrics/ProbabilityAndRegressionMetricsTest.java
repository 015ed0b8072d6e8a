package io.github.classicml.metrics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProbabilityAndRegressionMetricsTest {

    @Test
    void logLoss_handWorked() {
        // -(ln 0.8 + ln(1 - 0.4)) / 2
        assertEquals(-(Math.log(0.8) + Math.log(0.6)) / 2,
                ProbabilityMetrics.logLoss(new boolean[] {true, false}, new double[] {0.8, 0.4}).value(), 1e-15);
        // -(ln 0.5 + ln 0.8) / 2
        assertEquals(-(Math.log(0.5) + Math.log(0.8)) / 2, ProbabilityMetrics.logLoss(new int[] {0, 2},
                new double[][] {{0.5, 0.25, 0.25}, {0.1, 0.1, 0.8}}).value(), 1e-15);
    }

    @Test
    void logLoss_certainAndWrong_isClippedToEps() {
        // p = 1 for a negative is clipped to 1 - 2^-52, so the loss is -ln(2^-52) = 52 ln 2
        assertEquals(52 * Math.log(2), ProbabilityMetrics.logLoss(new boolean[] {false}, new double[] {1.0}).value(), 1e-12);
        assertEquals(-Math.log(1e-15), ProbabilityMetrics.logLoss(new boolean[] {true}, new double[] {0.0}, 1e-15).value(), 1e-9);
        // eps = 0 clips nothing: a probability 0 for the actual class costs +∞, which is not a double
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> ProbabilityMetrics.logLoss(new boolean[] {true}, new double[] {0.0}, 0));
        assertEquals("log loss must lie within the double range to be returned, got infinity: row 0 gives its actual"
                + " true probability 0 and eps is 0; pass eps > 0 to clip it (scikit-learn's default is"
                + " 2.220446049250313E-16)", e.getMessage());
        ArithmeticException multi = assertThrows(ArithmeticException.class, () -> ProbabilityMetrics.logLoss(
                new int[] {0, 1}, new double[][] {{0.5, 0.5}, {1.0, 0.0}}, 0));
        assertTrue(multi.getMessage().contains("row 1 gives its actual class 1 probability 0"), multi.getMessage());
        assertEquals("probabilities must have a positive sum in every row when eps is 0; row 0 is all 0",
                assertThrows(IllegalArgumentException.class, () -> ProbabilityMetrics.logLoss(new int[] {0},
                        new double[][] {{0.0, 0.0}}, 0)).getMessage());
        // with eps = 0 and no zero for an actual class the loss is finite
        assertEquals(-Math.log(0.25), ProbabilityMetrics.logLoss(new boolean[] {false}, new double[] {0.75}, 0).value(), 1e-15);
        assertEquals(2.220446049250313e-16, ProbabilityMetrics.LOG_LOSS_EPSILON);
    }

    @Test
    void brier_handWorked() {
        // ((1 - 0.8)² + (0 - 0.4)²) / 2 = (0.04 + 0.16) / 2
        assertEquals(0.1, ProbabilityMetrics.brierScore(new boolean[] {true, false}, new double[] {0.8, 0.4}).value(), 1e-15);
    }

    @Test
    void probabilityMetrics_invalidInput_namesTheProblem() {
        assertEquals("probabilities must be in [0, 1]; entry 1 is 1.5", assertThrows(IllegalArgumentException.class,
                () -> ProbabilityMetrics.brierScore(new boolean[2], new double[] {0.5, 1.5}).value()).getMessage());
        assertEquals("probabilities must be finite; entry 0 is NaN", assertThrows(IllegalArgumentException.class,
                () -> ProbabilityMetrics.logLoss(new boolean[1], new double[] {Double.NaN}).value()).getMessage());
        assertEquals("eps must be in [0, 0.5), got 0.5", assertThrows(IllegalArgumentException.class,
                () -> ProbabilityMetrics.logLoss(new boolean[1], new double[] {0.5}, 0.5).value()).getMessage());
        assertEquals("probabilities must be in [0, 1]; row 0, column 1 is -0.1", assertThrows(
                IllegalArgumentException.class, () -> ProbabilityMetrics.logLoss(new int[] {0},
                        new double[][] {{0.5, -0.1}}).value()).getMessage());
        assertEquals("actual must hold class indices in [0, 1]; entry 0 is 2", assertThrows(
                IllegalArgumentException.class, () -> ProbabilityMetrics.logLoss(new int[] {2},
                        new double[][] {{0.5, 0.5}}).value()).getMessage());
        assertEquals("actual has 1 entries but probabilities has 2", assertThrows(IllegalArgumentException.class,
                () -> ProbabilityMetrics.logLoss(new boolean[1], new double[2]).value()).getMessage());
    }

    // scikit-learn's documented example values: y = 3, -0.5, 2, 7 and predictions 2.5, 0, 2, 8
    private static final double[] Y = {3, -0.5, 2, 7};
    private static final double[] P = {2.5, 0.0, 2, 8};

    @Test
    void regression_handWorked() {
        // residuals 0.5, -0.5, 0, -1
        assertEquals((0.25 + 0.25 + 0 + 1) / 4, RegressionMetrics.meanSquaredError(Y, P).value(), 1e-15);
        assertEquals(Math.sqrt(0.375), RegressionMetrics.rootMeanSquaredError(Y, P).value(), 1e-15);
        assertEquals((0.5 + 0.5 + 0 + 1) / 4, RegressionMetrics.meanAbsoluteError(Y, P).value(), 1e-15);
        assertEquals(0.5, RegressionMetrics.medianAbsoluteError(Y, P).value()); // sorted 0, 0.5, 0.5, 1
        assertEquals(0.5, RegressionMetrics.medianAbsoluteError(new double[] {1, 2, 3}, new double[] {1, 2.5, 5}).value());
        assertEquals((0.5 / 3 + 0.5 / 0.5 + 0 + 1.0 / 7) / 4, RegressionMetrics.meanAbsolutePercentageError(Y, P).value(), 1e-15);
        // mean 2.875; total sum of squares 0.015625 + 11.390625 + 0.765625 + 17.015625 = 29.1875
        double r2 = 1 - 1.5 / 29.1875;
        assertEquals(r2, RegressionMetrics.r2(Y, P).value(), 1e-15);
        assertEquals(1 - (1 - r2) * 3 / 2, RegressionMetrics.adjustedR2(Y, P, 1).value(), 1e-15);
        assertEquals(r2, RegressionMetrics.adjustedR2(Y, P, 0).value(), 1e-15);
        // residual mean -0.25, residual variance 1.25 / 4; variance of y 29.1875 / 4
        assertEquals(1 - 0.3125 / 7.296875, RegressionMetrics.explainedVariance(Y, P).value(), 1e-15);
    }

    @Test
    void regression_constantActual_followsTheForceFiniteRule() {
        double[] y = {2, 2, 2};
        assertEquals(1.0, RegressionMetrics.r2(y, new double[] {2, 2, 2}).value());
        assertEquals(0.0, RegressionMetrics.r2(y, new double[] {2, 2, 2.1}).value());
        assertEquals(1.0, RegressionMetrics.explainedVariance(y, new double[] {3, 3, 3}).value()); // constant residual
        assertEquals(0.0, RegressionMetrics.explainedVariance(y, new double[] {2, 2, 2.1}).value());
        // MAPE divides by max(|y|, 2^-52): an actual zero gives a huge, finite term
        assertEquals(0.5 / Math.ulp(1.0), RegressionMetrics.meanAbsolutePercentageError(new double[] {0}, new double[] {0.5}).value());
    }

    @Test
    void regression_invalidInput_namesTheProblem() {
        assertEquals("predictors must be <= n - 2 = 2 for adjusted R² (n - p - 1 > 0 with n = 4 rows), got 3; use more"
                + " rows or fewer predictors", assertThrows(IllegalArgumentException.class,
                () -> RegressionMetrics.adjustedR2(Y, P, 3).value()).getMessage());
        assertEquals("predictors must be >= 0, got -1", assertThrows(IllegalArgumentException.class,
                () -> RegressionMetrics.adjustedR2(Y, P, -1).value()).getMessage());
        assertEquals("actual must have at least 2 entries for R², got 1", assertThrows(IllegalArgumentException.class,
                () -> RegressionMetrics.r2(new double[] {1}, new double[] {1}).value()).getMessage());
        assertEquals("predicted must be finite; entry 1 is NaN", assertThrows(IllegalArgumentException.class,
                () -> RegressionMetrics.meanSquaredError(new double[] {1, 2}, new double[] {1, Double.NaN}).value()).getMessage());
        assertEquals("actual has 2 entries but predicted has 1", assertThrows(IllegalArgumentException.class,
                () -> RegressionMetrics.meanAbsoluteError(new double[] {1, 2}, new double[] {1}).value()).getMessage());
        assertEquals("actual must not be empty, got 0 entries", assertThrows(IllegalArgumentException.class,
                () -> RegressionMetrics.medianAbsoluteError(new double[0], new double[0]).value()).getMessage());
    }
}
