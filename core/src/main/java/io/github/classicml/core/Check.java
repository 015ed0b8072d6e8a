package io.github.classicml.core;

import java.util.function.Supplier;

/**
 * Argument checks that produce every validation message of the library in one wording.
 *
 * <p>Each message follows the template {@code <name> must be <rule>, got <value>}: the name exactly as
 * the parameter is called, the rule, and the offending value, in one sentence; a hint may follow a
 * semicolon when the caller can act on it. Keeping all checks here keeps the wording uniform, so that
 * tests can assert messages and users can search for them.
 *
 * <p>Failures are reported with {@link IllegalArgumentException}, or {@link NullPointerException} for
 * a missing argument. Nothing passed in is modified.
 */
public final class Check {

    private Check() {
    }

    /**
     * Returns {@code value} if it is not null.
     *
     * @param name the argument's name, used in the message
     * @param value the argument
     * @param <T> the argument's type
     * @return {@code value}
     * @throws NullPointerException with the message {@code <name> must not be null}
     */
    public static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new NullPointerException(name + " must not be null");
        }
        return value;
    }

    /**
     * Returns entry {@code index} of a collection if it is not null; the message is built only on
     * failure, so a loop over a million entries allocates nothing.
     *
     * @param name the collection's name
     * @param index the entry's position
     * @param value the entry
     * @param <T> the entry's type
     * @return {@code value}
     * @throws NullPointerException with the message {@code <name>[<index>] must not be null}
     */
    public static <T> T notNull(String name, int index, T value) {
        if (value == null) {
            throw new NullPointerException(name + "[" + index + "] must not be null");
        }
        return value;
    }

    /**
     * Fails unless {@code condition} holds. For a message that is not a constant, use
     * {@link #that(boolean, Supplier)}, which builds it only on failure.
     *
     * @param condition the rule
     * @param message the whole message, already in the template's words
     * @throws IllegalArgumentException with {@code message} when the condition is false
     */
    public static void that(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * Fails unless {@code condition} holds, building the message only when it does not: the form
     * for messages that contain values, inside loops or on hot paths.
     *
     * @param condition the rule
     * @param message makes the whole message, in the template's words
     * @throws IllegalArgumentException with the message when the condition is false
     */
    public static void that(boolean condition, Supplier<String> message) {
        if (!condition) {
            throw new IllegalArgumentException(message.get());
        }
    }

    /**
     * Returns entry {@code index} of an array if it is finite; the message is built only on failure.
     *
     * @param name the array's name
     * @param index the entry's position
     * @param value the entry
     * @return {@code value}
     * @throws IllegalArgumentException {@code <name> must be finite; entry <i> is <value>}
     */
    public static double finite(String name, int index, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite; entry " + index + " is " + format(value));
        }
        return value;
    }

    /**
     * Checks that an index lies in {@code [0, size)}, in the template's words.
     *
     * @param name the index's name, e.g. {@code "row"}
     * @param index the index
     * @param size the number of valid positions
     * @return {@code index}
     * @throws IndexOutOfBoundsException {@code <name> must be in [0, <size - 1>], got <index>}
     */
    public static int index(String name, int index, int size) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(size == 0
                    ? name + " must be in an empty range, got " + index + "; there are no " + name + "s"
                    : name + " must be in [0, " + (size - 1) + "], got " + index);
        }
        return index;
    }

    /**
     * Checks that entry {@code entry} of a collection of indices lies in {@code [0, size)}, in the
     * shape of {@link #index(String, int, int)}; the message is built only on failure.
     *
     * @param name the collection's name, e.g. {@code "rowIndices"}
     * @param entry the position of the index in the collection
     * @param index the index
     * @param size the number of valid positions
     * @return {@code index}
     * @throws IndexOutOfBoundsException {@code <name>[<entry>] must be in [0, <size - 1>], got <index>}
     */
    public static int index(String name, int entry, int index, int size) {
        if (index < 0 || index >= size) {
            index(name + "[" + entry + "]", index, size);
        }
        return index;
    }

    /**
     * Returns entry {@code index} of an array if it is at least {@code min}; the message is built only
     * on failure.
     *
     * @param name the array's name
     * @param index the entry's position
     * @param value the entry
     * @param min the smallest allowed value
     * @return {@code value}
     * @throws IllegalArgumentException {@code <name> must be >= <min>; entry <i> is <value>}
     */
    public static int atLeast(String name, int index, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + "; entry " + index + " is " + value);
        }
        return value;
    }

    /**
     * Returns entry {@code index} of an array if it is at least {@code min} (NaN fails); the message
     * is built only on failure.
     *
     * @param name the array's name
     * @param index the entry's position
     * @param value the entry
     * @param min the smallest allowed value
     * @return {@code value}
     * @throws IllegalArgumentException {@code <name> must be >= <min>; entry <i> is <value>}
     */
    public static double atLeast(String name, int index, double value, double min) {
        if (!(value >= min)) {
            throw new IllegalArgumentException(name + " must be >= " + format(min) + "; entry " + index + " is "
                    + format(value));
        }
        return value;
    }

    /**
     * Returns entry {@code index} of an array if {@code min <= value <= max}; the message is built
     * only on failure.
     *
     * @param name the array's name
     * @param index the entry's position
     * @param value the entry
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return {@code value}
     * @throws IllegalArgumentException {@code <name> must be in [<min>, <max>]; entry <i> is <value>}
     */
    public static double inClosedRange(String name, int index, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in [" + format(min) + ", " + format(max)
                    + "]; entry " + index + " is " + format(value));
        }
        return value;
    }

    /**
     * Returns cell {@code (row, column)} of a table if {@code min <= value <= max}; the message is
     * built only on failure.
     *
     * @param name the table's name
     * @param row the cell's row
     * @param column the cell's column
     * @param value the cell
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return {@code value}
     * @throws IllegalArgumentException {@code <name> must be in [<min>, <max>]; row <i>, column <j> is <value>}
     */
    public static double inClosedRange(String name, int row, int column, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in [" + format(min) + ", " + format(max)
                    + "]; row " + row + ", column " + column + " is " + format(value));
        }
        return value;
    }

    /**
     * Returns cell {@code (row, column)} of a table if it is finite; the message is built only on
     * failure.
     *
     * @param name the table's name
     * @param row the cell's row
     * @param column the cell's column
     * @param value the cell
     * @return {@code value}
     * @throws IllegalArgumentException {@code <name> must be finite; row <i>, column <j> is <value>}
     */
    public static double finite(String name, int row, int column, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite; row " + row + ", column " + column + " is "
                    + format(value));
        }
        return value;
    }

    /**
     * Returns entry {@code index} of a list of names or labels if it is not blank; the message is
     * built only on failure.
     *
     * @param name the list's name
     * @param index the entry's position
     * @param value the entry, not null
     * @return {@code value}
     * @throws IllegalArgumentException {@code <name> must not be blank; entry <i> is blank}
     */
    public static String notBlank(String name, int index, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank; entry " + index + " is blank");
        }
        return value;
    }

    /**
     * Checks that row {@code row} of a table has the table's width; the message is built only on
     * failure.
     *
     * @param name the table's name
     * @param row the row's position
     * @param length the row's length
     * @param width the width every row must have
     * @throws IllegalArgumentException {@code <name> must have <width> columns in every row; row <i> has <length>}
     */
    public static void rowLength(String name, int row, int length, int width) {
        if (length != width) {
            throw new IllegalArgumentException(name + " must have " + width + " columns in every row; row " + row
                    + " has " + length);
        }
    }

    /**
     * Returns {@code value} if it is at least {@code min}.
     *
     * @param name the argument's name
     * @param value the argument
     * @param min the smallest allowed value
     * @return {@code value}
     * @throws IllegalArgumentException {@code <name> must be >= <min>, got <value>}
     */
    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
        }
        return value;
    }

    /**
     * Returns {@code value} if it is at least {@code min}.
     *
     * @param name the argument's name
     * @param value the argument
     * @param min the smallest allowed value
     * @return {@code value}
     * @throws IllegalArgumentException {@code <name> must be >= <min>, got <value>}
     */
    public static long atLeast(String name, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
        }
        return value;
    }

    /**
     * Returns {@code value} if it is at least {@code min}.
     *
     * @param name the argument's name
     * @param value the argument
     * @param min the smallest allowed value
     * @return {@code value}
     * @throws IllegalArgumentException {@code <name> must be >= <min>, got <value>}, also for NaN
     */
    public static double atLeast(String name, double value, double min) {
        if (!(value >= min)) {
            throw new IllegalArgumentException(name + " must be >= " + format(min) + ", got " + format(value));
        }
        return value;
    }

    /**
     * Returns {@code value} if it is at most {@code max}.
     *
     * @param name the argument's name
     * @param value the argument
     * @param max the largest allowed value
     * @return {@code value}
     * @throws IllegalArgumentException {@code <name> must be <= <max>, got <value>}
     */
    public static int atMost(String name, int value, int max) {
        if (value > max) {
            throw new IllegalArgumentException(name + " must be <= " + max + ", got " + value);
        }
        return value;
    }

    /**
     * Returns {@code value} if it is at most {@code max}, where {@code max} is a quantity the caller
     * may not know by number, such as the number of rows.
     *
     * @param name the argument's name
     * @param value the argument
     * @param max the largest allowed value
     * @param maxDescription what {@code max} is, e.g. {@code "the number of rows"}
     * @return {@code value}
     * @throws IllegalArgumentException {@code <name> must be <= <maxDescription> (<max>), got <value>}
     */
    public static int atMost(String name, int value, int max, String maxDescription) {
        if (value > max) {
            throw new IllegalArgumentException(
                    name + " must be <= " + maxDescription + " (" + max + "), got " + value);
        }
        return value;
    }

    /**
     * Returns {@code value} if it is strictly positive and finite.
     *
     * @param name the argument's name
     * @param value the argument
     * @return {@code value}
     * @throws IllegalArgumentException {@code <name> must be > 0 and finite, got <value>}
     */
    public static double positive(String name, double value) {
        if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be > 0 and finite, got " + format(value));
        }
        return value;
    }

    /**
     * Returns {@code value} if it is zero or positive and finite.
     *
     * @param name the argument's name
     * @param value the argument
     * @return {@code value}
     * @throws IllegalArgumentException {@code <name> must be >= 0 and finite, got <value>}
     */
    public static double nonNegative(String name, double value) {
        if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be >= 0 and finite, got " + format(value));
        }
        return value;
    }

    /**
     * Returns {@code value} if it is finite (not NaN, not infinite).
     *
     * @param name the argument's name
     * @param value the argument
     * @return {@code value}
     * @throws IllegalArgumentException {@code <name> must be finite, got <value>}
     */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + format(value));
        }
        return value;
    }

    /**
     * Returns {@code value} if {@code min <= value <= max}.
     *
     * @param name the argument's name
     * @param value the argument
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return {@code value}
     * @throws IllegalArgumentException {@code <name> must be in [<min>, <max>], got <value>}
     */
    public static double inClosedRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(
                    name + " must be in [" + format(min) + ", " + format(max) + "], got " + format(value));
        }
        return value;
    }

    /**
     * Returns {@code value} if {@code min < value < max}.
     *
     * @param name the argument's name
     * @param value the argument
     * @param min the open lower bound
     * @param max the open upper bound
     * @return {@code value}
     * @throws IllegalArgumentException {@code <name> must be in (<min>, <max>), got <value>}
     */
    public static double inOpenRange(String name, double value, double min, double max) {
        if (!(value > min && value < max)) {
            throw new IllegalArgumentException(
                    name + " must be in (" + format(min) + ", " + format(max) + "), got " + format(value));
        }
        return value;
    }

    /**
     * Checks that two parallel inputs have the same length.
     *
     * @param firstName the first input's name
     * @param firstLength its length
     * @param secondName the second input's name
     * @param secondLength its length
     * @throws IllegalArgumentException {@code <first> has <n> entries but <second> has <m>}
     */
    public static void sameLength(String firstName, int firstLength, String secondName, int secondLength) {
        if (firstLength != secondLength) {
            throw new IllegalArgumentException(firstName + " has " + firstLength + " entries but "
                    + secondName + " has " + secondLength);
        }
    }

    /**
     * Checks that an array is not empty.
     *
     * @param name the array's name
     * @param length its length
     * @throws IllegalArgumentException {@code <name> must not be empty, got 0 entries}
     */
    public static void notEmpty(String name, int length) {
        if (length == 0) {
            throw new IllegalArgumentException(name + " must not be empty, got 0 entries");
        }
    }

    /**
     * Checks that every value of an array is finite.
     *
     * @param name the array's name
     * @param values the values; not modified
     * @throws IllegalArgumentException {@code <name> must be finite; entry <i> is <value>}
     */
    public static void allFinite(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            finite(name, i, values[i]);
        }
    }

    /**
     * Checks that a class index lies in {@code [0, classCount)}.
     *
     * @param name the array's name
     * @param entry the position of the index in the array
     * @param classIndex the class index
     * @param classCount the number of classes
     * @throws IllegalArgumentException {@code <name> must hold class indices in [0, <k - 1>]; entry <i> is <c>}
     */
    public static void classIndex(String name, int entry, int classIndex, int classCount) {
        if (classIndex < 0 || classIndex >= classCount) {
            throw new IllegalArgumentException(name + " must hold class indices in [0, " + (classCount - 1)
                    + "]; entry " + entry + " is " + classIndex);
        }
    }

    /**
     * Checks that a dataset has at least {@code min} rows.
     *
     * @param data the dataset
     * @param min the smallest allowed number of rows
     * @throws IllegalArgumentException {@code data must have at least <min> row(s), got <n>}
     */
    public static void minRows(Dataset data, int min) {
        if (data.rows() < min) {
            throw new IllegalArgumentException("data must have at least " + min + (min == 1 ? " row" : " rows")
                    + ", got " + data.rows());
        }
    }

    /**
     * Checks that every feature value of a dataset is finite.
     *
     * @param data the dataset
     * @throws IllegalArgumentException {@code features must be finite; row <i>, column <j> is <value>}
     */
    public static void finiteFeatures(Dataset data) {
        int k = data.firstNonFiniteFeature();
        if (k >= 0) {
            int i = k / data.columns();
            int j = k % data.columns();
            throw new IllegalArgumentException("features must be finite; row " + i + ", column " + j + " is "
                    + format(data.get(i, j)) + "; impute or drop missing values first");
        }
    }

    /**
     * Checks that a dataset has numeric targets, all of them finite.
     *
     * @param data the dataset
     * @throws IllegalArgumentException when it has no numeric targets, or
     *     {@code targets must be finite; row <i> is <value>}
     */
    public static void finiteTargets(Dataset data) {
        if (!data.hasNumericTargets()) {
            throw new IllegalArgumentException("data must have numeric targets, got "
                    + (data.hasClasses() ? "class targets" : "no targets"));
        }
        for (int i = 0; i < data.rows(); i++) {
            double v = data.target(i);
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("targets must be finite; row " + i + " is " + format(v));
            }
        }
    }

    /**
     * Checks that a dataset has class targets.
     *
     * @param data the dataset
     * @throws IllegalArgumentException {@code data must have class targets, got <what it has>}
     */
    public static void hasClasses(Dataset data) {
        if (!data.hasClasses()) {
            throw new IllegalArgumentException("data must have class targets, got "
                    + (data.hasNumericTargets() ? "numeric targets" : "no targets"));
        }
    }

    /**
     * Checks that a row handed to a fitted model has the width the model was fitted on.
     *
     * @param row the row; not modified
     * @param columns the number of columns the model was fitted on
     * @throws IllegalArgumentException {@code row has <n> columns but the model was fitted on <m>}
     */
    public static void rowWidth(double[] row, int columns) {
        notNull("row", row);
        if (row.length != columns) {
            throw new IllegalArgumentException(
                    "row has " + row.length + " columns but the model was fitted on " + columns);
        }
    }

    /**
     * Checks that a row handed to a fitted model has the model's width and only finite values: the
     * check of every model whose arithmetic would otherwise turn NaN into an answer (a tree routes NaN
     * to the right, a linear model returns NaN). Builds no message for a good row.
     *
     * @param row the row; not modified
     * @param columns the number of columns the model was fitted on
     * @throws IllegalArgumentException {@code row has <n> columns but the model was fitted on <m>}, or
     *     {@code row must be finite; entry <j> is <value>}
     */
    public static void finiteRow(double[] row, int columns) {
        rowWidth(row, columns);
        for (int j = 0; j < row.length; j++) {
            finite("row", j, row[j]);
        }
    }

    /**
     * Checks that row {@code index} of a batch handed to a fitted model exists and has the width the
     * model was fitted on; the message is built only on failure.
     *
     * @param name the batch's name, e.g. {@code "rows"}
     * @param index the row's position in the batch
     * @param row the row; not modified
     * @param columns the number of columns the model was fitted on
     * @throws IllegalArgumentException {@code <name>[<i>] has <n> columns but the model was fitted on <m>}
     */
    public static void rowWidth(String name, int index, double[] row, int columns) {
        notNull(name, index, row);
        if (row.length != columns) {
            throw new IllegalArgumentException(name + "[" + index + "] has " + row.length
                    + " columns but the model was fitted on " + columns);
        }
    }

    /**
     * The error of one row of a batch, with the row's position in front of the row's own message
     * (which names the column), for batch methods that predict row by row. Called only when a row
     * has failed, so nothing is built for valid rows.
     *
     * @param name the batch's name, e.g. {@code "rows"}
     * @param index the row's position in the batch
     * @param rowError what the single-row method threw
     * @return {@code <name>[<i>]: <row's message>}, with the row's error as its cause
     */
    public static IllegalArgumentException inRow(String name, int index, IllegalArgumentException rowError) {
        return new IllegalArgumentException(name + "[" + index + "]: " + rowError.getMessage(), rowError);
    }

    /**
     * The error of one row of a dataset, with the row's number in front of the row's own message,
     * for batch methods over a {@link Dataset}. Called only when a row has failed.
     *
     * @param row the row's number in the dataset
     * @param rowError what the single-row method threw
     * @return {@code data row <i>: <row's message>}, with the row's error as its cause
     */
    public static IllegalArgumentException inRow(int row, IllegalArgumentException rowError) {
        return new IllegalArgumentException("data row " + row + ": " + rowError.getMessage(), rowError);
    }

    /**
     * The arithmetic error of one row of a batch (a prediction beyond the double range), with the
     * row's number in front, as {@link #inRow(int, IllegalArgumentException)}.
     *
     * @param row the row's number in the dataset
     * @param rowError what the single-row method threw
     * @return {@code data row <i>: <row's message>}, with the row's error as its cause
     */
    public static ArithmeticException inRow(int row, ArithmeticException rowError) {
        return withCause(new ArithmeticException("data row " + row + ": " + rowError.getMessage()), rowError);
    }

    /**
     * The arithmetic error of one row of an array batch, as {@link #inRow(String, int, IllegalArgumentException)}.
     *
     * @param name the array's name
     * @param index the row's index
     * @param rowError what the single-row method threw
     * @return {@code <name>[<i>]: <row's message>}, with the row's error as its cause
     */
    public static ArithmeticException inRow(String name, int index, ArithmeticException rowError) {
        return withCause(new ArithmeticException(name + "[" + index + "]: " + rowError.getMessage()), rowError);
    }

    private static ArithmeticException withCause(ArithmeticException e, Throwable cause) {
        e.initCause(cause);
        return e;
    }

    /**
     * Checks that a dataset handed to a fitted model has the width the model was fitted on.
     *
     * @param data the dataset
     * @param columns the number of columns the model was fitted on
     * @throws IllegalArgumentException {@code data has <n> columns but the model was fitted on <m>}
     */
    public static void columns(Dataset data, int columns) {
        notNull("data", data);
        if (data.columns() != columns) {
            throw new IllegalArgumentException(
                    "data has " + data.columns() + " columns but the model was fitted on " + columns);
        }
    }

    /**
     * Returns entry {@code index} of an array if it is at most {@code max}, a size limit; the message
     * is built only on failure.
     *
     * @param name the array's name
     * @param index the entry's position
     * @param value the entry
     * @param max the largest allowed value
     * @param limit what {@code max} is, e.g. {@code "Dataset.MAX_CLASSES - 1"}
     * @return {@code value}
     * @throws IllegalArgumentException {@code <name> must be <= <max> (<limit>); entry <i> is <value>}
     */
    public static int atMost(String name, int index, int value, int max, String limit) {
        if (value > max) {
            throw new IllegalArgumentException(name + " must be <= " + max + " (" + limit + "); entry " + index
                    + " is " + value);
        }
        return value;
    }

    /**
     * Returns the size {@code a * b} of a table about to be allocated, if it is at most {@code max};
     * the product is taken in {@code long}, so that it cannot overflow before it is checked.
     *
     * @param name what the table holds, e.g. {@code "the count table"}
     * @param a the first dimension
     * @param aName what the first dimension counts, e.g. {@code "classes"}
     * @param b the second dimension
     * @param bName what the second dimension counts
     * @param max the largest allowed size
     * @return {@code a * b}
     * @throws IllegalArgumentException {@code <name> must have at most <max> entries, got <a> <aName> x <b> <bName> = <a*b>}
     */
    public static int tableSize(String name, int a, String aName, int b, String bName, int max) {
        long size = (long) a * b;
        if (size > max) {
            throw new IllegalArgumentException(name + " must have at most " + max + " entries, got " + a + " "
                    + aName + " x " + b + " " + bName + " = " + size);
        }
        return (int) size;
    }

    /**
     * Returns {@code total + value} if it stays within {@code long}, for counts that are summed.
     *
     * @param name the counts' name
     * @param total the sum so far, {@code >= 0}
     * @param value the count to add, {@code >= 0}
     * @param where the entry being added, e.g. {@code "counts[2][3]"}; called only on failure
     * @return the new sum
     * @throws IllegalArgumentException {@code <name> must sum to at most 9223372036854775807; adding <where> = <value> to <total> overflows}
     */
    public static long addCount(String name, long total, long value, Supplier<String> where) {
        if (value > Long.MAX_VALUE - total) {
            throw new IllegalArgumentException(name + " must sum to at most " + Long.MAX_VALUE + "; adding "
                    + where.get() + " = " + value + " to " + total + " overflows");
        }
        return total + value;
    }

    /**
     * Formats a number for a message: integral values without a fraction, others in full precision.
     *
     * @param value the number
     * @return its text
     */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
