package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.TransformerContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RobustScalerTest implements TransformerContract<RobustScalerModel> {

    @Override
    public Learner<RobustScalerModel> learner() {
        return RobustScaler.of();
    }

    @Test
    void handWorked() {
        // 1 2 4 8 100: median 4; 25th percentile at position 1 -> 2, 75th at position 3 -> 8: IQR 6
        Dataset d = Dataset.of(new double[][] {{8}, {1}, {100}, {4}, {2}});
        RobustScalerModel m = RobustScaler.of().fit(d);
        assertArrayEquals(new double[] {4}, m.centres(), 0.0);
        assertArrayEquals(new double[] {6}, m.scales(), 0.0);
        assertArrayEquals(new double[] {16}, m.transform(new double[] {100}), 0.0);
        assertArrayEquals(new double[] {100}, m.inverseTransform(new double[] {16}), 0.0);
        // the outlier does not move the scale: replacing 100 by 10^6 gives the same model
        RobustScalerModel wild = RobustScaler.of().fit(Dataset.of(new double[][] {{8}, {1}, {1e6}, {4}, {2}}));
        assertArrayEquals(m.scales(), wild.scales(), 0.0);
        // 0-100 range without centring: max - min = 99
        RobustScalerModel full = RobustScaler.of().withQuantileRange(0, 100).withCentre(false).fit(d);
        assertArrayEquals(new double[] {0}, full.centres(), 0.0);
        assertArrayEquals(new double[] {99}, full.scales(), 0.0);
    }

    @Test
    void badQuantiles_throw() {
        assertEquals("lowerQuantile must be <= upperQuantile (20), got 30",
                assertThrows(IllegalArgumentException.class, () -> RobustScaler.of().withQuantileRange(30, 20)).getMessage());
        assertEquals("upperQuantile must be in [0, 100], got 101",
                assertThrows(IllegalArgumentException.class, () -> RobustScaler.of().withQuantileRange(30, 101)).getMessage());
    }

    @Test
    void transform_nonFinite_throwsNamingRowAndColumn() {
        ScalerTestSupport.assertTransformRefusesNonFinite(learner().fit(training()), probes(), false);
    }

    static LongStream seeds() {
        return LongStream.range(0, 30);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void trainingMedianGoesToZero_andInverseRoundTrips(long seed) {
        Dataset d = ScalerTestSupport.randomRows(seed, 31, 3);
        RobustScalerModel m = RobustScaler.of().fit(d);
        for (int j = 0; j < 3; j++) {
            double[] sorted = ColumnStatistics.sortedColumn(m.transform(d).features(), 31, 3, j);
            assertEquals(0.0, sorted[15], 1e-12, "column " + j);
        }
        ScalerTestSupport.assertRoundTrip(m, m::inverseTransform, d);
    }
}
