package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.TransformerContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class YeoJohnsonTest implements TransformerContract<PowerTransformerModel> {

    /**
     * Not scale-invariant: the output is a power of the input whose exponent is fitted to its magnitude.
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return false;
    }

    @Override
    public Learner<PowerTransformerModel> learner() {
        return YeoJohnson.of().withStandardize(false);
    }

    @Override
    public int minimumRows() {
        return 2;
    }

    @Test
    void transformation_handWorked() {
        // λ = 0: log(1 + x) for x >= 0, -((1 - x)^2 - 1)/2 for x < 0; λ = 2: ((1 + x)^2 - 1)/2, -log(1 - x)
        assertEquals(Math.log(4), PowerTransforms.yeoJohnson(3, 0), 0.0);
        assertEquals(-1.5, PowerTransforms.yeoJohnson(-1, 0), 0.0);
        assertEquals(7.5, PowerTransforms.yeoJohnson(3, 2), 1e-15);
        assertEquals(-Math.log(4), PowerTransforms.yeoJohnson(-3, 2), 0.0);
        // λ = 1 is the identity on both sides
        assertEquals(-2.5, PowerTransforms.yeoJohnson(-2.5, 1), 1e-15);
        assertEquals(2.5, PowerTransforms.yeoJohnson(2.5, 1), 1e-15);
        for (double x : new double[] {-3, -1, 0, 3}) {
            for (double l : new double[] {0, 0.5, 2}) {
                assertEquals(x, PowerTransforms.yeoJohnsonInverse(PowerTransforms.yeoJohnson(x, l), l), 1e-12);
            }
        }
        // ℓ at λ = 1 for x = -1, 0, 2: variance of x = 14/9 (mean 1/3); Jacobian term 0
        assertEquals(-1.5 * Math.log(14.0 / 9), YeoJohnson.profileLogLikelihood(new double[] {-1, 0, 2}, 1), 1e-14);
    }

    @Test
    void transform_nonFinite_throwsNamingRowAndColumn() {
        ScalerTestSupport.assertTransformRefusesNonFinite(learner().fit(training()), probes(), false);
    }

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void inverseRoundTrips_onMixedSigns(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[40][2];
        for (double[] row : x) {
            row[0] = rng.nextGaussian() * 3;
            row[1] = -Math.log(rng.nextDouble()) * 5 - 2;
        }
        Dataset d = Dataset.of(x);
        PowerTransformerModel m = YeoJohnson.of().fit(d);
        for (int i = 0; i < d.rows(); i++) {
            assertArrayEquals(d.row(i), m.inverseTransform(m.transform(d.row(i))), 1e-9, "row " + i);
        }
    }
}
