package io.github.classicml.spark;

import io.github.classicml.algorithms.ModelFiles;
import io.github.classicml.core.Check;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Clusterer;
import io.github.classicml.core.Model;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.io.ModelFileException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Batch scoring of any fitted classicml model on rows held by Spark. The model travels to the executors
 * once, as its model-file bytes ({@link ModelFiles#toBytes}) in a broadcast variable; each partition
 * loads it ({@link ModelFiles#fromBytes}, which checks the file) and predicts its rows one by one with
 * the model's own {@code predict}, so every prediction is the one the model gives on one machine. kNN
 * models carry their training rows in the file, so they score this way too (the training set must fit
 * in each executor's memory, as it fits in one JVM).
 *
 * <p>The output is the input frame with one more column: for a classifier the predicted class name
 * (text), for a regressor the prediction (double), for a clusterer the cluster index (int).
 */
public final class SparkScoring {

    private SparkScoring() {
    }

    /**
     * @param model a fitted classifier, regressor or clusterer whose type has a model-file codec
     * @param data the rows to score (feature columns in the order the model was fitted on)
     * @param outputColumn the name of the new column, not already in the frame
     * @return the frame with the predictions appended
     * @throws IllegalArgumentException if the model is of another kind, its width differs from the data's,
     *     or the column exists
     */
    public static Dataset<Row> predict(Model model, SparkData data, String outputColumn) {
        Check.notNull("model", model);
        Check.notNull("data", data);
        Check.notNull("outputColumn", outputColumn);
        Check.that(model.columns() == data.columns(), () -> "data must have " + model.columns()
                + " feature columns (the model's), got " + data.columns());
        Check.that(!List.of(data.frame().schema().fieldNames()).contains(outputColumn), () ->
                "outputColumn must be a new column, got \"" + outputColumn + "\"");
        DataType type;
        if (model instanceof Classifier) {
            type = DataTypes.StringType;
        } else if (model instanceof Regressor) {
            type = DataTypes.DoubleType;
        } else if (model instanceof Clusterer) {
            type = DataTypes.IntegerType;
        } else {
            throw new IllegalArgumentException("model must be a classifier, regressor or clusterer, got "
                    + model.getClass().getSimpleName());
        }
        SparkSession session = data.frame().sparkSession();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(session.sparkContext());
        Broadcast<byte[]> bytes = context.broadcast(ModelFiles.toBytes(model));
        int[] at = new int[data.columns()];
        StructType schema = data.frame().schema();
        for (int j = 0; j < at.length; j++) {
            at[j] = schema.fieldIndex(data.featureColumns().get(j));
        }
        String[] names = data.featureColumns().toArray(new String[0]);
        JavaRDD<Row> scored = data.frame().javaRDD().mapPartitions(rows -> score(bytes.value(), rows, at, names));
        return session.createDataFrame(scored, schema.add(outputColumn, type, false));
    }

    private static Iterator<Row> score(byte[] file, Iterator<Row> rows, int[] at, String[] names) {
        if (!rows.hasNext()) {
            return rows;
        }
        Model model;
        try {
            model = ModelFiles.fromBytes(file, "broadcast model", Model.class);
        } catch (ModelFileException e) {
            // the driver wrote these bytes a moment ago: a failure here is a broken transfer
            throw new IllegalStateException("the broadcast model file does not load: " + e.getMessage(), e);
        }
        List<Row> out = new ArrayList<>();
        double[] x = new double[at.length];
        while (rows.hasNext()) {
            Row row = rows.next();
            for (int j = 0; j < at.length; j++) {
                Object value = row.get(at[j]);
                if (!(value instanceof Number number)) {
                    throw new IllegalArgumentException("column \"" + names[j] + "\" must hold numbers, got "
                            + (value == null ? "null" : value.getClass().getSimpleName() + " " + value));
                }
                x[j] = number.doubleValue();
            }
            Object prediction;
            if (model instanceof Classifier classifier) {
                prediction = classifier.classNames().get(classifier.predict(x));
            } else if (model instanceof Regressor regressor) {
                prediction = regressor.predict(x);
            } else {
                prediction = ((Clusterer) model).predict(x);
            }
            Object[] values = new Object[row.length() + 1];
            for (int j = 0; j < row.length(); j++) {
                values[j] = row.get(j);
            }
            values[row.length()] = prediction;
            out.add(RowFactory.create(values));
        }
        return out.iterator();
    }
}
