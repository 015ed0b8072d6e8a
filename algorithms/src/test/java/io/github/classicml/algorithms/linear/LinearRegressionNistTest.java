package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accuracy on the NIST StRD linear-regression sets: the minimum log relative error over the intercept,
 * the coefficients, the residual standard deviation and R² must be at least 9 digits. Where the
 * certified value is 0 — or, for Wampler1's residual standard deviation (3.7e-56, an exact fit), zero
 * at double precision — the absolute error counts. Both solver paths are checked: the Gram + Cholesky
 * path (taken when the scaled design is well conditioned) and pivoted QR alone.
 */
class LinearRegressionNistTest {

    private static final double MIN_LRE = 9.0;

    @ParameterizedTest(name = "{0}, normal equations allowed: {1}")
    @CsvSource({"norris, true", "pontius, true", "noint1, true", "longley, true", "wampler1, true",
            "norris, false", "pontius, false", "noint1, false", "longley, false", "wampler1, false"})
    void fit_nist_atLeastNineDigits(String name, boolean normalEquations) {
        Dataset data = Datasets.nist(name);
        NistCertified c = NistCertified.of(name);
        boolean intercept = !Double.isNaN(c.intercept());
        LinearRegressionModel m = LinearRegression.of().withFitIntercept(intercept).fit(data, null, normalEquations);
        double min = Double.POSITIVE_INFINITY;
        StringBuilder detail = new StringBuilder();
        if (intercept) {
            min = note(detail, "intercept", c.intercept(), m.intercept(), min);
        }
        double[] b = m.coefficients();
        for (int j = 0; j < b.length; j++) {
            min = note(detail, "b" + (j + 1), c.coefficients()[j], b[j], min);
        }
        if (!Double.isNaN(c.residualSd())) {
            double certified = Math.abs(c.residualSd()) < 1e-30 ? 0.0 : c.residualSd();
            min = note(detail, "residual sd", certified, m.residualStandardError(), min);
        }
        if (!Double.isNaN(c.r2())) {
            min = note(detail, "R²", c.r2(), m.rSquared(), min);
        }
        assertTrue(min >= MIN_LRE, name + ": minimum LRE " + min + " < " + MIN_LRE + "; " + detail);
    }

    private static double note(StringBuilder detail, String what, double certified, double estimate, double min) {
        double lre = NistCertified.lre(certified, estimate);
        detail.append(what).append(' ').append(String.format("%.1f", lre)).append("; ");
        return Math.min(min, lre);
    }
}
