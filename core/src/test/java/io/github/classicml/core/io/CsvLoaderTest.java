package io.github.classicml.core.io;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvLoaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private String failure(CsvLoader loader, String name, String content) throws IOException {
        Path file = write(name, content);
        return assertThrows(CsvFormatException.class, () -> loader.load(file)).getMessage()
                .replace(file.toString(), name);
    }

    @Test
    void load_classTarget_mapsLabelsToSortedIndicesAndBack() throws IOException {
        Path file = write("flowers.csv", "a,b,species\n1,2,virginica\n3,4.5,setosa\n-1e2,.5,virginica\n");
        Dataset d = CsvLoader.classTarget("species").load(file);
        assertEquals(3, d.rows());
        assertEquals(List.of("a", "b"), d.columnNames());
        assertArrayEquals(new double[] {1, 2, 3, 4.5, -100, 0.5}, d.features());
        assertEquals(List.of("setosa", "virginica"), d.classNames());
        assertArrayEquals(new int[] {1, 0, 1}, d.classes());
        assertEquals("species", d.targetName());
    }

    @Test
    void load_numericClassLabels_sortNumerically() throws IOException {
        Dataset d = CsvLoader.classTarget("y").load(write("n.csv", "x,y\n1,10\n2,2\n3,2\n"));
        assertEquals(List.of("2", "10"), d.classNames());
        assertArrayEquals(new int[] {1, 0, 0}, d.classes());
    }

    @Test
    void load_targetInTheMiddle_othersAreFeaturesInOrder() throws IOException {
        Dataset d = CsvLoader.numericTarget("y").load(write("m.csv", "p,y,q\n1,10,2\n3,20,4\n"));
        assertEquals(List.of("p", "q"), d.columnNames());
        assertArrayEquals(new double[] {1, 2, 3, 4}, d.features());
        assertArrayEquals(new double[] {10, 20}, d.targets());
    }

    @Test
    void load_withoutTarget_everyColumnIsAFeature_blankLinesSkipped() throws IOException {
        Dataset d = CsvLoader.withoutTarget().load(write("u.csv", "p,q\n1,2\n\n3,4\n"));
        assertFalse(d.hasTargets());
        assertEquals(2, d.rows());
    }

    @Test
    void load_keepingMissing_readsMissingCellsAsNaN() throws IOException {
        Dataset d = CsvLoader.numericTarget("y").keepingMissing()
                .load(write("gaps.csv", "p,q,y\n,1,NA\nNaN,2,3\n4, NA ,5\n"));
        assertTrue(Double.isNaN(d.get(0, 0)));
        assertTrue(Double.isNaN(d.get(1, 0)));
        assertTrue(Double.isNaN(d.get(2, 1)));
        assertTrue(Double.isNaN(d.target(0)));
        assertEquals(3, d.missingFeatureCount());
    }

    @Test
    void load_dateColumn_becomesDecimalYear() throws IOException {
        Dataset d = CsvLoader.numericTarget("v").withDateColumns("day")
                .load(write("d.csv", "day,v\n2001-01-01,1\n2001-07-02,2\n2000-12-31,3\n"));
        assertEquals(2001.0, d.get(0, 0));
        // 2 July is day 183 of 365: 2001 + 182/365
        assertEquals(2001 + 182 / 365.0, d.get(1, 0), 1e-12);
        // 31 December 2000 is day 366 of the leap year
        assertEquals(2000 + 365 / 366.0, d.get(2, 0), 1e-12);
    }

    @Test
    void load_quotedCells_areParsedByFastCsv() throws IOException {
        Dataset d = CsvLoader.classTarget("label").load(write("q.csv", "x,label\n1,\"a, b\"\n2,c\n"));
        assertEquals(List.of("a, b", "c"), d.classNames());
    }

    @Test
    void load_fromReader_usesTheSourceNameInMessages() {
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> CsvLoader.withoutTarget().load(new StringReader("a\nx\n"), "inline.csv"));
        assertEquals("inline.csv line 2, column a must be a number, got \"x\"", e.getMessage());
        assertEquals(2, e.line());
    }

    // ------------------------------------------------------------------ every failure, with its message

    @Test
    void load_missingFile_throwsFileNotFound() {
        Path file = dir.resolve("absent.csv");
        FileNotFoundException e = assertThrows(FileNotFoundException.class,
                () -> CsvLoader.withoutTarget().load(file));
        assertEquals("file must be an existing file, got " + file, e.getMessage());
    }

    @Test
    void load_directory_throwsFileNotFound() {
        FileNotFoundException e = assertThrows(FileNotFoundException.class,
                () -> CsvLoader.withoutTarget().load(dir));
        assertEquals("file must be an existing file, got " + dir, e.getMessage());
    }

    @Test
    void load_emptyFile_throws() throws IOException {
        assertEquals("empty.csv must start with a header row, got an empty file",
                failure(CsvLoader.withoutTarget(), "empty.csv", ""));
    }

    @Test
    void load_headerOnly_throws() throws IOException {
        assertEquals("header.csv must have at least one data row after the header, got none",
                failure(CsvLoader.classTarget("c"), "header.csv", "a,b,c\n"));
    }

    @Test
    void load_raggedRow_namesLineAndBothCounts() throws IOException {
        assertEquals("ragged.csv line 3 must have 3 cells like the header, got 2",
                failure(CsvLoader.withoutTarget(), "ragged.csv", "a,b,c\n1,2,3\n4,5\n"));
        assertEquals("long.csv line 2 must have 2 cells like the header, got 3",
                failure(CsvLoader.withoutTarget(), "long.csv", "a,b\n1,2,3\n"));
    }

    @Test
    void load_nonNumericCell_namesLineColumnAndValue() throws IOException {
        assertEquals("text.csv line 3, column width must be a number, got \"wide\"",
                failure(CsvLoader.classTarget("c"), "text.csv", "length,width,c\n1,2,x\n3,wide,y\n"));
    }

    @Test
    void load_javaOnlyNumberSyntax_isRejected() throws IOException {
        for (String cell : new String[] {"1d", "0x10", "Infinity", "1e", "--1", "."}) {
            assertEquals("odd.csv line 2, column a must be a number, got \"" + cell + "\"",
                    failure(CsvLoader.withoutTarget(), "odd.csv", "a\n" + cell + "\n"));
        }
    }

    @Test
    void load_missingCell_rejectedByDefault_namesLineAndColumn() throws IOException {
        assertEquals("gap.csv line 2, column b must not be missing, got \"NA\"; "
                        + "use keepingMissing() to read missing cells as NaN",
                failure(CsvLoader.withoutTarget(), "gap.csv", "a,b\n1,NA\n"));
        assertEquals("gap.csv line 3, column a must not be missing, got \"\"; "
                        + "use keepingMissing() to read missing cells as NaN",
                failure(CsvLoader.withoutTarget(), "gap.csv", "a,b\n1,2\n,3\n"));
    }

    @Test
    void load_missingClassLabel_throwsEvenWhenKeepingMissing() throws IOException {
        assertEquals("nolabel.csv line 2, column c must hold a class label, got an empty cell",
                failure(CsvLoader.classTarget("c").keepingMissing(), "nolabel.csv", "a,c\n1,\n"));
    }

    @Test
    void load_unknownTargetColumn_listsTheColumns() throws IOException {
        assertEquals("targetColumn must be a column of iris.csv, one of [sepal, petal, species], got \"specis\"",
                failure(CsvLoader.classTarget("specis"), "iris.csv", "sepal,petal,species\n1,2,a\n"));
    }

    @Test
    void load_duplicateColumnNames_namesBothFields() throws IOException {
        assertEquals("dup.csv header must have unique column names, got \"x\" in fields 1 and 3",
                failure(CsvLoader.withoutTarget(), "dup.csv", "x,y,x\n1,2,3\n"));
    }

    @Test
    void load_blankColumnName_throws() throws IOException {
        assertEquals("blank.csv header must name every column; field 2 is blank",
                failure(CsvLoader.withoutTarget(), "blank.csv", "x,,z\n1,2,3\n"));
    }

    @Test
    void load_targetIsTheOnlyColumn_throws() throws IOException {
        assertEquals("only.csv must have at least one feature column besides the target \"y\", got none",
                failure(CsvLoader.numericTarget("y"), "only.csv", "y\n1\n"));
    }

    @Test
    void load_badDate_namesLineAndColumn() throws IOException {
        assertEquals("date.csv line 2, column day must be a date (yyyy-mm-dd), got \"2001/01/01\"",
                failure(CsvLoader.withoutTarget().withDateColumns("day"), "date.csv", "day\n2001/01/01\n"));
        assertEquals("date.csv dateColumns must name columns of date.csv, one of [day], got \"when\"".substring(9),
                failure(CsvLoader.withoutTarget().withDateColumns("when"), "date.csv", "day\n2001-01-01\n"));
    }

    @Test
    void constructor_targetKindWithoutColumn_throws() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CsvLoader(null, CsvLoader.TargetKind.CLASS, false, java.util.Set.of(), java.util.List.of()));
        assertEquals("targetColumn must be given exactly when targetKind is not NONE, got targetColumn=null "
                + "and targetKind=CLASS", e.getMessage());
    }

    @Test
    void isDecimal_acceptsPlainNumbersOnly() {
        for (String ok : new String[] {"0", "-1", "+2.5", ".5", "5.", "1e3", "1E-3", "-0.0e+0"}) {
            assertTrue(CsvLoader.isDecimal(ok), ok);
        }
        for (String bad : new String[] {"", "-", "e3", "1e", "1.2.3", "1f", " 1", "NaN"}) {
            assertFalse(CsvLoader.isDecimal(bad), bad);
        }
    }

    @Test
    void withClassNames_fileLacksAClass_keepsTheTrainingIndices() throws IOException {
        CsvLoader train = CsvLoader.classTarget("species");
        Dataset fitted = train.load(write("train.csv", "x,species\n1,setosa\n2,versicolor\n3,virginica\n"));
        Dataset alone = train.load(write("test.csv", "x,species\n4,virginica\n5,versicolor\n"));
        // read on its own, the test file numbers its two classes 0 and 1
        assertEquals(List.of("versicolor", "virginica"), alone.classNames());
        Dataset test = train.withClassNames(fitted.classNames()).load(dir.resolve("test.csv"));
        assertEquals(fitted.classNames(), test.classNames());
        assertArrayEquals(new int[] {2, 1}, test.classes());
        assertEquals(test, alone.withClassNames(fitted.classNames()));
    }

    @Test
    void withClassNames_unknownLabel_namesLabelLineAndKnownClasses() throws IOException {
        CsvLoader loader = CsvLoader.classTarget("species").withClassNames(List.of("setosa", "virginica"));
        assertEquals("t.csv line 3, column species must hold one of the known classes [setosa, virginica],"
                + " got \"rose\"", failure(loader, "t.csv", "x,species\n1,setosa\n2,rose\n"));
        assertEquals("classNames must be empty unless the target holds classes, got targetKind NUMERIC",
                assertThrows(IllegalArgumentException.class,
                        () -> CsvLoader.numericTarget("y").withClassNames(List.of("a"))).getMessage());
        assertEquals("classNames must be distinct, got [a, a]", assertThrows(IllegalArgumentException.class,
                () -> CsvLoader.classTarget("y").withClassNames(List.of("a", "a"))).getMessage());
        assertEquals("names must not be empty, got 0 entries", assertThrows(IllegalArgumentException.class,
                () -> CsvLoader.classTarget("y").withClassNames(List.of())).getMessage());
    }
}
