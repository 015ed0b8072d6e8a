package io.github.classicml.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code local[2]} Spark session for a test class (UI off, two shuffle partitions), and frames built
 * from arrays with a chosen number of partitions, in row order.
 */
final class LocalSpark {

    private LocalSpark() {
    }

    static SparkSession start() {
        return SparkSession.builder()
                .master("local[2]")
                .appName("classicml-spark-tests")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    static List<String> columnNames(int p) {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            names.add("x" + j);
        }
        return names;
    }

    /** Features x0..x(p-1) and, if {@code target} is not null, a double column "y"; in row order. */
    static Dataset<Row> frame(SparkSession spark, double[][] x, double[] target, int partitions) {
        int p = x[0].length;
        List<StructField> fields = new ArrayList<>();
        for (String name : columnNames(p)) {
            fields.add(DataTypes.createStructField(name, DataTypes.DoubleType, false));
        }
        if (target != null) {
            fields.add(DataTypes.createStructField("y", DataTypes.DoubleType, false));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            Object[] values = new Object[p + (target == null ? 0 : 1)];
            for (int j = 0; j < p; j++) {
                values[j] = x[i][j];
            }
            if (target != null) {
                values[p] = target[i];
            }
            rows.add(RowFactory.create(values));
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return spark.createDataFrame(context.parallelize(rows, partitions), DataTypes.createStructType(fields));
    }

    /** Features x0..x(p-1) and a text class column "y"; in row order. */
    static Dataset<Row> labelledFrame(SparkSession spark, double[][] x, String[] labels, int partitions) {
        int p = x[0].length;
        List<StructField> fields = new ArrayList<>();
        for (String name : columnNames(p)) {
            fields.add(DataTypes.createStructField(name, DataTypes.DoubleType, false));
        }
        fields.add(DataTypes.createStructField("y", DataTypes.StringType, false));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            Object[] values = new Object[p + 1];
            for (int j = 0; j < p; j++) {
                values[j] = x[i][j];
            }
            values[p] = labels[i];
            rows.add(RowFactory.create(values));
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        StructType schema = DataTypes.createStructType(fields);
        return spark.createDataFrame(context.parallelize(rows, partitions), schema);
    }
}
