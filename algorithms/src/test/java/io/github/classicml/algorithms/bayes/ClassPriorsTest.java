package io.github.classicml.algorithms.bayes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClassPriorsTest {

    private static final double NEG = Double.NEGATIVE_INFINITY;

    @Test
    void logPriors_eachRule_handWorked() {
        double[] counts = {6, 0, 2};
        // estimated: 6/8 and 2/8; a class without rows has prior 0
        assertArrayEquals(new double[] {Math.log(0.75), NEG, Math.log(0.25)}, ClassPriors.estimated().logPriors(counts),
                1e-15);
        // uniform over the two classes with rows
        assertArrayEquals(new double[] {Math.log(0.5), NEG, Math.log(0.5)}, ClassPriors.uniform().logPriors(counts));
        assertArrayEquals(new double[] {Math.log(0.2), NEG, Math.log(0.5)},
                ClassPriors.of(0.2, 0.3, 0.5).logPriors(counts));
    }

    @Test
    void of_invalidPriors_throwWithTheValue() {
        assertEquals("priors must sum to 1 (within 1.0E-5), got 0.9",
                assertThrows(IllegalArgumentException.class, () -> ClassPriors.of(0.5, 0.4)).getMessage());
        assertEquals("priors must be in (0, 1]; entry 1 is 0",
                assertThrows(IllegalArgumentException.class, () -> ClassPriors.of(1, 0)).getMessage());
        assertEquals("priors must be in (0, 1]; entry 0 is -0.5",
                assertThrows(IllegalArgumentException.class, () -> ClassPriors.of(-0.5, 1.5)).getMessage());
        assertEquals("priors must be in (0, 1]; entry 0 is NaN",
                assertThrows(IllegalArgumentException.class, () -> ClassPriors.of(Double.NaN)).getMessage());
        assertEquals("values must hold one prior per class, got 0 entries",
                assertThrows(IllegalArgumentException.class, ClassPriors::of).getMessage());
        assertEquals("values must be empty unless rule is GIVEN, got [0.5]",
                assertThrows(IllegalArgumentException.class,
                        () -> new ClassPriors(ClassPriors.Rule.UNIFORM, List.of(0.5))).getMessage());
        // a third of each sums to 1 up to rounding
        assertEquals(List.of(1 / 3.0, 1 / 3.0, 1 / 3.0), ClassPriors.of(1 / 3.0, 1 / 3.0, 1 / 3.0).values());
    }

    @Test
    void checkClassCount_mismatch_throws() {
        assertEquals("priors must have one entry per class (3), got 2",
                assertThrows(IllegalArgumentException.class, () -> ClassPriors.of(0.5, 0.5).checkClassCount(3))
                        .getMessage());
        ClassPriors.estimated().checkClassCount(3);
    }
}
