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

    /**
     * The factor the targets are multiplied by when the features are multiplied by {@code scale}: the
     * power of two just below it (2^996 for 10^300, 2^-997 for 10^-300). Multiplying by a power of two is
     * exact, so a learner whose choices hang on near-ties of its targets (a fully grown tree picks
     * among splits whose gains differ in the 16th digit) sees the same ties; the magnitude is that of
     * {@code scale}, which is what the check is about.
     *
     * @param scale the factor applied to the features
     * @return the factor applied to the targets
     */
    static double targetFactor(double scale) {
        return Math.scalb(1.0, Math.getExponent(scale));
    }

    /** Scales the targets with the features (by {@link #targetFactor}), so the answers of a scale-invariant regressor scale too. */
    @Override
    default Dataset scaledBy(Dataset data, double scale) {
        Dataset scaled = LearnerContract.super.scaledBy(data, scale);
        if (!data.hasNumericTargets()) {
            return scaled;
        }
        double[] y = data.targets();
        double factor = targetFactor(scale);
        for (int i = 0; i < y.length; i++) {
            y[i] *= factor;
        }
        return scaled.withTargets(y, data.targetName());
    }

    /**
     * With features multiplied by 10^&plusmn;300 and targets by {@link #targetFactor}, a scale-invariant
     * regressor's predictions are the unscaled ones multiplied by the target factor, to a relative 1e-9
     * (compared after dividing by it, which is exact).
     */
    @Override
    default void assertAnswersAtScale(double scale, double[][] unscaled, double[][] scaled) {
        double factor = targetFactor(scale);
        for (int i = 0; i < unscaled.length; i++) {
            double expected = unscaled[i][0];
            assertEquals(expected, scaled[i][0] / factor, 1e-9 * Math.max(1, Math.abs(expected)),
                    "scale " + scale + ", row " + i + ": the prediction divided by the target factor " + factor);
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
