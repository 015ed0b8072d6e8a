package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gradient descent on problems of extreme scale: it never reports convergence because the whole problem
 * is small, least squares on targets times a power of two is the same run scaled, and the epoch limit is
 * bounded where it is set while a large limit allocates nothing it does not use.
 */
class GradientDescentExtremeTest {

    static LongStream seeds() {
        return LongStream.range(0, 5);
    }

    private static double[][] features(SplittableRandom rng, int rows, int columns, double scale) {
        double[][] x = new double[rows][columns];
        for (double[] row : x) {
            for (int j = 0; j < columns; j++) {
                row[j] = RandomData.gaussian(rng) * scale;
            }
        }
        return x;
    }

    private static Dataset regression(long seed, double targetScale) {
        SplittableRandom rng = new SplittableRandom(seed);
        int rows = 30 + rng.nextInt(171);
        double[][] x = features(rng, rows, 3, 1.0);
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = (1 + 2 * x[i][0] - x[i][1] + 0.5 * x[i][2] + 0.1 * RandomData.gaussian(rng)) * targetScale;
        }
        return Dataset.of(x).withTargets(y, "y");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void regressor_targetsTimesTinyPowersOfTwo_isTheSameRunScaled_notConvergedAtTheStart(long seed) {
        // once the starting gradient is below 1 the tolerance is relative to it, and least squares descent is
        // linear in the targets: every smaller power of two gives the same run, scaled, to the bit
        GradientDescentRegressor learner = GradientDescentRegressor.of();
        double base = 0x1p-20;
        GradientDescentRegressorModel reference = learner.fit(regression(seed, base));
        assertEquals(GradientDescent.Status.CONVERGED, reference.status(), reference.statusReason());
        assertTrue(reference.epochs() > 0, reference.statusReason());
        for (double factor : new double[] {0x1p-500, 0x1p-990}) {
            GradientDescentRegressorModel model = learner.fit(regression(seed, factor));
            String where = "factor " + factor + ": " + model.statusReason();
            assertEquals(GradientDescent.Status.CONVERGED, model.status(), where);
            assertEquals(reference.epochs(), model.epochs(), where);
            double ratio = factor / base;
            assertEquals(reference.intercept() * ratio, model.intercept(), 0.0, where);
            for (int j = 0; j < 3; j++) {
                assertEquals(reference.coefficients()[j] * ratio, model.coefficients()[j], 0.0, where);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void regressor_targetsTimes1eMinus300_fitsToTheSameRelativeAccuracy(long seed) {
        GradientDescentRegressor learner = GradientDescentRegressor.of();
        GradientDescentRegressorModel reference = learner.fit(regression(seed, 1.0));
        GradientDescentRegressorModel model = learner.fit(regression(seed, 1e-300));
        assertEquals(GradientDescent.Status.CONVERGED, model.status(), model.statusReason());
        assertTrue(model.epochs() > 0, model.statusReason());
        for (int j = 0; j < 3; j++) {
            assertEquals(reference.coefficients()[j], model.coefficients()[j] * 1e300,
                    1e-5 * Math.abs(reference.coefficients()[j]), "column " + j);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void classifier_featuresTimes1eMinus300_isNotReportedConverged(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        // balanced classes: the intercept's gradient at the start is exactly 0, the weights' about 1e-300
        int rows = 2 * (15 + rng.nextInt(86));
        double[][] x = features(rng, rows, 2, 1e-300);
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = i % 2;
            x[i][0] += y[i] == 1 ? 1e-300 : -1e-300;
        }
        Dataset data = Dataset.of(x).withClasses(y, List.of("a", "b"));
        GradientDescentClassifierModel model = GradientDescentClassifier.of()
                .withOptimiser(GradientDescent.of().withMaxEpochs(50)).fit(data);
        // the learning rate 0.1 cannot move weights that need to be about 1e300: the run ends honestly
        assertNotEquals(GradientDescent.Status.CONVERGED, model.status(), model.statusReason());
        assertTrue(model.statusReason().startsWith("not converged: reached maxEpochs (50)"), model.statusReason());
    }

    @Test
    void maxEpochs_beyondTheLongestHistory_throwsNamingTheLimit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GradientDescent.of().withMaxEpochs(Integer.MAX_VALUE));
        assertEquals("maxEpochs must be <= the longest loss history an array holds, less the start ("
                + (Integer.MAX_VALUE - 9) + "), got " + Integer.MAX_VALUE, e.getMessage());
        assertEquals(Integer.MAX_VALUE - 9, GradientDescent.of().withMaxEpochs((Integer.MAX_VALUE - 9)).maxEpochs());
    }

    @Test
    void maxEpochs_aBillion_allocatesOnlyTheEpochsRun() {
        GradientDescentRegressor learner = GradientDescentRegressor.of()
                .withOptimiser(GradientDescent.of().withMaxEpochs(1_000_000_000));
        GradientDescentRegressorModel model = learner.fit(regression(1, 1.0));
        GradientDescentRegressorModel reference = GradientDescentRegressor.of().fit(regression(1, 1.0));
        assertEquals(GradientDescent.Status.CONVERGED, model.status(), model.statusReason());
        assertEquals(reference.epochs(), model.epochs());
        assertEquals(model.epochs() + 1, model.lossHistory().length);
        assertEquals(reference.intercept(), model.intercept(), 0.0);
    }

    @Test
    void maxEpochs_historyLongerThanItsFirstBlock_keepsEveryEpoch() {
        // 3000 epochs at a tiny rate: the history grows past its first 1024 entries and keeps every loss
        GradientDescentRegressor learner = GradientDescentRegressor.of().withOptimiser(GradientDescent.of()
                .withLearningRate(LearningRate.constant(1e-4)).withMaxEpochs(3000));
        GradientDescentRegressorModel model = learner.fit(regression(2, 1.0));
        assertEquals(GradientDescent.Status.MAX_EPOCHS, model.status(), model.statusReason());
        double[] history = model.lossHistory();
        assertEquals(3001, history.length);
        for (int i = 1; i < history.length; i++) {
            assertTrue(history[i] < history[i - 1], "epoch " + i);
        }
    }
}
