package io.github.classicml.core.io;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableTest {

    @Test
    void fromCsv_keepsTextColumns_missingAsNullOrNaN() throws IOException {
        Table t = Table.fromCsv(new StringReader("colour,w,n\nred,1.5,3\n ,NA,4\nblue,2,x\n"), "t.csv");
        assertEquals(List.of("colour", "w", "n"), t.columnNames());
        assertTrue(t.isText(0));
        assertFalse(t.isText(1));
        assertTrue(t.isText(2), "a column with one word is text");
        assertArrayEquals(new String[] {"red", null, "blue"}, t.text(0));
        assertArrayEquals(new double[] {1.5, Double.NaN, 2}, t.numeric(1), 0.0);
        assertEquals("column w must be text, got a numeric column",
                assertThrows(IllegalArgumentException.class, () -> t.text(1)).getMessage());
        assertEquals("column colour must be numeric to make a dataset, got a text column; encode it first "
                + "(OneHotEncoder, OrdinalEncoder)", assertThrows(IllegalArgumentException.class, t::toDataset).getMessage());
    }

    @Test
    void fromCsv_file_andBadHeader(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path file = dir.resolve("t.csv");
        java.nio.file.Files.writeString(file, "a,b\n1,x\n2,y\n");
        Table t = Table.fromCsv(file);
        assertEquals(2, t.rows());
        assertTrue(t.isText(1));
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> Table.fromCsv(new StringReader("a,a\n1,2\n"), "d.csv"));
        assertEquals("d.csv header must name every column once, got \"a\" in field 2", e.getMessage());
        assertThrows(java.io.FileNotFoundException.class, () -> Table.fromCsv(dir.resolve("none.csv")));
    }

    @Test
    void fromCsv_readsThroughTheStrictInput_refusingWhatTheLoaderRefuses() {
        // an unterminated quote would swallow the rest of the file
        CsvFormatException quote = assertThrows(CsvFormatException.class,
                () -> Table.fromCsv(new StringReader("a,b\n1,\"x\n2,y\n"), "q.csv"));
        assertTrue(quote.getMessage().startsWith("q.csv line 2"), quote.getMessage());
        // bytes that are not UTF-8 are named, not decoded to U+FFFD
        byte[] bad = {'a', ',', 'b', '\n', '1', ',', (byte) 0xff, '\n'};
        CsvFormatException bytes = assertThrows(CsvFormatException.class,
                () -> Table.fromCsv(new java.io.ByteArrayInputStream(bad), "u.csv"));
        assertTrue(bytes.getMessage().startsWith("u.csv line 2"), bytes.getMessage());
        // a number beyond the double range is refused, as the text Infinity is
        CsvFormatException big = assertThrows(CsvFormatException.class,
                () -> Table.fromCsv(new StringReader("a,b\n1,2\n3,1e400\n"), "n.csv"));
        assertEquals("n.csv line 3, column \"b\" must be a number within the double range (about 1.8e308), got 1e400",
                big.getMessage());
    }

    @Test
    void buildSelectAndConvert() {
        Table t = Table.ofRows(2).withNumeric("a", new double[] {1, 2}).withText("b", new String[] {"x", "y"})
                .withNumeric("c", new double[] {3, 4});
        Dataset d = t.selectColumns(List.of("c", "a")).toDataset();
        assertEquals(List.of("c", "a"), d.columnNames());
        assertArrayEquals(new double[] {3, 1, 4, 2}, d.features(), 0.0);
        assertArrayEquals(new String[] {"y", "y"}, t.select(new int[] {1, 1}).text(1));
        assertEquals(t, Table.of(Dataset.of(new double[][] {{1}, {2}}).withColumnNames(List.of("a")))
                .withText("b", new String[] {"x", "y"}).withNumeric("c", new double[] {3, 4}));
        assertEquals("column d has 3 rows but the table has 2",
                assertThrows(IllegalArgumentException.class, () -> t.withNumeric("d", new double[3])).getMessage());
        assertEquals("name must not be a column of the table already, got \"a\"",
                assertThrows(IllegalArgumentException.class, () -> t.withNumeric("a", new double[2])).getMessage());
        assertEquals("Table[2 rows, 3 columns (1 text): [a, b, c]]", t.toString());
    }
}
