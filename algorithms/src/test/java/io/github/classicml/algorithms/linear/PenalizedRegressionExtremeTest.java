package io.github.classicml.algorithms.linear;

import io.github.classicml.algorithms.ModelFiles;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.ProgressListener;
import io.github.classicml.core.Regressor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ridge, the lasso, the elastic net and every linear regressor's {@code predict} near the ends of the
 * double range: features and targets of 10^±300 (exactly, 2^±900), predictions whose sum overflows on the
 * way, and the size of a penalty path.
 */
class PenalizedRegressionExtremeTest {

    /** x: 30 × 3 standard normal; y = 0.5 + x0 + 2 x1 + 3 x2 + noise. */
    private static double[][] x(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[30][3];
        for (double[] row : x) {
            for (int j = 0; j < 3; j++) {
                row[j] = gaussian(r);
            }
        }
        return x;
    }

    private static double[] y(double[][] x, long seed) {
        SplittableRandom r = new SplittableRandom(seed + 1000);
        double[] y = new double[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 0.5 + x[i][0] + 2 * x[i][1] + 3 * x[i][2] + 0.1 * gaussian(r);
        }
        return y;
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static Dataset reg(double[][] x, double[] y) {
        return Dataset.of(x).withTargets(y, "y");
    }

    private static double[][] times(double[][] x, double f) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = times(x[i], f);
        }
        return out;
    }

    private static double[] times(double[] v, double f) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= f;
        }
        return out;
    }

    private static void assertClose(double expected, double actual, double relative, String what) {
        assertTrue(Math.abs(expected - actual) <= relative * Math.abs(expected),
                what + ": expected " + expected + " but was " + actual);
    }

    private static void assertClose(double[] expected, double[] actual, double relative, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int j = 0; j < expected.length; j++) {
            assertClose(expected[j], actual[j], relative, what + "[" + j + "]");
        }
    }

    static LongStream seeds() {
        return LongStream.range(0, 5);
    }

    // ------------------------------------------------------------------ ridge

    /** x 2^k with alpha 2^2k is the same problem: coefficients times 2^-k, the same degrees of freedom. */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void ridge_featuresAndPenaltyScaledTogether_sameModel(long seed) {
        double[][] x = x(seed);
        double[] y = y(x, seed);
        RidgeModel base = Ridge.of().withAlpha(2.0).fit(reg(x, y));
        for (int k : new int[] {-500, -450, 300, 450, 500}) {
            RidgeModel scaled = Ridge.of().withAlpha(Math.scalb(2.0, 2 * k)).fit(reg(times(x, Math.scalb(1.0, k)), y));
            assertClose(times(base.coefficients(), Math.scalb(1.0, -k)), scaled.coefficients(), 1e-12, "k=" + k);
            assertClose(base.intercept(), scaled.intercept(), 1e-12, "intercept k=" + k);
            assertClose(base.effectiveDegreesOfFreedom(), scaled.effectiveDegreesOfFreedom(), 1e-12, "dof k=" + k);
            assertClose(base.predict(x[3]), scaled.predict(times(x[3], Math.scalb(1.0, k))), 1e-12, "prediction k=" + k);
        }
    }

    /** Large features make alpha = 1 negligible: the model is least squares (it was all zeros, dof NaN). */
    @ParameterizedTest(name = "scale={0}")
    @ValueSource(doubles = {1e160, 1e300, 0x1p900})
    void ridge_largeFeatures_isLeastSquares(double scale) {
        double[][] x = x(1);
        double[] y = y(x, 1);
        double[] ols = LinearRegression.of().fit(reg(x, y)).coefficients();
        RidgeModel m = Ridge.of().fit(reg(times(x, scale), y));
        assertClose(times(ols, 1 / scale), m.coefficients(), 1e-9, "coefficients");
        assertClose(3.0, m.effectiveDegreesOfFreedom(), 1e-12, "dof");
    }

    @Test
    void ridge_hugePenaltyOnHugeFeatures_equalsTinyPenaltyOnOrdinaryFeatures() {
        double[][] x = x(2);
        double[] y = y(x, 2);
        double[] small = Ridge.of().withAlpha(1e-100).fit(reg(x, y)).coefficients();
        double[] large = Ridge.of().withAlpha(1e300).fit(reg(times(x, 1e200), y)).coefficients();
        assertClose(times(small, 1e-200), large, 1e-9, "coefficients");
    }

    @ParameterizedTest(name = "k={0}")
    @ValueSource(ints = {-1000, -900, 900, 1000})
    void ridge_targetsScaledByPowerOfTwo_modelScaledExactly(int k) {
        double[][] x = x(3);
        double[] y = y(x, 3);
        RidgeModel base = Ridge.of().fit(reg(x, y));
        RidgeModel scaled = Ridge.of().fit(reg(x, times(y, Math.scalb(1.0, k))));
        assertClose(times(base.coefficients(), Math.scalb(1.0, k)), scaled.coefficients(), 1e-12, "coefficients");
        assertClose(Math.scalb(base.intercept(), k), scaled.intercept(), 1e-12, "intercept");
    }

    /** Weights times 2^m with alpha times 2^m: the same problem, although the weights' sum overflows. */
    @ParameterizedTest(name = "m={0}")
    @ValueSource(ints = {-1060, 1020})
    void ridge_hugeOrTinyWeights_sameAsScaledPenalty(int m) {
        double[][] x = x(4);
        double[] y = y(x, 4);
        double[] w = new double[x.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = 1 + i % 3;
        }
        RidgeModel base = Ridge.of().withAlpha(3.0).fit(reg(x, y), w);
        RidgeModel scaled = Ridge.of().withAlpha(Math.scalb(3.0, m)).fit(reg(x, y), times(w, Math.scalb(1.0, m)));
        assertClose(base.coefficients(), scaled.coefficients(), 1e-12, "coefficients");
        assertClose(base.intercept(), scaled.intercept(), 1e-12, "intercept");
    }

    @Test
    void ridge_coefficientBeyondTheRange_throwsNamingIt() {
        // features of 2^-1000 and targets of 2^1000 with a negligible penalty: coefficients near 2^2000
        double[][] x = times(x(5), 0x1p-1000);
        double[] y = times(y(x(5), 5), 0x1p1000);
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> Ridge.of().withAlpha(Double.MIN_VALUE).fit(reg(x, y)));
        assertTrue(e.getMessage().startsWith("coefficient of x0 must lie within the double range, got about "),
                e.getMessage());
    }

    // ------------------------------------------------------------------ predict

    static List<Function<Dataset, Regressor>> learners() {
        return List.of(d -> LinearRegression.of().fit(d), d -> Ridge.of().fit(d), d -> Lasso.of().withAlpha(0.01).fit(d),
                d -> ElasticNet.of().withAlpha(0.01).fit(d), d -> GradientDescentRegressor.of().fit(d));
    }

    /** The exact value of b0 + x.b, rounded once. */
    private static double exact(double intercept, double[] b, double[] row) {
        BigDecimal s = new BigDecimal(intercept);
        for (int j = 0; j < b.length; j++) {
            s = s.add(new BigDecimal(b[j]).multiply(new BigDecimal(row[j])));
        }
        return s.round(MathContext.DECIMAL64).doubleValue();
    }

    private static double[] coefficients(Regressor m) {
        if (m instanceof LinearRegressionModel l) {
            return l.coefficients();
        } else if (m instanceof RidgeModel r) {
            return r.coefficients();
        } else if (m instanceof ElasticNetModel e) {
            return e.coefficients();
        }
        return ((GradientDescentRegressorModel) m).coefficients();
    }

    private static double intercept(Regressor m) {
        if (m instanceof LinearRegressionModel l) {
            return l.intercept();
        } else if (m instanceof RidgeModel r) {
            return r.intercept();
        } else if (m instanceof ElasticNetModel e) {
            return e.intercept();
        }
        return ((GradientDescentRegressorModel) m).intercept();
    }

    /** Products of 1e308 overflow on the way while the sum is a double: it was NaN or ±Infinity. */
    @ParameterizedTest
    @MethodSource("learners")
    void predict_sumOverflowsOnTheWay_returnsTheRepresentableValue(Function<Dataset, Regressor> learner) {
        double[][] x = x(6);
        Regressor m = learner.apply(reg(x, y(x, 6)));
        double[] b = coefficients(m);
        double b0 = intercept(m);
        for (double[] row : new double[][] {{0, 1e308, -1e308}, {1e308, -1e308, 0}, {-1e308, 1e308, 1e300}}) {
            double expected = exact(b0, b, row);
            assertTrue(Double.isFinite(expected));
            assertClose(expected, m.predict(row), 1e-14, m.getClass().getSimpleName());
        }
        // ordinary rows: the plain sum, bit for bit
        double[] row = x[0];
        double plain = b0;
        for (int j = 0; j < b.length; j++) {
            plain += b[j] * row[j];
        }
        assertEquals(plain, m.predict(row));
    }

    @ParameterizedTest
    @MethodSource("learners")
    void predict_beyondTheRange_throwsNamingTheValueAndTheRow(Function<Dataset, Regressor> learner) {
        double[][] x = x(7);
        Regressor m = learner.apply(reg(x, y(x, 7)));
        double[] huge = {1e308, 1e308, 1e308};
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> m.predict(huge));
        assertTrue(e.getMessage().startsWith("prediction must lie within the double range to be returned, got about "),
                e.getMessage());
        ArithmeticException batch = assertThrows(ArithmeticException.class, () -> m.predict(new double[][] {x[0], huge}));
        assertTrue(batch.getMessage().startsWith("rows[1]: prediction must lie within the double range"), batch.getMessage());
        ArithmeticException data = assertThrows(ArithmeticException.class,
                () -> m.predict(Dataset.of(new double[][] {x[0], x[1], huge})));
        assertTrue(data.getMessage().startsWith("data row 2: prediction must lie"), data.getMessage());
    }

    // ------------------------------------------------------------------ lasso and elastic net

    /** Targets times s with alpha times s: the same lasso, converged in the same sweeps (it ran to 1000). */
    @ParameterizedTest(name = "scale={0}")
    @ValueSource(doubles = {1e300, 1e-300, 1e155, 0x1p900, 0x1p-900, Double.MIN_NORMAL})
    void lasso_targetsScaled_convergesAsAtOrdinaryScale(double scale) {
        double[][] x = x(8);
        double[] y = y(x, 8);
        ElasticNetModel base = Lasso.of().withAlpha(0.1).fit(reg(x, y));
        ElasticNetModel scaled = Lasso.of().withAlpha(0.1 * scale).fit(reg(x, times(y, scale)));
        assertTrue(base.converged());
        assertTrue(scaled.converged(), "scale " + scale);
        assertEquals(base.iterations(), scaled.iterations());
        assertClose(times(base.coefficients(), scale), scaled.coefficients(), 1e-9, "coefficients");
        assertClose(base.intercept() * scale, scaled.intercept(), 1e-9, "intercept");
    }

    /**
     * Features and targets times s with alpha times s^2: the same elastic net (both penalties scale as the
     * loss), the same coefficients; the columns and the target are then both fitted in their own units.
     */
    @ParameterizedTest(name = "scale={0}")
    @ValueSource(doubles = {1e150, 1e-150, 0x1p450, 0x1p-450})
    void elasticNet_featuresAndTargetsScaled_sameModel(double scale) {
        double[][] x = x(12);
        double[] y = y(x, 12);
        for (double l1Ratio : new double[] {1.0, 0.5, 0.1}) {
            ElasticNet learner = ElasticNet.of().withAlpha(0.1).withL1Ratio(l1Ratio);
            ElasticNetModel base = learner.fit(reg(x, y));
            ElasticNetModel scaled = learner.withAlpha(0.1 * scale * scale).fit(reg(times(x, scale), times(y, scale)));
            assertTrue(base.converged());
            assertTrue(scaled.converged(), "scale " + scale + ", l1Ratio " + l1Ratio);
            assertEquals(base.iterations(), scaled.iterations());
            assertClose(base.coefficients(), scaled.coefficients(), 1e-9, "coefficients, l1Ratio " + l1Ratio);
            assertClose(base.intercept() * scale, scaled.intercept(), 1e-9, "intercept");
        }
    }

    @Test
    void lassoPath_targetsOf1e300_convergesAsAtOrdinaryScale() {
        double[][] x = x(9);
        double[] y = y(x, 9);
        List<ElasticNetModel> base = Lasso.of().path(reg(x, y));
        List<ElasticNetModel> scaled = Lasso.of().path(reg(x, times(y, 1e300)));
        assertEquals(base.stream().filter(ElasticNetModel::converged).count(),
                scaled.stream().filter(ElasticNetModel::converged).count());
        assertEquals(base.size(), scaled.stream().filter(ElasticNetModel::converged).count());
        for (int k = 0; k < base.size(); k++) {
            assertClose(base.get(k).alpha() * 1e300, scaled.get(k).alpha(), 1e-12, "alpha " + k);
        }
    }

    @Test
    void dualityGap_inTheDataUnits_orAnErrorBeyondTheRange() throws Exception {
        double[][] x = x(10);
        double[] y = y(x, 10);
        ElasticNetModel base = Lasso.of().withAlpha(0.1).fit(reg(x, y));
        ElasticNetModel moderate = Lasso.of().withAlpha(0.1 * 0x1p400).fit(reg(x, times(y, 0x1p400)));
        assertClose(Math.scalb(base.dualityGap(), 800), moderate.dualityGap(), 1e-6, "gap");
        ElasticNetModel huge = Lasso.of().withAlpha(0.1 * 1e300).fit(reg(x, times(y, 1e300)));
        ArithmeticException e = assertThrows(ArithmeticException.class, huge::dualityGap);
        assertTrue(e.getMessage().startsWith("dualityGap must lie within the double range to be returned, got about "),
                e.getMessage());
        // the model file keeps the gap's unit
        ElasticNetModel loaded = ModelFiles.fromBytes(ModelFiles.toBytes(huge), "huge.model", ElasticNetModel.class);
        assertThrows(ArithmeticException.class, loaded::dualityGap);
        assertTrue(loaded.converged());
        ElasticNetModel loadedModerate = ModelFiles.fromBytes(ModelFiles.toBytes(moderate), "m.model", ElasticNetModel.class);
        assertEquals(moderate.dualityGap(), loadedModerate.dualityGap());
    }

    @Test
    void path_lengthBeyondTheLimit_throwsBeforeAllocating() {
        Dataset d = reg(x(11), y(x(11), 11));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lasso.of().path(d, Integer.MAX_VALUE, 1e-3, ProgressListener.NONE));
        assertEquals("pathLength must be <= 10000, got 2147483647", e.getMessage());
        IllegalArgumentException net = assertThrows(IllegalArgumentException.class,
                () -> ElasticNet.of().path(d, 100_000_000, 1e-3, ProgressListener.NONE));
        assertEquals("pathLength must be <= 10000, got 100000000", net.getMessage());
        assertEquals(10, Lasso.of().path(d, 10, 1e-3, ProgressListener.NONE).size());
    }
}
