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
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinMaxScalerTest implements TransformerContract<MinMaxScalerModel> {

    @Override
    public Learner<MinMaxScalerModel> learner() {
        return MinMaxScaler.of().withRange(-1, 2);
    }

    @Test
    void handWorked() {
        // column 0: min 2, max 6 -> scale 1/4, offset -1/2; column 1 constant 5 -> range 0 -> divisor 1,
        // scale 1, offset -5
        Dataset d = Dataset.of(new double[][] {{2, 5}, {6, 5}, {3, 5}});
        MinMaxScalerModel m = MinMaxScaler.of().fit(d);
        assertArrayEquals(new double[] {0.25, 1}, m.scales(), 0.0);
        assertArrayEquals(new double[] {-0.5, -5}, m.offsets(), 0.0);
        assertArrayEquals(new double[] {0.25, 0}, m.transform(new double[] {3, 5}), 0.0);
        // outside the training range: 10 -> 2; clipped to 1
        assertArrayEquals(new double[] {2, 1}, m.transform(new double[] {10, 6}), 0.0);
        assertArrayEquals(new double[] {1, 1}, MinMaxScaler.of().withClip(true).fit(d).transform(new double[] {10, 6}), 0.0);
        // range [-1, 1]: scale 2/4, offset -1 - 2·0.5 = -2
        assertArrayEquals(new double[] {-0.5, -1}, MinMaxScaler.of().withRange(-1, 1).fit(d).transform(new double[] {3, 5}), 0.0);
        assertArrayEquals(new double[] {3, 5}, m.inverseTransform(new double[] {0.25, 0}), 0.0);
    }

    @Test
    void badRange_throws() {
        assertEquals("rangeMin must be < rangeMax (1), got 1",
                assertThrows(IllegalArgumentException.class, () -> MinMaxScaler.of().withRange(1, 1)).getMessage());
        assertEquals("rangeMax must be finite, got NaN",
                assertThrows(IllegalArgumentException.class, () -> MinMaxScaler.of().withRange(0, Double.NaN)).getMessage());
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
    void trainingRowsLandInTheRange_andInverseRoundTrips(long seed) {
        Dataset d = ScalerTestSupport.randomRows(seed, 40, 4);
        MinMaxScalerModel m = MinMaxScaler.of().withRange(-3, 5).fit(d);
        Dataset z = m.transform(d);
        for (int j = 0; j < 4; j++) {
            double[] c = z.column(j);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : c) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            assertEquals(-3, lo, 1e-12, "column " + j);
            assertEquals(5, hi, 1e-12, "column " + j);
            assertTrue(lo >= -3 - 1e-12 && hi <= 5 + 1e-12);
        }
        ScalerTestSupport.assertRoundTrip(m, m::inverseTransform, d);
    }
}
