package io.github.classicml.algorithms;

import io.github.classicml.algorithms.bayes.GaussianNaiveBayes;
import io.github.classicml.algorithms.bayes.GaussianNaiveBayesModel;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.ModelFileException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.classicml.algorithms.ModelFilesTest.message;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The count-based naive Bayes codecs refuse values that fitting cannot produce, with the fitting
 * checks' messages. (Gaussian naive Bayes: {@code ModelFilesTest}.)
 */
class ModelFilesBayesTest {

    @Test
    void multinomial_invalidValues_areRejected() {
        byte[] golden = ModelFileEdits.golden("MultinomialNaiveBayesModel");
        assertEquals("x: alpha must be > 0 and finite, got 0", message(ModelFileEdits.replaced(golden, "\"alpha\":0.5", "\"alpha\":0")));
        assertEquals("x: featureCounts must be >= 0; entry 3 is -1",
                message(ModelFileEdits.withDouble(golden, "featureCounts", 3, -1)));
        assertEquals("x: featureCounts must be finite; entry 0 is NaN",
                message(ModelFileEdits.withDouble(golden, "featureCounts", 0, Double.NaN)));
        assertEquals("x: counts must be whole numbers >= 0; entry 2 is 0.5",
                message(ModelFileEdits.withDouble(golden, "classCounts", 2, 0.5)));
    }

    /** Drops the last column name, so the names imply 3 × 3 = 9 while the counts hold 12. */
    private static byte[] shorterFeatureCounts(byte[] golden) {
        return ModelFileEdits.replaced(golden, "\"petal_length\",\"petal_width\"]", "\"petal_length\",\"petal_width\",\"extra\"]");
    }

    @Test
    void multinomial_columnNamesAndCountsDisagree_isRejectedWithBothSizes() {
        byte[] golden = ModelFileEdits.golden("MultinomialNaiveBayesModel");
        assertEquals("x: data.featureCounts must hold 15 values (3 classes × 5 columns), got 12",
                message(shorterFeatureCounts(golden)));
    }

    @Test
    void complement_invalidValues_areRejected() {
        byte[] golden = ModelFileEdits.golden("ComplementNaiveBayesModel");
        assertEquals("x: learner.normalizeWeights must be true or false, got 1",
                message(ModelFileEdits.replaced(golden, "\"normalizeWeights\":true", "\"normalizeWeights\":1")));
        assertEquals("x: counts must sum to at least 1 row, got 0", message(ModelFileEdits.withDouble(
                ModelFileEdits.withDouble(ModelFileEdits.withDouble(golden, "classCounts", 0, 0), "classCounts", 1, 0),
                "classCounts", 2, 0)));
    }

    @Test
    void bernoulli_presenceCountsBeyondTheClassRows_areRejected() {
        byte[] golden = ModelFileEdits.golden("BernoulliNaiveBayesModel");
        assertEquals("x: featureCounts must be in [0, 50]; entry 0 is 51",
                message(ModelFileEdits.withDouble(golden, "featureCounts", 0, 51)));
        assertEquals("x: featureCounts must be whole numbers of rows; entry 1 is 2.5",
                message(ModelFileEdits.withDouble(golden, "featureCounts", 1, 2.5)));
        assertEquals("x: binarizeThreshold must be finite, got NaN",
                message(ModelFileEdits.replaced(golden, "\"binarizeThreshold\":3.0", "\"binarizeThreshold\":\"NaN\"")));
    }

    @Test
    void categorical_invalidTables_areRejected() {
        byte[] golden = ModelFileEdits.golden("CategoricalNaiveBayesModel");
        assertEquals("x: categories must be >= 1; entry 2 is 0", message(ModelFileEdits.withInt(golden, "categories", 2, 0)));
        assertEquals("x: categories must be <= 65536 (the largest category code + 1); entry 0 is 1000000",
                message(ModelFileEdits.withInt(golden, "categories", 0, 1_000_000)));
        assertEquals("x: counts of column 0 must sum to the rows of class 0 (50), got 51",
                message(ModelFileEdits.withDouble(golden, "counts", 0, 1 + firstCount(golden))));
    }

    private static double firstCount(byte[] golden) {
        String json = ModelFileEdits.json(golden);
        int at = json.indexOf("\"counts\":{\"dtype\":\"float64\"", json.indexOf("\"categories\""));
        String b64 = json.substring(json.indexOf("\"base64\":\"", at) + 10);
        byte[] bytes = java.util.Base64.getDecoder().decode(b64.substring(0, 12));
        return java.nio.ByteBuffer.wrap(bytes, 0, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getDouble();
    }

    /**
     * A Gaussian model of data near 1e300 keeps that column in units of a power of two (its squares
     * would overflow); the file carries the column's exponent, and the loaded model gives the same bits.
     * A model of ordinary data writes no exponents, so files written before the field existed load.
     */
    @Test
    void gaussian_columnKeptInScaledUnits_roundTripsWithItsExponent() throws ModelFileException {
        double[][] rows = {{1e300, 2e300}, {3e300, 1e300}, {10e300, 7e300}, {12e300, 8e300}, {14e300, 9e300}};
        Dataset data = Dataset.of(rows).withClasses(new int[] {0, 0, 1, 1, 1}, List.of("a", "b"));
        GaussianNaiveBayesModel fitted = GaussianNaiveBayes.of().fit(data);
        byte[] bytes = ModelFiles.toBytes(fitted);
        assertTrue(ModelFileEdits.json(bytes).contains("\"exponents\""));
        GaussianNaiveBayesModel loaded = ModelFiles.fromBytes(bytes, "scaled.model", GaussianNaiveBayesModel.class);
        double[] query = {5e300, 4e300};
        assertArrayEquals(fitted.predictProbabilities(query), loaded.predictProbabilities(query));
        assertArrayEquals(bytes, ModelFiles.toBytes(loaded));

        byte[] ordinary = ModelFileEdits.golden("GaussianNaiveBayesModel");
        assertFalse(ModelFileEdits.json(ordinary).contains("\"exponents\""));
    }

    @Test
    void countModels_alphaEditedBeyondTheLimit_areRejected() {
        // fitting refuses alpha above 1e100 (the smoothed sums overflow near 1e308); so does loading
        for (String[] file : new String[][] {
            {"MultinomialNaiveBayesModel", "0.5"}, {"ComplementNaiveBayesModel", "1.0"},
            {"BernoulliNaiveBayesModel", "1.0"}, {"CategoricalNaiveBayesModel", "0.7"},
        }) {
            byte[] golden = ModelFileEdits.golden(file[0]);
            String m = message(ModelFileEdits.replaced(golden, "\"alpha\":" + file[1], "\"alpha\":1.0E308"));
            assertTrue(m.startsWith("x: alpha must be <= 1e100, got 1.0E308"), file[0] + ": " + m);
        }
    }
}
