package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MissingValuesTest {

    private static final double NAN = Double.NaN;

    @Test
    void dropRows_keepsCompleteRowsAndTheirTargets() {
        Dataset d = Dataset.of(new double[][] {{1, 2}, {NAN, 3}, {4, 5}, {6, 7}}).withTargets(new double[] {10, 11, NAN, 13}, "y");
        Dataset kept = MissingValues.dropRows(d);
        assertArrayEquals(new double[] {1, 2, 6, 7}, kept.features(), 0.0);
        assertArrayEquals(new double[] {10, 13}, kept.targets(), 0.0);
    }

    @Test
    void dropColumns_byShare() {
        Dataset d = Dataset.of(new double[][] {{1, NAN, NAN}, {2, 3, NAN}, {4, 5, 6}, {7, 8, NAN}})
                .withColumnNames(List.of("a", "b", "c"));
        assertEquals(List.of("a"), MissingValues.dropColumns(d).columnNames());
        // b misses 1 of 4 (0.25), c misses 3 of 4
        assertEquals(List.of("a", "b"), MissingValues.dropColumns(d, 0.25).columnNames());
        assertEquals(List.of("a", "b", "c"), MissingValues.dropColumns(d, 0.75).columnNames());
        Dataset none = Dataset.of(new double[][] {{NAN}});
        assertEquals("data must keep at least one column, got 0 of 1 with at most 0 missing",
                assertThrows(IllegalArgumentException.class, () -> MissingValues.dropColumns(none)).getMessage());
    }

    @Test
    void interpolateLinear_handWorked() {
        // between (1, 10) and (4, 40): at 2 -> 20, at 3.5 -> 35; ends held at the nearest observed value
        double[] t = {0, 1, 2, 3.5, 4, 5};
        double[] y = {NAN, 10, NAN, NAN, 40, NAN};
        assertArrayEquals(new double[] {10, 10, 20, 35, 40, 40}, MissingValues.interpolateLinear(t, y), 1e-12);
        assertEquals("positions must be strictly increasing; entry 1 is 0 after 0",
                assertThrows(IllegalArgumentException.class,
                        () -> MissingValues.interpolateLinear(new double[] {0, 0}, new double[] {1, 2})).getMessage());
        assertEquals("values must have an observed entry, got 2 NaN of 2",
                assertThrows(IllegalArgumentException.class,
                        () -> MissingValues.interpolateLinear(new double[] {0, 1}, new double[] {NAN, NAN})).getMessage());
    }
}
