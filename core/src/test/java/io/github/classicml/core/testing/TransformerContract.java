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
 * A scale-invariant transformer (a scaler, whitened PCA) gives the same output, to a relative 1e-9,
 * when fitted and applied on features multiplied by 10^&plusmn;300; one whose output is in the input's
 * units (an imputer, a column filter) says so through {@link #outputInInputUnits()}, and then its output
 * scales with the factor.
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

    /**
     * @return whether the output is in the units of the input (imputed or selected columns), so that on
     *     features scaled by 10^&plusmn;300 the output scales by the same factor; false by default, where the
     *     output is scale-free and must not change
     */
    default boolean outputInInputUnits() {
        return false;
    }

    /**
     * At 10^&plusmn;300 a scale-invariant transformer gives the unscaled output to a relative 1e-9, or, if
     * {@link #outputInInputUnits()}, the unscaled output times the factor (compared after dividing by it).
     */
    @Override
    default void assertAnswersAtScale(double scale, double[][] unscaled, double[][] scaled) {
        double factor = outputInInputUnits() ? scale : 1.0;
        for (int i = 0; i < unscaled.length; i++) {
            assertEquals(unscaled[i].length, scaled[i].length, "row " + i);
            for (int j = 0; j < unscaled[i].length; j++) {
                assertEquals(unscaled[i][j], scaled[i][j] / factor, 1e-9 * Math.max(1, Math.abs(unscaled[i][j])),
                        "scale " + scale + ", row " + i + ", output column " + j);
            }
        }
    }

    @Override
    default double[][] answerArrays(M model, double[][] rows) {
        return model.transform(rows);
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
