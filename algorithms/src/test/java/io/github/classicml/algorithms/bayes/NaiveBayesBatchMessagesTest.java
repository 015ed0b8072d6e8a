package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every batch message of the naive Bayes models names the row, and the row's own message the column. */
class NaiveBayesBatchMessagesTest {

    private static final Dataset TRAIN = Dataset.of(new double[][] {{0, 1}, {1, 0}, {2, 3}, {3, 2}})
            .withClasses(new int[] {0, 0, 1, 1});

    @Test
    void gaussian_batch_raggedRowAndNaN_nameRowAndColumn() {
        GaussianNaiveBayesModel model = GaussianNaiveBayes.of().fit(TRAIN);
        assertEquals("rows[1] has 3 columns but the model was fitted on 2", assertThrows(
                IllegalArgumentException.class, () -> model.predict(new double[][] {{0, 0}, {0, 0, 0}})).getMessage());
        assertEquals("rows[1]: row must be finite; entry 1 is NaN", assertThrows(IllegalArgumentException.class,
                () -> model.predict(new double[][] {{0, 0}, {0, Double.NaN}})).getMessage());
        Dataset probes = Dataset.of(new double[][] {{0, 0}, {1, 1}, {Double.NaN, 1}});
        assertEquals("data row 2: row must be finite; entry 0 is NaN",
                assertThrows(IllegalArgumentException.class, () -> model.predict(probes)).getMessage());
        assertEquals("data row 2: row must be finite; entry 0 is NaN",
                assertThrows(IllegalArgumentException.class, () -> model.predictProbabilities(probes)).getMessage());
        assertEquals("data row 2: row must be finite; entry 0 is NaN", assertThrows(IllegalArgumentException.class,
                () -> model.predictLogProbabilities(probes)).getMessage());
    }

    @Test
    void multinomial_batch_negativeCount_namesRowAndColumn() {
        MultinomialNaiveBayesModel model = MultinomialNaiveBayes.of().fit(TRAIN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.predict(Dataset.of(new double[][] {{0, 0}, {1, -1}})));
        assertEquals(true, e.getMessage().startsWith("data row 1: "), e.getMessage());
        assertEquals(true, e.getMessage().contains("column 1"), e.getMessage());
    }
}
