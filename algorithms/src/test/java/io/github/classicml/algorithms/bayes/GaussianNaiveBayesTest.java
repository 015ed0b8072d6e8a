package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.core.testing.ProbabilisticClassifierContract;
import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GaussianNaiveBayesTest implements ProbabilisticClassifierContract<GaussianNaiveBayesModel> {

    private static final double LOG_2PI = Math.log(2 * Math.PI);

    @Override
    public Learner<GaussianNaiveBayesModel> learner() {
        return GaussianNaiveBayes.of();
    }

    static LongStream seeds() {
        return LongStream.range(0, 30);
    }

    /** Class a: 1, 3 (mean 2, variance 1); class b: 10, 12, 14 (mean 12, variance 8/3). */
    private static Dataset oneColumn() {
        return Dataset.of(new double[][] {{1}, {3}, {10}, {12}, {14}}).withClasses(new int[] {0, 0, 1, 1, 1},
                List.of("a", "b"));
    }

    // ------------------------------------------------------------------ hand-worked

    @Test
    void fit_handWorked_meansVariancesSmoothingAndPosterior() {
        GaussianNaiveBayesModel model = GaussianNaiveBayes.of().fit(oneColumn());
        // all five values: mean 8, variance (49 + 25 + 4 + 16 + 36) / 5 = 26, so eps = 1e-9 * 26
        double eps = 26e-9;
        assertEquals(eps, model.epsilon(), 1e-22);
        assertArrayEquals(new double[] {2}, model.means()[0], 1e-15);
        assertArrayEquals(new double[] {12}, model.means()[1], 1e-14);
        assertArrayEquals(new double[] {1 + eps}, model.variances()[0], 1e-15);
        assertArrayEquals(new double[] {8.0 / 3 + eps}, model.variances()[1], 1e-15);
        assertArrayEquals(new double[] {Math.log(0.4), Math.log(0.6)}, model.classLogPriors(), 1e-15);

        // x = 5: log P(a, x) = log 0.4 - (log(2 pi v_a) + 3^2 / v_a) / 2, log P(b, x) = log 0.6 - (log(2 pi v_b) + 7^2 / v_b) / 2
        double va = 1 + eps;
        double vb = 8.0 / 3 + eps;
        double ja = Math.log(0.4) - 0.5 * (LOG_2PI + Math.log(va) + 9 / va);
        double jb = Math.log(0.6) - 0.5 * (LOG_2PI + Math.log(vb) + 49 / vb);
        assertArrayEquals(new double[] {ja, jb}, model.predictJointLogProbabilities(new double[] {5}), 1e-13);
        // about -6.3352 and -11.1077: P(a | 5) = 1 / (1 + e^(-4.7725)) = 0.99161
        double pa = 1 / (1 + Math.exp(jb - ja));
        double[] p = model.predictProbabilities(new double[] {5});
        assertEquals(pa, p[0], 1e-15);
        assertEquals(0.99161, p[0], 1e-5);
        assertEquals(1 - pa, p[1], 1e-15);
        assertArrayEquals(new double[] {Math.log(pa), Math.log1p(-pa)}, model.predictLogProbabilities(new double[] {5}),
                1e-13);
        assertEquals(0, model.predict(new double[] {5}));
        assertEquals("b", model.predictLabel(new double[] {9}));
    }

    @Test
    void fit_givenPriors_areUsedAsGiven() {
        GaussianNaiveBayesModel model = GaussianNaiveBayes.of().withPriors(ClassPriors.of(0.9, 0.1))
                .fit(oneColumn());
        assertArrayEquals(new double[] {Math.log(0.9), Math.log(0.1)}, model.classLogPriors(), 1e-15);
        // uniform priors are 1/2 each
        assertArrayEquals(new double[] {Math.log(0.5), Math.log(0.5)},
                GaussianNaiveBayes.of().withPriors(ClassPriors.uniform()).fit(oneColumn()).classLogPriors());
    }

    @Test
    void fit_iris_meansOfFisherSetosa() {
        GaussianNaiveBayesModel model = GaussianNaiveBayes.of().fit(Datasets.iris());
        // Fisher's setosa: mean sepal length 5.006, petal length 1.462 (50 flowers)
        assertEquals(5.006, model.means()[0][0], 1e-12);
        assertEquals(1.462, model.means()[0][2], 1e-12);
        assertArrayEquals(new double[] {50, 50, 50}, model.classCounts());
    }

    // ------------------------------------------------------------------ edge cases

    @Test
    void fit_zeroVarianceFeature_usesTheSmoothingAndStaysFinite() {
        // column 1 is 5 everywhere; column 0 separates the classes
        Dataset data = Dataset.of(new double[][] {{0, 5}, {1, 5}, {10, 5}, {11, 5}}).withClasses(new int[] {0, 0, 1, 1});
        GaussianNaiveBayesModel model = GaussianNaiveBayes.of().fit(data);
        // largest column variance: column 0, mean 5.5, (30.25 + 20.25) * 2 / 4 = 25.25
        assertEquals(25.25e-9, model.epsilon(), 1e-21);
        assertEquals(25.25e-9, model.variances()[0][1], 1e-21);
        for (double[] row : new double[][] {{0.5, 5}, {0.5, 5.01}, {10.5, 4}, {-3, 1000}}) {
            double[] p = model.predictProbabilities(row);
            assertEquals(1.0, p[0] + p[1], 1e-15);
            assertTrue(Double.isFinite(p[0]) && Double.isFinite(p[1]));
        }
        assertEquals(0, model.predict(new double[] {0.5, 5}));
        assertEquals(1, model.predict(new double[] {10.5, 5}));
    }

    @Test
    void fit_zeroSmoothingAndConstantColumn_throwsNamingColumnAndClass() {
        Dataset data = Dataset.of(new double[][] {{0, 5}, {1, 5}, {10, 6}, {11, 7}}).withClasses(new int[] {0, 0, 1, 1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GaussianNaiveBayes.of().withVarianceSmoothing(0).fit(data));
        assertEquals("variances must be > 0 after smoothing; column 1 (\"x1\") of class \"0\" has variance 0.0 "
                + "with varianceSmoothing 0; set varianceSmoothing > 0", e.getMessage());
    }

    @Test
    void fit_everyColumnConstant_posteriorIsThePrior() {
        Dataset data = Dataset.of(new double[][] {{5}, {5}, {5}}).withClasses(new int[] {0, 0, 1});
        GaussianNaiveBayesModel model = GaussianNaiveBayes.of().fit(data);
        // no scale in the data: the largest variance is taken as 1
        assertEquals(1e-9, model.epsilon());
        for (double x : new double[] {5, 5.001, 4.9999}) {
            assertArrayEquals(new double[] {2.0 / 3, 1.0 / 3}, model.predictProbabilities(new double[] {x}), 1e-12);
        }
    }

    @Test
    void fit_classWithSingleRow_hasVarianceEpsilonAndFiniteScores() {
        Dataset data = Dataset.of(new double[][] {{0}, {2}, {4}, {7}}).withClasses(new int[] {0, 0, 0, 1});
        GaussianNaiveBayesModel model = GaussianNaiveBayes.of().fit(data);
        assertEquals(model.epsilon(), model.variances()[1][0]);
        assertEquals(1, model.predict(new double[] {7}));
        assertEquals(0, model.predict(new double[] {6.9}));
        double[] p = model.predictProbabilities(new double[] {7});
        assertEquals(1.0, p[0] + p[1], 1e-15);
    }

    @Test
    void fit_oneClassOnly_predictsItWithProbabilityOne() {
        Dataset data = Dataset.of(new double[][] {{0}, {1}, {2}}).withClasses(new int[] {0, 0, 0}, List.of("only"));
        GaussianNaiveBayesModel model = GaussianNaiveBayes.of().fit(data);
        assertArrayEquals(new double[] {1.0}, model.predictProbabilities(new double[] {1e6}));
        assertEquals("only", model.predictLabel(new double[] {-3}));
    }

    @Test
    void fit_classWithoutRows_hasProbabilityZero() {
        // a fold may lack a class: it keeps its index but cannot be predicted
        Dataset data = oneColumn().withClasses(new int[] {0, 0, 2, 2, 2}, List.of("a", "b", "c"));
        GaussianNaiveBayesModel model = GaussianNaiveBayes.of().fit(data);
        assertEquals(Double.NEGATIVE_INFINITY, model.classLogPriors()[1]);
        double[] p = model.predictProbabilities(new double[] {11});
        assertEquals(0.0, p[1]);
        assertEquals(1.0, p[0] + p[2], 1e-15);
        assertEquals(Double.NEGATIVE_INFINITY, model.predictJointLogProbabilities(new double[] {11})[1]);
        assertEquals(2, model.predict(new double[] {11}));
    }

    @Test
    void predict_rowFarFromEveryClass_finiteProbabilitiesForTheWiderClass() {
        GaussianNaiveBayesModel model = GaussianNaiveBayes.of().fit(oneColumn());
        for (double x : new double[] {1e6, -1e6, 1e100}) {
            double[] p = model.predictProbabilities(new double[] {x});
            // far away, the class of larger variance (b) is the less unlikely: its density falls off more slowly
            assertArrayEquals(new double[] {0, 1}, p, 1e-300, "x = " + x);
            assertEquals(1, model.predict(new double[] {x}));
            double[] log = model.predictLogProbabilities(new double[] {x});
            assertTrue(log[0] < -1e11 && log[1] == 0.0, "x = " + x);
        }
    }

    @Test
    void predict_rowBeyondDoubleRange_throwsInsteadOfNaN() {
        GaussianNaiveBayesModel model = GaussianNaiveBayes.of().fit(oneColumn());
        // (1e200)^2 overflows: every joint log-probability is -Infinity
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.predictProbabilities(new double[] {1e200}));
        assertEquals("row must have a finite joint log-probability for some class, got [-Infinity, -Infinity]; "
                + "its values are too large for double precision, rescale the features", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> model.predict(new double[] {1e200}));
    }

    @Test
    void predict_nonFiniteValue_throwsNamingTheEntry() {
        GaussianNaiveBayesModel model = GaussianNaiveBayes.of().fit(oneColumn());
        for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            String expected = "row must be finite; entry 0 is " + v;
            assertEquals(expected, assertThrows(IllegalArgumentException.class,
                    () -> model.predict(new double[] {v})).getMessage());
            assertEquals(expected, assertThrows(IllegalArgumentException.class,
                    () -> model.predictProbabilities(new double[] {v})).getMessage());
            assertEquals(expected, assertThrows(IllegalArgumentException.class,
                    () -> model.predictJointLogProbabilities(new double[] {v})).getMessage());
        }
    }

    @Test
    void fit_wrongNumberOfPriors_throws() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GaussianNaiveBayes.of().withPriors(ClassPriors.of(0.2, 0.3, 0.5)).fit(oneColumn()));
        assertEquals("priors must have one entry per class (2), got 3", e.getMessage());
        assertEquals("varianceSmoothing must be >= 0 and finite, got -1",
                assertThrows(IllegalArgumentException.class, () -> new GaussianNaiveBayes(-1, ClassPriors.estimated()))
                        .getMessage());
    }

    // ------------------------------------------------------------------ numerics

    @Test
    void fit_largeOffsetManyBlocks_meanAndVarianceToFullPrecision() {
        // 5000 rows (20 blocks) at 1e8 + N(0, 1) or N(0, 4): the textbook sum of squares would lose every
        // digit; the exact answer is computed in decimal arithmetic
        SplittableRandom rng = new SplittableRandom(3);
        int n = 5000;
        double[][] x = new double[n][1];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextInt(2);
            x[i][0] = 1e8 + RandomData.gaussian(rng) * (y[i] + 1);
        }
        GaussianNaiveBayesModel model = new GaussianNaiveBayes(0, ClassPriors.estimated())
                .fit(Dataset.of(x).withClasses(y));
        MathContext context = MathContext.DECIMAL128;
        for (int c = 0; c < 2; c++) {
            BigDecimal sum = BigDecimal.ZERO;
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (y[i] == c) {
                    sum = sum.add(new BigDecimal(x[i][0]));
                    count++;
                }
            }
            BigDecimal mean = sum.divide(BigDecimal.valueOf(count), context);
            BigDecimal squares = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                if (y[i] == c) {
                    BigDecimal d = new BigDecimal(x[i][0]).subtract(mean);
                    squares = squares.add(d.multiply(d));
                }
            }
            double variance = squares.divide(BigDecimal.valueOf(count), context).doubleValue();
            assertEquals(mean.doubleValue(), model.means()[c][0], 2 * Math.ulp(1e8));
            assertEquals(variance, model.variances()[c][0], 1e-12 * variance, "class " + c);
        }
    }

    // ------------------------------------------------------------------ incremental learning

    @Test
    void update_returnsNewModel_originalUnchanged() {
        Dataset data = BayesTestData.gaussian(new SplittableRandom(1), 90, 3, 3);
        GaussianNaiveBayesModel first = GaussianNaiveBayes.of().fit(data.select(range(0, 45)));
        double[][] before = first.means();
        GaussianNaiveBayesModel both = first.update(data.select(range(45, 90)));
        assertArrayEquals(before[0], first.means()[0]);
        assertEquals(90, sum(both.classCounts()));
        assertEquals(45, sum(first.classCounts()));
        assertSame(first, first.update(data.select(new int[0])));
    }

    @Test
    void update_otherClassesOrWidth_throws() {
        GaussianNaiveBayesModel model = GaussianNaiveBayes.of().fit(oneColumn());
        Dataset renamed = oneColumn().withClasses(new int[] {0, 0, 1, 1, 1}, List.of("a", "z"));
        assertEquals("data must have the classes the model was fitted on, [a, b], got [a, z]; build every chunk "
                + "with the same class names (e.g. by select on one dataset)",
                assertThrows(IllegalArgumentException.class, () -> model.update(renamed)).getMessage());
        Dataset wide = Dataset.of(new double[][] {{1, 2}}).withClasses(new int[] {0}, List.of("a", "b"));
        assertEquals("data has 2 columns but the model was fitted on 1",
                assertThrows(IllegalArgumentException.class, () -> model.update(wide)).getMessage());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void update_inRandomChunks_equalsOneFit(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(20, 1500);
        Dataset data = BayesTestData.gaussian(rng, n, rng.nextInt(1, 8), rng.nextInt(1, 5));
        GaussianNaiveBayes learner = GaussianNaiveBayes.of();
        GaussianNaiveBayesModel whole = learner.fit(data);
        int cut = rng.nextInt(1, n);
        GaussianNaiveBayesModel model = learner.fit(data.select(range(0, cut)));
        while (cut < n) {
            int next = Math.min(n, cut + rng.nextInt(1, 400));
            model = model.update(data.select(range(cut, next)));
            cut = next;
        }
        assertClose(whole, model, data);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void fit_permutedRows_sameModel(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(2, 1500);
        Dataset data = BayesTestData.gaussian(rng, n, rng.nextInt(1, 8), rng.nextInt(1, 5));
        GaussianNaiveBayes learner = GaussianNaiveBayes.of();
        assertClose(learner.fit(data), learner.fit(data.select(RandomData.permutation(rng, n))), data);
    }

    /** Means and variances agree to 1e-12 relative, probabilities of the data's rows to 1e-12. */
    private static void assertClose(GaussianNaiveBayesModel expected, GaussianNaiveBayesModel actual, Dataset data) {
        assertArrayEquals(expected.classCounts(), actual.classCounts());
        double[][] m0 = expected.means();
        double[][] m1 = actual.means();
        double[][] v0 = expected.variances();
        double[][] v1 = actual.variances();
        for (int c = 0; c < m0.length; c++) {
            for (int j = 0; j < m0[c].length; j++) {
                assertEquals(m0[c][j], m1[c][j], 1e-12 * (Math.abs(m0[c][j]) + Math.sqrt(v0[c][j])), "mean " + c + "," + j);
                assertEquals(v0[c][j], v1[c][j], 1e-12 * v0[c][j], "variance " + c + "," + j);
            }
        }
        assertEquals(expected.epsilon(), actual.epsilon(), 1e-12 * expected.epsilon());
        for (int i = 0; i < data.rows(); i += 7) {
            assertArrayEquals(expected.predictProbabilities(data.row(i)), actual.predictProbabilities(data.row(i)), 1e-12);
        }
    }

    static int[] range(int from, int to) {
        int[] out = new int[to - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + i;
        }
        return out;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
