package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.algorithms.preprocessing.text.BagOfWords;
import io.github.classicml.algorithms.preprocessing.text.BagOfWordsModel;
import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Power transforms, min-max scaling, imputation, polynomial expansion and the bag of words at the ends
 * of the double and array ranges: distinct rows stay distinct, scalings by powers of two give the same
 * output, and sizes are refused before allocation with the limit in the message.
 */
class PreprocessingRobustnessTest {

    private static final double[] Z = {1, 2, 3, 5, 8};

    private static Dataset column(double[] values, double factor) {
        double[][] x = new double[values.length][];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {values[i] * factor};
        }
        return Dataset.of(x);
    }

    private static double[] firstColumn(double[][] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i][0];
        }
        return out;
    }

    private static double[] boxCox(BoxCox learner, double[] values, double factor) {
        Dataset d = column(values, factor);
        return firstColumn(learner.fit(d).transform(d.toArray()));
    }

    static LongStream seeds() {
        return LongStream.range(0, 8);
    }

    // ---- Box-Cox and Yeo-Johnson

    @Test
    void boxCox_valuesNear1eMinus300_giveTheStandardisedOutputOfTheUnscaledValues() {
        // the unscaled column is fitted as scikit-learn does, the scaled one in normalised units: the two λ agree
        // to the optimiser's tolerance (about 1e-8, as against scipy), the rows to 1e-6 as in the reference test
        double[] expected = boxCox(BoxCox.of(), Z, 1);
        double[] tiny = boxCox(BoxCox.of(), Z, 1e-300);
        assertArrayEquals(expected, tiny, 1e-6);
        // exact scalings by powers of two give the same bits
        assertArrayEquals(boxCox(BoxCox.of(), Z, 0x1p-900), boxCox(BoxCox.of(), Z, 0x1p900), 0.0);
        assertArrayEquals(expected, boxCox(BoxCox.of(), Z, 0x1p-900), 1e-6);
        assertEquals(BoxCox.of().fit(column(Z, 1)).lambdas()[0], BoxCox.of().fit(column(Z, 1e-300)).lambdas()[0], 1e-6);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void boxCox_scaledByPowersOfTwo_givesTheSameStandardisedOutput(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[30];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.exp(rng.nextGaussian());
        }
        double[] expected = boxCox(BoxCox.of(), x, 1);
        for (int k : new int[] {-1000, -900, -300, 300, 900, 1000}) {
            assertArrayEquals(expected, boxCox(BoxCox.of(), x, Math.scalb(1.0, k)), 1e-6, "seed " + seed + ", 2^" + k);
        }
        assertArrayEquals(boxCox(BoxCox.of(), x, 0x1p-900), boxCox(BoxCox.of(), x, 0x1p900), 0.0, "seed " + seed);
    }

    @Test
    void boxCox_tinyRelativeSpread_keepsTheRowsApart() {
        double[] x = {1e6 + 1, 1e6 + 2, 1e6 + 3, 1e6 + 5, 1e6 + 8};
        PowerTransformerModel m = BoxCox.of().fit(column(x, 1));
        double[] out = firstColumn(m.transform(column(x, 1).toArray()));
        double mean = 0;
        double squares = 0;
        for (int i = 0; i < out.length; i++) {
            mean += out[i] / out.length;
            squares += out[i] * out[i] / out.length;
            assertTrue(i == 0 || out[i] > out[i - 1] + 0.1, "row " + i + ": " + java.util.Arrays.toString(out));
        }
        assertEquals(0, mean, 1e-12);
        assertEquals(1, squares, 1e-12);
        // the same as the data less their common part, which Box-Cox maps affinely for this λ to rounding
        assertTrue(m.lambdas()[0] < -1e5, "lambda " + m.lambdas()[0]);
        assertNotEquals(1.0, m.units()[0]);
    }

    @Test
    void boxCox_ordinaryData_keepUnitOneAndScikitLearnsComputation() {
        PowerTransformerModel m = BoxCox.of().fit(Dataset.of(new double[][] {{0.5}, {1}, {2}, {4}, {8}, {30}}));
        assertEquals(1.0, m.units()[0]);
    }

    @Test
    void boxCox_withoutStandardisation_returnsTheTrueValue_orThrowsBeyondTheRange() {
        // the correctly rounded boxcox(x): 1e-300 times 1, 2, 3, 5, 8 at λ near 0.14 all round to -1/λ
        PowerTransformerModel m = BoxCox.of().withStandardize(false).fit(column(Z, 1e-300));
        double lambda = m.lambdas()[0];
        assertEquals(BoxCox.of().fit(column(Z, 1)).lambdas()[0], lambda, 1e-6);
        assertEquals(-1 / lambda, m.transform(new double[] {3e-300})[0], 1e-12);
        // reciprocals of left-skewed data: λ < -1, so the transform of 1e-300 (about 1e300^|λ|) overflows
        PowerTransformerModel negative = BoxCox.of().withStandardize(false)
                .fit(column(new double[] {1, 1.0 / 5, 1.0 / 7, 1.0 / 8, 1.0 / 8.5}, 1));
        assertTrue(negative.lambdas()[0] < -1.1, "lambda " + negative.lambdas()[0]);
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> negative.transform(new double[] {1e-300}));
        assertTrue(e.getMessage().startsWith("the Box-Cox transform must be finite; column 0 is 1.0E-300, whose "
                + "transform at lambda "), e.getMessage());
        ArithmeticException inRow = assertThrows(ArithmeticException.class,
                () -> negative.transform(Dataset.of(new double[][] {{1}, {1e-300}})));
        assertTrue(inRow.getMessage().contains("row 1, column 0 is 1.0E-300"), inRow.getMessage());
    }

    @Test
    void boxCox_profileLikelihood_isShiftedByMinusNLogC_underScaling() {
        double[] x = Z.clone();
        double[] scaled = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            scaled[i] = x[i] * 0x1p-990;
        }
        for (double lambda : new double[] {-1, 0, 0.5, 2}) {
            double expected = BoxCox.profileLogLikelihood(x, lambda) - x.length * Math.log(0x1p-990);
            assertEquals(expected, BoxCox.profileLogLikelihood(scaled, lambda), 1e-13 * Math.abs(expected), "lambda " + lambda);
        }
        double a = BoxCox.profileLogLikelihood(scaled, 0.1);
        double b = BoxCox.profileLogLikelihood(scaled, 0.2);
        assertEquals(BoxCox.profileLogLikelihood(x, 0.1) - BoxCox.profileLogLikelihood(x, 0.2), a - b, 1e-12);
    }

    @Test
    void boxCox_modelFileRoundTrip_keepsTheUnits() throws Exception {
        PowerTransformerModel m = BoxCox.of().fit(column(Z, 1e-300));
        byte[] bytes = io.github.classicml.algorithms.ModelFiles.toBytes(m);
        PowerTransformerModel loaded = io.github.classicml.algorithms.ModelFiles.fromBytes(bytes, "x",
                PowerTransformerModel.class);
        assertArrayEquals(m.units(), loaded.units(), 0.0);
        assertArrayEquals(m.transform(new double[] {4e-300}), loaded.transform(new double[] {4e-300}), 0.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PowerTransformerModel.restore(
                new BoxCox(false), new double[] {1}, new double[] {2}, new double[] {0}, new double[] {1}));
        assertEquals("units must be 1 except for standardised Box-Cox; entry 0 is 2", e.getMessage());
    }

    @Test
    void yeoJohnson_modelFileWrittenWithThePowForm_stillLoads_andAgreesToTheOptimisersTolerance() throws Exception {
        // the golden file of version 1 as the (x + 1)^λ form fitted it: λ now differs within the optimiser's
        // tolerance, so rows agree to 1e-6 relative, the tolerance of the scikit-learn reference test
        byte[] old;
        try (java.io.InputStream in = getClass().getResourceAsStream(
                "/modelfiles/legacy/PowerTransformerModel-yeoJohnson-powForm.model")) {
            old = in.readAllBytes();
        }
        PowerTransformerModel loaded = io.github.classicml.algorithms.ModelFiles.fromBytes(old, "old.model",
                PowerTransformerModel.class);
        Dataset diabetes = io.github.classicml.core.io.Datasets.diabetes()
                .select(java.util.stream.IntStream.range(0, 120).toArray()).withoutTargets();
        PowerTransformerModel fresh = new YeoJohnson(false).fit(diabetes);
        double[][] a = loaded.transform(diabetes.toArray());
        double[][] b = fresh.transform(diabetes.toArray());
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                assertEquals(b[i][j], a[i][j], 1e-6 * Math.max(1, Math.abs(b[i][j])), "row " + i + ", column " + j);
            }
        }
    }

    @Test
    void yeoJohnson_valuesNear1eMinus300_areNotCollapsed() {
        SplittableRandom rng = new SplittableRandom(7);
        double[] g = new double[20];
        for (int i = 0; i < g.length; i++) {
            g[i] = rng.nextGaussian();
        }
        Dataset tiny = column(g, 1e-300);
        double[] out = firstColumn(YeoJohnson.of().fit(tiny).transform(tiny.toArray()));
        // ψ(x, λ) = x to within 1e-300 relative for every λ: the standardised output is the standardised x
        double[] expected = firstColumn(StandardScaler.of().fit(tiny).transform(tiny.toArray()));
        assertArrayEquals(expected, out, 1e-12);
    }

    @Test
    void yeoJohnson_smallValues_areAccurate() {
        for (double lambda : new double[] {-1.5, 0.5, 1.5, 3}) {
            for (double x : new double[] {1e-9, 3e-9, -2e-9, 1e-12, -1e-15}) {
                // ψ(x, λ) = x + (λ - 1)·x²/2 + O(x³) on both sides of 0
                double expected = x + (lambda - 1) * x * x / 2;
                double got = PowerTransforms.yeoJohnson(x, lambda);
                assertEquals(expected, got, 1e-15 * Math.abs(x), "x " + x + ", lambda " + lambda);
                assertEquals(x, PowerTransforms.yeoJohnsonInverse(got, lambda), 1e-15 * Math.abs(x));
            }
        }
    }

    // ---- bag of words

    @Test
    void bagOfWords_documentsTimesVocabularyBeyondAnArray_refusedWithTheLimit() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 70_000; i++) {
            int v = i;
            text.append('w');
            do {
                text.append((char) ('a' + v % 26));
                v /= 26;
            } while (v > 0);
            text.append(' ');
        }
        BagOfWordsModel model = BagOfWords.of().fit(List.of(text.toString()));
        assertEquals(70_000, model.vocabulary().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.transform(Collections.nCopies(40_000, "")));
        assertEquals("the document-term table must have at most 2147483639 entries, got 40000 documents x 70000 "
                + "vocabulary words = 2800000000", e.getMessage());
    }

    // ---- polynomial features

    @Test
    void polynomialFeatures_highDegreeOfOneColumn_refusedAtOnce() {
        Dataset one = Dataset.of(new double[][] {{0.5}});
        for (int degree : new int[] {4472, 100_000, 999_999, Integer.MAX_VALUE}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> PolynomialFeatures.of(degree).fit(one));
            assertTrue(e.getMessage().startsWith("degree must give products of at most 10000000 column indices in all "
                    + "(MAX_TERM_ENTRIES, the sum of the output columns' degrees), got "), e.getMessage());
            assertTrue(e.getMessage().endsWith(" for 1 columns at degree " + degree), e.getMessage());
        }
        // the largest degree one column may have: 4471·4472/2 = 9,997,156 stored indices
        PolynomialFeaturesModel m = PolynomialFeatures.of(4471).fit(one);
        assertEquals(4472, m.outputColumns());
        assertEquals(Math.pow(0.5, 4471), m.transform(new double[] {0.5})[4471], 0.0);
        // interactions only: one column has no product of two distinct columns, whatever the degree
        assertEquals(2, PolynomialFeatures.of(Integer.MAX_VALUE).withInteractionOnly(true).fit(one).outputColumns());
    }

    @Test
    void polynomialFeatures_tooManyOutputs_namesTheCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PolynomialFeatures.of(2).fit(Dataset.of(new double[1][1414])));
        assertEquals("degree must give at most 1000000 output columns (MAX_OUTPUTS), got 1001820 for 1414 columns at "
                + "degree 2", e.getMessage());
    }

    @Test
    void polynomialFeatures_transformBeyondTheHeap_refusedWithRowsTimesOutputs() {
        PolynomialFeaturesModel m = PolynomialFeatures.of(2).fit(Dataset.of(new double[1][1400]));
        assertEquals(982_101, m.outputColumns());
        // 3000 x 982101 = 2.9e9 values: beyond the largest array, whatever the heap
        double[][] rows = new double[3000][];
        java.util.Arrays.fill(rows, new double[1400]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.transform(rows));
        assertTrue(e.getMessage().startsWith("the transformed data must have at most "), e.getMessage());
        assertTrue(e.getMessage().endsWith("), got 3000 rows x 982101 output columns = 2946303000; transform fewer rows "
                + "at a time"), e.getMessage());
        // 2000 x 982101 = 1.96e9 values, under Dataset.MAX_CELLS but 15.7 GB
        assumeTrue(Runtime.getRuntime().maxMemory() < 15_000_000_000L, "a heap that could hold 15.7 GB");
        IllegalArgumentException heap = assertThrows(IllegalArgumentException.class,
                () -> m.transform(Dataset.of(new double[2000][1400])));
        assertEquals("the transformed data must have at most " + Runtime.getRuntime().maxMemory() / 8 + " values (as "
                + "many doubles as the JVM's maximum heap of " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB "
                + "can hold), got 2000 rows x 982101 output columns = 1964202000; transform fewer rows at a time",
                heap.getMessage());
        // the names are built from the terms, without the dense powers table (5.5 GB here)
        assertEquals("x0 x1", m.outputColumnNames(Dataset.of(new double[1][1400]).columnNames()).get(1402));
    }

    // ---- min-max scaling

    @Test
    void minMaxScaler_rangeWiderThanTheDoubleRange_isExact() {
        MinMaxScalerModel m = MinMaxScaler.of().withRange(-1e308, 1e308).fit(Dataset.of(new double[][] {{0}, {1}}));
        assertArrayEquals(new double[] {0}, m.transform(new double[] {0.5}), 0.0);
        assertArrayEquals(new double[] {-1e308}, m.transform(new double[] {0}), 0.0);
        assertArrayEquals(new double[] {1e308}, m.transform(new double[] {1}), 0.0);
        assertArrayEquals(new double[] {0.5}, m.inverseTransform(new double[] {0}), 0.0);
        assertArrayEquals(new double[] {1}, m.inverseTransform(new double[] {1e308}), 0.0);
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> MinMaxScaler.of().fit(Dataset.of(new double[][] {{0}, {1e300}})).inverseTransform(new double[] {1e10}));
        assertEquals("the inverse of column 0 must be finite; 10000000000 maps back beyond the double range (about "
                + "1.8e308)", e.getMessage());
    }

    @Test
    void minMaxScaler_subnormalSpread_isExact() {
        MinMaxScalerModel m = MinMaxScaler.of().fit(Dataset.of(new double[][] {{0}, {1e-310}}));
        // 5e-311 and 1e-310 are subnormal, held to about 14 digits: the quotient of the doubles is 0.5 to that
        assertEquals(0.5, m.transform(new double[] {5e-311})[0], 1e-13);
        assertEquals(5e-311, m.inverseTransform(new double[] {0.5})[0], 1e-320);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void minMaxScaler_scaledByPowersOfTwo_givesTheSameOutput(long seed) throws Exception {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[10][1];
        for (double[] row : x) {
            row[0] = rng.nextGaussian();
        }
        MinMaxScaler learner = MinMaxScaler.of().withRange(-1e308, 1.7e308);
        double[] expected = firstColumn(learner.fit(Dataset.of(x)).transform(x));
        for (int k : new int[] {-1000, -900, 900, 1020}) {
            double[][] scaled = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                scaled[i] = new double[] {Math.scalb(x[i][0], k)};
            }
            MinMaxScalerModel m = learner.fit(Dataset.of(scaled));
            double[] got = firstColumn(m.transform(scaled));
            assertArrayEquals(expected, got, 0.0, "seed " + seed + ", 2^" + k);
            MinMaxScalerModel loaded = io.github.classicml.algorithms.ModelFiles.fromBytes(
                    io.github.classicml.algorithms.ModelFiles.toBytes(m), "x", MinMaxScalerModel.class);
            assertArrayEquals(got, firstColumn(loaded.transform(scaled)), 0.0);
        }
    }

    // ---- imputation and the median

    @Test
    void simpleImputer_meanAndMedianNearTheTopOfTheRange_areFinite() {
        Dataset d = Dataset.of(new double[][] {{1.7e308}, {1.6e308}, {Double.NaN}});
        for (SimpleImputer.Strategy s : new SimpleImputer.Strategy[] {SimpleImputer.Strategy.MEAN,
            SimpleImputer.Strategy.MEDIAN}) {
            SimpleImputerModel m = SimpleImputer.of().withStrategy(s).fit(d);
            assertEquals(1.65e308, m.fillValues()[0], 1e294, s.toString());
            assertEquals(1.65e308, m.transform(new double[] {Double.NaN})[0], 1e294, s.toString());
        }
        assertEquals(1.65e308, KnnImputer.of().fit(d).transform(new double[] {Double.NaN})[0], 1e294);
    }

    @Test
    void robustScaler_medianAndQuantilesNearTheEndsOfTheRange() {
        RobustScalerModel m = RobustScaler.of().fit(Dataset.of(new double[][] {{1.7e308}, {1.6e308}}));
        assertEquals(1.65e308, m.centres()[0], 1e294);
        assertEquals(0.5e307, m.scales()[0], 1e-12 * 0.5e307);
        assertEquals(1, m.transform(new double[] {1.7e308})[0], 1e-12);
        // quantiles of opposite signs: each finite, their distance not
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> RobustScaler.of()
                .fit(Dataset.of(new double[][] {{-1.7e308}, {-1.6e308}, {1.6e308}, {1.7e308}})));
        assertTrue(e.getMessage().startsWith("the quantile range of column 0 must be finite; "), e.getMessage());
        assertEquals(0, ColumnStatistics.percentile(new double[] {-1.7e308, 1.7e308}, 50), 0.0);
        assertEquals(0.85e308, ColumnStatistics.percentile(new double[] {-1.7e308, 1.7e308}, 75), 1e293);
        assertEquals(Double.MIN_VALUE, ColumnStatistics.median(new double[] {Double.MIN_VALUE, Double.MIN_VALUE}), 0.0);
    }

    @Test
    void scalers_inverseNearTheTopOfTheRange_valueOrAClearError() {
        // mean -1.1e308, standard deviation 0.5e308: 4 maps back to 4 x 0.5e308 - 1.1e308 = 0.9e308, whose
        // product alone (2e308) overflows; 5 maps back to 1.4e308; 8 to 2.9e308, beyond the range
        Dataset data = Dataset.of(new double[][] {{-1.6e308}, {-0.6e308}});
        StandardScalerModel standard = StandardScaler.of().fit(data);
        assertEquals(0.9e308, standard.inverseTransform(new double[] {4})[0], 1e293);
        assertEquals(-1.6e308, standard.inverseTransform(new double[] {-1})[0], 1e293);
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> standard.inverseTransform(new double[] {8}));
        assertTrue(e.getMessage().startsWith("the inverse of column 0 must be finite; 8"), e.getMessage());
        // the robust scaler: median -1.1e308, quartile range 0.5e308 (of two rows: 0.25 to 0.75 of 1e308)
        RobustScalerModel robust = RobustScaler.of().fit(data);
        double back = robust.inverseTransform(new double[] {2})[0];
        assertTrue(Double.isFinite(back) && Math.abs(back - (2 * 0.5e308 - 1.1e308)) < 1e294, "got " + back);
        assertThrows(ArithmeticException.class, () -> robust.inverseTransform(new double[] {1e10}));
        // max-abs: scale 1.6e308, so 2 maps back beyond the range; -0.0 stays -0.0
        MaxAbsScalerModel maxAbs = MaxAbsScaler.of().fit(data);
        assertThrows(ArithmeticException.class, () -> maxAbs.inverseTransform(new double[] {2}));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(maxAbs.inverseTransform(new double[] {-0.0})[0]));
        // batch: the row is named
        ArithmeticException batch = assertThrows(ArithmeticException.class,
                () -> standard.inverseTransform(Dataset.of(new double[][] {{0}, {8}})));
        assertTrue(batch.getMessage().contains("row 1") && batch.getMessage().contains("column 0"), batch.getMessage());
    }

    @Test
    void boxCox_columnSpanningTheWholeDoubleRange_findsTheLikelihoodsMaximum() {
        // {MIN_VALUE, 1, 2, 1e308}: the normaliser scaled 1e308 beyond the range, its NaN sent the column to
        // the normalised route, and λ came back as the search's bound 2.618 (log-likelihood -7475 against
        // 9.583 at the maximum, near 5.567e-5, computed in high precision)
        double[] column = {Double.MIN_VALUE, 1, 2, 1e308};
        PowerTransformerModel m = BoxCox.of().fit(Dataset.of(new double[][] {{column[0]}, {column[1]}, {column[2]}, {column[3]}}));
        assertEquals(5.5669e-5, m.lambdas()[0], 1e-8);
        assertTrue(BoxCox.profileLogLikelihood(column, m.lambdas()[0]) > 9.58, "at the maximum");
        assertTrue(Double.isFinite(BoxCox.profileLogLikelihood(column, 0)), "finite at λ = 0");
    }
}
