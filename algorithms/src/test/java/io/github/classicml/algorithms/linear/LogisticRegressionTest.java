package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.ProgressLog;
import io.github.classicml.core.testing.ProbabilisticClassifierContract;
import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogisticRegressionTest implements ProbabilisticClassifierContract<LogisticRegressionModel> {

    /**
     * Not scale-invariant: the L2 penalty (scikit-learn's {@code C = 1}) is absolute, while the
     * coefficients it shrinks scale with the inverse of the features.
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return false;
    }

    @Override
    public Learner<LogisticRegressionModel> learner() {
        return LogisticRegression.of();
    }

    /** Rows 0 and 1 hold two classes: fewer rows cannot hold two. */
    @Override
    public int minimumRows() {
        return 2;
    }

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    private static final LogisticRegression TIGHT = LogisticRegression.of().withTolerance(1e-12).withMaxIterations(1000);

    /** Two noisy overlapping Gaussian classes: never separable. */
    private static Dataset overlapping(SplittableRandom rng, int rows, int columns, int classes) {
        double[][] x = new double[rows][columns];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = i % classes;
            for (int j = 0; j < columns; j++) {
                x[i][j] = RandomData.gaussian(rng) + (j == y[i] % columns ? 1.0 : 0.0);
            }
        }
        String[] names = new String[classes];
        for (int c = 0; c < classes; c++) {
            names[c] = "c" + c;
        }
        return Dataset.of(x).withClasses(y, List.of(names));
    }

    // ------------------------------------------------------------------ hand-worked

    @Test
    void fit_twoPoints_l2_solvesTheStationaryEquation() {
        // x = -1 (class 0), x = +1 (class 1): by symmetry b = 0, and the objective
        // 2 log(1 + e^-w) + (lambda / 2) w^2 is stationary where 2 sigma(-w) = lambda w; for lambda = 1,
        // w = 2 / (1 + e^w): w = 0.675 gives 2 / 2.9640 = 0.6748, so w is about 0.6749
        Dataset data = Dataset.of(new double[][] {{-1}, {1}}).withClasses(new int[] {0, 1}, List.of("no", "yes"));
        LogisticRegressionModel model = TIGHT.fit(data);
        double w = model.coefficients()[0][0];
        assertEquals(0.0, model.intercepts()[0], 1e-12);
        assertEquals(2 / (1 + Math.exp(w)), w, 1e-12);
        assertEquals(0.6749, w, 1e-4);
        // P(yes | x = 1) = sigma(w), P(no | x = 1) = sigma(-w)
        double[] p = model.predictProbabilities(new double[] {1});
        assertEquals(1 / (1 + Math.exp(-w)), p[1], 1e-15);
        assertEquals(1 / (1 + Math.exp(w)), p[0], 1e-15);
        assertArrayEquals(new double[] {w}, model.decisionFunction(new double[] {1}), 1e-15);
        assertEquals("yes", model.predictLabel(new double[] {0.3}));
        // the objective at the minimum: 2 log(1 + e^-w) + w^2 / 2
        assertEquals(2 * Math.log1p(Math.exp(-w)) + w * w / 2, model.objective(), 1e-12);
    }

    @Test
    void fit_unpenalisedTwoByTwoTable_givesTheLogOddsAndWaldErrors() {
        // x = 0: 3 of 4 rows in class 1, odds 3, so b = log 3; x = 1: 1 of 4, odds 1/3, so b + w = -log 3
        // and w = -2 log 3 (odds ratio 1/9). Wald: se(w)^2 = 1/3 + 1 + 1 + 1/3 = 8/3, se(b)^2 = 1/3 + 1 = 4/3
        double[][] x = {{0}, {0}, {0}, {0}, {1}, {1}, {1}, {1}};
        int[] y = {1, 1, 1, 0, 1, 0, 0, 0};
        Dataset data = Dataset.of(x).withClasses(y, List.of("a", "b"));
        LogisticRegressionModel model = TIGHT.withPenalty(LogisticRegression.Penalty.NONE).fit(data);
        assertTrue(model.converged(), model.convergenceReason());
        assertEquals(Math.log(3), model.intercepts()[0], 1e-8);
        assertEquals(-2 * Math.log(3), model.coefficients()[0][0], 1e-8);
        assertEquals(1.0 / 9, model.oddsRatios()[0], 1e-8);
        assertEquals(Math.sqrt(8.0 / 3), model.standardErrors()[0], 1e-7);
        assertEquals(Math.sqrt(4.0 / 3), model.interceptStandardError(), 1e-7);
        assertEquals(0.75, model.predictProbabilities(new double[] {0})[1], 1e-8);
    }

    @Test
    void logLoss_gradient_equalsFiniteDifferences_binaryAndMultinomial() {
        SplittableRandom rng = new SplittableRandom(3);
        int n = 30;
        int p = 4;
        double[] x = new double[n * p];
        for (int i = 0; i < x.length; i++) {
            x[i] = RandomData.gaussian(rng);
        }
        double[] weights = new double[n];
        for (int vectors : new int[] {1, 3}) {
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                y[i] = rng.nextInt(vectors == 1 ? 2 : vectors);
                weights[i] = rng.nextDouble(0, 2);
            }
            LogLoss loss = new LogLoss(x, n, p, y, weights, vectors, 0.7, true, null);
            double[] theta = new double[loss.dimension()];
            for (int j = 0; j < theta.length; j++) {
                theta[j] = rng.nextDouble(-1, 1);
            }
            double[] gradient = new double[theta.length];
            loss.valueAndGradient(theta, gradient);
            double[] scratch = new double[theta.length];
            for (int j = 0; j < theta.length; j++) {
                // central difference: error O(h^2) f''' plus rounding O(eps f / h); h = 1e-5 gives about 1e-9
                double h = 1e-5;
                double[] plus = theta.clone();
                double[] minus = theta.clone();
                plus[j] += h;
                minus[j] -= h;
                double numeric = (loss.valueAndGradient(plus, scratch) - loss.valueAndGradient(minus, scratch)) / (2 * h);
                assertEquals(numeric, gradient[j], 1e-7, "vectors " + vectors + ", entry " + j);
            }
        }
    }

    @Test
    void logLoss_extremeScores_stayFinite() {
        double[] x = {1e300, -1e300};
        LogLoss loss = new LogLoss(x, 2, 1, new int[] {0, 1}, new double[] {1, 1}, 1, 0, true, null);
        double[] g = new double[2];
        double v = loss.valueAndGradient(new double[] {1, 0}, g);
        // both rows on the wrong side by 1e300: loss 2e300, gradient entries -2e300 and 0
        assertEquals(2e300, v, 1e285);
        assertTrue(Double.isFinite(g[0]) && Double.isFinite(g[1]));
    }

    // ------------------------------------------------------------------ separable data and stopping

    @Test
    void fit_separableWithoutPenalty_stopsNotConvergedWithTheReason() {
        Dataset data = Dataset.of(new double[][] {{0}, {1}, {2}, {3}}).withClasses(new int[] {0, 0, 1, 1}, List.of("a", "b"));
        LogisticRegressionModel model = LogisticRegression.of().withPenalty(LogisticRegression.Penalty.NONE)
                .withMaxIterations(1_000_000).fit(data);
        assertFalse(model.converged());
        assertTrue(model.convergenceReason().contains("linearly separable"), model.convergenceReason());
        assertTrue(model.iterations() < 100, "iterations " + model.iterations());
        for (double v : model.coefficients()[0]) {
            assertTrue(Double.isFinite(v));
        }
        assertEquals(0, model.predict(new double[] {0.5}));
        assertEquals(1, model.predict(new double[] {2.5}));
        IllegalStateException e = assertThrows(IllegalStateException.class, model::standardErrors);
        assertTrue(e.getMessage().contains("linearly separable"), e.getMessage());
    }

    @Test
    void fit_separableMulticlassWithoutPenalty_stops() {
        Dataset data = RandomData.blobs(new SplittableRandom(1), 60, 2, 3, 20.0);
        LogisticRegressionModel model = LogisticRegression.of().withPenalty(LogisticRegression.Penalty.NONE)
                .withMaxIterations(1_000_000).fit(data);
        assertFalse(model.converged());
        assertTrue(model.convergenceReason().contains("linearly separable"), model.convergenceReason());
    }

    @Test
    void fit_iterationLimit_reportedWithAdvice() {
        LogisticRegressionModel model = LogisticRegression.of().withMaxIterations(1).withTolerance(0)
                .fit(overlapping(new SplittableRandom(4), 100, 3, 2));
        assertFalse(model.converged());
        assertTrue(model.convergenceReason().startsWith("not converged: reached maxIterations (1)"),
                model.convergenceReason());
        assertEquals(1, model.iterations());
    }

    @Test
    void fit_reportsEveryIterationWithTheObjective() {
        ProgressLog log = new ProgressLog();
        Dataset data = overlapping(new SplittableRandom(5), 200, 4, 2);
        LogisticRegressionModel model = TIGHT.fit(data, log);
        assertEquals(model.iterations(), log.steps().size());
        assertEquals(model.objective(), log.steps().get(log.steps().size() - 1).loss(), 0.0);
        // sufficient decrease: never higher (equal only when the step's promised decrease is below rounding)
        for (int i = 1; i < log.steps().size(); i++) {
            assertTrue(log.steps().get(i).loss() <= log.steps().get(i - 1).loss(), "step " + (i + 1));
        }
        assertTrue(log.steps().get(log.steps().size() - 1).loss() < log.steps().get(0).loss());
    }

    // ------------------------------------------------------------------ properties

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void fit_rowOrder_doesNotChangeTheModel(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int classes = 2 + rng.nextInt(3);
        Dataset data = overlapping(rng, 80, 3, classes);
        Dataset shuffled = data.select(RandomData.permutation(rng, data.rows()));
        LogisticRegressionModel a = TIGHT.fit(data);
        LogisticRegressionModel b = TIGHT.fit(shuffled);
        double[][] pa = a.predictProbabilities(data);
        double[][] pb = b.predictProbabilities(data);
        for (int i = 0; i < pa.length; i++) {
            // both fits stop where the objective stops falling in double precision (relative steps below
            // 64 eps): the orders' rounding leaves them within about 1e-8 of each other
            assertArrayEquals(pa[i], pb[i], 1e-7, "seed " + seed + ", row " + i);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void predictProbabilities_sumToOne_evenForExtremeRows(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int classes = 2 + rng.nextInt(4);
        Dataset data = overlapping(rng, 60, 3, classes);
        LogisticRegressionModel model = LogisticRegression.of().withPenaltyStrength(0.01).fit(data);
        for (int k = 0; k < 50; k++) {
            // rows up to 1e6 from the data: scores in the thousands, where a naive softmax overflows
            double scale = Math.pow(10, rng.nextDouble(0, 6));
            double[] row = {scale * RandomData.gaussian(rng), scale * RandomData.gaussian(rng), scale * RandomData.gaussian(rng)};
            double[] p = model.predictProbabilities(row);
            double sum = 0;
            for (double v : p) {
                assertTrue(v >= 0 && v <= 1, "seed " + seed + ": " + v);
                sum += v;
            }
            assertEquals(1.0, sum, 1e-12, "seed " + seed);
            assertEquals(model.predict(row), argMax(p), "seed " + seed);
        }
    }

    private static int argMax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void fit_strongerL2_shrinksTheWeights(long seed) {
        Dataset data = overlapping(new SplittableRandom(seed), 60, 4, 2 + (int) (seed % 2));
        double previous = Double.POSITIVE_INFINITY;
        for (double strength : new double[] {0.01, 0.1, 1, 10, 100}) {
            double norm = 0;
            for (double[] w : TIGHT.withPenaltyStrength(strength).fit(data).coefficients()) {
                for (double v : w) {
                    norm += v * v;
                }
            }
            assertTrue(norm < previous, "seed " + seed + ", strength " + strength + ": ||w||^2 " + norm);
            previous = norm;
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void fit_sampleWeightTwo_equalsTheRowTwice_andClassWeightsEqualSampleWeights(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset data = overlapping(rng, 40, 3, 3);
        int doubled = rng.nextInt(data.rows());
        double[] weights = new double[data.rows()];
        java.util.Arrays.fill(weights, 1);
        weights[doubled] = 2;
        int[] rows = new int[data.rows() + 1];
        for (int i = 0; i < data.rows(); i++) {
            rows[i] = i;
        }
        rows[data.rows()] = doubled;
        double[][] weighted = TIGHT.fit(data, weights).coefficients();
        double[][] repeated = TIGHT.fit(data.select(rows)).coefficients();
        for (int c = 0; c < weighted.length; c++) {
            assertArrayEquals(repeated[c], weighted[c], 1e-7, "seed " + seed);
        }
        double[] byClass = new double[data.rows()];
        for (int i = 0; i < byClass.length; i++) {
            byClass[i] = new double[] {0.5, 2, 1}[data.classOf(i)];
        }
        double[][] classWeighted = TIGHT.withClassWeights(ClassWeights.of(0.5, 2, 1)).fit(data).coefficients();
        double[][] sampleWeighted = TIGHT.fit(data, byClass).coefficients();
        for (int c = 0; c < weighted.length; c++) {
            assertArrayEquals(sampleWeighted[c], classWeighted[c], 1e-7, "seed " + seed);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void fit_l1_isSparseAndMeetsTheOptimalityConditions(long seed) {
        Dataset data = overlapping(new SplittableRandom(seed), 80, 6, 2);
        double strength = 8;
        LogisticRegressionModel model = LogisticRegression.of().withPenalty(LogisticRegression.Penalty.L1)
                .withPenaltyStrength(strength).withTolerance(1e-9).withMaxIterations(100000).fit(data);
        assertTrue(model.converged(), model.convergenceReason());
        // subgradient conditions: |g_j| <= lambda where w_j = 0, g_j = -lambda sign(w_j) elsewhere
        double[] x = data.features();
        int[] y = data.classes();
        double[] w = model.coefficients()[0];
        double[] theta = java.util.Arrays.copyOf(w, w.length + 1);
        theta[w.length] = model.intercepts()[0];
        double[] ones = new double[data.rows()];
        java.util.Arrays.fill(ones, 1);
        double[] g = new double[theta.length];
        new LogLoss(x, data.rows(), data.columns(), y, ones, 1, 0, true, null).valueAndGradient(theta, g);
        for (int j = 0; j < w.length; j++) {
            if (w[j] == 0) {
                assertTrue(Math.abs(g[j]) <= strength + 1e-6, "seed " + seed + ", column " + j);
            } else {
                assertEquals(-strength * Math.signum(w[j]), g[j], 1e-6, "seed " + seed + ", column " + j);
            }
        }
        assertEquals(0, g[w.length], 1e-6, "the intercept is unpenalised");
    }

    @Test
    void fit_threadCount_doesNotChangeTheModel() {
        // 20,000 rows: three parts of 8192 rows, shared out to 1, 2 or 3 threads
        Dataset data = overlapping(new SplittableRandom(21), 20_000, 5, 2);
        LogisticRegressionModel one = LogisticRegression.of().withThreads(1).fit(data);
        for (int threads : new int[] {2, 3, 0}) {
            LogisticRegressionModel many = LogisticRegression.of().withThreads(threads).fit(data);
            assertArrayEquals(one.coefficients()[0], many.coefficients()[0], 0.0, "threads " + threads);
            assertArrayEquals(one.intercepts(), many.intercepts(), 0.0, "threads " + threads);
            assertEquals(one.objective(), many.objective(), 0.0, "threads " + threads);
        }
        assertEquals("threads must be >= 0, got -1", assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.of().withThreads(-1)).getMessage());
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void learner_nonPositivePenaltyStrength_throws() {
        assertEquals("penaltyStrength must be > 0 and finite, got 0", assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.of().withPenaltyStrength(0)).getMessage());
        assertEquals("penaltyStrength must be > 0 and finite, got -1", assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.of().withPenaltyStrength(-1)).getMessage());
        assertEquals("l1Ratio must be in [0, 1], got 1.5", assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.of().withL1Ratio(1.5)).getMessage());
        assertEquals("maxIterations must be >= 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.of().withMaxIterations(0)).getMessage());
    }

    @Test
    void fit_oneClass_throwsNamingIt() {
        Dataset data = Dataset.of(new double[][] {{1}, {2}, {3}}).withClasses(new int[] {1, 1, 1}, List.of("a", "b"));
        assertEquals("data must have rows of at least 2 classes with positive weight, got 1 class in 3 rows",
                assertThrows(IllegalArgumentException.class, () -> LogisticRegression.of().fit(data)).getMessage());
    }

    @Test
    void fit_badSampleWeights_throw() {
        Dataset data = Dataset.of(new double[][] {{1}, {2}, {3}}).withClasses(new int[] {0, 1, 1}, List.of("a", "b"));
        assertEquals("sampleWeights must have one entry per row (3), got 2", assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.of().fit(data, new double[] {1, 1})).getMessage());
        assertEquals("sampleWeights must be finite and >= 0; entry 1 is NaN", assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.of().fit(data, new double[] {1, Double.NaN, 1})).getMessage());
        assertEquals("data must have rows of at least 2 classes with positive weight, got 1 class in 3 rows",
                assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.of().fit(data, new double[] {0, 1, 1})).getMessage());
    }

    @Test
    void model_absentClass_hasProbabilityZero_andStatisticsGuardTheirDomain() {
        Dataset data = overlapping(new SplittableRandom(8), 40, 2, 2).withClasses(
                overlapping(new SplittableRandom(8), 40, 2, 2).classes(), List.of("a", "b", "never"));
        LogisticRegressionModel model = LogisticRegression.of().fit(data);
        assertArrayEquals(new int[] {0, 1}, model.fittedClasses());
        assertEquals(0.0, model.predictProbabilities(new double[] {0, 0})[2]);
        IllegalStateException e = assertThrows(IllegalStateException.class, model::standardErrors);
        assertEquals("standardErrors is defined for the unpenalised fit, got penalty L2; fit with penalty NONE", e.getMessage());
        LogisticRegressionModel three = LogisticRegression.of().fit(overlapping(new SplittableRandom(8), 40, 2, 3));
        assertEquals("oddsRatios is defined for two classes, got 3",
                assertThrows(IllegalStateException.class, three::oddsRatios).getMessage());
    }
}
