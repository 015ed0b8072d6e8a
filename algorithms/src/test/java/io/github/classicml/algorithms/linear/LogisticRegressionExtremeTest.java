package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Dataset;
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

/**
 * Logistic regression at the ends of the double range: features multiplied by powers of two give the
 * same probabilities to the bit, by powers of ten the same to the solver's tolerance, with an honest
 * convergence report; sample weights and the penalty multiplied together leave the fit unchanged; scores
 * beyond the double range give probabilities, and {@code decisionFunction} says it cannot return them.
 */
class LogisticRegressionExtremeTest {

    static LongStream seeds() {
        return LongStream.range(0, 6);
    }

    private static final LogisticRegression NONE = LogisticRegression.of().withPenalty(LogisticRegression.Penalty.NONE);
    private static final LogisticRegression TIGHT_NONE = NONE.withTolerance(1e-8).withMaxIterations(1000);

    /** Overlapping Gaussian classes (never separable at these sizes): class c shifts column c mod p by 1. */
    private static Dataset overlapping(SplittableRandom rng, int rows, int columns, int classes, double scale) {
        double[][] x = new double[rows][columns];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = i % classes;
            for (int j = 0; j < columns; j++) {
                x[i][j] = (RandomData.gaussian(rng) + (j == y[i] % columns ? 0.8 : 0.0)) * scale;
            }
        }
        String[] names = new String[classes];
        for (int c = 0; c < classes; c++) {
            names[c] = "c" + c;
        }
        return Dataset.of(x).withClasses(y, List.of(names));
    }

    private static Dataset data(long seed, int classes, double scale) {
        SplittableRandom rng = new SplittableRandom(seed);
        int rows = 30 + rng.nextInt(171);
        return overlapping(new SplittableRandom(seed), rows, 2 + (int) (seed % 2), classes, scale);
    }

    private static double[][] scaledRows(Dataset data, double factor) {
        double[][] rows = new double[data.rows()][data.columns()];
        double[] x = data.features();
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < data.columns(); j++) {
                rows[i][j] = x[i * data.columns() + j] * factor;
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void fit_unpenalised_featuresTimesPowersOfTwo_giveBitIdenticalProbabilities(long seed) {
        for (int classes : new int[] {2, 3}) {
            Dataset base = data(seed, classes, 1.0);
            LogisticRegressionModel reference = NONE.fit(base);
            assertTrue(reference.converged(), reference.convergenceReason());
            for (double factor : new double[] {0x1p-900, 0x1p-30, 0x1p30, 0x1p900}) {
                Dataset scaled = data(seed, classes, factor);
                LogisticRegressionModel model = NONE.fit(scaled);
                String where = "classes " + classes + ", factor " + factor;
                assertTrue(model.converged(), where + ": " + model.convergenceReason());
                assertEquals(reference.iterations(), model.iterations(), where);
                assertArrayEquals(reference.intercepts(), model.intercepts(), where);
                for (int c = 0; c < reference.coefficients().length; c++) {
                    for (int j = 0; j < base.columns(); j++) {
                        assertEquals(reference.coefficients()[c][j], model.coefficients()[c][j] * factor, 0.0, where);
                    }
                }
                assertArrayEquals(reference.predictProbabilities(base), model.predictProbabilities(scaled), where);
                assertEquals(reference.objective(), model.objective(), 0.0, where);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void fit_unpenalised_featuresTimesPowersOfTen_agreeToTheTolerance_andConverge(long seed) {
        for (int classes : new int[] {2, 3}) {
            Dataset base = data(seed, classes, 1.0);
            double[][] expected = TIGHT_NONE.fit(base).predictProbabilities(base);
            for (double factor : new double[] {1e-300, 1e-8, 1e-4, 1e8, 1e300}) {
                Dataset scaled = data(seed, classes, factor);
                String where = "classes " + classes + ", factor " + factor;
                // the default tolerance stops within about 1e-4 of the minimiser, a tight one at it (to about
                // the square root of the rounding, where the objective stops decreasing in double precision)
                LogisticRegressionModel loose = NONE.fit(scaled);
                LogisticRegressionModel tight = TIGHT_NONE.fit(scaled);
                assertTrue(loose.converged(), where + ": " + loose.convergenceReason());
                assertTrue(loose.iterations() > 0, where + ": " + loose.convergenceReason());
                assertTrue(tight.converged(), where + ": " + tight.convergenceReason());
                double[][] looseP = loose.predictProbabilities(scaled);
                double[][] tightP = tight.predictProbabilities(scaled);
                for (int i = 0; i < expected.length; i++) {
                    assertArrayEquals(expected[i], tightP[i], 1e-6, where + ", row " + i);
                    assertArrayEquals(expected[i], looseP[i], 1e-3, where + ", row " + i);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void fit_sampleWeightsAndPenaltyTimesTheSameFactor_giveTheSameModel(long seed) {
        Dataset data = data(seed, 2 + (int) (seed % 2), 1.0);
        double[] weights = new double[data.rows()];
        SplittableRandom rng = new SplittableRandom(seed + 100);
        for (int i = 0; i < weights.length; i++) {
            weights[i] = rng.nextDouble(0.5, 2);
        }
        for (LogisticRegression.Penalty penalty : new LogisticRegression.Penalty[] {LogisticRegression.Penalty.L2,
                LogisticRegression.Penalty.L1, LogisticRegression.Penalty.ELASTIC_NET}) {
            LogisticRegression learner = LogisticRegression.of().withPenalty(penalty).withTolerance(1e-8)
                    .withMaxIterations(5000);
            LogisticRegressionModel reference = learner.fit(data, weights);
            double[][] expected = reference.predictProbabilities(data);
            for (double factor : new double[] {0x1p-990, 1e-300, 1e300, 0x1p990}) {
                double[] w = weights.clone();
                for (int i = 0; i < w.length; i++) {
                    w[i] *= factor;
                }
                LogisticRegressionModel model = learner.withPenaltyStrength(factor).fit(data, w);
                String where = penalty + ", factor " + factor;
                assertTrue(model.converged(), where + ": " + model.convergenceReason());
                assertTrue(model.iterations() > 0, where + ": " + model.convergenceReason());
                double[][] actual = model.predictProbabilities(data);
                for (int i = 0; i < expected.length; i++) {
                    if (Math.getExponent(factor) == Math.getExponent(factor) && factor == Math.scalb(1.0,
                            Math.getExponent(factor))) {
                        assertArrayEquals(expected[i], actual[i], where + ", row " + i);
                    } else {
                        assertArrayEquals(expected[i], actual[i], 1e-6, where + ", row " + i);
                    }
                }
                assertEquals(reference.objective() * factor, model.objective(), 1e-6 * model.objective(), where);
            }
        }
    }

    private static LogisticRegressionModel model(double[][] weights, double[] intercepts) {
        int classes = weights.length == 1 ? 2 : weights.length;
        int[] fitted = new int[classes];
        String[] names = new String[classes];
        for (int c = 0; c < classes; c++) {
            fitted[c] = c;
            names[c] = "c" + c;
        }
        return new LogisticRegressionModel(NONE, weights[0].length, List.of(names), fitted, weights, intercepts, true,
                "converged", 1, 1.0, null);
    }

    @Test
    void binary_productsOverflowButTheScoreIsADouble_givesTheScoreAndItsProbability() {
        // x·w + b = 3 M - 2.5 M + 0.25 for M = 1e308: each product is beyond the range, the score 5e307 is not
        LogisticRegressionModel model = model(new double[][] {{3, 2.5}}, new double[] {0.25});
        double m = 1e308;
        double[] z = model.decisionFunction(new double[] {m, -m});
        assertEquals(0.5 * m, z[0], Math.ulp(0.5 * m) * 8);
        assertArrayEquals(new double[] {0, 1}, model.predictProbabilities(new double[] {m, -m}));
        assertArrayEquals(new double[] {1, 0}, model.predictProbabilities(new double[] {-m, m}));
        // ordinary rows: the plain sum, to the bit
        assertArrayEquals(new double[] {3 * 0.5 + 2.5 * -1.5 + 0.25}, model.decisionFunction(new double[] {0.5, -1.5}));
    }

    @Test
    void binary_scoreBeyondTheRange_decisionFunctionThrowsNamingIt_probabilitiesAreZeroAndOne() {
        LogisticRegressionModel model = model(new double[][] {{3, -2.5}}, new double[] {0.25});
        double m = 1e308;
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> model.decisionFunction(new double[] {m, -m}));
        assertEquals("decisionFunction of row must lie within the double range; the log-odds of class c1 is about "
                + "5.500e308; predictProbabilities and predict give this row's answer", e.getMessage());
        assertArrayEquals(new double[] {0, 1}, model.predictProbabilities(new double[] {m, -m}));
        assertArrayEquals(new double[] {1, 0}, model.predictProbabilities(new double[] {-m, m}));
        assertEquals(1, model.predict(new double[] {m, -m}));
        assertEquals("c0", model.predictLabel(new double[] {-m, m}));
    }

    @Test
    void multinomial_scoresBeyondTheRange_giveTheSoftmaxOfTheirDifferences() {
        // scores (3 M, 3 M, -2 M) for a row (M, 0): two tie beyond the range, the third is far below
        LogisticRegressionModel model = model(new double[][] {{3, 1}, {3, -1}, {-2, 0}}, new double[] {0, 0, 0});
        double m = 1e308;
        double[] p = model.predictProbabilities(new double[] {m, 0});
        assertArrayEquals(new double[] {0.5, 0.5, 0}, p);
        // (-M, 0): the third wins by 5e308, beyond the range: probability 1 for it, 0 (e^-inf) for the others
        assertArrayEquals(new double[] {0, 0, 1}, model.predictProbabilities(new double[] {-m, 0}));
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> model.decisionFunction(new double[] {m, 0}));
        assertTrue(e.getMessage().startsWith("decisionFunction of row must lie within the double range; the score of "
                + "class c0 is about 3.000e308"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void oddsRatios_ofColumnsOf1eMinus300_anErrorNamingTheColumnNotInfinity() {
        // weights of about 1e300: e^w has no double, the weights themselves are exact
        LogisticRegressionModel m = NONE.fit(data(1, 2, 1e-300));
        assertTrue(Math.abs(m.coefficients()[0][0]) > 1e290, "weight " + m.coefficients()[0][0]);
        ArithmeticException e = org.junit.jupiter.api.Assertions.assertThrows(ArithmeticException.class, m::oddsRatios);
        assertTrue(e.getMessage().startsWith("the odds ratio of column 0, e^"), e.getMessage());
        // ordinary columns: e^w as before
        LogisticRegressionModel plain = NONE.fit(data(1, 2, 1));
        assertEquals(Math.exp(plain.coefficients()[0][1]), plain.oddsRatios()[1]);
    }

    @org.junit.jupiter.api.Test
    void standardErrors_ofExactlyCollinearColumns_areRefusedNotRoundingNoise() {
        // column 1 equals column 0: the Fisher information is singular; in the fit's units Cholesky met a
        // pivot at rounding level and accepted it, giving "standard errors" of 4.7e7
        SplittableRandom rng = new SplittableRandom(5);
        double[][] x = new double[60][3];
        int[] y = new int[60];
        for (int i = 0; i < 60; i++) {
            y[i] = i % 2;
            x[i][0] = RandomData.gaussian(rng) + y[i];
            x[i][1] = x[i][0];
            x[i][2] = RandomData.gaussian(rng);
        }
        LogisticRegressionModel m = NONE.fit(Dataset.of(x).withClasses(y, List.of("a", "b")));
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                m::standardErrors);
        assertTrue(e.getMessage().contains("singular"), e.getMessage());
        assertTrue(LogisticFit.fullRank(new double[] {4, 2, 2, 3}, 2));
        assertFalse(LogisticFit.fullRank(new double[] {1, 1, 1, 1 + 0x1p-50}, 2));
    }
}
