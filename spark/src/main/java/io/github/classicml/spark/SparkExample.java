package io.github.classicml.spark;

import io.github.classicml.algorithms.ModelFiles;
import io.github.classicml.algorithms.ensemble.ForestClassifierModel;
import io.github.classicml.algorithms.ensemble.RandomForestClassifier;
import io.github.classicml.algorithms.bayes.GaussianNaiveBayes;
import io.github.classicml.algorithms.bayes.GaussianNaiveBayesModel;
import io.github.classicml.algorithms.linear.LinearRegression;
import io.github.classicml.algorithms.linear.LinearRegressionModel;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Fits Gaussian naive Bayes and a random forest (iris) and least squares (diabetes) on Spark, scores the
 * iris rows with the broadcast model, and compares each with the single-machine fit on the same rows. Runs on
 * {@code local[*]} unless {@code spark-submit} sets a master:
 * {@code spark-submit --class io.github.classicml.spark.SparkExample spark/target/classicml-spark-<version>-all.jar}.
 */
public final class SparkExample {

    private SparkExample() {
    }

    /**
     * @param args none
     */
    public static void main(String[] args) {
        SparkSession.Builder builder = SparkSession.builder().appName("classicml-spark-example")
                .config("spark.ui.enabled", "false");
        if (System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            Dataset iris = Datasets.iris();
            SparkData irisRows = SparkData.of(spark.createDataFrame(rows(iris, true),
                    schema(iris, DataTypes.StringType)), iris.columnNames()).withTarget("target");
            GaussianNaiveBayesModel distributed = SparkFit.gaussianNaiveBayes(GaussianNaiveBayes.of(), irisRows);
            GaussianNaiveBayesModel local = GaussianNaiveBayes.of().fit(iris);
            double largest = 0;
            for (int c = 0; c < local.means().length; c++) {
                for (int j = 0; j < iris.columns(); j++) {
                    double a = local.means()[c][j];
                    largest = Math.max(largest, Math.abs(distributed.means()[c][j] - a) / Math.abs(a));
                }
            }
            List<Row> scored = SparkScoring.predict(distributed, irisRows, "predicted").collectAsList();
            int agree = 0;
            for (Row row : scored) {
                agree += row.getString(iris.columns()).equals(row.getString(iris.columns() + 1)) ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "Gaussian naive Bayes on Spark (%d partitions): class means within %.1e "
                            + "(relative) of the single-machine fit; %d of %d iris rows scored with their own class.%n",
                    irisRows.frame().rdd().getNumPartitions(), largest, agree, scored.size());

            // a random forest: every tree grown on its bootstrap sample in one task, as on one machine
            RandomForestClassifier forestLearner = RandomForestClassifier.of().withTrees(50).withOobScore(true)
                    .withSeed(1);
            ForestClassifierModel forest = SparkEnsembles.forestClassifier(forestLearner, irisRows);
            boolean sameForest = Arrays.equals(ModelFiles.toBytes(forest), ModelFiles.toBytes(forestLearner.fit(iris)));
            System.out.printf(Locale.ROOT, "Random forest on Spark: %d trees, out-of-bag accuracy %.3f; the "
                    + "single-machine forest from the same seed is %s.%n", forest.trees().size(), forest.oobScore(),
                    sameForest ? "identical, model file byte for byte" : "different");

            Dataset diabetes = Datasets.diabetes();
            SparkData diabetesRows = SparkData.of(spark.createDataFrame(rows(diabetes, false),
                    schema(diabetes, DataTypes.DoubleType)), diabetes.columnNames()).withTarget("target");
            LinearRegressionModel ols = SparkFit.linearRegression(LinearRegression.of(), diabetesRows);
            LinearRegressionModel olsLocal = LinearRegression.of().fit(diabetes);
            double worst = 0;
            for (int j = 0; j < diabetes.columns(); j++) {
                double a = olsLocal.coefficients()[j];
                worst = Math.max(worst, Math.abs(ols.coefficients()[j] - a) / Math.abs(a));
            }
            System.out.printf(Locale.ROOT, "Least squares on Spark (TSQR): R² %.6f, coefficients within %.1e "
                    + "(relative) of the single-machine fit.%n", ols.rSquared(), worst);
        } finally {
            spark.stop();
        }
    }

    private static List<Row> rows(Dataset data, boolean classes) {
        List<Row> out = new ArrayList<>();
        double[] x = new double[data.columns()];
        for (int i = 0; i < data.rows(); i++) {
            data.copyRow(i, x, 0);
            Object[] values = new Object[x.length + 1];
            for (int j = 0; j < x.length; j++) {
                values[j] = x[j];
            }
            values[x.length] = classes ? data.classNames().get(data.classOf(i)) : data.targets()[i];
            out.add(RowFactory.create(values));
        }
        return out;
    }

    private static org.apache.spark.sql.types.StructType schema(Dataset data, org.apache.spark.sql.types.DataType target) {
        List<StructField> fields = new ArrayList<>();
        for (String name : data.columnNames()) {
            fields.add(DataTypes.createStructField(name, DataTypes.DoubleType, false));
        }
        fields.add(DataTypes.createStructField("target", target, false));
        return DataTypes.createStructType(fields);
    }
}
