package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Weighted least squares with every weight multiplied by one factor: the coefficients and their standard
 * errors do not depend on it, within the range the weighted sums of squares can hold; beyond it, a clear
 * refusal (weights of 1e306 on diabetes were reported as "features are linearly dependent (rank 0)").
 */
class LinearRegressionWeightScaleTest {

    private static double[] weights(int n, double value) {
        double[] w = new double[n];
        Arrays.fill(w, value);
        return w;
    }

    @ParameterizedTest(name = "weight={0}")
    @ValueSource(doubles = {1e300, 0x1p-1000, Double.MIN_NORMAL, 7.5})
    void equalWeights_anyScaleWithinTheRange_sameCoefficientsAsUnweighted(double weight) {
        Dataset diabetes = Datasets.diabetes();
        LinearRegressionModel plain = LinearRegression.of().fit(diabetes);
        LinearRegressionModel weighted = LinearRegression.of().fit(diabetes, weights(diabetes.rows(), weight));
        for (int j = 0; j < diabetes.columns(); j++) {
            double b = plain.coefficients()[j];
            assertEquals(b, weighted.coefficients()[j], 1e-12 * Math.abs(b), "coefficient " + j);
            double se = plain.standardErrors()[j];
            assertEquals(se, weighted.standardErrors()[j], 1e-12 * se, "standard error " + j);
        }
        assertEquals(plain.rSquared(), weighted.rSquared(), 1e-14);
    }

    @Test
    void weightsWhoseSumsOfSquaresOverflow_areRefusedNamingTheSum() {
        Dataset diabetes = Datasets.diabetes();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LinearRegression.of().fit(diabetes, weights(diabetes.rows(), 1e306)));
        assertTrue(e.getMessage().startsWith("sampleWeights must have a sum of at most 2^1020 (about 1.1e307)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("multiply them by a common factor"), e.getMessage());
    }

    @Test
    void subnormalWeights_areRefusedNamingTheLargest() {
        // 1e-320 carries about 11 bits: the fit lost six digits of its coefficients
        Dataset diabetes = Datasets.diabetes();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LinearRegression.of().fit(diabetes, weights(diabetes.rows(), 1e-320)));
        assertTrue(e.getMessage().contains("a largest weight of at least 2^-1022"), e.getMessage());
    }
}
