package io.github.classicml.spark;

import io.github.classicml.algorithms.bayes.GaussianNaiveBayes;
import io.github.classicml.algorithms.bayes.GaussianNaiveBayesModel;
import io.github.classicml.algorithms.bayes.MultinomialNaiveBayes;
import io.github.classicml.algorithms.bayes.MultinomialNaiveBayesModel;
import io.github.classicml.algorithms.ModelFiles;
import io.github.classicml.algorithms.cluster.KMeans;
import io.github.classicml.algorithms.ensemble.ForestClassifierModel;
import io.github.classicml.algorithms.ensemble.RandomForestClassifier;
import io.github.classicml.algorithms.cluster.KMeansModel;
import io.github.classicml.algorithms.linear.LinearRegression;
import io.github.classicml.algorithms.linear.LinearRegressionModel;
import io.github.classicml.algorithms.linear.LogisticRegression;
import io.github.classicml.algorithms.linear.LogisticRegressionModel;
import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.neighbors.KnnClassifierModel;
import io.github.classicml.core.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Distributed Gaussian and multinomial naive Bayes against the single-machine fit, for 1, 2 and 7
 * partitions; batch scoring with broadcast model files against the models' own predictions.
 */
class SparkClassificationTest extends LocalSparkTest {

    private static final String[] NAMES = {"setosa", "versicolor", "virginica"};

    /** 240 rows in three classes with a large offset (1e6) in the first column. */
    private static double[][] features(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[240][3];
        for (int i = 0; i < x.length; i++) {
            int c = i % 3;
            x[i][0] = 1e6 + c + random.nextGaussian();
            x[i][1] = 2.0 * c + random.nextGaussian();
            x[i][2] = -c + 0.5 * random.nextGaussian();
        }
        return x;
    }

    private static String[] labels(int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = NAMES[i % 3];
        }
        return out;
    }

    @ParameterizedTest(name = "partitions={0}")
    @ValueSource(ints = {1, 2, 7})
    void gaussianNaiveBayesMatchesOneMachine(int partitions) throws Exception {
        double[][] x = features(7);
        String[] y = labels(x.length);
        GaussianNaiveBayes learner = GaussianNaiveBayes.of();
        GaussianNaiveBayesModel local = learner.fit(Dataset.of(x).withClassLabels(y, "y"));
        GaussianNaiveBayesModel distributed = SparkFit.gaussianNaiveBayes(learner,
                SparkData.of(LocalSpark.labelledFrame(spark, x, y, partitions), LocalSpark.columnNames(3))
                        .withTarget("y"));
        assertEquals(local.classNames(), distributed.classNames());
        // counts exactly
        assertArrayEquals(local.classCounts(), distributed.classCounts());
        for (int c = 0; c < 3; c++) {
            for (int j = 0; j < 3; j++) {
                double mean = local.means()[c][j];
                assertEquals(mean, distributed.means()[c][j], 1e-12 * Math.abs(mean));
                double variance = local.variances()[c][j];
                assertEquals(variance, distributed.variances()[c][j], 1e-12 * variance);
            }
        }
        for (double[] row : x) {
            assertEquals(local.predict(row), distributed.predict(row));
        }
        // an ordinary model: it saves and loads as a model file
        GaussianNaiveBayesModel loaded = ModelFiles.fromBytes(ModelFiles.toBytes(distributed), "test",
                GaussianNaiveBayesModel.class);
        assertArrayEquals(distributed.predictProbabilities(x[0]), loaded.predictProbabilities(x[0]));
    }

    @ParameterizedTest(name = "partitions={0}")
    @ValueSource(ints = {1, 2, 7})
    void multinomialNaiveBayesCountsExactly(int partitions) {
        SplittableRandom random = new SplittableRandom(3);
        double[][] x = new double[150][5];
        String[] y = labels(x.length);
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 5; j++) {
                x[i][j] = random.nextInt(1 + (i % 3 + j) % 4 * 3);
            }
        }
        MultinomialNaiveBayes learner = MultinomialNaiveBayes.of();
        MultinomialNaiveBayesModel local = learner.fit(Dataset.of(x).withClassLabels(y, "y"));
        MultinomialNaiveBayesModel distributed = SparkFit.multinomialNaiveBayes(learner,
                SparkData.of(LocalSpark.labelledFrame(spark, x, y, partitions), LocalSpark.columnNames(5))
                        .withTarget("y"));
        assertArrayEquals(local.classCounts(), distributed.classCounts());
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(local.featureCounts()[c], distributed.featureCounts()[c]);
        }
        for (double[] row : x) {
            assertArrayEquals(local.predictProbabilities(row), distributed.predictProbabilities(row));
        }
    }

    @Test
    void scoringGivesEachModelsOwnPredictions() {
        double[][] x = features(9);
        String[] y = labels(x.length);
        Dataset classes = Dataset.of(x).withClassLabels(y, "y");
        KnnClassifierModel knn = KnnClassifier.of(5).fit(classes);
        double[] target = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            target[i] = x[i][1] - 3 * x[i][2];
        }
        LinearRegressionModel ols = LinearRegression.of().fit(Dataset.of(x).withTargets(target, "t"));
        KMeansModel kMeans = KMeans.of(3).withSeed(1).fit(Dataset.of(x));
        ForestClassifierModel forest = RandomForestClassifier.of().withTrees(10).withSeed(5).fit(classes);
        SparkData data = SparkData.of(LocalSpark.frame(spark, x, null, 3), LocalSpark.columnNames(3));
        List<Row> forestRows = SparkScoring.predict(forest, data, "class").collectAsList();

        List<Row> knnRows = SparkScoring.predict(knn, data, "class").collectAsList();
        List<Row> olsRows = SparkScoring.predict(ols, data, "prediction").collectAsList();
        List<Row> kMeansRows = SparkScoring.predict(kMeans, data, "cluster").collectAsList();
        for (int i = 0; i < x.length; i++) {
            assertEquals(knn.classNames().get(knn.predict(x[i])), knnRows.get(i).getString(3));
            assertEquals(ols.predict(x[i]), olsRows.get(i).getDouble(3));
            assertEquals(kMeans.predict(x[i]), kMeansRows.get(i).getInt(3));
            assertEquals(forest.classNames().get(forest.predict(x[i])), forestRows.get(i).getString(3));
            // the input columns pass through unchanged
            assertEquals(x[i][0], knnRows.get(i).getDouble(0));
        }
    }

    @Test
    void scoringRefusesAnExistingColumnAndAnotherWidth() {
        double[][] x = features(2);
        KMeansModel kMeans = KMeans.of(2).fit(Dataset.of(x));
        SparkData data = SparkData.of(LocalSpark.frame(spark, x, null, 1), LocalSpark.columnNames(3));
        IllegalArgumentException existing = assertThrows(IllegalArgumentException.class,
                () -> SparkScoring.predict(kMeans, data, "x0"));
        assertEquals("outputColumn must be a new column, got \"x0\"", existing.getMessage());
        SparkData narrow = SparkData.of(data.frame(), List.of("x0", "x1"));
        IllegalArgumentException width = assertThrows(IllegalArgumentException.class,
                () -> SparkScoring.predict(kMeans, narrow, "cluster"));
        assertEquals("data must have 3 feature columns (the model's), got 2", width.getMessage());
    }

    @ParameterizedTest(name = "partitions={0}")
    @ValueSource(ints = {1, 2, 7})
    void logisticRegressionMatchesOneMachineToTheSolverTolerance(int partitions) {
        double[][] x = features(13);
        for (double[] row : x) {
            // the offset column would need standardising for L-BFGS; shift it as a user would
            row[0] -= 1e6;
        }
        String[] y = labels(x.length);
        LogisticRegression learner = LogisticRegression.of().withTolerance(1e-8);
        LogisticRegressionModel local = learner.fit(Dataset.of(x).withClassLabels(y, "y"));
        LogisticRegressionModel distributed = SparkFit.logisticRegression(learner,
                SparkData.of(LocalSpark.labelledFrame(spark, x, y, partitions), LocalSpark.columnNames(3))
                        .withTarget("y"));
        assertEquals(local.classNames(), distributed.classNames());
        // both stop with a gradient below 1e-8; the parameters then agree to about 1e-8 over the curvature
        for (double[] row : x) {
            double[] a = local.predictProbabilities(row);
            double[] b = distributed.predictProbabilities(row);
            for (int c = 0; c < a.length; c++) {
                assertEquals(a[c], b[c], 1e-7);
            }
        }
    }

    @Test
    void aNonFiniteFeatureIsRefusedWithItsColumn() {
        double[][] x = features(4);
        x[17][2] = Double.NaN;
        SparkData data = SparkData.of(LocalSpark.labelledFrame(spark, x, labels(x.length), 2),
                LocalSpark.columnNames(3)).withTarget("y");
        Exception e = assertThrows(Exception.class, () -> SparkFit.gaussianNaiveBayes(GaussianNaiveBayes.of(), data));
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
            cause = cause.getCause();
        }
        assertEquals("column \"x2\" must hold finite numbers, got NaN", cause.getMessage());
    }
}
