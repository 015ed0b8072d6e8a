package io.github.classicml.spark.bench;

import io.github.classicml.algorithms.cluster.KMeans;
import io.github.classicml.algorithms.ensemble.ForestClassifierModel;
import io.github.classicml.algorithms.ensemble.RandomForestClassifier;
import io.github.classicml.algorithms.cluster.KMeansModel;
import io.github.classicml.algorithms.linear.LinearRegression;
import io.github.classicml.algorithms.linear.LinearRegressionModel;
import io.github.classicml.algorithms.linear.LogisticRegression;
import io.github.classicml.algorithms.linear.LogisticRegressionModel;
import io.github.classicml.spark.SparkData;
import io.github.classicml.spark.SparkEnsembles;
import io.github.classicml.spark.SparkFit;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * classicml-spark against Spark MLlib on the same local[2] session and the same cached data: k-means,
 * binary L2 logistic regression, ordinary least squares and a random forest (test accuracy on
 * held-out rows of the same generator); prints time (best of three fits after one warm-up) and quality
 * side by side; an optional second argument picks rows ({@code forest}, {@code kmeans,ols}, ...). Run:
 * {@code ./mvnw -B -o -q test-compile -pl spark -am} then the java command in benchmarks/RESULTS.md.
 */
public final class SparkVsMllib {

    private SparkVsMllib() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int p = 10;
        // optional second argument: the rows to run, e.g. "forest" or "kmeans,logistic,ols,forest" (the default)
        List<String> only = List.of((args.length > 1 ? args[1] : "kmeans,logistic,ols,forest").split(","));
        SparkSession spark = SparkSession.builder().master("local[2]").appName("classicml-vs-mllib")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        List<String> names = new ArrayList<>();
        List<StructField> fields = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            names.add("x" + j);
            fields.add(DataTypes.createStructField("x" + j, DataTypes.DoubleType, false));
        }
        fields.add(DataTypes.createStructField("t", DataTypes.DoubleType, false));
        fields.add(DataTypes.createStructField("label", DataTypes.DoubleType, false));
        SplittableRandom random = new SplittableRandom(2026);
        double[][] centres = new double[8][p];
        for (double[] c : centres) {
            for (int j = 0; j < p; j++) {
                c[j] = 10 * random.nextDouble();
            }
        }
        List<Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Object[] v = new Object[p + 2];
            double[] c = centres[random.nextInt(8)];
            double t = 1.0;
            double z = -2.5;
            for (int j = 0; j < p; j++) {
                double x = c[j] + random.nextGaussian();
                v[j] = x;
                t += (j + 1) * 0.1 * x;
                z += (j % 2 == 0 ? 0.1 : -0.05) * x;
            }
            v[p] = t + random.nextGaussian();
            v[p + 1] = random.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1.0 : 0.0;
            rows.add(RowFactory.create(v));
        }
        // held-out rows for the forest, drawn after the training rows from the same generator
        int testRows = n / 5;
        double[][] testX = new double[testRows][p];
        int[] testY = new int[testRows];
        List<Row> testList = new ArrayList<>(testRows);
        for (int i = 0; i < testRows; i++) {
            Object[] v = new Object[p + 2];
            double[] c = centres[random.nextInt(8)];
            double z = -2.5;
            for (int j = 0; j < p; j++) {
                testX[i][j] = c[j] + random.nextGaussian();
                v[j] = testX[i][j];
                z += (j % 2 == 0 ? 0.1 : -0.05) * testX[i][j];
            }
            v[p] = 0.0;
            testY[i] = random.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
            v[p + 1] = (double) testY[i];
            testList.add(RowFactory.create(v));
        }
        Dataset<Row> frame = spark.createDataFrame(rows, DataTypes.createStructType(fields)).repartition(2);
        Dataset<Row> assembled = new VectorAssembler().setInputCols(names.toArray(new String[0]))
                .setOutputCol("features").transform(frame).cache();
        assembled.count();
        SparkData data = SparkData.of(assembled, names);
        System.out.printf(Locale.ROOT, "n = %d rows, p = %d, local[2], %d partitions%n", n, p,
                assembled.rdd().getNumPartitions());

        double oursTime;
        double theirTime;
        SparkData labelled = data.withTarget("label");
        if (only.contains("kmeans")) {
            // k-means, k = 8, k-means++/k-means|| init, tolerance 1e-4, at most 100 iterations
            KMeans kMeans = KMeans.of(8).withSeed(7).withAlgorithm(KMeans.Algorithm.LLOYD);
            KMeansModel[] ours = new KMeansModel[1];
            oursTime = best(() -> ours[0] = SparkFit.kMeans(kMeans, data, 10_000));
            org.apache.spark.ml.clustering.KMeans mllibKMeans = new org.apache.spark.ml.clustering.KMeans().setK(8)
                    .setSeed(7).setMaxIter(100).setTol(1e-4);
            org.apache.spark.ml.clustering.KMeansModel[] theirs = new org.apache.spark.ml.clustering.KMeansModel[1];
            theirTime = best(() -> theirs[0] = mllibKMeans.fit(assembled));
            System.out.printf(Locale.ROOT, "k-means      classicml %.3f s inertia %.6e (%d it.) | MLlib %.3f s inertia %.6e (%d it.)%n",
                    oursTime, ours[0].inertia(), ours[0].iterations(), theirTime,
                    theirs[0].summary().trainingCost(), theirs[0].summary().numIter());
        }
        if (only.contains("logistic")) {
            // logistic regression, L2, objective sum log-loss + 1/2 |w|^2 (C = 1); MLlib: mean loss + regParam/2 |w|^2
            LogisticRegression logistic = LogisticRegression.of();
            LogisticRegressionModel[] ourLogistic = new LogisticRegressionModel[1];
            oursTime = best(() -> ourLogistic[0] = SparkFit.logisticRegression(logistic, labelled));
            org.apache.spark.ml.classification.LogisticRegression mllibLogistic =
                    new org.apache.spark.ml.classification.LogisticRegression().setRegParam(1.0 / n)
                            .setElasticNetParam(0).setStandardization(false).setMaxIter(100).setTol(1e-6);
            org.apache.spark.ml.classification.LogisticRegressionModel[] theirLogistic =
                    new org.apache.spark.ml.classification.LogisticRegressionModel[1];
            theirTime = best(() -> theirLogistic[0] = mllibLogistic.fit(assembled));
            List<Row> sample = assembled.select("features", "label").collectAsList();
            double ourAccuracy = 0;
            double theirAccuracy = 0;
            double ourObjective = 0;
            double theirObjective = 0;
            Vector coefficients = theirLogistic[0].coefficients();
            double[] w = coefficients.toArray();
            double b = theirLogistic[0].intercept();
            for (Row row : sample) {
                double[] x = ((Vector) row.get(0)).toArray();
                int y = (int) row.getDouble(1);
                double[] pr = ourLogistic[0].predictProbabilities(x);
                ourAccuracy += (pr[1] > 0.5 ? 1 : 0) == y ? 1 : 0;
                ourObjective += -Math.log(pr[y]);
                double z = b;
                for (int j = 0; j < p; j++) {
                    z += w[j] * x[j];
                }
                double q = 1 / (1 + Math.exp(-z));
                theirAccuracy += (q > 0.5 ? 1 : 0) == y ? 1 : 0;
                theirObjective += -Math.log(y == 1 ? q : 1 - q);
            }
            ourObjective += 0.5 * squaredNorm(ourLogistic[0].coefficients()[0]);
            theirObjective += 0.5 * squaredNorm(w);
            System.out.printf(Locale.ROOT, "logistic L2  classicml %.3f s accuracy %.4f objective %.6f (%d it.) | MLlib %.3f s accuracy %.4f objective %.6f (%d it.)%n",
                    oursTime, ourAccuracy / n, ourObjective, ourLogistic[0].iterations(), theirTime, theirAccuracy / n,
                    theirObjective, theirLogistic[0].summary().totalIterations());

        }
        if (only.contains("ols")) {
            // ordinary least squares
            LinearRegressionModel[] ourOls = new LinearRegressionModel[1];
            SparkData numeric = data.withTarget("t");
            oursTime = best(() -> ourOls[0] = SparkFit.linearRegression(LinearRegression.of(), numeric));
            org.apache.spark.ml.regression.LinearRegression mllibOls = new org.apache.spark.ml.regression.LinearRegression()
                    .setLabelCol("t").setRegParam(0).setSolver("normal").setStandardization(false);
            org.apache.spark.ml.regression.LinearRegressionModel[] theirOls =
                    new org.apache.spark.ml.regression.LinearRegressionModel[1];
            theirTime = best(() -> theirOls[0] = mllibOls.fit(assembled));
            double maxDifference = 0;
            double[] theirCoefficients = theirOls[0].coefficients().toArray();
            for (int j = 0; j < p; j++) {
                maxDifference = Math.max(maxDifference, Math.abs(ourOls[0].coefficients()[j] - theirCoefficients[j]));
            }
            System.out.printf(Locale.ROOT, "OLS          classicml %.3f s R² %.8f | MLlib %.3f s R² %.8f; largest coefficient difference %.2e%n",
                    oursTime, ourOls[0].rSquared(), theirTime, theirOls[0].summary().r2(), maxDifference);
        }
        if (only.contains("forest")) {
            // random forest: 20 trees, depth <= 10, sqrt(p) candidate columns per split, bootstrap samples of n rows,
            // gini; MLlib bins every column into maxBins = 32 candidate thresholds, classicml tries every midpoint
            int trees = 20;
            int depth = 10;
            RandomForestClassifier forest = RandomForestClassifier.of().withTrees(trees).withMaxDepth(depth).withSeed(7);
            ForestClassifierModel[] ourForest = new ForestClassifierModel[1];
            oursTime = best(() -> ourForest[0] = SparkEnsembles.forestClassifier(forest, labelled));
            org.apache.spark.ml.classification.RandomForestClassifier mllibForest =
                    new org.apache.spark.ml.classification.RandomForestClassifier().setNumTrees(trees).setMaxDepth(depth)
                            .setFeatureSubsetStrategy("sqrt").setBootstrap(true).setSubsamplingRate(1.0)
                            .setImpurity("gini").setSeed(7);
            org.apache.spark.ml.classification.RandomForestClassificationModel[] theirForest =
                    new org.apache.spark.ml.classification.RandomForestClassificationModel[1];
            theirTime = best(() -> theirForest[0] = mllibForest.fit(assembled));
            Dataset<Row> test = new VectorAssembler().setInputCols(names.toArray(new String[0])).setOutputCol("features")
                    .transform(spark.createDataFrame(testList, DataTypes.createStructType(fields)));
            List<Row> theirPredictions = theirForest[0].transform(test).select("prediction").collectAsList();
            // the class names are the sorted label texts "0.0", "1.0": class index c is label c
            double ourForestAccuracy = 0;
            double theirForestAccuracy = 0;
            for (int i = 0; i < testRows; i++) {
                ourForestAccuracy += ourForest[0].predict(testX[i]) == testY[i] ? 1 : 0;
                theirForestAccuracy += (int) theirPredictions.get(i).getDouble(0) == testY[i] ? 1 : 0;
            }
            int leaves = 0;
            for (var tree : ourForest[0].trees()) {
                leaves += tree.leafCount();
            }
            System.out.printf(Locale.ROOT, "forest       classicml %.3f s test accuracy %.4f (%d leaves) | MLlib %.3f s test accuracy %.4f (%d nodes); %d held-out rows%n",
                    oursTime, ourForestAccuracy / testRows, leaves, theirTime, theirForestAccuracy / testRows,
                    theirForest[0].totalNumNodes(), testRows);
            // the same learner on one machine (the driver's JVM, both cores), on the rows in the frame's order
            List<Row> ordered = assembled.select("features", "label").collectAsList();
            double[][] x = new double[ordered.size()][];
            String[] labels = new String[ordered.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = ((Vector) ordered.get(i).get(0)).toArray();
                labels[i] = Double.toString(ordered.get(i).getDouble(1));
            }
            io.github.classicml.core.Dataset local = io.github.classicml.core.Dataset.of(x).withColumnNames(names)
                    .withClassLabels(labels, "label");
            ForestClassifierModel[] oneMachine = new ForestClassifierModel[1];
            double localTime = best(() -> oneMachine[0] = forest.fit(local));
            boolean same = java.util.Arrays.equals(io.github.classicml.algorithms.ModelFiles.toBytes(oneMachine[0]),
                    io.github.classicml.algorithms.ModelFiles.toBytes(ourForest[0]));
            System.out.printf(Locale.ROOT, "forest       one machine (threads = processors) %.3f s; the same model file as on Spark: %b%n",
                    localTime, same);
        }
        spark.stop();
    }

    private static double squaredNorm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return s;
    }

    /** Best wall time of three runs after one warm-up, in seconds. */
    private static double best(Supplier<Object> fit) {
        fit.get();
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < 3; r++) {
            long start = System.nanoTime();
            fit.get();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }
}
