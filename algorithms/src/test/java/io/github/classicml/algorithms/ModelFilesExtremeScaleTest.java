package io.github.classicml.algorithms;

import io.github.classicml.algorithms.cluster.KMeans;
import io.github.classicml.algorithms.cluster.KMeansModel;
import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.neighbors.KnnClassifierModel;
import io.github.classicml.algorithms.neighbors.Weighting;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.core.io.ModelFileException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
