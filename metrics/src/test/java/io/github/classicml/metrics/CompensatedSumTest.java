package io.github.classicml.metrics;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The compensated sum of the regression metrics near the top of the double range. */
class CompensatedSumTest {

    private static double sum(double... values) {
        RegressionMetrics.Sum s = new RegressionMetrics.Sum();
        for (double v : values) {
            s.add(v);
        }
        return s.value();
    }

    @Test
    void partialSumOverflows_finiteAnswerStaysFinite() {
        // 1e308 + 1e308 overflows; Neumaier's compensation then took (1e308 - Inf) + 1e308 = -Inf and the
        // next term gave Inf - Inf = NaN, although the sum is 1e308
        assertEquals(1e308, sum(1e308, 1e308, -1e308));
        assertEquals(1.5, sum(1e308, 1e308, -1e308, -1e308, 1.5));
        assertEquals(-1e308, sum(-1e308, -1e308, 1e308));
    }

    @Test
    void sumBeyondTheRange_isInfinite() {
        assertEquals(Double.POSITIVE_INFINITY, sum(1e308, 1e308));
        assertEquals(Double.NEGATIVE_INFINITY, sum(-1e308, -1e308, -1));
    }

    @Test
    void handWorked_compensationRecoversTheLostBits() {
        // 1 + 2^-53 + 2^-53: plain addition loses both halves; the compensation keeps them: 1 + 2^-52
        assertEquals(1 + 0x1p-52, sum(1, 0x1p-53, 0x1p-53));
    }

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void ordinarySums_sameBitsAsPlainNeumaier(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] v = new double[rng.nextInt(1, 500)];
        for (int i = 0; i < v.length; i++) {
            v[i] = (rng.nextDouble() - 0.5) * Math.scalb(1.0, rng.nextInt(-40, 40));
        }
        double s = 0;
        double c = 0;
        for (double x : v) {
            double t = s + x;
            c += Math.abs(s) >= Math.abs(x) ? (s - t) + x : (x - t) + s;
            s = t;
        }
        assertEquals(s + c, sum(v));
    }
}
