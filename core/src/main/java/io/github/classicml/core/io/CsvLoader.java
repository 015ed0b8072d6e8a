package io.github.classicml.core.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a CSV file with a header row into a {@link Dataset}; parsing is done by FastCSV, this class
 * adds the typing and the checks.
 *
 * <p>The first row names the columns. One column may be chosen as the target: a <em>class</em>
 * target holds text labels, mapped to class indices in sorted order (numeric order when every label
 * is a number, as {@code np.unique} orders integer labels; otherwise lexicographic, as scikit-learn's
 * {@code LabelEncoder}); a <em>numeric</em> target holds numbers. Every other column is a numeric
 * feature, except columns named as dates, whose ISO {@code yyyy-mm-dd} values become decimal years
 * ({@code year + (day of year - 1) / days in year}), so a time axis can be a feature.
 *
 * <p>A cell that is empty, {@code NA} or {@code NaN} is <em>missing</em>. By default a missing cell is
 * an error that names its line and column; {@link #keepingMissing()} reads it as {@code NaN} instead,
 * for imputation. Class labels are never missing: {@code NA} or {@code NaN} in the class column is an
 * error even when keeping missing cells. Numbers use plain decimal notation with an optional
 * exponent ({@code -1.5e3}); {@code Infinity}, hexadecimal and Java suffixes such as {@code 1d} are
 * rejected, and so is a number beyond the range of a double such as {@code 1e400}. Blank lines are
 * skipped. Cost: one pass, O(cells).
 *
 * <p><b>Strict reading.</b> Files and streams are decoded as UTF-8 with malformed bytes reported, not
 * replaced; a quote that is never closed is reported at the line where it opened; text after a
 * closing quote, a missing-value marker in the class column, a line of more than
 * {@link #MAX_COLUMNS} cells, a cell of more than {@link #MAX_CELL_CHARS} characters and a class
 * column with more than {@link Dataset#MAX_CLASSES} distinct labels (reported at the line of the first
 * label beyond the limit) are errors. Whatever the content, the only exception it can cause is a {@link CsvFormatException} naming the
 * file, the line and the column, and memory grows with the characters read, never with a size
 * written in the file.
 *
 * <p><b>A second file for a fitted model.</b> A test file read on its own gets its own class
 * indices, so a file that lacks one of the training classes would number the others differently and
 * {@code model.predict(test)} would silently mean other classes. {@link #withClassNames(List)} fixes
 * the classes instead: {@code CsvLoader.classTarget("species").withClassNames(model.classNames())}
 * gives class {@code c} the name {@code classNames.get(c)} whatever labels the file holds, and a
 * label that is not one of them fails with a message naming the label, its line and the known
 * classes.
 *
 * <p>An instance is an immutable set of options; build it with {@link #classTarget(String)},
 * {@link #numericTarget(String)} or {@link #withoutTarget()} and the {@code with}/{@code keeping}
 * methods.
 *
 * @param targetColumn the target column's name, or null for none
 * @param targetKind whether the target holds classes or numbers ({@code NONE} without target)
 * @param keepMissing true to read missing cells as NaN instead of failing
 * @param dateColumns names of columns holding ISO dates, read as decimal years
 * @param classNames the class names by index that the labels must map onto, e.g. a fitted model's;
 *     empty to take the classes from the file
 */
public record CsvLoader(String targetColumn, TargetKind targetKind, boolean keepMissing, Set<String> dateColumns,
        List<String> classNames) {

    /** What the target column holds. */
    public enum TargetKind {
        /** No target: every column is a feature. */
        NONE,
        /** Text labels, mapped to class indices. */
        CLASS,
        /** Numbers (regression). */
        NUMERIC
    }

    /**
     * Validates the options.
     *
     * @param targetColumn the target column's name, or null for none
     * @param targetKind whether the target holds classes or numbers
     * @param keepMissing true to read missing cells as NaN
     * @param dateColumns names of date columns; copied
     * @param classNames the class names to map the labels onto, distinct and non-blank, only with a
     *     class target; empty to take the classes from the file; copied
     */
    public CsvLoader {
        Check.notNull("targetKind", targetKind);
        Check.notNull("dateColumns", dateColumns);
        Check.notNull("classNames", classNames);
        Check.that((targetColumn == null) == (targetKind == TargetKind.NONE),
                () -> "targetColumn must be given exactly when targetKind is not NONE, got targetColumn="
                        + targetColumn + " and targetKind=" + targetKind);
        dateColumns = Set.copyOf(dateColumns);
        classNames = List.copyOf(classNames);
        TargetKind kind = targetKind;
        Check.that(classNames.isEmpty() || targetKind == TargetKind.CLASS,
                () -> "classNames must be empty unless the target holds classes, got targetKind " + kind);
        Check.atMost("number of class names", classNames.size(), Dataset.MAX_CLASSES, "Dataset.MAX_CLASSES");
        Set<String> distinct = new java.util.HashSet<>();
        for (int c = 0; c < classNames.size(); c++) {
            String name = Check.notBlank("classNames", c, classNames.get(c));
            boolean fresh = distinct.add(name);
            if (!fresh) {
                List<String> names = classNames;
                Check.that(fresh, () -> "classNames must be distinct, got " + names);
            }
        }
    }

    /** @return a loader that reads every column as a feature */
    public static CsvLoader withoutTarget() {
        return new CsvLoader(null, TargetKind.NONE, false, Set.of(), List.of());
    }

    /**
     * @param column the name of the column holding the class labels
     * @return a loader for classification data
     */
    public static CsvLoader classTarget(String column) {
        return new CsvLoader(Check.notNull("column", column), TargetKind.CLASS, false, Set.of(), List.of());
    }

    /**
     * @param column the name of the column holding the numeric target
     * @return a loader for regression data
     */
    public static CsvLoader numericTarget(String column) {
        return new CsvLoader(Check.notNull("column", column), TargetKind.NUMERIC, false, Set.of(), List.of());
    }

    /** @return a copy that reads missing cells (empty, {@code NA}, {@code NaN}) as NaN */
    public CsvLoader keepingMissing() {
        return new CsvLoader(targetColumn, targetKind, true, dateColumns, classNames);
    }

    /**
     * @param columns names of columns holding ISO {@code yyyy-mm-dd} dates
     * @return a copy that reads those columns as decimal years
     */
    public CsvLoader withDateColumns(String... columns) {
        return new CsvLoader(targetColumn, targetKind, keepMissing, Set.of(columns), classNames);
    }

    /**
     * A copy that maps the class labels onto given class names instead of taking the classes from
     * the file: class {@code c} of the dataset is {@code names.get(c)}, and classes the file lacks
     * keep their index. The form for a test file read after a model was fitted:
     * {@code CsvLoader.classTarget("species").withClassNames(model.classNames())}.
     *
     * @param names the class names by index, distinct and non-blank, e.g. a fitted model's
     *     {@code classNames()}; copied
     * @return the copy; its {@link #load} fails with a {@link CsvFormatException} naming the label, the
     *     line and the known classes when a label is not one of {@code names}
     * @throws IllegalArgumentException if the loader has no class target, or the names are empty,
     *     blank, repeated or more than {@link Dataset#MAX_CLASSES}
     */
    public CsvLoader withClassNames(List<String> names) {
        Check.notNull("names", names);
        Check.notEmpty("names", names.size());
        return new CsvLoader(targetColumn, targetKind, keepMissing, dateColumns, names);
    }

    /**
     * The most cells a line may have: a header naming more columns, or a line with more cells, is
     * refused as the characters stream past, before the parser stores the line.
     */
    public static final int MAX_COLUMNS = 100_000;

    /** The most characters a cell may have (a number, a date, a label or a column name). */
    public static final int MAX_CELL_CHARS = 10_000;

    /** The most feature cells (rows times feature columns) a dataset can hold: the largest Java array. */
    static final int MAX_CELLS = Integer.MAX_VALUE - 8;

    /**
     * Reads a CSV file.
     *
     * @param file the file, UTF-8 (a byte-order mark is ignored; bytes that are not UTF-8 are an error)
     * @return the dataset
     * @throws FileNotFoundException if the file does not exist or is not a regular file
     * @throws CsvFormatException if the content breaks a rule; the message says where and how
     * @throws IOException if reading fails
     */
    public Dataset load(Path file) throws IOException {
        Check.notNull("file", file);
        if (!Files.isRegularFile(file)) {
            throw new FileNotFoundException("file must be an existing file, got " + file);
        }
        return parse(CsvInput.ofUtf8(Files.newInputStream(file), file.toString(), MAX_COLUMNS, MAX_CELL_CHARS),
                file.toString());
    }

    /**
     * Reads CSV bytes in UTF-8, e.g. a classpath resource; bytes that are not UTF-8 are an error that
     * names their line and column.
     *
     * @param bytes the CSV content in UTF-8 (a byte-order mark is ignored); closed when done
     * @param sourceName the name used in messages, e.g. the file name
     * @return the dataset
     * @throws CsvFormatException if the content breaks a rule
     * @throws IOException if reading fails
     */
    public Dataset load(InputStream bytes, String sourceName) throws IOException {
        Check.notNull("bytes", bytes);
        Check.notNull("sourceName", sourceName);
        return parse(CsvInput.ofUtf8(bytes, sourceName, MAX_COLUMNS, MAX_CELL_CHARS), sourceName);
    }

    /**
     * Reads CSV text that the caller has decoded. Prefer {@link #load(InputStream, String)} for bytes:
     * a reader that replaces malformed bytes (as {@code InputStreamReader} does) hides them.
     *
     * @param text the CSV content; closed when done
     * @param sourceName the name used in messages, e.g. the file name
     * @return the dataset
     * @throws CsvFormatException if the content breaks a rule
     * @throws IOException if reading fails
     */
    public Dataset load(Reader text, String sourceName) throws IOException {
        Check.notNull("text", text);
        Check.notNull("sourceName", sourceName);
        return parse(CsvInput.ofChars(text, sourceName, MAX_COLUMNS, MAX_CELL_CHARS), sourceName);
    }

    private Dataset parse(CsvInput input, String source) throws IOException {
        // the parser's own limits are a backstop behind CsvInput's, which report the position
        CsvRecordHandler handler = CsvRecordHandler.of(b -> b.maxFields(MAX_COLUMNS + 1)
                .maxFieldSize(MAX_CELL_CHARS + 2).maxRecordSize(Integer.MAX_VALUE - 16));
        try (CsvReader<CsvRecord> reader = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true)
                .allowMissingFields(true).build(handler, input)) {
            return read(reader, input, source);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CsvParseException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof IOException io) {
                    throw io;
                }
            }
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new CsvFormatException(source + " must be valid CSV; " + e.getMessage()
                    + (root != e ? ": " + root.getMessage() : ""), 0);
        }
    }

    private Dataset read(CsvReader<CsvRecord> reader, CsvInput input, String source) throws CsvFormatException {
        var records = reader.iterator();
        if (!records.hasNext()) {
            throw new CsvFormatException(source + " must start with a header row, got an empty file", 0);
        }
        List<String> header = header(records.next(), source);
        input.header(header);
        int width = header.size();

        int target = -1;
        if (targetColumn != null) {
            target = header.indexOf(targetColumn);
            if (target < 0) {
                throw new CsvFormatException("targetColumn must be a column of " + source + " line 1, one of " + shown(header)
                        + ", got \"" + targetColumn + "\"", 1);
            }
        }
        boolean[] isDate = new boolean[width];
        for (String name : new TreeSet<>(dateColumns)) {
            int j = header.indexOf(name);
            if (j < 0) {
                throw new CsvFormatException("dateColumns must name columns of " + source + " line 1, one of " + shown(header)
                        + ", got \"" + name + "\"", 1);
            }
            isDate[j] = true;
        }

        int[] featureColumns = new int[width - (target >= 0 ? 1 : 0)];
        List<String> featureNames = new ArrayList<>();
        for (int j = 0, k = 0; j < width; j++) {
            if (j != target) {
                featureColumns[k++] = j;
                featureNames.add(header.get(j));
            }
        }
        if (featureColumns.length == 0) {
            throw new CsvFormatException(source + " line 1 (the header) must name at least one feature column besides the target \""
                    + targetColumn + "\", got none", 1);
        }

        GrowingDoubles features = new GrowingDoubles();
        GrowingDoubles numericTargets = new GrowingDoubles();
        List<String> labels = new ArrayList<>();
        Map<String, Integer> known = knownClasses();
        // distinct labels so far, counted while reading, so that the line that passes the limit is named
        Set<String> distinctLabels = known == null ? new java.util.HashSet<>() : null;
        int rows = 0;
        while (records.hasNext()) {
            CsvRecord record = records.next();
            long line = record.getStartingLineNumber();
            if (features.size() > MAX_CELLS - featureColumns.length) {
                throw new CsvFormatException(source + " line " + line + " must not take the dataset beyond "
                        + MAX_CELLS + " feature cells, the largest array", line);
            }
            if (record.getFieldCount() != width) {
                throw new CsvFormatException(source + " line " + line + " must have " + width
                        + " cells like the header, got " + record.getFieldCount(), line);
            }
            for (int j : featureColumns) {
                features.add(isDate[j] ? date(record.getField(j), source, line, header.get(j))
                        : number(record.getField(j), source, line, header.get(j)));
            }
            if (targetKind == TargetKind.NUMERIC) {
                numericTargets.add(number(record.getField(target), source, line, targetColumn));
            } else if (targetKind == TargetKind.CLASS) {
                String label = record.getField(target).strip();
                if (label.isEmpty()) {
                    throw new CsvFormatException(source + " line " + line + ", column " + targetColumn
                            + " must hold a class label, got an empty cell", line);
                }
                if (isMissing(label)) {
                    throw new CsvFormatException(source + " line " + line + ", column " + targetColumn
                            + " must hold a class label, got the missing-value marker \"" + label + "\"", line);
                }
                if (label.indexOf('\n') >= 0 || label.indexOf('\r') >= 0) {
                    throw new CsvFormatException(source + " line " + line + ", column " + targetColumn
                            + " must hold a class label on one line, got a quoted cell over several lines: "
                            + quoted(label), line);
                }
                if (known != null && !known.containsKey(label)) {
                    throw new CsvFormatException(source + " line " + line + ", column " + targetColumn
                            + " must hold one of the known classes " + classNames + ", got " + quoted(label), line);
                }
                if (distinctLabels != null && distinctLabels.add(label) && distinctLabels.size() > Dataset.MAX_CLASSES) {
                    throw new CsvFormatException(source + " line " + line + ", column " + targetColumn
                            + " must not bring the number of distinct class labels beyond " + Dataset.MAX_CLASSES
                            + " (Dataset.MAX_CLASSES), got a new label " + quoted(label), line);
                }
                labels.add(label);
            }
            rows++;
        }
        if (rows == 0) {
            throw new CsvFormatException(
                    source + " must have at least one data row after the header, got none", 0);
        }

        Dataset data = Dataset.ofRowMajor(features.toArray(), featureColumns.length).withColumnNames(featureNames);
        switch (targetKind) {
            case NUMERIC:
                return data.withTargets(numericTargets.toArray(), targetColumn);
            case CLASS:
                return known == null ? withClassTarget(data, labels) : withKnownClasses(data, labels, known);
            default:
                return data;
        }
    }

    private Dataset withClassTarget(Dataset data, List<String> labels) {
        boolean allNumeric = labels.stream().allMatch(CsvLoader::isDecimal);
        Comparator<String> order = allNumeric
                ? Comparator.comparingDouble(Double::parseDouble).thenComparing(Comparator.naturalOrder())
                : Comparator.naturalOrder();
        TreeSet<String> distinct = new TreeSet<>(order);
        distinct.addAll(labels);
        List<String> names = new ArrayList<>(distinct);
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < names.size(); c++) {
            index.put(names.get(c), c);
        }
        int[] classes = new int[labels.size()];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = index.get(labels.get(i));
        }
        return data.withClasses(classes, names, targetColumn);
    }

    /** @return each of {@link #classNames} mapped to its index, or null when the classes come from the file */
    private Map<String, Integer> knownClasses() {
        if (classNames.isEmpty()) {
            return null;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < classNames.size(); c++) {
            index.put(classNames.get(c), c);
        }
        return index;
    }

    /** Maps each label, already known to be one of {@link #classNames}, onto its index. */
    private Dataset withKnownClasses(Dataset data, List<String> labels, Map<String, Integer> known) {
        int[] classes = new int[labels.size()];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = known.get(labels.get(i));
        }
        return data.withClasses(classes, classNames, targetColumn);
    }

    private static List<String> header(CsvRecord record, String source) throws CsvFormatException {
        List<String> names = new ArrayList<>(record.getFieldCount());
        Map<String, Integer> seen = new HashMap<>();
        for (int j = 0; j < record.getFieldCount(); j++) {
            String name = record.getField(j).strip();
            if (name.isEmpty()) {
                throw new CsvFormatException(source + " line 1 (the header) must name every column; field " + (j + 1)
                        + " is blank", 1);
            }
            Integer earlier = seen.putIfAbsent(name, j);
            if (earlier != null) {
                throw new CsvFormatException(source + " line 1 (the header) must have unique column names, got \"" + name
                        + "\" in fields " + (earlier + 1) + " and " + (j + 1), 1);
            }
            names.add(name);
        }
        return names;
    }

    private double number(String cell, String source, long line, String column) throws CsvFormatException {
        String text = cell.strip();
        if (isMissing(text)) {
            if (keepMissing) {
                return Double.NaN;
            }
            throw new CsvFormatException(source + " line " + line + ", column " + column
                    + " must not be missing, got " + quoted(text) + "; use keepingMissing() to read missing cells as NaN",
                    line);
        }
        if (!isDecimal(text)) {
            throw new CsvFormatException(source + " line " + line + ", column " + column
                    + " must be a number, got " + quoted(text), line);
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw new CsvFormatException(source + " line " + line + ", column " + column
                    + " must be a number within the range of a double (magnitude at most " + Double.MAX_VALUE
                    + "), got " + quoted(text), line);
        }
        return value;
    }

    private double date(String cell, String source, long line, String column) throws CsvFormatException {
        String text = cell.strip();
        if (isMissing(text)) {
            return number(text, source, line, column);
        }
        try {
            LocalDate date = LocalDate.parse(text);
            return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
        } catch (DateTimeParseException e) {
            throw new CsvFormatException(source + " line " + line + ", column " + column
                    + " must be a date (yyyy-mm-dd), got " + quoted(text), line);
        }
    }

    /** The text in quotes for a message: at most 60 characters, line breaks shown as \\n. */
    static String quoted(String text) {
        String shown = text.length() <= 60 ? text : text.substring(0, 60) + "... (" + text.length() + " characters)";
        return "\"" + shown.replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }

    /** The column names for a message: all of them up to 20, else the first 20 and the count. */
    static String shown(List<String> names) {
        return names.size() <= 20 ? names.toString()
                : names.subList(0, 20).toString().replace("]", ", ... (" + names.size() + " columns)]");
    }

    private static boolean isMissing(String text) {
        return text.isEmpty() || text.equals("NA") || text.equals("NaN");
    }

    /** True for plain decimal numbers: optional sign, digits with at most one point, optional exponent. */
    static boolean isDecimal(String text) {
        int i = 0;
        int n = text.length();
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            for (; i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    /** An append-only double buffer, so that a file is read in one pass. */
    private static final class GrowingDoubles {
        private double[] values = new double[1024];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, (int) Math.min(2L * size, MAX_CELLS));
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
