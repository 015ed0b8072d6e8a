package io.github.classicml.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CheckTest {

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void atLeast_belowMinimum_namesArgumentRuleAndValue() {
        assertEquals("clusters must be >= 1, got 0", message(() -> Check.atLeast("clusters", 0, 1)));
        assertEquals("alpha must be >= 0, got -0.5", message(() -> Check.atLeast("alpha", -0.5, 0.0)));
        assertEquals("alpha must be >= 0, got NaN", message(() -> Check.atLeast("alpha", Double.NaN, 0.0)));
        assertEquals(3, Check.atLeast("k", 3, 1));
    }

    @Test
    void atMost_withDescription_statesTheQuantity() {
        assertEquals("clusters must be <= the number of rows (3), got 5",
                message(() -> Check.atMost("clusters", 5, 3, "the number of rows")));
        assertEquals("k must be <= 10, got 11", message(() -> Check.atMost("k", 11, 10)));
    }

    @Test
    void positive_zeroNanOrInfinity_throws() {
        assertEquals("tolerance must be > 0 and finite, got 0", message(() -> Check.positive("tolerance", 0)));
        assertEquals("tolerance must be > 0 and finite, got Infinity",
                message(() -> Check.positive("tolerance", Double.POSITIVE_INFINITY)));
        assertEquals("tolerance must be > 0 and finite, got NaN",
                message(() -> Check.positive("tolerance", Double.NaN)));
        assertEquals(1e-4, Check.positive("tolerance", 1e-4));
        assertEquals("alpha must be >= 0 and finite, got -1", message(() -> Check.nonNegative("alpha", -1)));
    }

    @Test
    void ranges_outside_throw() {
        assertEquals("p must be in [0, 1], got 1.5", message(() -> Check.inClosedRange("p", 1.5, 0, 1)));
        assertEquals("fraction must be in (0, 1), got 1", message(() -> Check.inOpenRange("fraction", 1, 0, 1)));
        assertEquals(0.25, Check.inOpenRange("fraction", 0.25, 0, 1));
    }

    @Test
    void sameLength_differs_namesBoth() {
        assertEquals("actual has 150 entries but predicted has 149",
                message(() -> Check.sameLength("actual", 150, "predicted", 149)));
    }

    @Test
    void allFinite_nan_namesEntry() {
        assertEquals("scores must be finite; entry 2 is NaN",
                message(() -> Check.allFinite("scores", new double[] {0, 1, Double.NaN})));
        assertEquals("scores must not be empty, got 0 entries", message(() -> Check.notEmpty("scores", 0)));
    }

    @Test
    void classIndex_outOfRange_namesEntry() {
        assertEquals("predicted must hold class indices in [0, 2]; entry 4 is 3",
                message(() -> Check.classIndex("predicted", 4, 3, 3)));
    }

    @Test
    void datasetChecks_nameRowAndColumn() {
        Dataset data = Dataset.of(new double[][] {{1, 2}, {3, Double.NaN}}).withTargets(new double[] {1, 2}, "y");
        assertEquals("features must be finite; row 1, column 1 is NaN; impute or drop missing values first",
                message(() -> Check.finiteFeatures(data)));
        Dataset badTarget = Dataset.of(new double[][] {{1}, {2}}).withTargets(new double[] {1, Double.NEGATIVE_INFINITY}, "y");
        assertEquals("targets must be finite; row 1 is -Infinity", message(() -> Check.finiteTargets(badTarget)));
        assertEquals("data must have at least 3 rows, got 2", message(() -> Check.minRows(data, 3)));
        assertEquals("data must have class targets, got numeric targets", message(() -> Check.hasClasses(data)));
        Dataset classes = data.withClasses(new int[] {0, 1}, List.of("a", "b"));
        assertEquals("data must have numeric targets, got class targets",
                message(() -> Check.finiteTargets(classes)));
    }

    @Test
    void widthChecks_nameBothWidths() {
        assertEquals("row has 3 columns but the model was fitted on 4",
                message(() -> Check.rowWidth(new double[3], 4)));
        assertEquals("data has 2 columns but the model was fitted on 4",
                message(() -> Check.columns(Dataset.of(new double[][] {{1, 2}}), 4)));
    }

    @Test
    void notNull_null_namesArgument() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Check.notNull("data", null));
        assertEquals("data must not be null", e.getMessage());
    }

    @Test
    void format_integralValuesHaveNoFraction() {
        assertEquals("3", Check.format(3.0));
        assertEquals("0.1", Check.format(0.1));
        assertEquals("1.0E20", Check.format(1e20));
    }

    @Test
    void perEntryOverloads_nameFirst_messageOnlyOnFailure() {
        assertEquals("labels must be >= 0; entry 2 is -1", message(() -> Check.atLeast("labels", 2, -1, 0)));
        assertEquals("relevance must be >= 0; entry 1 is -0.5",
                message(() -> Check.atLeast("relevance", 1, -0.5, 0.0)));
        assertEquals("relevance must be >= 0; entry 1 is NaN",
                message(() -> Check.atLeast("relevance", 1, Double.NaN, 0.0)));
        assertEquals("p must be in [0, 1]; entry 3 is 1.5", message(() -> Check.inClosedRange("p", 3, 1.5, 0, 1)));
        assertEquals("p must be in [0, 1]; row 3, column 1 is NaN",
                message(() -> Check.inClosedRange("p", 3, 1, Double.NaN, 0, 1)));
        assertEquals("x must be finite; row 0, column 4 is Infinity",
                message(() -> Check.finite("x", 0, 4, Double.POSITIVE_INFINITY)));
        assertEquals("x must have 3 columns in every row; row 2 has 4", message(() -> Check.rowLength("x", 2, 4, 3)));
        assertEquals("names must not be blank; entry 1 is blank", message(() -> Check.notBlank("names", 1, " ")));
        assertEquals("count must be >= 0, got -3", message(() -> Check.atLeast("count", -3L, 0L)));
        assertEquals("rowIndices[4] must be in [0, 9], got 10", assertThrows(IndexOutOfBoundsException.class,
                () -> Check.index("rowIndices", 4, 10, 10)).getMessage());
        // valid entries pass through unchanged
        assertEquals(7, Check.atLeast("labels", 0, 7, 0));
        assertEquals(0.25, Check.inClosedRange("p", 0, 0.25, 0, 1));
        assertEquals(0.25, Check.inClosedRange("p", 0, 0, 0.25, 0, 1));
        assertEquals(2.5, Check.finite("x", 0, 0, 2.5));
        assertEquals(9, Check.index("rowIndices", 4, 9, 10));
        assertEquals("a", Check.notBlank("names", 0, "a"));
    }

    @Test
    void tableSize_productBeyondTheLimit_namesBothDimensions() {
        assertEquals(12, Check.tableSize("t", 3, "classes", 4, "columns", 12));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Check.tableSize("the count table", 1 << 20, "classes", 4096, "columns", Integer.MAX_VALUE - 8));
        assertEquals("the count table must have at most 2147483639 entries, got 1048576 classes x 4096 columns"
                + " = 4294967296", e.getMessage());
    }

    @Test
    void addCount_overflow_namesTheEntryAndTheLimit() {
        assertEquals(5L, Check.addCount("counts", 2, 3, () -> "x"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Check.addCount("counts", Long.MAX_VALUE - 1, 2, () -> "counts[1][0]"));
        assertEquals("counts must sum to at most 9223372036854775807; adding counts[1][0] = 2 to "
                + "9223372036854775806 overflows", e.getMessage());
    }

    @Test
    void atMost_entryBeyondALimit_namesEntryAndLimit() {
        assertEquals(7, Check.atMost("classes", 0, 7, 7, "L"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Check.atMost("classes", 3, 8, 7, "L"));
        assertEquals("classes must be <= 7 (L); entry 3 is 8", e.getMessage());
    }

    @Test
    void rowWidth_ofABatchRow_namesTheRowAndBothWidths() {
        Check.rowWidth("rows", 4, new double[3], 3);
        assertEquals("rows[12] has 3 columns but the model was fitted on 4", assertThrows(
                IllegalArgumentException.class, () -> Check.rowWidth("rows", 12, new double[3], 4)).getMessage());
        assertEquals("rows[2] must not be null", assertThrows(NullPointerException.class,
                () -> Check.rowWidth("rows", 2, null, 4)).getMessage());
    }

    @Test
    void inRow_putsThePositionInFrontOfTheRowsMessage() {
        IllegalArgumentException row = new IllegalArgumentException("row must be finite; entry 3 is NaN");
        IllegalArgumentException batch = Check.inRow("rows", 12, row);
        assertEquals("rows[12]: row must be finite; entry 3 is NaN", batch.getMessage());
        assertEquals(row, batch.getCause());
        assertEquals("data row 12: row must be finite; entry 3 is NaN", Check.inRow(12, row).getMessage());
    }
}
