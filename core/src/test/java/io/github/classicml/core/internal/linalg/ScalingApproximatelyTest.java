package io.github.classicml.core.internal.linalg;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one formatter of "about v 2^k" for messages about values beyond the double range. */
class ScalingApproximatelyTest {

    @Test
    void handWorked() {
        // 1.75 2^1024 = 3.146e308; 2^-1000 = 9.333e-302; -3 2^2000 = -3 x 1.148e602 = -3.444e602
        assertEquals("3.146e308", Scaling.approximately(1.75, 1024));
        assertEquals("9.333e-302", Scaling.approximately(1, -1000));
        assertEquals("-3.444e602", Scaling.approximately(-3, 2000));
        assertEquals("0", Scaling.approximately(0, 5000));
    }

    @Test
    void aMantissaThatRoundsUpToTen_movesToTheNextExponent() {
        // 10^-311 is about 0.99999... 10^-311 as the logarithm computes it: "10.00e-312" before
        double v = 1e-311;
        assertEquals("1.000e-311", Scaling.approximately(v * 0x1p100, -100));
        assertEquals("1.000e300", Scaling.approximately(1e300, 0));
    }

    @Test
    void anInfiniteValue_isNotPrintedAsAnExponentOfLongMaxValue() {
        // was "Infinitye9223372036854775807"
        assertEquals("beyond 1.8e308", Scaling.approximately(Double.POSITIVE_INFINITY, 3));
        assertEquals("below -1.8e308", Scaling.approximately(Double.NEGATIVE_INFINITY, 3));
        assertEquals("NaN", Scaling.approximately(Double.NaN, 0));
    }
}
