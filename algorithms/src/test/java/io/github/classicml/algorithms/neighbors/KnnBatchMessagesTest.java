package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every batch message of the neighbour models names the row (and the column where a value is at fault). */
class KnnBatchMessagesTest {

    private static final Dataset TRAIN = Dataset.of(new double[][] {{0, 0, 0}, {1, 1, 1}, {2, 2, 2}, {3, 3, 3}})
            .withClasses(new int[] {0, 0, 1, 1});

    @Test
    void predict_raggedRow_namesTheRowAndBothWidths() {
        KnnClassifierModel model = KnnClassifier.of(1).fit(TRAIN);
        double[][] rows = {{0, 0, 0}, {1, 1, 1}, {2, 2}};
        assertEquals("rows[2] has 2 columns but the model was fitted on 3",
                assertThrows(IllegalArgumentException.class, () -> model.predict(rows)).getMessage());
        KnnRegressorModel regressor = KnnRegressor.of(1).fit(TRAIN.withTargets(new double[] {0, 1, 2, 3}, "y"));
        assertEquals("rows[2] has 2 columns but the model was fitted on 3",
                assertThrows(IllegalArgumentException.class, () -> regressor.predict(rows)).getMessage());
    }

    @Test
    void predict_nullRow_namesTheRow() {
        KnnClassifierModel model = KnnClassifier.of(1).fit(TRAIN);
        assertEquals("rows[1] must not be null", assertThrows(NullPointerException.class,
                () -> model.predict(new double[][] {{0, 0, 0}, null})).getMessage());
    }

    @Test
    void predict_nonFiniteValue_namesRowAndColumn() {
        KnnClassifierModel model = KnnClassifier.of(1).fit(TRAIN);
        assertEquals("rows must be finite; row 1, column 2 is NaN", assertThrows(IllegalArgumentException.class,
                () -> model.predict(new double[][] {{0, 0, 0}, {1, 1, Double.NaN}})).getMessage());
    }
}
