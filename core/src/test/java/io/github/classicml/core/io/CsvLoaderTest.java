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
    void load_moreDistinctClassLabelsThanTheLimit_namesTheLineWhereTheLimitIsPassed() {
        // before: an IllegalArgumentException from Dataset.withClasses after the whole file was read
        int limit = io.github.classicml.core.Dataset.MAX_CLASSES;
        StringBuilder csv = new StringBuilder("x,label\n");
        for (int i = 0; i <= limit + 5; i++) {
            csv.append(i % 7).append(",c").append(i).append('\n');
        }
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> CsvLoader.classTarget("label").load(new StringReader(csv.toString()), "many.csv"));
        // the label of row i is on line i + 2: the (limit + 1)-th distinct label, c<limit>, on line limit + 2
        assertEquals("many.csv line " + (limit + 2) + ", column label must not bring the number of distinct class labels"
                + " beyond " + limit + " (Dataset.MAX_CLASSES), got a new label \"c" + limit + "\"", e.getMessage());
        assertEquals(limit + 2, e.line());
    }

    @Test
    void classNames_moreThanTheLimit_refusedWhenConfigured() {
        java.util.List<String> names = java.util.stream.IntStream.range(0, io.github.classicml.core.Dataset.MAX_CLASSES + 1)
                .mapToObj(c -> "c" + c).toList();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvLoader.classTarget("label").withClassNames(names));
        assertEquals("number of class names must be <= Dataset.MAX_CLASSES (1048576), got 1048577", e.getMessage());
    }

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
        assertEquals("targetColumn must be a column of iris.csv line 1, one of [sepal, petal, species], got \"specis\"",
                failure(CsvLoader.classTarget("specis"), "iris.csv", "sepal,petal,species\n1,2,a\n"));
    }

    @Test
    void load_duplicateColumnNames_namesBothFields() throws IOException {
        assertEquals("dup.csv line 1 (the header) must have unique column names, got \"x\" in fields 1 and 3",
                failure(CsvLoader.withoutTarget(), "dup.csv", "x,y,x\n1,2,3\n"));
    }

    @Test
    void load_blankColumnName_throws() throws IOException {
        assertEquals("blank.csv line 1 (the header) must name every column; field 2 is blank",
                failure(CsvLoader.withoutTarget(), "blank.csv", "x,,z\n1,2,3\n"));
    }

    @Test
    void load_targetIsTheOnlyColumn_throws() throws IOException {
        assertEquals("only.csv line 1 (the header) must name at least one feature column besides the target \"y\", got none",
                failure(CsvLoader.numericTarget("y"), "only.csv", "y\n1\n"));
    }

    @Test
    void load_badDate_namesLineAndColumn() throws IOException {
        assertEquals("date.csv line 2, column day must be a date (yyyy-mm-dd), got \"2001/01/01\"",
                failure(CsvLoader.withoutTarget().withDateColumns("day"), "date.csv", "day\n2001/01/01\n"));
        assertEquals("date.csv dateColumns must name columns of date.csv line 1, one of [day], got \"when\"".substring(9),
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

    // ------------------------------------------------------------------ strict reading (issue 13)

    private String byteFailure(CsvLoader loader, String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return assertThrows(CsvFormatException.class, () -> loader.load(file)).getMessage()
                .replace(file.toString(), name);
    }

    @Test
    void load_missingMarkerInClassColumn_isAnErrorNotAClass() throws IOException {
        for (CsvLoader loader : new CsvLoader[] {CsvLoader.classTarget("c"), CsvLoader.classTarget("c").keepingMissing()}) {
            assertEquals("na.csv line 3, column c must hold a class label, got the missing-value marker \"NA\"",
                    failure(loader, "na.csv", "a,c\n1,x\n2,NA\n"));
            assertEquals("na.csv line 2, column c must hold a class label, got the missing-value marker \"NaN\"",
                    failure(loader, "na.csv", "a,c\n1, NaN \n"));
        }
    }

    @Test
    void load_unterminatedQuote_namesTheLineWhereItOpened() throws IOException {
        assertEquals("open.csv line 3, column b opens a quoted cell that is never closed; "
                        + "the quote runs to the end of the file",
                failure(CsvLoader.classTarget("b"), "open.csv", "a,b\n1,x\n2,\"y\n3,z\n4,w\n"));
        // the last line, without a line break after it
        assertEquals("open.csv line 2, column a opens a quoted cell that is never closed; "
                        + "the quote runs to the end of the file",
                failure(CsvLoader.withoutTarget(), "open.csv", "a\n\"1"));
        // the same from a Reader, and with \r\n line ends counted once
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvLoader.withoutTarget()
                .load(new StringReader("a,b\r\n1,2\r\n\"3,4\r\n"), "crlf.csv"));
        assertEquals("crlf.csv line 3, column a opens a quoted cell that is never closed; "
                + "the quote runs to the end of the file", e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void load_quoteClosedLinesLater_isNotAClassLabelNorANumber() throws IOException {
        assertEquals("late.csv line 2, column c must hold a class label on one line, got a quoted cell over "
                        + "several lines: \"x\\n2,y\"", failure(CsvLoader.classTarget("c"), "late.csv",
                "a,c\n1,\"x\n2,y\"\n3,z\n"));
        assertEquals("late.csv line 2, column a must be a number, got \"1\\n2\"",
                failure(CsvLoader.withoutTarget(), "late.csv", "a\n\"1\n2\"\n"));
    }

    @Test
    void load_textAfterClosingQuote_namesLineAndColumn() throws IOException {
        assertEquals("after.csv line 3, column b must end at its closing quote, got 'x' after it",
                failure(CsvLoader.withoutTarget(), "after.csv", "a,b\n1,2\n3,\"4\"x\n"));
    }

    @Test
    void load_invalidUtf8_namesLineColumnAndBytes() throws IOException {
        byte[] head = "a,b\n1,2\n3,".getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(head, head.length + 2);
        bad[head.length] = (byte) 0xFF;
        bad[head.length + 1] = '\n';
        assertEquals("bad.csv line 3, column b must be valid UTF-8, got the byte 0xFF",
                byteFailure(CsvLoader.withoutTarget(), "bad.csv", bad));
        // a multi-byte sequence cut short by the end of the file
        byte[] cut = java.util.Arrays.copyOf(head, head.length + 1);
        cut[head.length] = (byte) 0xE2;
        assertEquals("bad.csv line 3, column b must be valid UTF-8, got the byte 0xE2",
                byteFailure(CsvLoader.withoutTarget(), "bad.csv", cut));
        // the same from a stream, with the error in the header
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvLoader.withoutTarget().load(
                new java.io.ByteArrayInputStream(new byte[] {'a', ',', (byte) 0xC3, '(', '\n', '1', ',', '2'}), "s.csv"));
        assertEquals("s.csv line 1, field 2 must be valid UTF-8, got the byte 0xC3", e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void load_validUtf8AndByteOrderMark_areRead() throws IOException {
        byte[] text = "\uFEFFh\u00F6he,Art\n1,\u00E9t\u00E9\n2,\uD83C\uDF32\n".getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("utf8.csv");
        Files.write(file, text);
        Dataset d = CsvLoader.classTarget("Art").load(file);
        assertEquals(List.of("h\u00F6he"), d.columnNames());
        assertEquals(List.of("\u00E9t\u00E9", "\uD83C\uDF32"), d.classNames());
    }

    @Test
    void load_numberBeyondTheDoubleRange_isRejectedLikeInfinity() throws IOException {
        for (String cell : new String[] {"1e400", "-1e400", "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792"}) {
            assertEquals("big.csv line 2, column a must be a number within the range of a double (magnitude at most "
                            + Double.MAX_VALUE + "), got " + CsvLoader.quoted(cell),
                    failure(CsvLoader.withoutTarget(), "big.csv", "a\n" + cell + "\n"));
        }
        // below the smallest double is rounding to zero, not an error
        assertEquals(0.0, CsvLoader.withoutTarget().load(write("tiny.csv", "a\n1e-400\n")).get(0, 0));
    }

    @Test
    void load_tooManyColumnsOrTooLongACell_isRefusedWithTheLimit() throws IOException {
        StringBuilder wide = new StringBuilder();
        for (int j = 0; j <= CsvLoader.MAX_COLUMNS; j++) {
            wide.append(j == 0 ? "" : ",").append('c').append(j);
        }
        assertEquals("wide.csv line 1 must have at most 100000 cells, got more",
                failure(CsvLoader.withoutTarget(), "wide.csv", wide + "\n1\n"));
        assertEquals("ragged.csv line 3 must have at most 100000 cells, got more",
                failure(CsvLoader.withoutTarget(), "ragged.csv", "a\n1\n" + ",".repeat(CsvLoader.MAX_COLUMNS) + "\n"));
        assertEquals("long.csv line 2, column a must have at most 10000 characters, got more",
                failure(CsvLoader.withoutTarget(), "long.csv", "a\n" + "1".repeat(CsvLoader.MAX_CELL_CHARS + 1) + "\n"));
        assertEquals("long.csv line 2, column a must have at most 10000 characters, got more",
                failure(CsvLoader.withoutTarget(), "long.csv", "a\n\"" + "\n".repeat(CsvLoader.MAX_CELL_CHARS + 1)));
    }

    @Test
    void quoted_longTextIsCutAndLineBreaksShown() {
        assertEquals("\"a\\nb\"", CsvLoader.quoted("a\nb"));
        assertEquals("\"" + "x".repeat(60) + "... (100 characters)\"", CsvLoader.quoted("x".repeat(100)));
    }

    @Test
    void load_twoProblems_theFirstInTheFileIsReported() throws IOException {
        // a bad number on line 2 and bad bytes on line 3, both within the first buffer of characters
        byte[] head = "a\nx\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = java.util.Arrays.copyOf(head, head.length + 2);
        content[head.length] = (byte) 0xFF;
        content[head.length + 1] = '\n';
        assertEquals("two.csv line 2, column a must be a number, got \"x\"",
                byteFailure(CsvLoader.withoutTarget(), "two.csv", content));
        assertEquals("two.csv line 2, column a must be a number, got \"x\"",
                failure(CsvLoader.withoutTarget(), "two.csv", "a\nx\n\"unterminated\n"));
    }

    @Test
    void load_quoteInsideAnUnquotedCell_isTextNotAnOpeningQuote() throws IOException {
        // as FastCSV reads it: a quote opens a cell only as its first character
        assertEquals("mid.csv line 2, column a must be a number, got \"1\"2\"",
                failure(CsvLoader.withoutTarget(), "mid.csv", "a\n1\"2\n3\n"));
        Dataset d = CsvLoader.classTarget("c").load(write("mid.csv", "a,c\n1,x\"y\n2,\"p \"\"q\"\"\"\n"));
        assertEquals(List.of("p \"q\"", "x\"y"), d.classNames());
    }
}
