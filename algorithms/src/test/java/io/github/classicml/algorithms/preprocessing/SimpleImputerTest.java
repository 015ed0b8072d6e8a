package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.TransformerContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SimpleImputerTest implements TransformerContract<SimpleImputerModel> {

    /**
     * Not scale-invariant: the imputed columns are in the input's units while the indicator columns are
     * 0 or 1, so the output is neither the same nor scaled by one factor.
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return false;
    }

    private static final double NAN = Double.NaN;

    @Override
    public Learner<SimpleImputerModel> learner() {
        return SimpleImputer.of().withIndicator(true);
    }

    @Override
    public boolean acceptsMissingValues() {
        return true;
    }

    @Override
    public Dataset contractData(SplittableRandom rng, int rows, int columns) {
        return ImputerTestData.withMissing(rng, rows, columns);
    }

    @Test
    void handWorked_everyStrategy() {
        // column 0: 1, 3, NaN, 3, 9 -> mean 16/4 = 4, median (3+3)/2 = 3, most frequent 3
        // column 1: 2, NaN, 5, 5, 2 -> mean 14/4 = 3.5, median (2+5)/2 = 3.5, most frequent: 2 and 5
        //           twice each -> the smaller, 2
        Dataset d = Dataset.of(new double[][] {{1, 2}, {3, NAN}, {NAN, 5}, {3, 5}, {9, 2}}).withColumnNames(List.of("a", "b"));
        assertArrayEquals(new double[] {4, 3.5}, SimpleImputer.of().fit(d).fillValues(), 0.0);
        assertArrayEquals(new double[] {3, 3.5},
                SimpleImputer.of().withStrategy(SimpleImputer.Strategy.MEDIAN).fit(d).fillValues(), 0.0);
        assertArrayEquals(new double[] {3, 2},
                SimpleImputer.of().withStrategy(SimpleImputer.Strategy.MOST_FREQUENT).fit(d).fillValues(), 0.0);
        SimpleImputerModel constant = SimpleImputer.of().withConstant(-1).withIndicator(true).fit(d);
        assertArrayEquals(new double[] {-1, 2, 1, 0}, constant.transform(new double[] {NAN, 2}), 0.0);
        assertEquals(List.of("a", "b", "missingindicator_a", "missingindicator_b"), constant.transform(d).columnNames());
        assertArrayEquals(new double[] {4, 3.5}, SimpleImputer.of().fit(d).transform(new double[] {NAN, NAN}), 0.0);
    }

    @Test
    void indicators_onlyForColumnsMissingAtFit() {
        Dataset d = Dataset.of(new double[][] {{1, 2}, {NAN, 4}});
        SimpleImputerModel m = SimpleImputer.of().withIndicator(true).fit(d);
        assertArrayEquals(new int[] {0}, m.indicatorColumns());
        assertEquals(3, m.outputColumns());
        // column 1 had no missing value at fit: it is still imputed, with no indicator
        assertArrayEquals(new double[] {5, 3, 0}, m.transform(new double[] {5, NAN}), 0.0);
    }

    @Test
    void columnWithoutObservedValue_throws_exceptForConstant() {
        Dataset d = Dataset.of(new double[][] {{1, NAN}, {2, NAN}});
        assertEquals("column 1 (x1) must have an observed value, got 2 missing of 2; drop it first (MissingValues.dropColumns)",
                assertThrows(IllegalArgumentException.class, () -> SimpleImputer.of().fit(d)).getMessage());
        assertArrayEquals(new double[] {1, 0}, SimpleImputer.of().withConstant(0).fit(d).transform(new double[] {1, NAN}), 0.0);
    }

    @Test
    void transform_infinity_throwsNamingRowAndColumn() {
        ScalerTestSupport.assertTransformRefusesNonFinite(learner().fit(training()), probes(), true);
    }

    @Test
    void badSettings_throw() {
        assertEquals("fillValue must be finite, got NaN",
                assertThrows(IllegalArgumentException.class, () -> SimpleImputer.of().withConstant(NAN)).getMessage());
        assertEquals("strategy must not be null",
                assertThrows(NullPointerException.class, () -> SimpleImputer.of().withStrategy(null)).getMessage());
    }

    static LongStream seeds() {
        return LongStream.range(0, 30);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void observedValuesKept_meanOfImputedColumnUnchanged(long seed) {
        Dataset d = ImputerTestData.withMissing(new SplittableRandom(seed), 40, 3);
        SimpleImputerModel m = SimpleImputer.of().fit(d);
        Dataset out = m.transform(d);
        for (int i = 0; i < d.rows(); i++) {
            for (int j = 0; j < 3; j++) {
                if (!Double.isNaN(d.get(i, j))) {
                    assertEquals(d.get(i, j), out.get(i, j), 0.0);
                }
            }
        }
        for (int j = 0; j < 3; j++) {
            double sum = 0;
            for (double v : out.column(j)) {
                sum += v;
            }
            assertEquals(m.fillValues()[j], sum / d.rows(), 1e-12, "column " + j);
        }
    }
}
