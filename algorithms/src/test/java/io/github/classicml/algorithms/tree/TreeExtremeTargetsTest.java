package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Regression trees on targets near the ends of the double range (issue 13): grown in a power-of-two
 * unit, they are the unscaled tree with its values multiplied by the factor.
 *
 * <p>The worked case: x = 1..6, y = 1, 1, 2, 2, 10, 10 (times 2^e). The mean is 26/6 = 13/3 and the
 * root's variance 2 ((10/3)² + (7/3)² + (17/3)²) / 6 = 876/54 = 16.222...; the best first split is
 * x <= 4.5 (left mean 1.5, right 10), and a fully grown tree predicts each pair's value.
 */
class TreeExtremeTargetsTest {

    private static Dataset steps(double factor) {
        double[][] x = {{1}, {2}, {3}, {4}, {5}, {6}};
        double[] y = {1, 1, 2, 2, 10, 10};
        for (int i = 0; i < y.length; i++) {
            y[i] *= factor;
        }
        return Dataset.of(x).withTargets(y, "y");
    }

    @ParameterizedTest(name = "2^{0}")
    @ValueSource(ints = {1000, -1000})
    void squaredError_powerOfTwoTargets_sameTreeTimesTheFactor(int exponent) {
        double factor = Math.scalb(1.0, exponent);
        DecisionTreeRegressorModel plain = DecisionTreeRegressor.of().fit(steps(1));
        DecisionTreeRegressorModel scaled = DecisionTreeRegressor.of().fit(steps(factor));
        for (double x = 0.5; x < 7; x += 1) {
            assertEquals(plain.predict(new double[] {x}) * factor, scaled.predict(new double[] {x}), 0.0, "x = " + x);
        }
        assertEquals(4.5, scaled.threshold(0), 0.0);
        assertArrayEquals(plain.featureImportances(), scaled.featureImportances(), 0.0);
        // the root's variance 876/54 times 2^(2e) lies beyond the double range at 2^±1000: an error naming
        // the node and the power of two, not Infinity or 0
        assertEquals(876.0 / 54, plain.impurity(0), 1e-12);
        ArithmeticException e = org.junit.jupiter.api.Assertions.assertThrows(ArithmeticException.class,
                () -> scaled.impurity(0));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("node 0") && e.getMessage().contains("2^"),
                e.getMessage());
    }

    @ParameterizedTest(name = "2^{0}")
    @ValueSource(ints = {300, -300})
    void pruning_alphasInTrueUnits(int exponent) {
        double factor = Math.scalb(1.0, exponent);
        double[] plain = DecisionTreeRegressor.of().pruningPath(steps(1)).alphas();
        double[] scaled = DecisionTreeRegressor.of().pruningPath(steps(factor)).alphas();
        for (int k = 0; k < plain.length; k++) {
            assertEquals(Math.scalb(plain[k], 2 * exponent), scaled[k], 0.0, "alpha " + k);
        }
        // pruning at the path's last alpha leaves the root, which predicts the mean 13/3 times the factor
        DecisionTreeRegressorModel pruned = DecisionTreeRegressor.of().withCcpAlpha(scaled[scaled.length - 1])
                .fit(steps(factor));
        assertEquals(1, pruned.leafCount());
        assertEquals(13.0 / 3 * factor, pruned.predict(new double[] {1}), 1e-15 * factor);
    }
}
