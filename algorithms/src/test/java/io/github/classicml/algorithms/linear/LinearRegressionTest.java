package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.RegressorContract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinearRegressionTest implements RegressorContract<LinearRegressionModel> {

    @Override
    public Learner<LinearRegressionModel> learner() {
        return LinearRegression.of();
    }

    /** Three columns and the intercept are four parameters; one residual degree of freedom more. */
    @Override
    public int minimumRows() {
        return 5;
    }

    @Test
    void fit_threePointLine_byHand() {
        // points (0, 1), (1, 3), (2, 4): xbar = 1, ybar = 8/3
        // Sxy = (-1)(1 - 8/3) + 0 + (1)(4 - 8/3) = 5/3 + 4/3 = 3; Sxx = 2; slope = 3/2
        // intercept = 8/3 - 3/2 = 7/6; residuals 1 - 7/6 = -1/6, 3 - 8/3 = 1/3, 4 - 25/6 = -1/6
        // RSS = 1/36 + 4/36 + 1/36 = 1/6, df = 1, s^2 = 1/6; se(slope) = sqrt(s^2 / Sxx) = sqrt(1/12)
        // TSS = (5/3)^2 + (1/3)^2 + (4/3)^2 = 42/9 = 14/3, R² = 1 - (1/6)/(14/3) = 1 - 1/28 = 27/28
        Dataset data = Dataset.of(new double[][] {{0}, {1}, {2}}).withTargets(new double[] {1, 3, 4}, "y");
        LinearRegressionModel m = LinearRegression.of().fit(data);
        assertEquals(1.5, m.coefficients()[0], 1e-15);
        assertEquals(7.0 / 6, m.intercept(), 1e-15);
        assertEquals(1.0 / 6, m.residualSumOfSquares(), 1e-15);
        assertEquals(Math.sqrt(1.0 / 12), m.standardErrors()[0], 1e-15);
        assertEquals(27.0 / 28, m.rSquared(), 1e-15);
        // se(intercept) = s * sqrt(1/n + xbar^2 / Sxx) = sqrt(1/6 * (1/3 + 1/2)) = sqrt(5/36)
        assertEquals(Math.sqrt(5.0 / 36), m.interceptStandardError(), 1e-15);
        // leverage h_i = 1/n + (x_i - xbar)^2 / Sxx = 1/3 + {1/2, 0, 1/2}
        assertArrayEquals(new double[] {5.0 / 6, 1.0 / 3, 5.0 / 6}, m.influence(data).leverage(), 1e-15);
        // F = (TSS - RSS)/1 / s^2 = (14/3 - 1/6) * 6 = 27
        assertEquals(27.0, m.fStatistic(), 1e-12);
        // adjusted R² = 1 - (1/28) * (3 - 1)/1 = 13/14
        assertEquals(13.0 / 14, m.adjustedRSquared(), 1e-15);
    }

    @Test
    void fit_throughOrigin_byHand() {
        // y = b x without intercept: b = sum xy / sum x^2 = (1*2 + 2*3 + 3*7) / (1 + 4 + 9) = 29/14
        Dataset data = Dataset.of(new double[][] {{1}, {2}, {3}}).withTargets(new double[] {2, 3, 7}, "y");
        LinearRegressionModel m = LinearRegression.of().withFitIntercept(false).fit(data);
        assertEquals(29.0 / 14, m.coefficients()[0], 1e-15);
        assertEquals(0.0, m.intercept());
        assertEquals(1, m.parameters());
        assertEquals(2, m.residualDegreesOfFreedom());
    }

    @Test
    void fit_weights_equalRepeatedRows() {
        // weight 2 on a row is the same fit as that row twice
        double[][] x = {{0, 1}, {1, 0}, {2, 2}, {3, 1}, {4, 5}};
        double[] y = {1, 2, 4, 3, 9};
        double[] w = {1, 2, 1, 1, 1};
        LinearRegressionModel weighted = LinearRegression.of().fit(Dataset.of(x).withTargets(y, "y"), w);
        double[][] x2 = {{0, 1}, {1, 0}, {1, 0}, {2, 2}, {3, 1}, {4, 5}};
        double[] y2 = {1, 2, 2, 4, 3, 9};
        LinearRegressionModel repeated = LinearRegression.of().fit(Dataset.of(x2).withTargets(y2, "y"));
        assertArrayEquals(repeated.coefficients(), weighted.coefficients(), 1e-13);
        assertEquals(repeated.intercept(), weighted.intercept(), 1e-13);
        assertEquals(repeated.rSquared(), weighted.rSquared(), 1e-13);
    }

    @Test
    void fit_dependentColumn_throwsNamingIt() {
        double[][] x = {{1, 2, 3}, {2, 1, 3}, {3, 5, 8}, {4, 4, 8}, {5, 0, 5}, {6, 1, 7}};
        Dataset data = Dataset.of(x).withColumnNames(List.of("a", "b", "a_plus_b"))
                .withTargets(new double[] {1, 2, 3, 4, 5, 7}, "y");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LinearRegression.of().fit(data));
        assertTrue(e.getMessage().startsWith("features are linearly dependent (rank 2 of 3 columns): "), e.getMessage());
        assertTrue(e.getMessage().endsWith(" depends linearly on the other columns and the intercept; drop it or use Ridge"),
                e.getMessage());
    }

    @Test
    void fit_constantColumnWithIntercept_throwsNamingIt() {
        double[][] x = {{1, 7}, {2, 7}, {3, 7}, {4, 7}};
        Dataset data = Dataset.of(x).withColumnNames(List.of("x", "seven")).withTargets(new double[] {1, 2, 2, 5}, "y");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LinearRegression.of().fit(data));
        assertEquals("features are linearly dependent (rank 1 of 2 columns): seven depends linearly on the other "
                + "columns and the intercept; drop it or use Ridge", e.getMessage());
        // without the intercept a constant column is an ordinary column
        assertEquals(2, LinearRegression.of().withFitIntercept(false).fit(data).columns());
    }

    @Test
    void fit_moreColumnsThanRows_throws() {
        Dataset data = Dataset.of(new double[][] {{1, 2, 3}, {4, 5, 7}, {1, 0, 0}}).withTargets(new double[] {1, 2, 3}, "y");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LinearRegression.of().fit(data));
        assertEquals("data must have more rows than the model has parameters (4: 3 coefficients and the intercept), "
                + "got 3; use Ridge, Lasso or ElasticNet when columns outnumber rows", e.getMessage());
    }

    @Test
    void fit_badWeights_throw() {
        Dataset data = Dataset.of(new double[][] {{0}, {1}, {2}}).withTargets(new double[] {1, 3, 4}, "y");
        assertEquals("sampleWeights has 2 entries but data has 3 rows", assertThrows(IllegalArgumentException.class,
                () -> LinearRegression.of().fit(data, new double[] {1, 1})).getMessage());
        assertEquals("sampleWeights must be finite and >= 0; row 1 is NaN", assertThrows(IllegalArgumentException.class,
                () -> LinearRegression.of().fit(data, new double[] {1, Double.NaN, 1})).getMessage());
        assertEquals("sampleWeights must be finite and >= 0; row 2 is -1", assertThrows(IllegalArgumentException.class,
                () -> LinearRegression.of().fit(data, new double[] {1, 1, -1})).getMessage());
        assertEquals("sampleWeights must have a positive sum, got 0", assertThrows(IllegalArgumentException.class,
                () -> LinearRegression.of().fit(data, new double[] {0, 0, 0})).getMessage());
    }

    @Test
    void fit_doesNotModifyWeights() {
        Dataset data = Dataset.of(new double[][] {{0}, {1}, {2}, {5}}).withTargets(new double[] {1, 3, 4, 2}, "y");
        double[] w = {1, 2, 3, 4};
        LinearRegression.of().fit(data, w);
        assertArrayEquals(new double[] {1, 2, 3, 4}, w);
    }

    @Test
    void summary_namesEveryTerm() {
        LinearRegressionModel m = LinearRegression.of().fit(io.github.classicml.core.io.Datasets.longley());
        String summary = m.summary();
        for (String name : m.columnNames()) {
            assertTrue(summary.contains(name), name);
        }
        assertTrue(summary.contains(LinearRegressionModel.INTERCEPT));
        assertEquals(4 + 1 + 7, summary.lines().count());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "factor={0}")
    @org.junit.jupiter.params.provider.ValueSource(doubles = {1e300, 1e-300, 1e150, 1e-150})
    void fit_columnsScaledBy10ToThe300_sameModel(double factor) {
        // least squares is invariant to scaling a column: b_j scales by 1/factor, fits and statistics do not change
        Dataset longley = io.github.classicml.core.io.Datasets.longley();
        double[][] x = longley.toArray();
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= factor;
            }
        }
        LinearRegressionModel plain = LinearRegression.of().fit(longley);
        LinearRegressionModel scaled = LinearRegression.of().fit(Dataset.of(x).withTargets(longley.targets(), "y"));
        for (int j = 0; j < x[0].length; j++) {
            Reference.assertRelative(plain.coefficients()[j], scaled.coefficients()[j] * factor, 1e-9, "b" + j);
            Reference.assertRelative(plain.standardErrors()[j], scaled.standardErrors()[j] * factor, 1e-9, "se" + j);
            Reference.assertRelative(plain.varianceInflationFactors()[j], scaled.varianceInflationFactors()[j], 1e-9, "VIF" + j);
            Reference.assertRelative(plain.terms().get(j + 1).t(), scaled.terms().get(j + 1).t(), 1e-9, "t" + j);
        }
        Reference.assertRelative(plain.intercept(), scaled.intercept(), 1e-9, "intercept");
        Reference.assertRelative(plain.interceptStandardError(), scaled.interceptStandardError(), 1e-9, "se intercept");
        Reference.assertRelative(plain.rSquared(), scaled.rSquared(), 1e-12, "R²");
        double[] leverage = plain.influence(longley).leverage();
        double[] scaledLeverage = scaled.influence(Dataset.of(x).withTargets(longley.targets(), "y")).leverage();
        Reference.assertRelative(leverage, scaledLeverage, 1e-8, "leverage");
    }
}
