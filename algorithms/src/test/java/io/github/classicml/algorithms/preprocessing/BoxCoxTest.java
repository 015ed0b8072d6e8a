package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.RandomData;
import io.github.classicml.core.testing.TransformerContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BoxCoxTest implements TransformerContract<PowerTransformerModel> {

    /**
     * Not scale-invariant: the output is a power of the input whose exponent is fitted to its magnitude.
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return false;
    }

    @Override
    public Learner<PowerTransformerModel> learner() {
        return BoxCox.of();
    }

    @Override
    public int minimumRows() {
        return 2;
    }

    /** Positive, right-skewed: exp of standard normals. */
    @Override
    public Dataset contractData(SplittableRandom rng, int rows, int columns) {
        double[][] x = RandomData.unlabeled(rng, rows, columns).toArray();
        for (double[] row : x) {
            for (int j = 0; j < columns; j++) {
                row[j] = Math.exp(row[j]);
            }
        }
        return Dataset.of(x);
    }

    @Test
    void profileLogLikelihood_handWorked() {
        // x = 1, e, e^2: Σ log x = 3; at λ = 0 the variance of log x = (0, 1, 2) is 2/3:
        // ℓ(0) = (0 - 1)·3 - 3/2·log(2/3)
        double e = Math.E;
        double[] x = {1, e, e * e};
        assertEquals(-3 - 1.5 * Math.log(2.0 / 3), BoxCox.profileLogLikelihood(x, 0), 1e-14);
        // at λ = 1 the Jacobian term vanishes and the variance is that of x itself
        double mean = (1 + e + e * e) / 3;
        double var = ((1 - mean) * (1 - mean) + (e - mean) * (e - mean) + (e * e - mean) * (e * e - mean)) / 3;
        assertEquals(-1.5 * Math.log(var), BoxCox.profileLogLikelihood(x, 1), 1e-13);
        // the transformation itself: λ = 0.5 on 4 -> (2 - 1)/0.5 = 2; λ = 0 -> log
        assertEquals(2.0, PowerTransforms.boxCox(4, 0.5), 1e-15);
        assertEquals(Math.log(7), PowerTransforms.boxCox(7, 0), 0.0);
        assertEquals(4.0, PowerTransforms.boxCoxInverse(2, 0.5), 1e-15);
    }

    @Test
    void profileLogLikelihood_nearZeroLambda_isContinuousWithTheLogCase() {
        // ℓ(λ) → ℓ(0) as λ → 0: at λ = 1e-9 (the series path, |λ|·range of log x tiny) the two agree to
        // first order, |ℓ(λ) - ℓ(0)| ~ |λ|·|ℓ'(0)|
        double[] x = {0.5, 1, 2, 4, 8, 30};
        double at0 = BoxCox.profileLogLikelihood(x, 0);
        for (double lambda : new double[] {1e-9, -1e-9, 1e-6}) {
            assertEquals(at0, BoxCox.profileLogLikelihood(x, lambda), 1e3 * Math.abs(lambda) + 1e-12, "lambda " + lambda);
        }
        // both sides of the 0.01 switch: λ·range of log x = λ·log 60, at λ = 0.01/log 60 ± 1e-9
        double edge = 0.01 / Math.log(60);
        assertEquals(BoxCox.profileLogLikelihood(x, edge - 1e-9), BoxCox.profileLogLikelihood(x, edge + 1e-9), 1e-7);
    }

    @Test
    void nonPositive_refusedWithClearMessage() {
        Dataset d = Dataset.of(new double[][] {{1, 2}, {3, 0}, {2, 5}});
        assertEquals("data must be > 0 for Box-Cox; row 1, column 1 is 0; use YeoJohnson for zero or negative values",
                assertThrows(IllegalArgumentException.class, () -> BoxCox.of().fit(d)).getMessage());
        PowerTransformerModel m = BoxCox.of().fit(training());
        assertEquals("row must be > 0 for Box-Cox; column 2 is -1; use YeoJohnson for zero or negative values",
                assertThrows(IllegalArgumentException.class, () -> m.transform(new double[] {1, 1, -1})).getMessage());
        assertEquals("data must be > 0 for Box-Cox; row 0, column 0 is -3; use YeoJohnson for zero or negative values",
                assertThrows(IllegalArgumentException.class,
                        () -> m.transform(Dataset.of(new double[][] {{-3, 1, 1}}))).getMessage());
        assertEquals("column 0 (x0) must not be constant for Box-Cox, got every value 2; drop it first",
                assertThrows(IllegalArgumentException.class,
                        () -> BoxCox.of().fit(Dataset.of(new double[][] {{2}, {2}, {2}}))).getMessage());
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
    void inverseRoundTrips_andStandardisedColumnsHaveMeanZero(long seed) {
        Dataset d = contractData(new SplittableRandom(seed), 50, 2);
        PowerTransformerModel m = BoxCox.of().fit(d);
        Dataset z = m.transform(d);
        for (int j = 0; j < 2; j++) {
            double mean = 0;
            for (double v : z.column(j)) {
                mean += v / d.rows();
            }
            assertEquals(0, mean, 1e-12);
        }
        for (int i = 0; i < d.rows(); i++) {
            assertArrayEquals(d.row(i), m.inverseTransform(z.row(i)), 1e-10 * Math.max(1, Math.abs(d.row(i)[0]) + Math.abs(d.row(i)[1])));
        }
    }
}
