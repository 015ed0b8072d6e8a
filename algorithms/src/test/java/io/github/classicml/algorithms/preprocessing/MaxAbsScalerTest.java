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

class MaxAbsScalerTest implements TransformerContract<MaxAbsScalerModel> {

    @Override
    public Learner<MaxAbsScalerModel> learner() {
        return MaxAbsScaler.of();
    }

    @Test
    void handWorked() {
        // column 0: |-8| is the largest -> divide by 8; column 1 all zero -> divisor 1
        Dataset d = Dataset.of(new double[][] {{2, 0}, {-8, 0}, {4, 0}});
        MaxAbsScalerModel m = MaxAbsScaler.of().fit(d);
        assertArrayEquals(new double[] {8, 0}, m.maxAbs(), 0.0);
        assertArrayEquals(new double[] {8, 1}, m.scales(), 0.0);
        assertArrayEquals(new double[] {0.25, 3}, m.transform(new double[] {2, 3}), 0.0);
        assertArrayEquals(new double[] {2, 3}, m.inverseTransform(new double[] {0.25, 3}), 0.0);
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
    void trainingRowsLieInMinusOneOne_zerosStay_andInverseRoundTrips(long seed) {
        Dataset d = ScalerTestSupport.randomRows(seed, 30, 3);
        MaxAbsScalerModel m = MaxAbsScaler.of().fit(d);
        for (int j = 0; j < 3; j++) {
            double largest = 0;
            for (double v : m.transform(d).column(j)) {
                largest = Math.max(largest, Math.abs(v));
            }
            assertEquals(1.0, largest, 1e-15, "column " + j);
        }
        assertArrayEquals(new double[3], m.transform(new double[3]), 0.0);
        ScalerTestSupport.assertRoundTrip(m, m::inverseTransform, d);
    }
}
