package io.github.classicml.core.testing;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Regressor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of a learner that fits a {@link Regressor}: the shared checks of {@link LearnerContract},
 * plus that it learns a noisy linear target (test R² at least 0.9, so a model that ignores its data
 * fails), and rejects class or missing targets and non-finite target values naming the row.
 *
 * @param <M> the model type
 */
public interface RegressorContract<M extends Regressor> extends LearnerContract<M> {

    /** The lowest test R² accepted on the easy case. */
    double EASY_R2 = 0.9;

    /** By default a noisy linear target. */
    @Override
    default Dataset contractData(SplittableRandom rng, int rows, int columns) {
        return RandomData.linear(rng, rows, columns, 0.5);
    }

    @Override
    default double[] answerRow(M model, double[] row) {
        return new double[] {model.predict(row)};
    }

    @Override
    default double[][] answerBatch(M model, Dataset data) {
        double[] values = model.predict(data);
        double[][] out = new double[values.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[] {values[i]};
        }
        return out;
    }

    @Override
    default double[][] answerArrays(M model, double[][] rows) {
        double[] values = model.predict(rows);
        double[][] out = new double[values.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[] {values[i]};
        }
        return out;
    }

    /** Scales the targets with the features, so the answers of a scale-invariant regressor scale too. */
    @Override
    default Dataset scaledBy(Dataset data, double scale) {
        Dataset scaled = LearnerContract.super.scaledBy(data, scale);
        if (!data.hasNumericTargets()) {
            return scaled;
        }
        double[] y = data.targets();
        for (int i = 0; i < y.length; i++) {
            y[i] *= scale;
        }
        return scaled.withTargets(y, data.targetName());
    }

    /**
     * With features and targets multiplied by 10^&plusmn;300, a scale-invariant regressor's predictions
     * are the unscaled ones multiplied by the same factor, to a relative 1e-9 (compared after dividing
     * by the factor, which is exact enough and cannot overflow).
     */
    @Override
    default void assertAnswersAtScale(double scale, double[][] unscaled, double[][] scaled) {
        for (int i = 0; i < unscaled.length; i++) {
            double expected = unscaled[i][0];
            assertEquals(expected, scaled[i][0] / scale, 1e-9 * Math.max(1, Math.abs(expected)),
                    "scale " + scale + ", row " + i + ": the prediction divided by the scale");
        }
    }

    /**
     * @return an easy problem: a linear target with little noise in 3 columns, 400 rows; the contract
     *     fits the first half and tests on the second
     */
    default Dataset easyCase() {
        return RandomData.linear(new SplittableRandom(2024), 400, 3, 0.3);
    }

    @Test
    default void contract_learnsAnEasyCase() {
        Dataset data = easyCase();
        int half = data.rows() / 2;
        Dataset train = data.select(RandomData.range(0, half));
        Dataset test = data.select(RandomData.range(half, data.rows()));
        double[] predicted = learner().fit(train).predict(test);
        double mean = 0;
        for (int i = 0; i < test.rows(); i++) {
            mean += test.target(i);
        }
        mean /= test.rows();
        double residual = 0;
        double total = 0;
        for (int i = 0; i < test.rows(); i++) {
            residual += (test.target(i) - predicted[i]) * (test.target(i) - predicted[i]);
            total += (test.target(i) - mean) * (test.target(i) - mean);
        }
        double r2 = 1 - residual / total;
        assertTrue(r2 >= EASY_R2, "test R² on a linear target must be >= " + EASY_R2 + ", got " + r2);
    }

    @ParameterizedTest(name = "value={0}")
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    default void contract_fit_nonFiniteTarget_throwsNamingRow(double value) {
        Dataset data = training();
        double[] y = data.targets();
        y[23] = value;
        Dataset bad = data.withTargets(y, data.targetName());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> learner().fit(bad));
        assertTrue(e.getMessage().contains("row 23"), e.getMessage());
    }

    @Test
    default void contract_fit_wrongTargetKind_throws() {
        Dataset data = training();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> learner().fit(data.withClasses(new int[data.rows()], List.of("a", "b"))));
        assertEquals("data must have numeric targets, got class targets", e.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> learner().fit(data.withoutTargets()));
        assertEquals("data must have numeric targets, got no targets", none.getMessage());
    }
}
