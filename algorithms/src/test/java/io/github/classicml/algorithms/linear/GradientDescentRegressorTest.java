package io.github.classicml.algorithms.linear;

import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.ProgressLog;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.core.testing.RegressorContract;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradientDescentRegressorTest implements RegressorContract<GradientDescentRegressorModel> {

    /**
     * Not scale-invariant: the learning rate and the penalty are absolute, so the same number of steps
     * on features multiplied by 10^&plusmn;300 reaches another model.
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return false;
    }

    /** Mini-batches of 8 with a decaying rate: the seed shuffles the rows, so the learner is randomised. */
    @Override
    public Learner<GradientDescentRegressorModel> learner() {
        return learnerWithSeed(0);
    }

    @Override
    public Learner<GradientDescentRegressorModel> learnerWithSeed(long seed) {
        return GradientDescentRegressor.of().withOptimiser(GradientDescent.of().withBatchSize(8)
                .withLearningRate(LearningRate.inverseScaling(0.05, 0.5)).withMaxEpochs(200).withSeed(seed));
    }

    @Override
    public boolean randomised() {
        return true;
    }

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }

    private static Dataset diabetes() {
        Dataset raw = Datasets.diabetes();
        return StandardScaler.of().fit(raw).transform(raw);
    }

    /** The least-squares solution [w, b] of the normal equations, by EJML's solver on [X, 1] (QR). */
    private static double[] normalEquations(Dataset data) {
        int n = data.rows();
        int p = data.columns();
        DMatrixRMaj a = new DMatrixRMaj(n, p + 1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                a.set(i, j, data.get(i, j));
            }
            a.set(i, p, 1);
        }
        DMatrixRMaj y = new DMatrixRMaj(n, 1, true, data.targets());
        DMatrixRMaj solution = new DMatrixRMaj(p + 1, 1);
        assertTrue(CommonOps_DDRM.solve(a, y, solution));
        return solution.data;
    }

    @Test
    void batch_standardisedDiabetes_endsWithin1e6RelativeOfTheNormalEquations() {
        Dataset data = diabetes();
        double[] exact = normalEquations(data);
        // the largest eigenvalue of X'X/n is 4.02 here, so eta = 0.4 < 2 / 4.02; the smallest, 0.0086,
        // sets the pace: the gradient tolerance 1e-8 bounds the error by 1e-8 / 0.0086, about 1e-6 absolute
        GradientDescentRegressorModel model = GradientDescentRegressor.of().withOptimiser(GradientDescent.of()
                .withLearningRate(LearningRate.constant(0.4)).withTolerance(1e-8).withMaxEpochs(100_000)).fit(data);
        assertEquals(GradientDescent.Status.CONVERGED, model.status(), model.statusReason());
        double scale = 0;
        for (double v : exact) {
            scale = Math.max(scale, Math.abs(v));
        }
        double[] w = model.coefficients();
        for (int j = 0; j < w.length; j++) {
            assertEquals(exact[j], w[j], 1e-6 * scale, "column " + j);
        }
        assertEquals(exact[w.length], model.intercept(), 1e-6 * scale);
    }

    @Test
    void batch_rateAboveTwoOverL_divergesAndReportsIt() {
        GradientDescentRegressorModel model = GradientDescentRegressor.of().withOptimiser(GradientDescent.of()
                .withLearningRate(LearningRate.constant(1.0)).withMaxEpochs(100_000)).fit(diabetes());
        assertEquals(GradientDescent.Status.DIVERGED, model.status());
        assertTrue(model.statusReason().contains("lower the learning rate (constant 1)"), model.statusReason());
        double[] history = model.lossHistory();
        for (double v : history) {
            assertTrue(Double.isFinite(v));
        }
        assertTrue(history[history.length - 1] > history[0], "the loss grew");
        for (double v : model.coefficients()) {
            assertTrue(Double.isFinite(v));
        }
        assertTrue(Double.isFinite(model.predict(new double[10])));
    }

    @Test
    void batch_oneStep_handWorked() {
        // x = 1, 2, 3 and y = 2, 4, 6 from w = b = 0: residuals 2, 4, 6, loss (4 + 16 + 36) / 6 = 28/3;
        // gradient of w: -(2 + 8 + 18) / 3 = -28/3, of b: -(2 + 4 + 6) / 3 = -4; one step of eta = 0.1
        // gives w = 28/30, b = 0.4
        Dataset data = Dataset.of(new double[][] {{1}, {2}, {3}}).withTargets(new double[] {2, 4, 6}, "y");
        GradientDescentRegressorModel model = GradientDescentRegressor.of().withOptimiser(GradientDescent.of()
                .withLearningRate(LearningRate.constant(0.1)).withMaxEpochs(1)).fit(data);
        assertEquals(GradientDescent.Status.MAX_EPOCHS, model.status());
        assertArrayEquals(new double[] {28.0 / 30}, model.coefficients(), 1e-15);
        assertEquals(0.4, model.intercept(), 1e-15);
        assertEquals(28.0 / 3, model.lossHistory()[0], 1e-14);
        assertEquals(2, model.lossHistory().length);
    }

    @Test
    void batch_smallRate_lossFallsEveryEpoch_andListenerSeesIt() {
        ProgressLog log = new ProgressLog();
        GradientDescentRegressorModel model = GradientDescentRegressor.of().withOptimiser(GradientDescent.of()
                .withLearningRate(LearningRate.constant(0.2)).withMaxEpochs(300)).fit(diabetes(), log);
        double[] history = model.lossHistory();
        assertEquals(history.length - 1, log.steps().size());
        for (int e = 1; e < history.length; e++) {
            // eta <= 1/L: every batch step lowers a convex quadratic
            assertTrue(history[e] < history[e - 1], "epoch " + e);
            assertEquals(history[e], log.steps().get(e - 1).loss(), 0.0);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void miniBatch_decayingRate_approachesTheLeastSquaresSolution(long seed) {
        Dataset data = diabetes();
        double[] exact = normalEquations(data);
        GradientDescentRegressorModel model = GradientDescentRegressor.of().withOptimiser(GradientDescent.of()
                .withBatchSize(16).withLearningRate(LearningRate.stepDecay(0.05, 0.5, 40)).withMaxEpochs(400)
                .withSeed(seed)).fit(data);
        // the mean squared error / 2 at the exact solution is the floor; mini-batches get within 1 % of it
        double floor = 0;
        double reached = 0;
        for (int i = 0; i < data.rows(); i++) {
            double e = data.target(i) - exact[10];
            double r = data.target(i) - model.predict(data.row(i));
            for (int j = 0; j < 10; j++) {
                e -= exact[j] * data.get(i, j);
            }
            floor += e * e / (2 * data.rows());
            reached += r * r / (2 * data.rows());
        }
        assertTrue(reached >= floor - 1e-9, "seed " + seed);
        assertTrue(reached <= 1.01 * floor, "seed " + seed + ": " + reached + " vs the floor " + floor);
    }

    @Test
    void settings_badValues_throw() {
        assertEquals("batchSize must be >= 0, got -1", assertThrows(IllegalArgumentException.class,
                () -> GradientDescent.of().withBatchSize(-1)).getMessage());
        assertEquals("initial must be > 0 and finite, got 0", assertThrows(IllegalArgumentException.class,
                () -> LearningRate.constant(0)).getMessage());
        assertEquals("power must be in (0, 1], got 2", assertThrows(IllegalArgumentException.class,
                () -> LearningRate.inverseScaling(0.1, 2)).getMessage());
        assertEquals("factor must be in (0, 1], got 1.5", assertThrows(IllegalArgumentException.class,
                () -> LearningRate.stepDecay(0.1, 1.5, 3)).getMessage());
    }

    @Test
    void learningRate_schedules_handWorked() {
        assertEquals(0.1, LearningRate.constant(0.1).at(77, 5));
        // 0.5 / 4^0.5 = 0.25
        assertEquals(0.25, LearningRate.inverseScaling(0.5, 0.5).at(4, 1), 1e-15);
        // epochs 1-10 at 1, 11-20 at 0.5, 21-30 at 0.25
        LearningRate decay = LearningRate.stepDecay(1, 0.5, 10);
        assertEquals(List.of(1.0, 1.0, 0.5, 0.25), List.of(decay.at(1, 1), decay.at(1, 10), decay.at(1, 11), decay.at(1, 21)));
    }
}
