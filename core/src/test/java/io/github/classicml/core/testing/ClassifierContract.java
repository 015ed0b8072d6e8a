package io.github.classicml.core.testing;

import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of a learner that fits a {@link Classifier}: the shared checks of
 * {@link LearnerContract}, plus that it learns well-separated blobs (test accuracy at least 0.95, so
 * a model that ignores its data fails), rejects numeric or missing targets, rejects a single class or
 * always predicts it, and that {@code predictLabels} names the classes {@code predict} gives.
 *
 * @param <M> the model type
 */
public interface ClassifierContract<M extends Classifier> extends LearnerContract<M> {

    /** The lowest test accuracy accepted on the easy case. */
    double EASY_ACCURACY = 0.95;

    /** By default 3 classes of well-separated Gaussian blobs, assigned round-robin. */
    @Override
    default Dataset contractData(SplittableRandom rng, int rows, int columns) {
        return RandomData.blobs(rng, rows, columns, 3, 5.0);
    }

    /** The class index only; {@link ProbabilisticClassifierContract} adds the probabilities. */
    @Override
    default double[] answerRow(M model, double[] row) {
        return new double[] {model.predict(row)};
    }

    @Override
    default double[][] answerBatch(M model, Dataset data) {
        int[] classes = model.predict(data);
        double[][] out = new double[classes.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[] {classes[i]};
        }
        return out;
    }

    @Override
    default double[][] answerArrays(M model, double[][] rows) {
        int[] classes = model.predict(rows);
        double[][] out = new double[classes.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[] {classes[i]};
        }
        return out;
    }

    /**
     * At 10^&plusmn;300 a scale-invariant classifier predicts exactly the classes of the unscaled fit, and
     * its probabilities (where it gives them) agree to 1e-9.
     */
    @Override
    default void assertAnswersAtScale(double scale, double[][] unscaled, double[][] scaled) {
        for (int i = 0; i < unscaled.length; i++) {
            assertEquals(unscaled[i][0], scaled[i][0], 0.0, "scale " + scale + ", row " + i + ": the class");
            assertArrayEquals(unscaled[i], scaled[i], 1e-9, "scale " + scale + ", row " + i + ": the probabilities");
        }
    }

    /**
     * @return an easy problem, by default 120 rows of {@link #contractData} (3 well-separated classes
     *     unless a learner overrides it); the contract fits the first half and tests on the second
     */
    default Dataset easyCase() {
        return contractData(new SplittableRandom(2024), 120, 3);
    }

    @Test
    default void contract_learnsAnEasyCase() {
        Dataset data = easyCase();
        int half = data.rows() / 2;
        Dataset train = data.select(RandomData.range(0, half));
        Dataset test = data.select(RandomData.range(half, data.rows()));
        int[] predicted = learner().fit(train).predict(test);
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            correct += predicted[i] == test.classOf(i) ? 1 : 0;
        }
        double accuracy = (double) correct / predicted.length;
        assertTrue(accuracy >= EASY_ACCURACY, "test accuracy on well-separated blobs must be >= "
                + EASY_ACCURACY + ", got " + accuracy);
    }

    @Test
    default void contract_predictLabels_nameThePredictedClasses() {
        M model = learner().fit(training());
        Dataset probes = probes();
        int[] classes = model.predict(probes);
        String[] labels = model.predictLabels(probes);
        assertArrayEquals(labels, model.predictLabels(probes.toArray()));
        for (int i = 0; i < classes.length; i++) {
            assertEquals(model.classNames().get(classes[i]), labels[i], "row " + i);
            assertEquals(labels[i], model.predictLabel(probes.row(i)), "row " + i);
        }
    }

    @Test
    default void contract_fit_wrongTargetKind_throws() {
        Dataset data = training();
        Dataset numeric = data.withTargets(new double[data.rows()], "y");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> learner().fit(numeric));
        assertEquals("data must have class targets, got numeric targets", e.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> learner().fit(data.withoutTargets()));
        assertEquals("data must have class targets, got no targets", none.getMessage());
    }

    @Test
    default void contract_fit_singleClass_rejectedOrAlwaysPredicted() {
        Dataset data = training();
        Dataset single = data.withClasses(new int[data.rows()], data.classNames());
        M model;
        try {
            model = learner().fit(single);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("class"), "the message must speak of classes: " + e.getMessage());
            return;
        }
        for (int predicted : model.predict(probes())) {
            assertEquals(0, predicted, "a model fitted on one class must predict it");
        }
    }

    @Test
    default void contract_classNames_areTheTrainingClasses() {
        Dataset data = training();
        assertEquals(data.classNames(), learner().fit(data).classNames());
        assertEquals(List.copyOf(data.classNames()), learner().fit(data).classNames());
    }
}
