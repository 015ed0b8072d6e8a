package io.github.classicml.core.testing;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.ProbabilisticClassifier;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of a learner that fits a {@link ProbabilisticClassifier}: {@link ClassifierContract},
 * with the probabilities part of every answer (so batch and row-by-row probabilities must agree
 * exactly), and every probability vector a distribution whose largest entry is the predicted class.
 *
 * @param <M> the model type
 */
public interface ProbabilisticClassifierContract<M extends ProbabilisticClassifier> extends ClassifierContract<M> {

    /** The class index followed by the class probabilities. */
    @Override
    default double[] answerRow(M model, double[] row) {
        double[] probabilities = model.predictProbabilities(row);
        double[] out = new double[1 + probabilities.length];
        out[0] = model.predict(row);
        System.arraycopy(probabilities, 0, out, 1, probabilities.length);
        return out;
    }

    @Override
    default double[][] answerBatch(M model, Dataset data) {
        int[] classes = model.predict(data);
        double[][] probabilities = model.predictProbabilities(data);
        double[][] out = new double[classes.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[1 + probabilities[i].length];
            out[i][0] = classes[i];
            System.arraycopy(probabilities[i], 0, out[i], 1, probabilities[i].length);
        }
        return out;
    }

    @Override
    default double[][] answerArrays(M model, double[][] rows) {
        int[] classes = model.predict(rows);
        double[][] out = new double[classes.length][];
        for (int i = 0; i < out.length; i++) {
            double[] probabilities = model.predictProbabilities(rows[i]);
            out[i] = new double[1 + probabilities.length];
            out[i][0] = classes[i];
            System.arraycopy(probabilities, 0, out[i], 1, probabilities.length);
        }
        return out;
    }

    @Test
    default void contract_probabilities_areADistributionPeakingAtThePrediction() {
        M model = learner().fit(training());
        Dataset probes = probes();
        double[][] probabilities = model.predictProbabilities(probes);
        int[] classes = model.predict(probes);
        for (int i = 0; i < classes.length; i++) {
            assertEquals(model.classNames().size(), probabilities[i].length, "row " + i);
            double sum = 0;
            for (double p : probabilities[i]) {
                assertTrue(p >= 0 && p <= 1, "row " + i + ": probability " + p);
                sum += p;
                assertTrue(p <= probabilities[i][classes[i]], "row " + i + ": the predicted class must be most probable");
            }
            assertEquals(1.0, sum, 1e-9, "row " + i);
        }
    }
}
