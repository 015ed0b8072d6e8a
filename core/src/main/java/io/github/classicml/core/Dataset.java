package io.github.classicml.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable table of numeric features with optional targets: the input of every learner.
 *
 * <p>The features are held row-major in one {@code double[]} (the layout of EJML's
 * {@code DMatrixRMaj}): the value of row {@code i}, column {@code j} sits at {@code i * columns() + j}.
 * A dataset may carry one kind of target:
 * <ul>
 *   <li>none (clustering, transformations);</li>
 *   <li>numeric targets, one {@code double} per row (regression);</li>
 *   <li>class targets, one class index {@code 0..k-1} per row, with the class names that map each
 *       index back to the original label (classification).</li>
 * </ul>
 *
 * <p>Missing values are allowed in the features and numeric targets as {@code NaN}, so that imputation
 * can work on them; learners reject them with a message that names the row and column
 * ({@link Check#finiteFeatures(Dataset)}). Class targets are never missing.
 *
 * <p>Every factory and accessor copies: a caller that changes its arrays after building a dataset, or
 * changes an array a dataset returned, never changes the dataset. Two datasets derived from each other
 * (for example by {@link #withClasses(int[], List)}) may share their immutable arrays internally.
 * Instances are safe to share between threads.
 */
public final class Dataset {

    private final int rows;
    private final int columns;
    /** Row-major features, never exposed. */
    private final double[] features;
    private final List<String> columnNames;
    /** Numeric targets, or null. */
    private final double[] targets;
    /** Class indices, or null. */
    private final int[] classes;
    /** Class names indexed by class index; empty unless classes != null. */
    private final List<String> classNames;
    /** Name of the target column; null when there are no targets. */
    private final String targetName;

    private Dataset(int rows, int columns, double[] features, List<String> columnNames,
                    double[] targets, int[] classes, List<String> classNames, String targetName) {
        this.rows = rows;
        this.columns = columns;
        this.features = features;
        this.columnNames = columnNames;
        this.targets = targets;
        this.classes = classes;
        this.classNames = classNames;
        this.targetName = targetName;
    }

    /**
     * The most classes a dataset may have (2^20). Class indices and class counts come from data, and
     * models allocate tables of classes by columns: the bound is checked before any of that, so that
     * a stray label such as {@code 1 << 30} is an error naming it instead of gigabytes of zeros.
     */
    public static final int MAX_CLASSES = 1 << 20;

    /** The most feature values a dataset holds (rows times columns): the largest Java array. */
    public static final int MAX_CELLS = Integer.MAX_VALUE - 8;

    // ------------------------------------------------------------------ factories

    /**
     * Creates a dataset without targets from rows of features. Columns are named {@code x0, x1, ...}.
     *
     * @param features one array per row, all of the same length, at least one column; not modified
     * @return the dataset
     * @throws IllegalArgumentException if rows differ in length or there are no columns
     */
    public static Dataset of(double[][] features) {
        Check.notNull("features", features);
        Check.that(features.length > 0,
                "features must have at least one row to infer the width; use ofRowMajor(new double[0], columns)");
        int columns = Check.notNull("features", 0, features[0]).length;
        double[] values = new double[Check.tableSize("features", features.length, "rows", columns, "columns",
                MAX_CELLS)];
        for (int i = 0; i < features.length; i++) {
            double[] row = Check.notNull("features", i, features[i]);
            Check.rowLength("features", i, row.length, columns);
            System.arraycopy(row, 0, values, i * columns, columns);
        }
        return create(features.length, columns, values);
    }

    /**
     * Creates a dataset without targets from a row-major array.
     *
     * @param values row-major features, {@code rows * columns} of them; not modified
     * @param columns the number of columns, at least 1
     * @return the dataset
     * @throws IllegalArgumentException if {@code values.length} is not a multiple of {@code columns}
     */
    public static Dataset ofRowMajor(double[] values, int columns) {
        Check.notNull("values", values);
        Check.atLeast("columns", columns, 1);
        Check.that(values.length % columns == 0, () -> "values must hold a whole number of rows of " + columns
                + " columns, got " + values.length + " values");
        return create(values.length / columns, columns, values.clone());
    }

    private static Dataset create(int rows, int columns, double[] values) {
        Check.atLeast("columns", columns, 1);
        List<String> names = new ArrayList<>(columns);
        for (int j = 0; j < columns; j++) {
            names.add("x" + j);
        }
        return new Dataset(rows, columns, values, List.copyOf(names), null, null, List.of(), null);
    }

    /**
     * Returns a copy with these column names.
     *
     * @param names one distinct, non-blank name per column; not modified
     * @return the new dataset
     * @throws IllegalArgumentException if the count differs, a name is blank, or a name repeats
     */
    public Dataset withColumnNames(List<String> names) {
        Check.notNull("names", names);
        Check.that(names.size() == columns,
                () -> "names has " + names.size() + " entries but the data has " + columns + " columns");
        Map<String, Integer> seen = new HashMap<>();
        for (int j = 0; j < names.size(); j++) {
            String name = Check.notBlank("names", j, Check.notNull("names", j, names.get(j)));
            Integer earlier = seen.putIfAbsent(name, j);
            if (earlier != null) {
                int later = j;
                Check.that(earlier == null, () -> "names must be unique, got \"" + name + "\" at entries "
                        + earlier + " and " + later);
            }
        }
        return new Dataset(rows, columns, features, List.copyOf(names), targets, classes, classNames, targetName);
    }

    /**
     * Returns a copy with numeric targets (for regression), replacing any targets it had.
     *
     * @param values one target per row; NaN marks a missing target; not modified
     * @param name the target's name, e.g. the CSV column it came from
     * @return the new dataset
     * @throws IllegalArgumentException if the length differs from the number of rows
     */
    public Dataset withTargets(double[] values, String name) {
        Check.notNull("values", values);
        Check.notNull("name", name);
        Check.sameLength("features", rows, "targets", values.length);
        return new Dataset(rows, columns, features, columnNames, values.clone(), null, List.of(), name);
    }

    /**
     * Returns a copy with class targets (for classification), replacing any targets it had.
     *
     * @param indices one class index per row, each in {@code [0, classNames.size())}; not modified
     * @param classNames the name of each class, by index: distinct and non-blank; not modified
     * @return the new dataset
     * @throws IllegalArgumentException if the length differs from the number of rows, an index is out
     *     of range, or names repeat
     */
    public Dataset withClasses(int[] indices, List<String> classNames) {
        return withClasses(indices, classNames, "class");
    }

    /**
     * Returns a copy with class targets and the target's name.
     *
     * @param indices one class index per row, each in {@code [0, classNames.size())}; not modified
     * @param classNames the name of each class, by index: distinct and non-blank; not modified
     * @param name the target's name, e.g. the CSV column it came from
     * @return the new dataset
     */
    public Dataset withClasses(int[] indices, List<String> classNames, String name) {
        Check.notNull("indices", indices);
        Check.notNull("name", name);
        Check.notNull("classNames", classNames);
        Check.sameLength("features", rows, "classes", indices.length);
        Check.atLeast("number of class names", classNames.size(), 1);
        Check.atMost("number of class names", classNames.size(), MAX_CLASSES, "Dataset.MAX_CLASSES");
        Set<String> distinct = new HashSet<>();
        for (int c = 0; c < classNames.size(); c++) {
            String className = Check.notNull("classNames", c, classNames.get(c));
            boolean fresh = !className.isBlank() && distinct.add(className);
            if (!fresh) {
                Check.that(fresh, () -> "classNames must be distinct and non-blank, got " + classNames);
            }
        }
        for (int i = 0; i < indices.length; i++) {
            Check.classIndex("classes", i, indices[i], classNames.size());
        }
        return new Dataset(rows, columns, features, columnNames, null, indices.clone(),
                List.copyOf(classNames), name);
    }

    /**
     * Returns a copy whose class indices refer to the given class names: each row keeps its class
     * (by name), and class {@code c} becomes {@code names.get(c)}. The way to line a second dataset up
     * with a fitted model, {@code test.withClassNames(model.classNames())}, so that predicted and
     * actual indices mean the same classes even when {@code test} lacks some of them.
     *
     * @param names the class names by index: distinct, non-blank, and including every class that
     *     occurs in this dataset; not modified
     * @return the re-indexed dataset, with {@code names} as its class names
     * @throws IllegalStateException if the dataset has no class targets
     * @throws IllegalArgumentException naming the first class that is not one of {@code names}
     */
    public Dataset withClassNames(List<String> names) {
        if (classes == null) {
            throw new IllegalStateException("data has no class targets");
        }
        Check.notNull("names", names);
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < names.size(); c++) {
            index.putIfAbsent(Check.notNull("names", c, names.get(c)), c);
        }
        int[] map = new int[classNames.size()];
        for (int c = 0; c < map.length; c++) {
            Integer to = index.get(classNames.get(c));
            map[c] = to == null ? -1 : to;
        }
        int[] indices = new int[rows];
        for (int i = 0; i < rows; i++) {
            int to = map[classes[i]];
            if (to < 0) {
                int row = i;
                Check.that(to >= 0, () -> "names must include every class of the data; class \""
                        + classNames.get(classes[row]) + "\" (row " + row + ") is not one of " + names);
            }
            indices[i] = to;
        }
        return withClasses(indices, names, targetName);
    }

    /**
     * Returns a copy with class targets from integer labels, named by their decimal text.
     * The classes are {@code 0..max(indices)}, like scikit-learn's labels {@code 0..k-1}.
     *
     * @param indices one non-negative class index per row; not modified
     * @return the new dataset
     */
    public Dataset withClasses(int[] indices) {
        Check.notNull("indices", indices);
        int max = 0;
        for (int i = 0; i < indices.length; i++) {
            max = Math.max(max, Check.atLeast("classes", i, indices[i], 0));
            Check.atMost("classes", i, indices[i], MAX_CLASSES - 1, "Dataset.MAX_CLASSES - 1");
        }
        List<String> names = new ArrayList<>(max + 1);
        for (int c = 0; c <= max; c++) {
            names.add(Integer.toString(c));
        }
        return withClasses(indices, names);
    }

    /**
     * Returns a copy with class targets from text labels. The classes are the distinct labels in
     * sorted (lexicographic) order, as scikit-learn's {@code LabelEncoder} and {@code np.unique} order
     * them, so class index {@code c} means the same class in both.
     *
     * @param labels one non-blank label per row; not modified
     * @param name the target's name
     * @return the new dataset
     */
    public Dataset withClassLabels(String[] labels, String name) {
        Check.notNull("labels", labels);
        TreeSet<String> sorted = new TreeSet<>();
        for (int i = 0; i < labels.length; i++) {
            sorted.add(Check.notBlank("labels", i, Check.notNull("labels", i, labels[i])));
        }
        List<String> names = List.copyOf(sorted);
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < names.size(); c++) {
            index.put(names.get(c), c);
        }
        int[] indices = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            indices[i] = index.get(labels[i]);
        }
        return withClasses(indices, names, name);
    }

    /**
     * Returns a copy without targets.
     *
     * @return the dataset's features alone
     */
    public Dataset withoutTargets() {
        return new Dataset(rows, columns, features, columnNames, null, null, List.of(), null);
    }

    // ------------------------------------------------------------------ shape and features

    /** @return the number of rows (samples) */
    public int rows() {
        return rows;
    }

    /** @return the number of columns (features) */
    public int columns() {
        return columns;
    }

    /** @return the column names, in column order (an unmodifiable list) */
    public List<String> columnNames() {
        return columnNames;
    }

    /**
     * @param column a column index
     * @return that column's name
     */
    public String columnName(int column) {
        return columnNames.get(Check.index("column", column, columns));
    }

    /**
     * @param name a column name
     * @return its index
     * @throws IllegalArgumentException if no column has that name
     */
    public int columnIndex(String name) {
        int j = columnNames.indexOf(name);
        Check.that(j >= 0, () -> "name must be one of " + columnNames + ", got \"" + name + "\"");
        return j;
    }

    /**
     * Returns one feature value.
     *
     * @param row the row index
     * @param column the column index
     * @return the value, NaN if missing
     */
    public double get(int row, int column) {
        Check.index("row", row, rows);
        Check.index("column", column, columns);
        return features[row * columns + column];
    }

    /**
     * @param row the row index
     * @return a copy of that row's features
     */
    public double[] row(int row) {
        double[] out = new double[columns];
        copyRow(row, out, 0);
        return out;
    }

    /**
     * Copies one row's features into {@code destination}, for loops that reuse one buffer.
     *
     * @param row the row index
     * @param destination the array to write
     * @param offset where in {@code destination} the row starts
     */
    public void copyRow(int row, double[] destination, int offset) {
        Check.index("row", row, rows);
        System.arraycopy(features, row * columns, destination, offset, columns);
    }

    /**
     * @param column the column index
     * @return a copy of that column's values, one per row
     */
    public double[] column(int column) {
        Check.index("column", column, columns);
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = features[i * columns + column];
        }
        return out;
    }

    /** @return a copy of all features, row-major ({@code rows() * columns()} values) */
    public double[] features() {
        return features.clone();
    }

    /** @return a copy of all features, one array per row */
    public double[][] toArray() {
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = row(i);
        }
        return out;
    }

    /**
     * Finds the first non-finite feature value (NaN or infinite), scanning the row-major array once.
     *
     * @return its position {@code row * columns() + column}, or -1 when every value is finite
     */
    int firstNonFiniteFeature() {
        for (int k = 0; k < features.length; k++) {
            // x - x is 0 for finite x and NaN for NaN and both infinities
            if (features[k] - features[k] != 0) {
                return k;
            }
        }
        return -1;
    }

    /** @return the number of missing (NaN) feature values */
    public int missingFeatureCount() {
        int count = 0;
        for (double v : features) {
            if (Double.isNaN(v)) {
                count++;
            }
        }
        return count;
    }

    // ------------------------------------------------------------------ targets

    /** @return true if the dataset has numeric or class targets */
    public boolean hasTargets() {
        return targets != null || classes != null;
    }

    /** @return true if the dataset has numeric targets (regression) */
    public boolean hasNumericTargets() {
        return targets != null;
    }

    /** @return true if the dataset has class targets (classification) */
    public boolean hasClasses() {
        return classes != null;
    }

    /** @return the target's name (the CSV column it came from), or null without targets */
    public String targetName() {
        return targetName;
    }

    /**
     * @param row the row index
     * @return that row's numeric target
     * @throws IllegalStateException if the dataset has no numeric targets
     */
    public double target(int row) {
        if (targets == null) {
            throw new IllegalStateException("data has no numeric targets");
        }
        return targets[Check.index("row", row, rows)];
    }

    /**
     * @return a copy of the numeric targets
     * @throws IllegalStateException if the dataset has no numeric targets
     */
    public double[] targets() {
        if (targets == null) {
            throw new IllegalStateException("data has no numeric targets");
        }
        return targets.clone();
    }

    /**
     * @param row the row index
     * @return that row's class index
     * @throws IllegalStateException if the dataset has no class targets
     */
    public int classOf(int row) {
        if (classes == null) {
            throw new IllegalStateException("data has no class targets");
        }
        return classes[Check.index("row", row, rows)];
    }

    /**
     * @return a copy of the class indices, one per row
     * @throws IllegalStateException if the dataset has no class targets
     */
    public int[] classes() {
        if (classes == null) {
            throw new IllegalStateException("data has no class targets");
        }
        return classes.clone();
    }

    /** @return the class names by class index (unmodifiable; empty without class targets) */
    public List<String> classNames() {
        return classNames;
    }

    /** @return the number of classes (0 without class targets) */
    public int classCount() {
        return classNames.size();
    }

    /**
     * @return how many rows belong to each class, by class index
     * @throws IllegalStateException if the dataset has no class targets
     */
    public int[] classCounts() {
        if (classes == null) {
            throw new IllegalStateException("data has no class targets");
        }
        int[] counts = new int[classNames.size()];
        for (int c : classes) {
            counts[c]++;
        }
        return counts;
    }

    // ------------------------------------------------------------------ subsets

    /**
     * Returns the given rows, in the given order, with their targets. Rows may repeat (bootstrap
     * samples) and class names are kept even when a class no longer occurs, so class indices mean the
     * same in every fold.
     *
     * @param rowIndices row indices into this dataset; not modified
     * @return the new dataset
     */
    public Dataset select(int[] rowIndices) {
        Check.notNull("rowIndices", rowIndices);
        double[] values = new double[Check.tableSize("the selection", rowIndices.length, "rows", columns,
                "columns", MAX_CELLS)];
        double[] t = targets == null ? null : new double[rowIndices.length];
        int[] c = classes == null ? null : new int[rowIndices.length];
        for (int k = 0; k < rowIndices.length; k++) {
            int i = Check.index("rowIndices", k, rowIndices[k], rows);
            System.arraycopy(features, i * columns, values, k * columns, columns);
            if (t != null) {
                t[k] = targets[i];
            }
            if (c != null) {
                c[k] = classes[i];
            }
        }
        return new Dataset(rowIndices.length, columns, values, columnNames, t, c, classNames, targetName);
    }

    /**
     * Returns the given columns, in the given order, with the targets.
     *
     * @param columnIndices column indices into this dataset, distinct; not modified
     * @return the new dataset
     */
    public Dataset selectColumns(int... columnIndices) {
        Check.notNull("columnIndices", columnIndices);
        Check.notEmpty("columnIndices", columnIndices.length);
        int p = columnIndices.length;
        List<String> names = new ArrayList<>(p);
        for (int k = 0; k < p; k++) {
            int j = Check.index("columnIndices", k, columnIndices[k], columns);
            names.add(columnNames.get(j));
        }
        double[] values = new double[Check.tableSize("the selection", rows, "rows", p, "columns", MAX_CELLS)];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < p; k++) {
                values[i * p + k] = features[i * columns + columnIndices[k]];
            }
        }
        Check.that(new HashSet<>(names).size() == p,
                () -> "columnIndices must be distinct, got " + Arrays.toString(columnIndices));
        return new Dataset(rows, p, values, List.copyOf(names), targets, classes, classNames, targetName);
    }

    // ------------------------------------------------------------------ equality

    /**
     * Two datasets are equal when their shapes, features (NaN equal to NaN), column names, targets and
     * class names are equal.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Dataset)) {
            return false;
        }
        Dataset other = (Dataset) o;
        return rows == other.rows && columns == other.columns
                && Arrays.equals(features, other.features)
                && columnNames.equals(other.columnNames)
                && Arrays.equals(targets, other.targets)
                && Arrays.equals(classes, other.classes)
                && classNames.equals(other.classNames)
                && java.util.Objects.equals(targetName, other.targetName);
    }

    @Override
    public int hashCode() {
        int h = 31 * rows + columns;
        h = 31 * h + Arrays.hashCode(features);
        h = 31 * h + Arrays.hashCode(targets);
        h = 31 * h + Arrays.hashCode(classes);
        return 31 * h + columnNames.hashCode();
    }

    @Override
    public String toString() {
        String target = classes != null ? ", classes " + classNames
                : targets != null ? ", numeric target " + targetName : "";
        return "Dataset[" + rows + " rows x " + columns + " columns" + target + "]";
    }
}
