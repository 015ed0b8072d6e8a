package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gradient boosting near the ends of the double range: a representable answer is computed without
 * overflow (the mean of two targets of 1.5e308 is 1.5e308, not Infinity / 2), and what cannot be
 * represented (a squared error beyond 1e308, a learning rate that throws the scores out of the range)
 * is refused with a message naming it and the stage, never passed on as Infinity or NaN.
 */
class GradientBoostingExtremeTest {

    private static final double[][] TWO = {{0}, {1}};

    @Test
    void regressor_targetsNearTheTop_fitAndPredictThem() {
        Dataset t = Dataset.of(TWO).withTargets(new double[] {1.5e308, 1.5e308}, "y");
        GradientBoostingRegressorModel m = GradientBoostingRegressor.of().withStages(3).fit(t);
        assertEquals(1.5e308, m.initialPrediction(), 0.0);
        assertEquals(1.5e308, m.predict(new double[] {0.5}), 0.0);
        assertArrayEquals(new double[] {0, 0, 0}, m.trainLosses(), 0.0);
    }

    @Test
    void regressor_lossBeyondTheRange_keptInScaledUnits_andTheFileLoads() throws Exception {
        // squared errors of about (1e300)^2: they used to be stored as Infinity, and the saved file then
        // failed to load ("trainLosses must be finite"); now they are kept in units of 2^(2e)
        double[][] x = {{0}, {1}, {2}};
        Dataset small = Dataset.of(x).withTargets(new double[] {1, 2, 4}, "y");
        Dataset big = Dataset.of(x).withTargets(new double[] {1e300, 2e300, 4e300}, "y");
        GradientBoostingRegressorModel plain = GradientBoostingRegressor.of().withStages(2).fit(small);
        GradientBoostingRegressorModel scaled = GradientBoostingRegressor.of().withStages(2).fit(big);
        for (int m = 0; m < 2; m++) {
            double expected = Math.scalb(plain.trainLosses()[m] * 1e300, -scaled.trainLossExponent()) * 1e300;
            assertEquals(expected, scaled.scaledTrainLosses()[m], 1e-12 * expected);
        }
        assertEquals(2 * Math.getExponent(4e300), scaled.trainLossExponent());
        ArithmeticException e = assertThrows(ArithmeticException.class, scaled::trainLosses);
        assertTrue(e.getMessage().startsWith("trainLosses must be within the double range; stage 0's is "),
                e.getMessage());
        GradientBoostingRegressorModel loaded = io.github.classicml.algorithms.ModelFiles.fromBytes(
                io.github.classicml.algorithms.ModelFiles.toBytes(scaled), "x", GradientBoostingRegressorModel.class);
        assertArrayEquals(scaled.scaledTrainLosses(), loaded.scaledTrainLosses(), 0.0);
        assertEquals(scaled.trainLossExponent(), loaded.trainLossExponent());
        assertEquals(scaled.predict(new double[] {1}), loaded.predict(new double[] {1}), 0.0);
        assertEquals(plain.predict(new double[] {1}) * 1e300, scaled.predict(new double[] {1}), 1e288);
        // at 1e150 the losses fit in the double range and are reported in true units
        Dataset mid = Dataset.of(x).withTargets(new double[] {1e150, 2e150, 4e150}, "y");
        double[] midLosses = GradientBoostingRegressor.of().withStages(2).fit(mid).trainLosses();
        for (int m = 0; m < 2; m++) {
            assertEquals(plain.trainLosses()[m] * 1e300, midLosses[m], 1e-12 * plain.trainLosses()[m] * 1e300);
        }
    }

    @Test
    void hugeLearningRate_isRefusedNamingItAndTheStage() {
        Dataset t = Dataset.of(new double[][] {{0}, {1}, {2}, {3}}).withTargets(new double[] {1, 2, 30, 40}, "y");
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> GradientBoostingRegressor.of().withStages(3).withLearningRate(1e308).fit(t));
        assertEquals("the prediction of training row 0 must stay within the double range; stage 0 adds "
                + "learningRate * tree = 1.0E308 * -17.25 to 18.25; lower learningRate", e.getMessage());
        Dataset c = Dataset.of(new double[][] {{0}, {1}, {2}, {3}}).withClasses(new int[] {0, 0, 1, 1},
                List.of("a", "b"));
        ArithmeticException classifier = assertThrows(ArithmeticException.class,
                () -> GradientBoostingClassifier.of().withStages(3).withLearningRate(1e308).fit(c));
        assertTrue(classifier.getMessage().startsWith("score 0 of training row 0 must stay within the double "
                + "range; stage 0 adds learningRate * tree = 1.0E308 * "), classifier.getMessage());
    }

    @Test
    void classifier_manyClassSlots_boundedBeforeFitting() {
        // one tree per stage and class slot: class index 2^20 - 1 on 40 rows took 22 s for 2 stages
        int last = (1 << 20) - 1;
        List<String> names = new ArrayList<>(last + 1);
        for (int c = 0; c <= last; c++) {
            names.add("c" + c);
        }
        double[][] x = new double[40][1];
        int[] y = new int[40];
        for (int i = 0; i < 40; i++) {
            x[i][0] = i;
            y[i] = i % 2 == 0 ? 0 : last;
        }
        Dataset d = Dataset.of(x).withClasses(y, names);
        IllegalArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                IllegalArgumentException.class, () -> GradientBoostingClassifier.of().withStages(2).fit(d)));
        assertEquals("the stage trees must have at most 262144 entries, got 2 stages x 1048576 classes = 2097152",
                e.getMessage());
    }
}
