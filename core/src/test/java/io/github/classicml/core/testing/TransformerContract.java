package io.github.classicml.core.testing;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Transformer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The contract of a learner that fits a {@link Transformer}: the shared checks of {@link LearnerContract},
 * plus that every output row has {@code outputColumns()} values and a name per column, that
 * {@code transform(Dataset)} keeps the rows' targets, that the three forms of {@code transform} agree
 * exactly, and that the fitted transformation depends on the training data (so a model that ignores
 * its data fails), unless the learner says it is stateless ({@link #learnsFromData()}).
 *
 * @param <M> the model type
 */
public interface TransformerContract<M extends Transformer> extends LearnerContract<M> {

    /** By default unlabeled standard normal rows. */
    @Override
    default Dataset contractData(SplittableRandom rng, int rows, int columns) {
        return RandomData.unlabeled(rng, rows, columns);
    }

    /**
     * @return whether the transformation depends on the training data; false for stateless ones (such
     *     as polynomial features), whose check is then skipped
     */
    default boolean learnsFromData() {
        return true;
    }

    @Override
    default double[] answerRow(M model, double[] row) {
        return model.transform(row);
    }

    @Override
    default double[][] answerBatch(M model, Dataset data) {
        return model.transform(data).toArray();
    }

    @Test
    default void contract_transform_dependsOnTheTrainingData() {
        assumeTrue(learnsFromData(), "the transformer is stateless");
        Dataset data = training();
        double[][] x = data.toArray();
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = 3 * row[j] + 7 + j;
            }
        }
        Dataset moved = Dataset.of(x).withColumnNames(data.columnNames());
        assertFalse(Arrays.deepEquals(answerBatch(learner().fit(data), probes()),
                        answerBatch(learner().fit(moved), probes())),
                "fitting on other data must give another transformation");
    }

    @Test
    default void contract_transform_allFormsAgree_keepTargets_nameColumns() {
        M model = learner().fit(training());
        Dataset probes = probes().withTargets(new double[25], "target");
        Dataset out = model.transform(probes);
        assertEquals(probes.rows(), out.rows());
        assertEquals(model.outputColumns(), out.columns());
        assertEquals(model.outputColumns(), out.columnNames().size());
        assertArrayEquals(probes.targets(), out.targets());
        double[][] arrays = model.transform(probes.toArray());
        for (int i = 0; i < probes.rows(); i++) {
            assertArrayEquals(model.transform(probes.row(i)), arrays[i], 0.0, "row " + i);
            assertArrayEquals(arrays[i], out.row(i), 0.0, "row " + i);
        }
    }
}
