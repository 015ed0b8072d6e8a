package io.github.classicml.core.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * An immutable table of named columns, each either numeric ({@code double}, NaN when missing) or text
 * ({@code String}, null when missing): raw data before encoding.
 *
 * <p>{@link Dataset} stays numeric, because every learner computes on numbers; a table is what comes
 * before, when some columns hold categories written as words. Encoders (one-hot, ordinal, in
 * {@code io.github.classicml.algorithms.preprocessing}) fit on a table and return a numeric dataset;
 * {@link #toDataset()} converts a table whose columns are all numeric. {@link #fromCsv(Reader, String)}
 * reads a CSV file keeping its text columns. Every factory and accessor copies; instances are safe to
 * share between threads.
 */
public final class Table {

    private final List<String> names;
    /** Per column: a double[] or a String[]. */
    private final List<Object> columns;
    private final int rows;

    private Table(List<String> names, List<Object> columns, int rows) {
        this.names = names;
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * @param rows the number of rows every column will have
     * @return a table of that many rows and no columns yet, to be filled with {@code withNumeric} and
     *     {@code withText}
     */
    public static Table ofRows(int rows) {
        Check.atLeast("rows", rows, 0);
        return new Table(List.of(), List.of(), rows);
    }

    /**
     * @param data a dataset; its targets are left out; not modified
     * @return a table of its feature columns, all numeric, with its column names
     */
    public static Table of(Dataset data) {
        Check.notNull("data", data);
        List<Object> columns = new ArrayList<>(data.columns());
        for (int j = 0; j < data.columns(); j++) {
            columns.add(data.column(j));
        }
        // built at once (a dataset's column names are distinct), not by p copies of a growing table
        return new Table(List.copyOf(data.columnNames()), List.copyOf(columns), data.rows());
    }

    /**
     * Adds a numeric column.
     *
     * @param name its name, not yet used in this table
     * @param values one value per row, NaN when missing; not modified
     * @return a new table with the column appended
     * @throws IllegalArgumentException if the name is taken or the length differs from the rows
     */
    public Table withNumeric(String name, double[] values) {
        Check.notNull("values", values);
        return with(name, values.clone(), values.length);
    }

    /**
     * Adds a text column.
     *
     * @param name its name, not yet used in this table
     * @param values one value per row, null when missing; not modified
     * @return a new table with the column appended
     * @throws IllegalArgumentException if the name is taken or the length differs from the rows
     */
    public Table withText(String name, String[] values) {
        Check.notNull("values", values);
        return with(name, values.clone(), values.length);
    }

    private Table with(String name, Object values, int length) {
        Check.notNull("name", name);
        Check.that(!names.contains(name), () -> "name must not be a column of the table already, got \"" + name + "\"");
        Check.that(length == rows, () -> "column " + name + " has " + length + " rows but the table has " + rows);
        List<String> n = new ArrayList<>(names);
        n.add(name);
        List<Object> c = new ArrayList<>(columns);
        c.add(values);
        return new Table(List.copyOf(n), List.copyOf(c), rows);
    }

    /** @return the number of rows */
    public int rows() {
        return rows;
    }

    /** @return the number of columns */
    public int columns() {
        return names.size();
    }

    /** @return the column names, in order */
    public List<String> columnNames() {
        return names;
    }

    /**
     * @param name a column name
     * @return its index
     * @throws IllegalArgumentException if there is no such column
     */
    public int columnIndex(String name) {
        int j = names.indexOf(name);
        Check.that(j >= 0, () -> "name must be a column of the table, one of " + names + ", got \"" + name + "\"");
        return j;
    }

    /**
     * @param column a column index
     * @return whether the column holds text
     */
    public boolean isText(int column) {
        Check.index("column", column, names.size());
        return columns.get(column) instanceof String[];
    }

    /**
     * @param column the index of a numeric column
     * @return a copy of its values, NaN when missing
     * @throws IllegalArgumentException if the column holds text
     */
    public double[] numeric(int column) {
        Check.that(!isText(column), () -> "column " + names.get(column) + " must be numeric, got a text column");
        return ((double[]) columns.get(column)).clone();
    }

    /**
     * @param column the index of a text column
     * @return a copy of its values, null when missing
     * @throws IllegalArgumentException if the column is numeric
     */
    public String[] text(int column) {
        Check.that(isText(column), () -> "column " + names.get(column) + " must be text, got a numeric column");
        return ((String[]) columns.get(column)).clone();
    }

    /**
     * @param names the columns to keep, in this order, distinct
     * @return a new table of those columns
     */
    public Table selectColumns(List<String> names) {
        Check.notNull("names", names);
        Check.that(new HashSet<>(names).size() == names.size(), () -> "names must be distinct, got " + names);
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int j = 0; j < this.names.size(); j++) {
            index.put(this.names.get(j), j);
        }
        List<Object> selected = new ArrayList<>(names.size());
        for (String name : names) {
            Integer j = index.get(name);
            int column = j != null ? j : columnIndex(name);
            Object values = columns.get(column);
            selected.add(values instanceof String[] s ? s.clone() : ((double[]) values).clone());
        }
        return new Table(List.copyOf(names), List.copyOf(selected), rows);
    }

    /**
     * @param rowIndices the rows to keep, in this order; may repeat; not modified
     * @return a new table of those rows
     */
    public Table select(int[] rowIndices) {
        Check.notNull("rowIndices", rowIndices);
        for (int k = 0; k < rowIndices.length; k++) {
            Check.index("rowIndices", rowIndices[k], rows);
        }
        Table t = ofRows(rowIndices.length);
        for (int j = 0; j < names.size(); j++) {
            if (isText(j)) {
                String[] src = (String[]) columns.get(j);
                String[] v = new String[rowIndices.length];
                for (int k = 0; k < v.length; k++) {
                    v[k] = src[rowIndices[k]];
                }
                t = t.withText(names.get(j), v);
            } else {
                double[] src = (double[]) columns.get(j);
                double[] v = new double[rowIndices.length];
                for (int k = 0; k < v.length; k++) {
                    v[k] = src[rowIndices[k]];
                }
                t = t.withNumeric(names.get(j), v);
            }
        }
        return t;
    }

    /**
     * @return the table as a numeric dataset without targets, with the same column names
     * @throws IllegalArgumentException if a column holds text (encode it first) or there are no columns
     */
    public Dataset toDataset() {
        Check.that(!names.isEmpty(), "table must have at least one column, got 0");
        int p = names.size();
        double[] x = new double[rows * p];
        for (int j = 0; j < p; j++) {
            final int column = j;
            Check.that(!isText(j), () -> "column " + names.get(column)
                    + " must be numeric to make a dataset, got a text column; encode it first (OneHotEncoder, OrdinalEncoder)");
            double[] v = (double[]) columns.get(j);
            for (int i = 0; i < rows; i++) {
                x[i * p + j] = v[i];
            }
        }
        return Dataset.ofRowMajor(x, p).withColumnNames(names);
    }

    /**
     * Reads CSV text with a header row, keeping text columns: a column is numeric when every cell that
     * is not missing (empty, {@code NA}, {@code NaN}) is a plain decimal number, as {@link CsvLoader}
     * reads them, and text otherwise (cells stripped of surrounding blanks; missing cells null).
     *
     * <p>The text goes through the same strict reading as {@link CsvLoader}: an unterminated quote, text
     * after a closing quote, more than {@link CsvLoader#MAX_COLUMNS} cells in a line or a cell of more
     * than {@link CsvLoader#MAX_CELL_CHARS} characters is an error naming its line and column, and a
     * number too large for a double is refused rather than read as Infinity.
     *
     * @param text the CSV content; closed when done
     * @param sourceName the name used in messages
     * @return the table
     * @throws CsvFormatException if the content breaks a rule (header missing or repeating a name, a row
     *     of another width, the rules above); the message says where
     * @throws IOException if reading fails
     */
    public static Table fromCsv(Reader text, String sourceName) throws IOException {
        Check.notNull("text", text);
        Check.notNull("sourceName", sourceName);
        return parse(CsvInput.ofChars(text, sourceName, CsvLoader.MAX_COLUMNS, CsvLoader.MAX_CELL_CHARS), sourceName);
    }

    /**
     * Reads CSV bytes in UTF-8, keeping text columns, as {@link #fromCsv(Reader, String)}; bytes that are
     * not UTF-8 are an error naming their line and column.
     *
     * @param bytes the CSV content in UTF-8 (a byte-order mark is ignored); closed when done
     * @param sourceName the name used in messages
     * @return the table
     * @throws CsvFormatException if the content breaks a rule
     * @throws IOException if reading fails
     */
    public static Table fromCsv(InputStream bytes, String sourceName) throws IOException {
        Check.notNull("bytes", bytes);
        Check.notNull("sourceName", sourceName);
        return parse(CsvInput.ofUtf8(bytes, sourceName, CsvLoader.MAX_COLUMNS, CsvLoader.MAX_CELL_CHARS), sourceName);
    }

    private static Table parse(CsvInput input, String sourceName) throws IOException {
        // the parser's own limits are a backstop behind CsvInput's, which report the position
        CsvRecordHandler handler = CsvRecordHandler.of(b -> b.maxFields(CsvLoader.MAX_COLUMNS + 1)
                .maxFieldSize(CsvLoader.MAX_CELL_CHARS + 2).maxRecordSize(Integer.MAX_VALUE - 16));
        try (CsvReader<CsvRecord> reader = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true)
                .allowMissingFields(true).build(handler, input)) {
            var records = reader.iterator();
            if (!records.hasNext()) {
                throw new CsvFormatException(sourceName + " must start with a header row, got an empty file", 0);
            }
            List<String> header = new ArrayList<>();
            java.util.Set<String> seen = new HashSet<>();
            for (String field : records.next().getFields()) {
                String name = field.strip();
                if (name.isEmpty() || !seen.add(name)) {
                    throw new CsvFormatException(sourceName + " header must name every column once, got \"" + name
                            + "\" in field " + (header.size() + 1), 1);
                }
                header.add(name);
            }
            input.header(header);
            List<String[]> cells = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            while (records.hasNext()) {
                CsvRecord r = records.next();
                if (r.getFieldCount() != header.size()) {
                    throw new CsvFormatException(sourceName + " line " + r.getStartingLineNumber() + " must have "
                            + header.size() + " cells like the header, got " + r.getFieldCount(), r.getStartingLineNumber());
                }
                cells.add(r.getFields().stream().map(String::strip).toArray(String[]::new));
                lines.add(r.getStartingLineNumber());
            }
            Table t = ofRows(cells.size());
            for (int j = 0; j < header.size(); j++) {
                boolean numeric = true;
                for (String[] row : cells) {
                    numeric &= missing(row[j]) || CsvLoader.isDecimal(row[j]);
                }
                if (numeric) {
                    double[] v = new double[cells.size()];
                    for (int i = 0; i < v.length; i++) {
                        String c = cells.get(i)[j];
                        v[i] = missing(c) ? Double.NaN : Double.parseDouble(c);
                        if (Double.isInfinite(v[i])) {
                            throw new CsvFormatException(sourceName + " line " + lines.get(i) + ", column \""
                                    + header.get(j) + "\" must be a number within the double range (about "
                                    + "1.8e308), got " + c, lines.get(i));
                        }
                    }
                    t = t.withNumeric(header.get(j), v);
                } else {
                    String[] v = new String[cells.size()];
                    for (int i = 0; i < v.length; i++) {
                        String c = cells.get(i)[j];
                        v[i] = missing(c) ? null : c;
                    }
                    t = t.withText(header.get(j), v);
                }
            }
            return t;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CsvParseException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof IOException io) {
                    throw io;
                }
            }
            throw new CsvFormatException(sourceName + " must be valid CSV; " + e.getMessage(), 0);
        }
    }

    /**
     * Reads a CSV file with a header row, keeping text columns, as {@link #fromCsv(Reader, String)}.
     *
     * @param file the file, UTF-8
     * @return the table
     * @throws java.io.FileNotFoundException if the file does not exist or is not a regular file
     * @throws CsvFormatException if the content breaks a rule
     * @throws IOException if reading fails
     */
    public static Table fromCsv(java.nio.file.Path file) throws IOException {
        Check.notNull("file", file);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new java.io.FileNotFoundException("file must be an existing file, got " + file);
        }
        return fromCsv(java.nio.file.Files.newInputStream(file), file.toString());
    }

    private static boolean missing(String cell) {
        return cell.isEmpty() || cell.equals("NA") || cell.equals("NaN");
    }

    @Override
    public String toString() {
        long text = java.util.stream.IntStream.range(0, names.size()).filter(this::isText).count();
        return "Table[" + rows + " rows, " + names.size() + " columns (" + text + " text): "
                + (names.size() <= 8 ? names.toString() : names.subList(0, 8) + "...") + "]";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Table t) || t.rows != rows || !t.names.equals(names)) {
            return false;
        }
        for (int j = 0; j < names.size(); j++) {
            Object a = columns.get(j);
            Object b = t.columns.get(j);
            boolean same = a instanceof String[] sa ? b instanceof String[] sb && Arrays.equals(sa, sb)
                    : b instanceof double[] db && Arrays.equals((double[]) a, db);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return names.hashCode() * 31 + rows;
    }
}
