package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every batch message of k-means names the row, and the row's own message the column. */
class KMeansBatchMessagesTest {

    @Test
    void batch_raggedRowAndNaN_nameRowAndColumn() {
        KMeansModel model = KMeans.of(2).fit(Dataset.of(new double[][] {{0, 0}, {0, 1}, {5, 5}, {5, 6}}));
        assertEquals("rows[1] has 1 columns but the model was fitted on 2", assertThrows(
                IllegalArgumentException.class, () -> model.predict(new double[][] {{0, 0}, {0}})).getMessage());
        assertEquals("rows[0]: row must be finite; entry 1 is NaN", assertThrows(IllegalArgumentException.class,
                () -> model.predict(new double[][] {{0, Double.NaN}})).getMessage());
        Dataset probes = Dataset.of(new double[][] {{0, 0}, {Double.POSITIVE_INFINITY, 1}});
        assertEquals("data row 1: row must be finite; entry 0 is Infinity",
                assertThrows(IllegalArgumentException.class, () -> model.predict(probes)).getMessage());
        assertEquals("data row 1: row must be finite; entry 0 is Infinity",
                assertThrows(IllegalArgumentException.class, () -> model.inertia(probes)).getMessage());
    }
}
