package io.github.classicml.algorithms;

import io.github.classicml.algorithms.cluster.KMeans;
import io.github.classicml.algorithms.cluster.KMeansModel;
import io.github.classicml.algorithms.linear.LinearRegression;
import io.github.classicml.algorithms.linear.LinearRegressionModel;
import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.neighbors.KnnClassifierModel;
import io.github.classicml.algorithms.neighbors.Weighting;
import io.github.classicml.algorithms.tree.DecisionTreeRegressor;
import io.github.classicml.algorithms.tree.DecisionTreeRegressorModel;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.core.io.ModelFileException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Models of data near the ends of the double range are fitted in units of a power of two; their files
 * round-trip to the same answers, and the answers are those of the unscaled data.
 */
class ModelFilesExtremeScaleTest {

    private static Dataset irisTimes(double factor) {
        Dataset iris = Datasets.iris();
        double[] x = iris.features();
        for (int i = 0; i < x.length; i++) {
            x[i] *= factor;
        }
        return Dataset.ofRowMajor(x, iris.columns()).withClasses(iris.classes(), iris.classNames());
    }

    @ParameterizedTest(name = "factor={0}")
    @ValueSource(doubles = {1e300, 1e-300})
    void knn_roundTrip_givesTheUnscaledModelsAnswers(double factor) throws ModelFileException {
        KnnClassifier learner = KnnClassifier.of(5).withWeighting(Weighting.DISTANCE);
        Dataset scaled = irisTimes(factor);
        KnnClassifierModel fitted = learner.fit(scaled);
        KnnClassifierModel loaded = ModelFiles.fromBytes(ModelFiles.toBytes(fitted), "knn.model", KnnClassifierModel.class);
        KnnClassifierModel plain = learner.fit(Datasets.iris());
        for (int i = 0; i < scaled.rows(); i += 7) {
            double[] row = scaled.row(i);
            assertArrayEquals(fitted.predictProbabilities(row), loaded.predictProbabilities(row), "row " + i);
            assertEquals(plain.predict(Datasets.iris().row(i)), loaded.predict(row), "row " + i);
        }
    }

    @ParameterizedTest(name = "factor={0}")
    @ValueSource(doubles = {1e300, 1e-300})
    void kMeans_roundTrip_keepsTheScaleAndTheCentres(double factor) throws ModelFileException {
        Dataset scaled = irisTimes(factor).withoutTargets();
        KMeansModel fitted = KMeans.of(3).withSeed(2).fit(scaled);
        byte[] bytes = ModelFiles.toBytes(fitted);
        KMeansModel loaded = ModelFiles.fromBytes(bytes, "kmeans.model", KMeansModel.class);
        assertArrayEquals(fitted.centres(), loaded.centres());
        for (int i = 0; i < scaled.rows(); i += 5) {
            assertEquals(fitted.predict(scaled.row(i)), loaded.predict(scaled.row(i)), "row " + i);
        }
        assertArrayEquals(bytes, ModelFiles.toBytes(loaded));
    }

    @ParameterizedTest(name = "factor={0}")
    @ValueSource(doubles = {1e300, 1e-300})
    void linearRegression_roundTrip_keepsTheUnitsAndEveryStatistic(double factor) throws ModelFileException {
        // features and targets times the factor: the units of columns and target both go in the file
        Dataset diabetes = Datasets.diabetes();
        double[] x = diabetes.features();
        for (int i = 0; i < x.length; i++) {
            x[i] *= factor;
        }
        double[] y = diabetes.targets();
        for (int i = 0; i < y.length; i++) {
            y[i] *= factor;
        }
        Dataset scaled = Dataset.ofRowMajor(x, diabetes.columns()).withColumnNames(diabetes.columnNames())
                .withTargets(y, "y");
        LinearRegressionModel fitted = LinearRegression.of().fit(scaled);
        byte[] bytes = ModelFiles.toBytes(fitted);
        LinearRegressionModel loaded = ModelFiles.fromBytes(bytes, "ols.model", LinearRegressionModel.class);
        assertArrayEquals(bytes, ModelFiles.toBytes(loaded));
        for (int i = 0; i < scaled.rows(); i += 9) {
            assertEquals(fitted.predict(scaled.row(i)), loaded.predict(scaled.row(i)), "row " + i);
        }
        assertEquals(fitted.intercept(), loaded.intercept());
        assertEquals(fitted.rSquared(), loaded.rSquared());
        assertEquals(fitted.logLikelihood(), loaded.logLikelihood());
        assertEquals(fitted.residualStandardError(), loaded.residualStandardError());
        assertEquals(fitted.terms(), loaded.terms());
        assertThrows(ArithmeticException.class, loaded::residualSumOfSquares, "RSS is about 10^±600 times diabetes'");
        // and the model is the unscaled one's: R² to rounding (10^300 is not a power of two)
        assertEquals(LinearRegression.of().fit(diabetes).rSquared(), loaded.rSquared(), 1e-12);
    }

    @ParameterizedTest(name = "factor={0}")
    @ValueSource(doubles = {0x1p900, 0x1p-900, 1e300, 0x1p-300})
    void regressionTree_roundTrip_keepsTheImpuritiesUnits(double factor) throws ModelFileException {
        // targets beyond 2^±200 are grown in units of 2^e: the impurities are stored in those units, and
        // the file must say so, or a loaded tree reports them 2^(2e) times too small or too large
        Dataset diabetes = Datasets.diabetes();
        double[] y = diabetes.targets();
        for (int i = 0; i < y.length; i++) {
            y[i] *= factor;
        }
        Dataset scaled = diabetes.withTargets(y, "y");
        DecisionTreeRegressorModel fitted = DecisionTreeRegressor.of().withMaxDepth(3).fit(scaled);
        byte[] bytes = ModelFiles.toBytes(fitted);
        DecisionTreeRegressorModel loaded = ModelFiles.fromBytes(bytes, "tree.model", DecisionTreeRegressorModel.class);
        assertArrayEquals(bytes, ModelFiles.toBytes(loaded));
        assertEquals(fitted.nodeCount(), loaded.nodeCount());
        for (int node = 0; node < fitted.nodeCount(); node++) {
            int id = node;
            if (factor == 0x1p-300) {
                assertEquals(fitted.impurity(node), loaded.impurity(node), "node " + node);
            } else {
                // a variance of about 10^±542 has no double: both say so, naming the node
                ArithmeticException e = assertThrows(ArithmeticException.class, () -> loaded.impurity(id));
                assertTrue(e.getMessage().contains("node " + id), e.getMessage());
                assertThrows(ArithmeticException.class, () -> fitted.impurity(id));
            }
        }
        assertArrayEquals(fitted.featureImportances(), loaded.featureImportances());
        for (int i = 0; i < scaled.rows(); i += 9) {
            assertEquals(fitted.predict(scaled.row(i)), loaded.predict(scaled.row(i)), "row " + i);
        }
        // the root's impurity is the targets' variance: in true units, factor^2 times diabetes' (5929.9)
        if (factor == 0x1p-300) {
            double unscaled = DecisionTreeRegressor.of().withMaxDepth(3).fit(diabetes).impurity(0);
            assertEquals(unscaled * factor * factor, loaded.impurity(0), 1e-12 * unscaled * factor * factor);
        }
    }

    @org.junit.jupiter.api.Test
    void regressionTree_impurityExponentOutOfRange_isRefused() {
        Dataset diabetes = Datasets.diabetes();
        double[] y = diabetes.targets();
        for (int i = 0; i < y.length; i++) {
            y[i] *= 0x1p-900;
        }
        byte[] bytes = ModelFiles.toBytes(DecisionTreeRegressor.of().withMaxDepth(2).fit(diabetes.withTargets(y, "y")));
        String json = ModelFileEdits.json(bytes);
        java.util.regex.Matcher stored = java.util.regex.Pattern.compile("\"impurityExponent\":(-?[0-9]+)").matcher(json);
        assertTrue(stored.find(), "a tree grown in units of 2^e stores its impurity exponent");
        assertTrue(Integer.parseInt(stored.group(1)) < -1700, stored.group());
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.fromBytes(
                ModelFileEdits.replaced(bytes, stored.group(), "\"impurityExponent\":-99999"),
                "tree.model", DecisionTreeRegressorModel.class));
        assertTrue(e.getMessage().contains("impurityExponent must be"), e.getMessage());
    }
}
