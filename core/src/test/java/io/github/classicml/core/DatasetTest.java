package io.github.classicml.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetTest {

    private static final double[][] X = {{1, 2}, {3, 4}, {5, 6}};

    @Test
    void of_rowsAndColumns_areRowMajor() {
        Dataset d = Dataset.of(X);
        assertEquals(3, d.rows());
        assertEquals(2, d.columns());
        assertEquals(List.of("x0", "x1"), d.columnNames());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, d.features());
        assertEquals(4.0, d.get(1, 1));
        assertArrayEquals(new double[] {5, 6}, d.row(2));
        assertArrayEquals(new double[] {2, 4, 6}, d.column(1));
        assertFalse(d.hasTargets());
    }

    @Test
    void of_callerChangesArrays_datasetUnchanged() {
        double[][] x = {{1, 2}, {3, 4}};
        double[] y = {7, 8};
        Dataset d = Dataset.of(x).withTargets(y, "y");
        x[0][0] = 100;
        y[1] = 100;
        assertEquals(1.0, d.get(0, 0));
        assertEquals(8.0, d.target(1));
        double[] row = d.row(0);
        row[0] = 50;
        d.features()[0] = 50;
        d.targets()[0] = 50;
        assertEquals(1.0, d.get(0, 0));
        assertEquals(7.0, d.target(0));
    }

    @Test
    void of_raggedRows_throws() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(new double[][] {{1, 2}, {3}}));
        assertEquals("features must have 2 columns in every row; row 1 has 1", e.getMessage());
    }

    @Test
    void ofRowMajor_partialRow_throws() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.ofRowMajor(new double[5], 2));
        assertEquals("values must hold a whole number of rows of 2 columns, got 5 values", e.getMessage());
        assertEquals(0, Dataset.ofRowMajor(new double[0], 3).rows());
    }

    @Test
    void withTargets_lengthMismatch_throws() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(X).withTargets(new double[2], "y"));
        assertEquals("features has 3 entries but targets has 2", e.getMessage());
        IllegalArgumentException c = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(X).withClasses(new int[4], List.of("a")));
        assertEquals("features has 3 entries but classes has 4", c.getMessage());
    }

    @Test
    void withClasses_indexOutOfRange_throws() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(X).withClasses(new int[] {0, 2, 1}, List.of("a", "b")));
        assertEquals("classes must hold class indices in [0, 1]; entry 1 is 2", e.getMessage());
    }

    @Test
    void withClassLabels_sortsLabelsLikeLabelEncoder() {
        Dataset d = Dataset.of(X).withClassLabels(new String[] {"versicolor", "setosa", "versicolor"}, "species");
        assertEquals(List.of("setosa", "versicolor"), d.classNames());
        assertArrayEquals(new int[] {1, 0, 1}, d.classes());
        assertArrayEquals(new int[] {1, 2}, d.classCounts());
        assertEquals("species", d.targetName());
    }

    @Test
    void withClasses_integersOnly_namesAreDigits() {
        Dataset d = Dataset.of(X).withClasses(new int[] {2, 0, 2});
        assertEquals(List.of("0", "1", "2"), d.classNames());
        assertEquals(3, d.classCount());
    }

    @Test
    void select_repeatsAndReorders_keepsTargetsAndClassNames() {
        Dataset d = Dataset.of(X).withClasses(new int[] {0, 1, 2}, List.of("a", "b", "c"));
        Dataset s = d.select(new int[] {2, 2, 0});
        assertArrayEquals(new double[] {5, 6, 5, 6, 1, 2}, s.features());
        assertArrayEquals(new int[] {2, 2, 0}, s.classes());
        assertEquals(List.of("a", "b", "c"), s.classNames());
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> d.select(new int[] {3}));
        assertEquals("rowIndices[0] must be in [0, 2], got 3", e.getMessage());
    }

    @Test
    void selectColumns_reorders_andKeepsNames() {
        Dataset d = Dataset.of(X).withColumnNames(List.of("a", "b")).withTargets(new double[] {1, 2, 3}, "y");
        Dataset s = d.selectColumns(1, 0);
        assertEquals(List.of("b", "a"), s.columnNames());
        assertArrayEquals(new double[] {2, 1, 4, 3, 6, 5}, s.features());
        assertArrayEquals(new double[] {1, 2, 3}, s.targets());
        assertThrows(IllegalArgumentException.class, () -> d.selectColumns(0, 0));
    }

    @Test
    void withColumnNames_duplicate_throws() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(X).withColumnNames(List.of("a", "a")));
        assertEquals("names must be unique, got \"a\" at entries 0 and 1", e.getMessage());
        assertEquals(1, Dataset.of(X).withColumnNames(List.of("a", "b")).columnIndex("b"));
    }

    @Test
    void equals_nanEqualsNan_andTargetsMatter() {
        Dataset a = Dataset.of(new double[][] {{Double.NaN, 1}});
        Dataset b = Dataset.of(new double[][] {{Double.NaN, 1}});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, a.withTargets(new double[] {1}, "y"));
        assertEquals(1, a.missingFeatureCount());
    }

    @Test
    void accessors_wrongTargetKind_throwIllegalState() {
        Dataset d = Dataset.of(X);
        assertThrows(IllegalStateException.class, () -> d.target(0));
        assertThrows(IllegalStateException.class, d::classes);
        assertTrue(d.withTargets(new double[3], "y").hasNumericTargets());
        assertEquals("Dataset[3 rows x 2 columns, classes [a, b, c]]",
                d.withClasses(new int[] {0, 1, 2}, List.of("a", "b", "c")).toString());
    }

    @Test
    void get_outOfRange_throws() {
        Dataset d = Dataset.of(X);
        assertEquals("row must be in [0, 2], got 3",
                assertThrows(IndexOutOfBoundsException.class, () -> d.get(3, 0)).getMessage());
        assertEquals("column must be in [0, 1], got -1",
                assertThrows(IndexOutOfBoundsException.class, () -> d.get(0, -1)).getMessage());
    }

    @Test
    void everyIndexAccessor_outOfRange_throwsInOneShape() {
        Dataset d = Dataset.of(X).withClasses(new int[] {0, 1, 2});
        Dataset numeric = Dataset.of(X).withTargets(new double[] {1, 2, 3}, "y");
        assertEquals("row must be in [0, 2], got 3", outOfRange(() -> d.classOf(3)));
        assertEquals("row must be in [0, 2], got -1", outOfRange(() -> numeric.target(-1)));
        assertEquals("row must be in [0, 2], got 3", outOfRange(() -> d.row(3)));
        assertEquals("row must be in [0, 2], got 5", outOfRange(() -> d.copyRow(5, new double[2], 0)));
        assertEquals("column must be in [0, 1], got 2", outOfRange(() -> d.column(2)));
        assertEquals("column must be in [0, 1], got 2", outOfRange(() -> d.columnName(2)));
        assertEquals("columnIndices[1] must be in [0, 1], got 7", outOfRange(() -> d.selectColumns(0, 7)));
        assertEquals("rowIndices[2] must be in [0, 2], got -1", outOfRange(() -> d.select(new int[] {0, 1, -1})));
    }

    private static String outOfRange(Runnable r) {
        return assertThrows(IndexOutOfBoundsException.class, r::run).getMessage();
    }

    @Test
    void withClassNames_testLacksAClass_keepsTheGivenIndices() {
        // the training classes are [cat, dog, eel]; this data only has dog and eel, indexed 0 and 1 by itself
        Dataset test = Dataset.of(X).withClassLabels(new String[] {"eel", "dog", "eel"}, "animal");
        assertEquals(List.of("dog", "eel"), test.classNames());
        Dataset aligned = test.withClassNames(List.of("cat", "dog", "eel"));
        assertEquals(List.of("cat", "dog", "eel"), aligned.classNames());
        assertArrayEquals(new int[] {2, 1, 2}, aligned.classes());
        assertEquals("animal", aligned.targetName());
        assertArrayEquals(test.features(), aligned.features());
        assertArrayEquals(new int[] {0, 1, 2}, aligned.classCounts());
    }

    @Test
    void withClassNames_unknownClass_namesClassRowAndKnownNames() {
        Dataset test = Dataset.of(X).withClassLabels(new String[] {"dog", "fox", "dog"}, "animal");
        assertEquals("names must include every class of the data; class \"fox\" (row 1) is not one of [cat, dog]",
                assertThrows(IllegalArgumentException.class,
                        () -> test.withClassNames(List.of("cat", "dog"))).getMessage());
        assertThrows(IllegalStateException.class, () -> Dataset.of(X).withClassNames(List.of("a")));
        assertEquals("classNames must be distinct and non-blank, got [dog, fox, dog]",
                assertThrows(IllegalArgumentException.class,
                        () -> test.withClassNames(List.of("dog", "fox", "dog"))).getMessage());
    }

    // ------------------------------------------------------------------ sizes from data are bounded (issue 13)

    @Test
    void withClasses_hugeClassIndex_isRefusedBeforeAllocatingItsNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(X).withClasses(new int[] {0, 1 << 30, 1}));
        assertEquals("classes must be <= 1048575 (Dataset.MAX_CLASSES - 1); entry 1 is 1073741824", e.getMessage());
    }

    @Test
    void withClasses_moreClassNamesThanTheLimit_isRefused() {
        java.util.List<String> names = java.util.stream.IntStream.rangeClosed(0, Dataset.MAX_CLASSES)
                .mapToObj(Integer::toString).toList();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(X).withClasses(new int[X.length], names));
        assertEquals("number of class names must be <= Dataset.MAX_CLASSES (1048576), got 1048577", e.getMessage());
    }

    @Test
    void of_rowsTimesColumnsBeyondAnArray_isRefusedBeforeAllocating() {
        double[] row = new double[50_000];
        double[][] rows = new double[50_000][];
        java.util.Arrays.fill(rows, row);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dataset.of(rows));
        assertEquals("features must have at most 2147483639 entries, got 50000 rows x 50000 columns = 2500000000",
                e.getMessage());
    }
}
