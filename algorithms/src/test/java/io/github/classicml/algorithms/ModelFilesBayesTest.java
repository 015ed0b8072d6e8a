package io.github.classicml.algorithms;

import org.junit.jupiter.api.Test;

import static io.github.classicml.algorithms.ModelFilesTest.message;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
