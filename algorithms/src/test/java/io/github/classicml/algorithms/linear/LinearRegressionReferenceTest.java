package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.github.classicml.algorithms.linear.Reference.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * OLS against scikit-learn 1.2.1 ({@code LinearRegression}, coefficients to 1e-9 relative) and
 * statsmodels 0.13.5 ({@code OLS}/{@code WLS} summary, to 1e-8 relative) on diabetes; statsmodels and
 * NIST's certified values on Longley. Values from {@code reference/linear/linear_reference.py}.
 */
class LinearRegressionReferenceTest {

    private static final Reference SKLEARN = Reference.read("ols_sklearn_diabetes.txt");
    private static final Reference STATSMODELS = Reference.read("ols_statsmodels_diabetes.txt");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"intercept, true, false", "nointercept, false, false", "weighted, true, true",
            "weighted_nointercept, false, true"})
    void coefficients_equalScikitLearn(String tag, boolean intercept, boolean weighted) {
        Dataset data = Datasets.diabetes();
        LinearRegressionModel m = LinearRegression.of().withFitIntercept(intercept)
                .fit(data, weighted ? Reference.weights(data.rows()) : null);
        assertRelative(SKLEARN.get(tag + ".coef"), m.coefficients(), 1e-9, tag + " coef");
        assertRelative(SKLEARN.scalar(tag + ".intercept"), m.intercept(), 1e-9, tag + " intercept");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ols, true, false", "ols_nointercept, false, false", "wls, true, true"})
    void statistics_equalStatsmodels(String prefix, boolean intercept, boolean weighted) {
        Dataset data = Datasets.diabetes();
        LinearRegressionModel m = LinearRegression.of().withFitIntercept(intercept)
                .fit(data, weighted ? Reference.weights(data.rows()) : null);
        checkTable(STATSMODELS, prefix, m, !weighted);
    }

    @Test
    void influence_equalsStatsmodels() {
        Dataset data = Datasets.diabetes();
        LinearRegressionModel.Influence influence = LinearRegression.of().fit(data).influence(data);
        assertRelative(STATSMODELS.get("ols.leverage"), influence.leverage(), 1e-8, "leverage");
        assertRelative(STATSMODELS.get("ols.cooks"), influence.cooksDistance(), 1e-8, "Cook's distance");
    }

    @Test
    void longley_equalsStatsmodelsAndCertified() {
        LinearRegressionModel m = LinearRegression.of().fit(Datasets.longley());
        checkTable(Reference.read("ols_statsmodels_longley.txt"), "ols", m, true);
        NistCertified c = NistCertified.of("longley");
        assertRelative(c.intercept(), m.intercept(), 1e-10, "certified intercept");
        assertRelative(c.coefficients(), m.coefficients(), 1e-10, "certified coefficients");
        assertRelative(c.residualSd(), m.residualStandardError(), 1e-10, "certified residual sd");
        assertRelative(c.r2(), m.rSquared(), 1e-12, "certified R²");
    }

    static void checkTable(Reference ref, String prefix, LinearRegressionModel m, boolean vif) {
        double tol = 1e-8;
        List<LinearRegressionModel.Term> terms = m.terms();
        List<LinearRegressionModel.Term> terms90 = m.terms(0.90);
        double[] params = ref.get(prefix + ".params");
        assertEquals(params.length, terms.size());
        for (int i = 0; i < terms.size(); i++) {
            LinearRegressionModel.Term t = terms.get(i);
            String what = prefix + " " + t.name();
            assertRelative(params[i], t.estimate(), tol, what + " estimate");
            assertRelative(ref.get(prefix + ".bse")[i], t.standardError(), tol, what + " se");
            assertRelative(ref.get(prefix + ".tvalues")[i], t.t(), tol, what + " t");
            assertRelative(ref.get(prefix + ".pvalues")[i], t.pValue(), tol, what + " p");
            assertRelative(ref.get(prefix + ".ci_lower")[i], t.lower(), tol, what + " lower");
            assertRelative(ref.get(prefix + ".ci_upper")[i], t.upper(), tol, what + " upper");
            assertRelative(ref.get(prefix + ".ci90_lower")[i], terms90.get(i).lower(), tol, what + " lower 90%");
        }
        assertRelative(ref.scalar(prefix + ".rsquared"), m.rSquared(), tol, "R²");
        assertRelative(ref.scalar(prefix + ".rsquared_adj"), m.adjustedRSquared(), tol, "adjusted R²");
        assertRelative(ref.scalar(prefix + ".fvalue"), m.fStatistic(), tol, "F");
        assertRelative(ref.scalar(prefix + ".f_pvalue"), m.fPValue(), tol, "F p-value");
        assertRelative(ref.scalar(prefix + ".scale_sqrt"), m.residualStandardError(), tol, "residual standard error");
        assertRelative(ref.scalar(prefix + ".llf"), m.logLikelihood(), tol, "log-likelihood");
        assertRelative(ref.scalar(prefix + ".aic"), m.aic(), tol, "AIC");
        assertRelative(ref.scalar(prefix + ".bic"), m.bic(), tol, "BIC");
        assertRelative(ref.scalar(prefix + ".ssr"), m.residualSumOfSquares(), tol, "RSS");
        assertEquals(ref.scalar(prefix + ".df_resid"), m.residualDegreesOfFreedom());
        assertRelative(ref.scalar(prefix + ".condition_number"), m.conditionNumber(), 1e-6, "condition number");
        double[] cov = ref.get(prefix + ".cov");
        double[][] mine = m.covariance();
        for (int a = 0; a < mine.length; a++) {
            for (int b = 0; b < mine.length; b++) {
                assertRelative(cov[a * mine.length + b], mine[a][b], tol, "covariance " + a + "," + b);
            }
        }
        if (vif) {
            assertRelative(ref.get(prefix + ".vif"), m.varianceInflationFactors(), tol, "VIF");
        }
    }
}
