package io.github.classicml.spark;

import io.github.classicml.core.Check;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Training or scoring rows held by Spark: a {@code Dataset<Row>} with the names of its numeric feature
 * columns and, for training, of its target column. This is the distributed counterpart of
 * {@link io.github.classicml.core.Dataset}; it lives on the driver and is never sent to executors.
 *
 * <p>Features (and a numeric target) are read as doubles from any numeric column type; a null, a
 * non-numeric value, NaN or an infinity is refused with its column named (on the executor, so the driver
 * sees it inside the failed job's {@code SparkException}). A classification target is read as text (numbers become their decimal text), and the
 * classes are its distinct values in sorted order, as {@code Dataset.withClassLabels} orders them on one
 * machine, so class index {@code c} means the same class on Spark and on one machine.
 */
public final class SparkData {

    private final Dataset<Row> frame;
    private final List<String> featureColumns;
    private final String targetColumn;

    private SparkData(Dataset<Row> frame, List<String> featureColumns, String targetColumn) {
        this.frame = frame;
        this.featureColumns = featureColumns;
        this.targetColumn = targetColumn;
    }

    /**
     * @param frame the rows; not modified (Spark datasets are immutable)
     * @param featureColumns the numeric feature columns, in the order the model sees them, at least one
     * @return rows without a target (for clustering or scoring)
     * @throws IllegalArgumentException if a column is missing from the frame's schema
     */
    public static SparkData of(Dataset<Row> frame, List<String> featureColumns) {
        Check.notNull("frame", frame);
        Check.notNull("featureColumns", featureColumns);
        Check.that(!featureColumns.isEmpty(), "featureColumns must name at least one column, got none");
        StructType schema = frame.schema();
        List<String> names = List.of(schema.fieldNames());
        for (String column : featureColumns) {
            Check.that(names.contains(column), () -> "featureColumns must be columns of the frame " + names
                    + ", got \"" + column + "\"");
        }
        return new SparkData(frame, List.copyOf(featureColumns), null);
    }

    /**
     * @param column the target column (numeric for regression; any type for classification)
     * @return a copy with that target
     */
    public SparkData withTarget(String column) {
        Check.notNull("column", column);
        List<String> names = List.of(frame.schema().fieldNames());
        Check.that(names.contains(column), () -> "column must be a column of the frame " + names + ", got \""
                + column + "\"");
        return new SparkData(frame, featureColumns, column);
    }

    /** @return the Spark rows */
    public Dataset<Row> frame() {
        return frame;
    }

    /** @return the feature column names */
    public List<String> featureColumns() {
        return featureColumns;
    }

    /** @return the number of feature columns */
    public int columns() {
        return featureColumns.size();
    }

    /** @return the target column, or null */
    public String targetColumn() {
        return targetColumn;
    }

    /** @return each row's features, in the frame's order */
    JavaRDD<double[]> features() {
        int[] at = indices(featureColumns);
        String[] names = featureColumns.toArray(new String[0]);
        return frame.javaRDD().map(row -> read(row, at, names, 0));
    }

    /** @return each row's features followed by its numeric target */
    JavaRDD<double[]> regressionRows() {
        requireTarget();
        int[] at = indices(featureColumns);
        String[] names = featureColumns.toArray(new String[0]);
        int target = frame.schema().fieldIndex(targetColumn);
        String targetName = targetColumn;
        return frame.javaRDD().map(row -> {
            double[] out = read(row, at, names, 1);
            out[at.length] = number(row, target, targetName);
            return out;
        });
    }

    /** @return the class names: the distinct target values as text, sorted */
    List<String> classNames() {
        requireTarget();
        int target = frame.schema().fieldIndex(targetColumn);
        List<String> names = new ArrayList<>(frame.javaRDD().map(row -> label(row, target)).distinct().collect());
        Collections.sort(names);
        return List.copyOf(names);
    }

    /**
     * @param classNames the classes, by index
     * @return each row's features followed by its class index (as a double)
     */
    JavaRDD<double[]> classificationRows(List<String> classNames) {
        requireTarget();
        int[] at = indices(featureColumns);
        String[] names = featureColumns.toArray(new String[0]);
        int target = frame.schema().fieldIndex(targetColumn);
        HashMap<String, Integer> index = new HashMap<>();
        for (int c = 0; c < classNames.size(); c++) {
            index.put(classNames.get(c), c);
        }
        Map<String, Integer> lookup = index;
        return frame.javaRDD().map(row -> {
            double[] out = read(row, at, names, 1);
            out[at.length] = lookup.get(label(row, target));
            return out;
        });
    }

    private void requireTarget() {
        Check.that(targetColumn != null, "data must have a target column (SparkData.withTarget), got none");
    }

    private int[] indices(List<String> columns) {
        StructType schema = frame.schema();
        int[] out = new int[columns.size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = schema.fieldIndex(columns.get(j));
        }
        return out;
    }

    private static double[] read(Row row, int[] at, String[] names, int extra) {
        double[] out = new double[at.length + extra];
        for (int j = 0; j < at.length; j++) {
            out[j] = number(row, at[j], names[j]);
        }
        return out;
    }

    private static double number(Row row, int at, String name) {
        Object value = row.get(at);
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("column \"" + name + "\" must hold numbers, got "
                    + (value == null ? "null" : value.getClass().getSimpleName() + " " + value));
        }
        double v = number.doubleValue();
        if (!Double.isFinite(v)) {
            // every learner fits finite values only; Spark wraps this in the SparkException of the failed job
            throw new IllegalArgumentException("column \"" + name + "\" must hold finite numbers, got " + v);
        }
        return v;
    }

    private static String label(Row row, int at) {
        Object value = row.get(at);
        Check.that(value != null, "the target must not be null, got null");
        return value.toString();
    }
}
