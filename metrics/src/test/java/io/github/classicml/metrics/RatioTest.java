package io.github.classicml.metrics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RatioTest {

    @Test
    void toString_wholeNumbersWithoutDecimals_othersToFour() {
        assertEquals("AUC = U / (positives · negatives) = 12.5 / 20 = 0.625",
                Ratio.of("AUC", "U / (positives · negatives)", 12.5, 20, ZeroDivision.ZERO).toString());
        assertEquals("macro recall = Σ per-class recall / classes = 2.3333 / 3 = 0.778",
                Ratio.of("macro recall", "Σ per-class recall / classes", 7.0 / 3, 3, ZeroDivision.ZERO).toString());
        assertEquals("0", Ratio.number(-0.0));
        assertEquals("-1250", Ratio.number(-1250));
        assertEquals("100000000000000000000", Ratio.number(1e20));
    }

    @Test
    void of_zeroDenominator_isUndefinedAndTakesThePolicy() {
        Ratio r = Ratio.of("x", "a / b", 3, 0, ZeroDivision.ONE);
        assertFalse(r.defined());
        assertEquals(1.0, r.value());
        assertEquals("x = a / b = 3 / 0, undefined; reported as 1.000", r.toString());
        assertTrue(Ratio.of("x", "a / b", 1, 4, ZeroDivision.NAN).defined());
        assertEquals(0.25, Ratio.of("x", "a / b", 1, 4, ZeroDivision.NAN).value());
    }

    @Test
    void constructor_nullName_throws() {
        assertEquals("name must not be null", assertThrows(NullPointerException.class,
                () -> new Ratio(null, "f", 1, 2, 0.5)).getMessage());
        assertEquals("zeroDivision must not be null", assertThrows(NullPointerException.class,
                () -> Ratio.of("x", "f", 1, 2, null)).getMessage());
    }
}
