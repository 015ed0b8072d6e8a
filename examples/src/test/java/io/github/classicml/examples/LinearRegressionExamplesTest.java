package io.github.classicml.examples;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The linear-regression examples' key figures, against statsmodels 0.13.5 and NIST (the values of
 * {@code algorithms/src/test/resources/reference/linear/}), hand arithmetic, and the lessons' invariants.
 */
class LinearRegressionExamplesTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void r2VsAdjusted_r2RisesWhileAdjustedStaysAndAicRises() throws Exception {
        Report r = new RSquaredVsAdjustedExample().run(new ExampleContext(out, dir, true));
        // statsmodels OLS(y, add_constant(X)).fit() on diabetes: rsquared, rsquared_adj
        assertEquals(0.5177484222203498, r.figure("r2NoNoise"), 1e-9);
        assertEquals(0.5065592904853232, r.figure("adjustedR2NoNoise"), 1e-9);
        // the lesson: least squares never loses R² by adding columns; adjusted R² pays for them
        assertEquals(1.0, r.figure("r2NeverFalls"));
        double r2Gain = r.figure("r2MostNoise") - r.figure("r2NoNoise");
        // 160 noise columns: expected R² gain about 160 (1 - 0.518) / (442 - 11 - 160) = 0.28
        assertTrue(r2Gain > 0.1, "R² gain " + r2Gain);
        assertTrue(Math.abs(r.figure("adjustedR2MostNoise") - r.figure("adjustedR2NoNoise")) < r2Gain / 3);
        assertTrue(r.figure("aicMostNoise") > r.figure("aicNoNoise"));
        assertTrue(printed().contains("useless columns R² rose by"), printed());
        Pictures.assertValidAndNotBlank(r.files().get(0));
    }

    @Test
    void multicollinearity_vifAndConditionNumber_asStatsmodels() throws Exception {
        Report r = new MulticollinearityExample().run(new ExampleContext(out, dir, true));
        // statsmodels variance_inflation_factor on add_constant(longley): gnp 1788.51...; condition_number 4.859e9
        assertEquals(1788.513482717588, r.figure("maxVif"), 1e-8 * 1788.5);
        assertEquals(4859257015.454873, r.figure("conditionNumber"), 1e-6 * 4.86e9);
        // NIST certified R² of Longley
        assertEquals(0.9954790045772956, r.figure("rSquared"), 1e-12);
        assertTrue(r.figure("largestRelativeChange") > 0.5, "a coefficient should move by more than half");
        assertTrue(printed().contains("The largest VIF is 1789 (gnp)"), printed());
        // statsmodels' VIFs of Longley: 135.5, 1788.5, 33.6, 3.59, 399.2, 759.0, so five are above 10; high VIF, not low,
        // is the warning
        assertEquals(5, r.figure("columnsAboveVif10"));
        assertTrue(printed().contains("A VIF above 5-10 (tolerance = 1/VIF below 0.2-0.1), not below, signals"), printed());
        Pictures.assertValidAndNotBlank(r.files().get(0));
    }

    @Test
    void regularisationPath_startsAtAlphaMax_withTheMostCorrelatedColumn() throws Exception {
        Report r = new RegularisationPathExample().run(new ExampleContext(out, dir, true));
        // by hand: standardise each column (population standard deviation), alpha_max = max_j |z_j^T (y - ybar)| / n;
        // the column that attains it is the first to enter
        Dataset d = Datasets.diabetes();
        int n = d.rows();
        double ybar = 0;
        for (int i = 0; i < n; i++) {
            ybar += d.target(i) / n;
        }
        double best = 0;
        int bestColumn = -1;
        for (int j = 0; j < d.columns(); j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += d.get(i, j) / n;
            }
            double var = 0;
            for (int i = 0; i < n; i++) {
                var += (d.get(i, j) - mean) * (d.get(i, j) - mean) / n;
            }
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += (d.get(i, j) - mean) / Math.sqrt(var) * (d.target(i) - ybar);
            }
            if (Math.abs(s) / n > best) {
                best = Math.abs(s) / n;
                bestColumn = j;
            }
        }
        assertEquals(best, r.figure("alphaMax"), 1e-10 * best);
        assertEquals(bestColumn, (int) r.figure("firstColumn"));
        assertEquals(0.0, r.figure("ridgeZeros"));
        assertEquals(2, r.files().size());
        Pictures.assertValidAndNotBlank(r.files().get(0));
        Pictures.assertValidAndNotBlank(r.files().get(1));
    }
}
