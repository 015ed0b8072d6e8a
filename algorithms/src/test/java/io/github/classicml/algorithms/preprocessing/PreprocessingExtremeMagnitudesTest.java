package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Preprocessing near the ends of the double range (issue 13): scale-free outputs do not change when
 * the data are multiplied by 2^±1000 or 10^±300, and an output that cannot be represented is refused
 * naming its row and column.
 */
class PreprocessingExtremeMagnitudesTest {

    /** One column 1, 2, 3, 4 times {@code s}: mean 2.5 s, population variance 1.25 s². */
    private static Dataset column(double s) {
        return Dataset.of(new double[][] {{s}, {2 * s}, {3 * s}, {4 * s}});
    }

    @ParameterizedTest(name = "2^{0}")
    @ValueSource(ints = {1000, -1000})
    void standardScaler_powerOfTwoScale_exactlyTheUnscaledOutput(int exponent) {
        double s = Math.scalb(1.0, exponent);
        StandardScalerModel model = StandardScaler.of().fit(column(s));
        assertArrayEquals(new double[] {2.5 * s}, model.means(), 0.0);
        assertArrayEquals(new double[] {Math.sqrt(1.25) * s}, model.scales(), 0.0);
        // (1 - 2.5) / √1.25 = -1.3416..., as unscaled, bit for bit (the scaling is by a power of two)
        assertArrayEquals(StandardScaler.of().fit(column(1)).transform(column(1)).toArray()[0],
                model.transform(column(s)).toArray()[0], 0.0);
        assertEquals(-1.5 / Math.sqrt(1.25), model.transform(new double[] {s})[0], 1e-15);
    }

    @Test
    void standardScaler_varianceBeyondTheRange_reportedAsInfinity_scaleExact() {
        double s = Math.scalb(1.0, 1000);
        StandardScalerModel model = StandardScaler.of().fit(column(s));
        assertEquals(Double.POSITIVE_INFINITY, model.variances()[0]);
        assertEquals(Math.sqrt(1.25) * s, model.scales()[0], 0.0);
    }

    @ParameterizedTest(name = "scale={0}")
    @ValueSource(doubles = {1e300, 1e-300})
    void scalers_decimalScale_sameOutputs(double scale) {
        double[][] plain = column(1).toArray();
        assertArrayEquals(StandardScaler.of().fit(column(1)).transform(plain)[3],
                StandardScaler.of().fit(column(scale)).transform(column(scale).toArray())[3], 1e-15);
        // max-abs: 4 s is the largest, so the outputs are 0.25, 0.5, 0.75, 1 whatever s
        assertArrayEquals(new double[] {0.25}, MaxAbsScaler.of().fit(column(scale)).transform(new double[] {scale}),
                1e-15);
        // min-max to [0, 1]: (2 s - s) / (4 s - s) = 1/3
        assertArrayEquals(new double[] {1.0 / 3}, MinMaxScaler.of().fit(column(scale)).transform(new double[] {2 * scale}),
                1e-15);
        // robust: median 2.5 s, quartiles 1.75 s and 3.25 s, so (4 s - 2.5 s) / 1.5 s = 1
        assertArrayEquals(new double[] {1.0}, RobustScaler.of().fit(column(scale)).transform(new double[] {4 * scale}),
                1e-15);
    }

    @Test
    void minMaxScaler_rangeBeyondTheDoubleRange_stillMapsToTheTargetRange() {
        // max - min = 2e308 overflows; the scale is computed from the half-range instead
        Dataset wide = Dataset.of(new double[][] {{-1e308}, {0}, {1e308}});
        assertArrayEquals(new double[] {0.5}, MinMaxScaler.of().fit(wide).transform(new double[] {0}), 1e-15);
        assertArrayEquals(new double[] {1.0}, MinMaxScaler.of().fit(wide).transform(new double[] {1e308}), 1e-15);
    }

    @ParameterizedTest(name = "scale={0}")
    @ValueSource(doubles = {1e300, 1e-300})
    void pcaWhitened_and_correlationFilter_decimalScale_sameAnswers(double scale) {
        double[][] x = {{1, 2, 0.5}, {2, 3.9, 0.1}, {3, 6.1, 0.7}, {4, 8, 0.2}, {5, 10.2, 0.9}};
        double[][] scaled = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            scaled[i] = x[i].clone();
            for (int j = 0; j < 3; j++) {
                scaled[i][j] *= scale;
            }
        }
        Pca pca = Pca.of(2).withWhiten(true);
        double[][] expected = pca.fit(Dataset.of(x)).transform(x);
        double[][] actual = pca.fit(Dataset.of(scaled)).transform(scaled);
        for (int i = 0; i < x.length; i++) {
            assertArrayEquals(expected[i], actual[i], 1e-12, "row " + i);
        }
        // columns 0 and 1 correlate above 0.99; column 2 does not: the filter keeps 0 and 2 at any scale
        assertArrayEquals(new int[] {0, 2}, CorrelationFilter.of().withThreshold(0.9).fit(Dataset.of(scaled)).keptColumns());
    }

    @ParameterizedTest(name = "scale={0}")
    @ValueSource(doubles = {1e300, 1e-300})
    void knnImputer_decimalScale_imputesTheScaledValue(double scale) {
        double nan = Double.NaN;
        // the row (1, NaN) is nearest to (1.1, 10) and (0.9, 30): uniform 2-NN imputes (10 + 30) / 2 = 20
        double[][] x = {{1.1, 10}, {0.9, 30}, {5, 100}, {1, nan}};
        double[][] scaled = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            scaled[i] = new double[] {x[i][0] * scale, x[i][1] * scale};
        }
        KnnImputerModel model = KnnImputer.of().withNeighbours(2).fit(Dataset.of(scaled));
        assertEquals(20, model.transform(scaled[3])[1] / scale, 1e-12);
    }

    @Test
    void polynomialFeatures_outputBeyondTheRange_throwsNamingRowAndColumn() {
        PolynomialFeaturesModel model = PolynomialFeatures.of(2).fit(Dataset.of(new double[][] {{1}, {2}}));
        // outputs 1, x, x²: (1e200)² overflows in output column 2
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.transform(new double[][] {{3}, {1e200}}));
        assertEquals("transformed values must be finite; row 1, output column 2 is Infinity: the transformation of "
                + "this row lies outside the double range (about 1.8e308); rescale the features", e.getMessage());
    }

    @Test
    void oneHotEncoder_outputBeyondTheLargestArray_refusedBeforeAllocating() {
        // 50 000 rows of 2 columns with 50 000 distinct codes each: 100 000 output columns, and
        // 50 000 x 100 000 = 5e9 values, more than a Java array holds; refused with the sizes, not a
        // NegativeArraySizeException from an int overflow
        double[][] x = new double[50_000][];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {i, i};
        }
        Dataset data = Dataset.of(x);
        OneHotEncoderModel model = OneHotEncoder.of().fit(data);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.transform(data));
        // the limit is the largest array or, on a smaller heap, the doubles the heap can hold
        assertTrue(e.getMessage().startsWith("the transformed data must have at most "), e.getMessage());
        assertTrue(e.getMessage().endsWith(" values (Dataset.MAX_CELLS, the largest array), got 50000 rows x 100000 "
                + "output columns = 5000000000; transform fewer rows at a time") || e.getMessage().endsWith(" MiB can "
                + "hold), got 50000 rows x 100000 output columns = 5000000000; transform fewer rows at a time"),
                e.getMessage());
    }

    @Test
    void correlationFilter_moreColumnsThanItsLimit_refusedBeforeAllocating() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CorrelationFilter.of().fit(Dataset.of(new double[2][4097])));
        assertEquals("columns must be <= 4096 for a correlation matrix, got 4097 (4097 x 4097 correlations); "
                + "select candidate columns first", e.getMessage());
    }
}
