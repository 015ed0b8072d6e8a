package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Ordinary least squares at magnitudes near the ends of the double range. Least squares is invariant to
 * scaling: with column {@code j} multiplied by {@code f_j} and the target by {@code g}, coefficient
 * {@code j} and its standard error are multiplied by {@code g / f_j}, the intercept and the residual
 * standard error by {@code g}, RSS and TSS by {@code g^2}, the covariance of parameters {@code a, b} by
 * the product of theirs; the log-likelihood gains {@code -n ln g} (AIC and BIC {@code 2 n ln g}); R²,
 * adjusted R², t, p-values, F, VIF, leverage and Cook's distance do not change. Each test fits the data
 * and the scaled data and checks every getter against that transform: bit for bit when every factor is
 * a power of two (the fit then runs on the same mantissas), to 1e-9 relative for factors of 10^±300
 * (whose scaled data carry their own rounding), and an {@link ArithmeticException} naming the value
 * exactly where the transformed value lies beyond the double range.
 */
class LinearRegressionScaleTest {

    private static final double LN_2 = Math.log(2);

    // ------------------------------------------------------------------ seeded random designs, powers of two

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void fit_columnsAndTargetTimesPowersOfTwo_everyStatisticExactlyTransformed(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int p = 1 + random.nextInt(4);
        int n = p + 3 + random.nextInt(50);
        Dataset data = randomDesign(random, n, p);
        boolean intercept = random.nextBoolean();
        double[] weights = random.nextInt(3) == 0 ? positiveWeights(random, n) : null;
        // exponents in steps of 300, so that a transformed value is either far inside the range or far
        // beyond it (the data's own values lie within 2^±100)
        int[] columnExponents = new int[p];
        for (int j = 0; j < p; j++) {
            columnExponents[j] = 300 * (random.nextInt(7) - 3);
        }
        int targetExponent = 300 * (random.nextInt(5) - 2);
        double[] f = new double[p];
        for (int j = 0; j < p; j++) {
            f[j] = Math.scalb(1.0, columnExponents[j]);
        }
        double g = Math.scalb(1.0, targetExponent);
        LinearRegression learner = LinearRegression.of().withFitIntercept(intercept);
        LinearRegressionModel plain = learner.fit(data, weights);
        Dataset scaledData = scaled(data, f, g);
        LinearRegressionModel scaled = learner.fit(scaledData, weights);
        assertTransformed(plain, scaled, f, g, 0.0, "seed " + seed);
        assertInfluenceUnchanged(plain.influence(data, weights), scaled.influence(scaledData, weights), 0.0);
        for (int i = 0; i < n; i++) {
            double[] row = scaledData.row(i);
            double expected = plain.predict(data.row(i));
            check("prediction " + i, expected, times(expected, g, 1), () -> scaled.predict(row), 0.0);
        }
        boolean uniform = java.util.Arrays.stream(columnExponents).allMatch(e -> e == columnExponents[0]);
        if (!intercept && uniform) {
            // without the column of ones, multiplying every column by one factor leaves the condition number;
            // to rounding, not bit for bit: columns of different magnitudes get different units in the fit,
            // and the condition number of such a graded factor is computed as ||A|| ||A^-1||
            Reference.assertRelative(plain.conditionNumber(), scaled.conditionNumber(), 1e-12, "condition number");
        }
    }

    private static Dataset randomDesign(SplittableRandom random, int n, int p) {
        double[][] x = new double[n][p];
        double[] y = new double[n];
        double[] spread = new double[p];
        double[] offset = new double[p];
        double[] b = new double[p];
        for (int j = 0; j < p; j++) {
            spread[j] = Math.exp(random.nextDouble(-2, 2));
            offset[j] = random.nextDouble(-5, 5);
            b[j] = random.nextDouble(-3, 3);
        }
        double b0 = random.nextDouble(-2, 2);
        for (int i = 0; i < n; i++) {
            y[i] = b0 + 0.5 * gaussian(random);
            for (int j = 0; j < p; j++) {
                x[i][j] = offset[j] + spread[j] * gaussian(random);
                y[i] += b[j] * x[i][j];
            }
        }
        return Dataset.of(x).withTargets(y, "y");
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double[] positiveWeights(SplittableRandom random, int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = random.nextDouble(0.5, 2);
        }
        return w;
    }

    // ------------------------------------------------------------------ NIST Longley, powers of two and 10^±300

    @ParameterizedTest(name = "columns 2^{0}, target 2^{1}")
    @CsvSource({"1000, 0", "-1000, 0", "1000, 1000", "-1000, -1000", "0, 1000", "0, -1000", "-1000, 500",
            "1000, -500", "600, -400"})
    void longley_timesPowersOfTwo_everyStatisticExactlyTransformed(int columnExponent, int targetExponent) {
        Dataset longley = Datasets.longley();
        double[] f = new double[longley.columns()];
        java.util.Arrays.fill(f, Math.scalb(1.0, columnExponent));
        double g = Math.scalb(1.0, targetExponent);
        LinearRegressionModel plain = LinearRegression.of().fit(longley);
        Dataset scaledData = scaled(longley, f, g);
        LinearRegressionModel scaled = LinearRegression.of().fit(scaledData);
        assertTransformed(plain, scaled, f, g, 0.0, "Longley");
        assertInfluenceUnchanged(plain.influence(longley), scaled.influence(scaledData), 0.0);
    }

    @ParameterizedTest(name = "columns {0}, target {1}")
    @CsvSource({"1e300, 1", "1e-300, 1", "1e300, 1e300", "1e-300, 1e-300", "1e300, 1e-300", "1e-300, 1e300",
            "1, 1e300", "1, 1e-300", "mixed, 1", "mixed, 1e300", "mixed, 1e-300"})
    void longley_times10ToThe300_statisticsTransformedToRounding(String columns, double g) {
        Dataset longley = Datasets.longley();
        int p = longley.columns();
        double[] f = new double[p];
        for (int j = 0; j < p; j++) {
            // mixed: 1e300, 1, 1e-300, 1e300, ... across the columns
            f[j] = columns.equals("mixed") ? new double[] {1e300, 1, 1e-300}[j % 3] : Double.parseDouble(columns);
        }
        LinearRegressionModel plain = LinearRegression.of().fit(longley);
        Dataset scaledData = scaled(longley, f, g);
        LinearRegressionModel scaled = LinearRegression.of().fit(scaledData);
        assertTransformed(plain, scaled, f, g, 1e-9, "Longley");
        assertInfluenceUnchanged(plain.influence(longley), scaled.influence(scaledData), 1e-9);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void fit_randomDesignTimes10ToThe300_statisticsTransformedToRounding(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int p = 1 + random.nextInt(4);
        int n = p + 3 + random.nextInt(50);
        Dataset data = randomDesign(random, n, p);
        double[] choices = {1e300, 1e-300, 1, 3e299, 2e-298};
        double[] f = new double[p];
        for (int j = 0; j < p; j++) {
            f[j] = choices[random.nextInt(choices.length)];
        }
        double g = choices[random.nextInt(choices.length)];
        LinearRegression learner = LinearRegression.of().withFitIntercept(random.nextBoolean());
        LinearRegressionModel plain = learner.fit(data);
        LinearRegressionModel scaled = learner.fit(scaled(data, f, g));
        assertTransformed(plain, scaled, f, g, 1e-9, "seed " + seed);
    }

    // ------------------------------------------------------------------ the named errors

    @Test
    void covariance_featuresTimes1eMinus300TargetsTimes1e300_namesTheValue() {
        Dataset longley = Datasets.longley();
        double[] f = new double[longley.columns()];
        java.util.Arrays.fill(f, 1e-300);
        LinearRegressionModel plain = LinearRegression.of().fit(longley);
        LinearRegressionModel scaled = LinearRegression.of().fit(scaled(longley, f, 1e300));
        // the intercept's variance carries the target's factor twice: 1e600 times Longley's, beyond the range
        ArithmeticException e = assertThrows(ArithmeticException.class, scaled::covariance);
        double expected = Math.log10(plain.covariance()[0][0]) + 600;
        assertTrue(e.getMessage().startsWith("covariance[0][0] must lie within the double range to be returned, got about "),
                e.getMessage());
        assertEquals(expected, log10Named(e.getMessage()), 1e-3, e.getMessage());
        // a coefficient's variance: (1e300 / 1e-300)^2 = 1e1200 times Longley's
        ArithmeticException se = assertThrows(ArithmeticException.class, scaled::coefficients);
        assertTrue(se.getMessage().startsWith("coefficient of " + longley.columnName(0)
                + " must lie within the double range"), se.getMessage());
        assertEquals(Math.log10(Math.abs(plain.coefficients()[0])) + 600, log10Named(se.getMessage()), 1e-3);
        // without the intercept the first entry is a coefficient's variance: (1e300 / 1e-300)^2 = 1e1200 times
        LinearRegression origin = LinearRegression.of().withFitIntercept(false);
        double plainVariance = origin.fit(longley).covariance()[0][0];
        LinearRegressionModel scaledOrigin = origin.fit(scaled(longley, f, 1e300));
        ArithmeticException v = assertThrows(ArithmeticException.class, scaledOrigin::covariance);
        assertTrue(v.getMessage().startsWith("covariance[0][0] must lie"), v.getMessage());
        assertEquals(Math.log10(plainVariance) + 1200, log10Named(v.getMessage()), 1e-3, v.getMessage());
        // and the scale-free figures are there all the same
        assertEquals(plain.rSquared(), scaled.rSquared(), 1e-12);
        assertEquals(plain.fStatistic(), scaled.fStatistic(), 1e-9 * plain.fStatistic());
        assertTrue(scaled.summary().contains("about "), scaled.summary());
    }

    @Test
    void residualSumOfSquares_targetsTimes1e300_namesTheValueNear1e600() {
        Dataset longley = Datasets.longley();
        double[] f = new double[longley.columns()];
        java.util.Arrays.fill(f, 1.0);
        LinearRegressionModel plain = LinearRegression.of().fit(longley);
        LinearRegressionModel scaled = LinearRegression.of().fit(scaled(longley, f, 1e300));
        ArithmeticException e = assertThrows(ArithmeticException.class, scaled::residualSumOfSquares);
        assertTrue(e.getMessage().startsWith("residualSumOfSquares must lie within the double range to be returned, got about "),
                e.getMessage());
        assertEquals(Math.log10(plain.residualSumOfSquares()) + 600, log10Named(e.getMessage()), 1e-3);
        // the residual standard error, one factor of 1e300, is representable
        Reference.assertRelative(plain.residualStandardError() * 1e300, scaled.residualStandardError(), 1e-12, "s");
        // log L loses n ln 1e300 = 16 * 690.8 (hand arithmetic: ln 1e300 = 300 ln 10 = 690.7755)
        assertEquals(plain.logLikelihood() - 16 * 300 * Math.log(10), scaled.logLikelihood(), 1e-9 * 16 * 700);
    }

    @Test
    void predict_coefficientsBeyondTheRange_predictsAndNamesAPredictionBeyondIt() {
        // y = 1 + 2 x on x = 1..6 (no noise), x times 2^-1000 and y times 2^1000: the slope is 2^2001, beyond the
        // range, yet the fitted line predicts every training row, 2^1000 (1 + 2 x)
        double[][] x = new double[6][1];
        double[] y = new double[6];
        for (int i = 0; i < 6; i++) {
            x[i][0] = Math.scalb(i + 1.0, -1000);
            y[i] = Math.scalb(1 + 2 * (i + 1.0), 1000);
        }
        LinearRegressionModel m = LinearRegression.of().fit(Dataset.of(x).withTargets(y, "y"));
        assertThrows(ArithmeticException.class, m::coefficients);
        for (int i = 0; i < 6; i++) {
            assertEquals(y[i], m.predict(x[i]), 1e-12 * y[i], "row " + i);
        }
        // at x = 2^-990 the line is at about 2^1000 * 2 * 2^10 = 2^1011, still a double; at x = 1, 2^2001 is not
        assertEquals(Math.scalb(1 + 2 * Math.scalb(1.0, 10), 1000), m.predict(new double[] {Math.scalb(1.0, -990)}),
                1e-9 * Math.scalb(1.0, 1011));
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> m.predict(new double[] {1.0}));
        // 2^2001 = 10^(2001 log10 2) = 10^602.36
        assertTrue(e.getMessage().startsWith("prediction must lie within the double range to be returned, got about "),
                e.getMessage());
        assertEquals(2001 * Math.log10(2), log10Named(e.getMessage()), 1e-3, e.getMessage());
    }

    @Test
    void predict_subnormalTargets_underflowGraduallyAsTheTargetsDid() {
        // Longley's targets (about 2^16) times 2^-1050 are subnormal, about 2^-1034, on the grid of 2^-1074 (40
        // bits each); the fit, in units, is Longley's to that rounding, and its predictions come back with the
        // same gradual underflow: within a few steps of 2^-1074 of the unscaled predictions times 2^-1050
        Dataset longley = Datasets.longley();
        double[] f = new double[longley.columns()];
        java.util.Arrays.fill(f, 1.0);
        double g = Math.scalb(1.0, -1050);
        LinearRegressionModel plain = LinearRegression.of().fit(longley);
        Dataset scaledData = scaled(longley, f, g);
        LinearRegressionModel scaled = LinearRegression.of().fit(scaledData);
        assertEquals(plain.rSquared(), scaled.rSquared(), 1e-9);
        for (int i = 0; i < longley.rows(); i++) {
            double expected = Math.scalb(plain.predict(longley.row(i)), -1050);
            assertEquals(expected, scaled.predict(scaledData.row(i)), 16 * Double.MIN_VALUE, "row " + i);
        }
    }

    @Test
    void conditionNumber_columnsMoreThanTheRangeApart_namesTheSpread() {
        // columns near 1e300 and near 1e-300 in one design: sigma_max / sigma_min is about 1e600
        double[][] x = new double[12][2];
        double[] y = new double[12];
        for (int i = 0; i < 12; i++) {
            x[i][0] = 1e300 * (i + 1);
            x[i][1] = 1e-300 * ((i * 7) % 5);
            y[i] = i % 3;
        }
        LinearRegressionModel m = LinearRegression.of().fit(Dataset.of(x).withTargets(y, "y"));
        ArithmeticException e = assertThrows(ArithmeticException.class, m::conditionNumber);
        assertTrue(e.getMessage().startsWith("conditionNumber must lie within the double range to be returned"),
                e.getMessage());
        // the summary writes it rather than throw
        assertTrue(m.summary().contains("condition number beyond about 1.8e308"), m.summary());
    }

    @ParameterizedTest(name = "x times 2^{0}")
    @CsvSource({"1000", "-1000", "0"})
    void conditionNumber_lineWithIntercept_byHand(int exponent) {
        // y ~ 1 + x on x = 1..5 times 2^k. The 2 x 2 Gram matrix of [1, x] is [[n, 2^k S1], [2^k S1, 2^2k S2]]
        // with n = 5, S1 = 15, S2 = 55: its eigenvalues are (tr ± sqrt(tr^2 - 4 det)) / 2, det = 2^2k (n S2 - S1^2)
        // = 2^2k 50. For k = 1000: lambda_max = 2^2000 S2 (1 + O(2^-2000)), so the condition number
        // sqrt(lambda_max / lambda_min) = lambda_max / sqrt(det) = 2^1000 * 55 / sqrt(50);
        // for k = -1000: lambda_max = n, so it is 2^1000 * 5 / sqrt(50).
        double[][] x = new double[5][1];
        double[] y = {1.2, 1.9, 3.2, 3.8, 5.1};
        for (int i = 0; i < 5; i++) {
            x[i][0] = Math.scalb(i + 1.0, exponent);
        }
        LinearRegressionModel m = LinearRegression.of().fit(Dataset.of(x).withTargets(y, "y"));
        double expected;
        if (exponent == 1000) {
            expected = Math.scalb(55 / Math.sqrt(50), 1000);
        } else if (exponent == -1000) {
            expected = Math.scalb(5 / Math.sqrt(50), 1000);
        } else {
            double tr = 60;
            double det = 50;
            double max = (tr + Math.sqrt(tr * tr - 4 * det)) / 2;
            double min = (tr - Math.sqrt(tr * tr - 4 * det)) / 2;
            expected = Math.sqrt(max / min);
        }
        Reference.assertRelative(expected, m.conditionNumber(), 1e-12, "condition number");
    }

    // ------------------------------------------------------------------ stepwise selection at scale

    @ParameterizedTest(name = "features times {0}, targets times 2^{1}")
    @CsvSource({"1e300, 996", "1e-300, -997", "1e300, -997", "1, 1000", "0.0009765625, -1000"})
    void stepwise_atScale_sameStepsAndScoresShiftedByTwoNLnG(double f, int targetExponent) {
        Dataset diabetes = Datasets.diabetes();
        double[] factors = new double[diabetes.columns()];
        java.util.Arrays.fill(factors, f);
        double g = Math.scalb(1.0, targetExponent);
        for (StepwiseRegression learner : List.of(StepwiseRegression.of(),
                StepwiseRegression.of().withDirection(StepwiseRegression.Direction.BACKWARD)
                        .withCriterion(StepwiseRegression.Criterion.BIC))) {
            StepwiseModel plain = learner.fit(diabetes);
            StepwiseModel scaled = learner.fit(scaled(diabetes, factors, g));
            assertEquals(plain.steps().size(), scaled.steps().size(), "steps");
            // AIC and BIC = -2 log L + penalty, and log L loses n ln g: every score gains 2 n ln g
            double shift = 2.0 * diabetes.rows() * targetExponent * LN_2;
            double tolerance = 1e-12 * Math.abs(shift) + 1e-9 * Math.abs(plain.startScore());
            assertEquals(plain.startScore() + shift, scaled.startScore(), tolerance, "start");
            for (int k = 0; k < plain.steps().size(); k++) {
                assertEquals(plain.steps().get(k).column(), scaled.steps().get(k).column(), "step " + k);
                assertEquals(plain.steps().get(k).score() + shift, scaled.steps().get(k).score(), tolerance,
                        "score of step " + k);
            }
        }
    }

    // ------------------------------------------------------------------ the checks

    /** Column {@code j} times {@code f[j]}, targets times {@code g}. */
    static Dataset scaled(Dataset data, double[] f, double g) {
        double[][] x = data.toArray();
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= f[j];
            }
        }
        double[] y = data.targets();
        for (int i = 0; i < y.length; i++) {
            y[i] *= g;
        }
        return Dataset.of(x).withColumnNames(data.columnNames()).withTargets(y, "y");
    }

    /** {@code v a / b} for factors whose ratio may lie beyond the double range; exact for powers of two. */
    static double times(double v, double a, double b) {
        return times(v, a, 1, b, 1);
    }

    /** {@code v a1 a2 / (b1 b2)}, all factors normal, computed in exponent and mantissa apart. */
    static double times(double v, double a1, double a2, double b1, double b2) {
        int e = Math.getExponent(a1) + Math.getExponent(a2) - Math.getExponent(b1) - Math.getExponent(b2);
        double m = v * mantissa(a1) * mantissa(a2) / mantissa(b1) / mantissa(b2);
        return Math.scalb(m, e);
    }

    private static double mantissa(double a) {
        return Math.scalb(a, -Math.getExponent(a));
    }

    private static boolean outOfRange(double expected, double unscaled) {
        return Double.isInfinite(expected) || (unscaled != 0 && Math.abs(expected) < Double.MIN_NORMAL);
    }

    /** A scale-free scalar getter: the same value. */
    private static void check(String what, double expected, ScalarGetter actual, double tolerance) {
        check(what, expected, expected, actual, tolerance);
    }

    /** A scalar getter: the expected value, or the named error when it lies beyond the range. */
    private static void check(String what, double unscaled, double expected, ScalarGetter actual, double tolerance) {
        if (outOfRange(expected, unscaled)) {
            assertNamedError(what, actual::get);
            return;
        }
        double value = getOrFail(what, actual);
        if (tolerance == 0) {
            assertEquals(expected, value, what);
        } else {
            assertEquals(expected, value, tolerance * Math.abs(expected), what);
        }
    }

    /** An array getter: every entry as expected, or the named error when some entry lies beyond the range. */
    private static void checkArray(String what, double[] unscaled, double[] expected, ArrayGetter actual,
                                   double tolerance) {
        for (int j = 0; j < expected.length; j++) {
            if (outOfRange(expected[j], unscaled[j])) {
                assertNamedError(what, actual::get);
                return;
            }
        }
        double[] values;
        try {
            values = actual.get();
        } catch (ArithmeticException e) {
            fail(what + ": every entry is within the range, yet " + e.getMessage());
            return;
        }
        if (tolerance == 0) {
            assertArrayEquals(expected, values, what);
        } else {
            for (int j = 0; j < expected.length; j++) {
                assertEquals(expected[j], values[j], tolerance * Math.abs(expected[j]), what + ", entry " + j);
            }
        }
    }

    private static double getOrFail(String what, ScalarGetter getter) {
        try {
            return getter.get();
        } catch (ArithmeticException e) {
            fail(what + ": the value is within the range, yet " + e.getMessage());
            return Double.NaN;
        }
    }

    private static void assertNamedError(String what, Executable getter) {
        ArithmeticException e = assertThrows(ArithmeticException.class, getter, what + " lies beyond the range");
        assertTrue(e.getMessage().contains("must lie within the double range to be returned, got about ")
                && Pattern.compile("about -?\\d\\.\\d{3}e-?\\d+").matcher(e.getMessage()).find(), e.getMessage());
    }

    /** The decimal exponent of the value an error names, {@code about 1.234e600} giving 600.09. */
    private static double log10Named(String message) {
        Matcher m = Pattern.compile("about -?(\\d\\.\\d{3})e(-?\\d+)").matcher(message);
        assertTrue(m.find(), message);
        return Math.log10(Double.parseDouble(m.group(1))) + Integer.parseInt(m.group(2));
    }

    @FunctionalInterface
    interface ScalarGetter {
        double get();
    }

    @FunctionalInterface
    interface ArrayGetter {
        double[] get();
    }

    /**
     * Every getter of {@code scaled} against the exact transform of {@code plain}'s: columns times
     * {@code f}, targets times {@code g}; {@code tolerance} 0 means bit for bit.
     */
    static void assertTransformed(LinearRegressionModel plain, LinearRegressionModel scaled, double[] f, double g,
                                  double tolerance, String what) {
        int p = f.length;
        boolean intercept = plain.learner().fitIntercept();
        int n = plain.rows();
        // scale-free figures
        check(what + ": R²", plain.rSquared(), scaled::rSquared, tolerance);
        check(what + ": adjusted R²", plain.adjustedRSquared(), scaled::adjustedRSquared, tolerance);
        check(what + ": F", plain.fStatistic(), scaled::fStatistic, tolerance);
        check(what + ": p of F", plain.fPValue(), scaled::fPValue, tolerance);
        checkArray(what + ": VIF", plain.varianceInflationFactors(), plain.varianceInflationFactors(),
                scaled::varianceInflationFactors, tolerance);
        // the target's unit
        double rss = plain.residualSumOfSquares();
        check(what + ": RSS", rss, times(rss, g, g, 1, 1), scaled::residualSumOfSquares, tolerance);
        double tss = plain.totalSumOfSquares();
        check(what + ": TSS", tss, times(tss, g, g, 1, 1), scaled::totalSumOfSquares, tolerance);
        double s = plain.residualStandardError();
        check(what + ": s", s, times(s, g, 1), scaled::residualStandardError, tolerance);
        check(what + ": intercept", plain.intercept(), times(plain.intercept(), g, 1), scaled::intercept, tolerance);
        double interceptSe = plain.interceptStandardError();
        check(what + ": intercept SE", interceptSe, times(interceptSe, g, 1), scaled::interceptStandardError,
                tolerance);
        // log L - n ln g; AIC and BIC + 2 n ln g (an additive shift: equal to rounding, not bit for bit)
        double lnG = Math.log(Math.abs(g));
        double logL = plain.logLikelihood() - n * lnG;
        double logTolerance = 1e-12 * (Math.abs(n * lnG) + Math.abs(plain.logLikelihood())) + 1e-9 * Math.abs(logL);
        assertEquals(logL, scaled.logLikelihood(), logTolerance, what + ": log-likelihood");
        assertEquals(plain.aic() + 2 * n * lnG, scaled.aic(), 2 * logTolerance, what + ": AIC");
        assertEquals(plain.bic() + 2 * n * lnG, scaled.bic(), 2 * logTolerance, what + ": BIC");
        // coefficients and standard errors: g / f_j
        double[] b = plain.coefficients();
        double[] se = plain.standardErrors();
        double[] expectedB = new double[p];
        double[] expectedSe = new double[p];
        for (int j = 0; j < p; j++) {
            expectedB[j] = times(b[j], g, f[j]);
            expectedSe[j] = times(se[j], g, f[j]);
        }
        checkArray(what + ": coefficients", b, expectedB, scaled::coefficients, tolerance);
        checkArray(what + ": standard errors", se, expectedSe, scaled::standardErrors, tolerance);
        // the covariance: the product of the two parameters' factors
        double[][] cov = plain.covariance();
        int k = cov.length;
        double[] flat = new double[k * k];
        double[] expectedCov = new double[k * k];
        int shift = intercept ? 1 : 0;
        for (int a = 0; a < k; a++) {
            for (int c = 0; c < k; c++) {
                double fa = a < shift ? 1 : f[a - shift];
                double fc = c < shift ? 1 : f[c - shift];
                flat[a * k + c] = cov[a][c];
                expectedCov[a * k + c] = times(cov[a][c], g, g, fa, fc);
            }
        }
        checkArray(what + ": covariance", flat, expectedCov, () -> flatten(scaled.covariance()),
                tolerance);
        // the table: estimates and intervals transform, t and p do not
        List<LinearRegressionModel.Term> terms = plain.terms();
        boolean outOfRange = false;
        for (int t = 0; t < terms.size(); t++) {
            double factor = t < shift ? 1 : f[t - shift];
            LinearRegressionModel.Term term = terms.get(t);
            for (double v : new double[] {term.estimate(), term.standardError(), term.lower(), term.upper()}) {
                outOfRange |= outOfRange(times(v, g, factor), v);
            }
        }
        if (outOfRange) {
            assertNamedError(what + ": terms", scaled::terms);
        } else {
            List<LinearRegressionModel.Term> scaledTerms = scaled.terms();
            for (int t = 0; t < terms.size(); t++) {
                double factor = t < shift ? 1 : f[t - shift];
                LinearRegressionModel.Term a = terms.get(t);
                LinearRegressionModel.Term c = scaledTerms.get(t);
                String name = what + ": term " + a.name();
                check(name + " t", a.t(), c::t, tolerance);
                check(name + " p", a.pValue(), c::pValue, tolerance);
                check(name + " lower", a.lower(), times(a.lower(), g, factor), c::lower, tolerance);
                check(name + " upper", a.upper(), times(a.upper(), g, factor), c::upper, tolerance);
            }
        }
    }

    private static double[] flatten(double[][] m) {
        double[] out = new double[m.length * m.length];
        for (int a = 0; a < m.length; a++) {
            System.arraycopy(m[a], 0, out, a * m.length, m.length);
        }
        return out;
    }

    private static void assertInfluenceUnchanged(LinearRegressionModel.Influence plain,
                                                 LinearRegressionModel.Influence scaled, double tolerance) {
        if (tolerance == 0) {
            assertArrayEquals(plain.leverage(), scaled.leverage(), "leverage");
            assertArrayEquals(plain.cooksDistance(), scaled.cooksDistance(), "Cook's distance");
        } else {
            Reference.assertRelative(plain.leverage(), scaled.leverage(), tolerance, "leverage");
            Reference.assertRelative(plain.cooksDistance(), scaled.cooksDistance(), tolerance, "Cook's distance");
        }
    }
}
