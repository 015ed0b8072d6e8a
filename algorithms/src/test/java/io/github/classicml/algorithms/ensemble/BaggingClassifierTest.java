package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.bayes.GaussianNaiveBayes;
import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Progress;
import io.github.classicml.core.ProgressLog;
import io.github.classicml.core.testing.ProbabilisticClassifierContract;
import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaggingClassifierTest implements ProbabilisticClassifierContract<BaggingClassifierModel> {

    private static final double LOG_2PI = Math.log(2 * Math.PI);

    @Override
    public Learner<BaggingClassifierModel> learner() {
        return BaggingClassifier.of(GaussianNaiveBayes.of()).withMembers(7).withSeed(3);
    }

    @Override
    public boolean randomised() {
        return true;
    }

    @Override
    public Learner<BaggingClassifierModel> learnerWithSeed(long seed) {
        return BaggingClassifier.of(GaussianNaiveBayes.of()).withMembers(7).withSeed(seed);
    }

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    // ------------------------------------------------------------------ hand-worked

    /** Gaussian naive Bayes on one column: log P(class) - (log(2 pi v) + (x - mean)^2 / v) / 2. */
    private static double joint(double prior, double mean, double variance, double x) {
        return Math.log(prior) - 0.5 * (LOG_2PI + Math.log(variance) + (x - mean) * (x - mean) / variance);
    }

    @Test
    void fit_twoMembersOneColumnEach_probabilitiesAreTheMeanOfTheMembers() {
        // column 0: class a at 1, 3 (mean 2, variance 1), class b at 10, 12, 14 (mean 12, variance 8/3);
        // column 1: class a at 4, 6 (mean 5, variance 1), class b at 0, 2, 4 (mean 2, variance 8/3)
        Dataset data = Dataset.of(new double[][] {{1, 4}, {3, 6}, {10, 0}, {12, 2}, {14, 4}})
                .withClasses(new int[] {0, 0, 1, 1, 1}, List.of("a", "b"));
        BaggingClassifierModel model = BaggingClassifier.of(GaussianNaiveBayes.of()).withMembers(2)
                .withBootstrap(false).withMaxFeatures(0.5).withSeed(11).fit(data);
        assertTrue(model.softVoting());
        // smoothing 1e-9 times the variance of the member's column: column 0 has variance 26, column 1
        // (values 4, 6, 0, 2, 4, mean 3.2) has (0.64 + 7.84 + 10.24 + 1.44 + 0.64) / 5 = 4.16
        double[][] posteriorA = new double[2][];
        double x0 = 5;
        double x1 = 5;
        double e0 = 26e-9;
        double e1 = 4.16e-9;
        double a0 = joint(0.4, 2, 1 + e0, x0);
        double b0 = joint(0.6, 12, 8.0 / 3 + e0, x0);
        double a1 = joint(0.4, 5, 1 + e1, x1);
        double b1 = joint(0.6, 2, 8.0 / 3 + e1, x1);
        posteriorA[0] = new double[] {1 / (1 + Math.exp(b0 - a0))};
        posteriorA[1] = new double[] {1 / (1 + Math.exp(b1 - a1))};
        // column 0 alone: P(a | 5) = 0.99161; column 1 alone: a is at its mean and b 3 away, log odds
        // log(0.4 / 0.6) + log(8/3) / 2 + 9 / (8/3) / 2 = -0.4055 + 0.4904 + 1.6875 = 1.7725, P(a | 5) = 0.85476
        assertEquals(0.99161, posteriorA[0][0], 1e-5);
        assertEquals(0.85476, posteriorA[1][0], 1e-5);
        int c0 = model.memberColumns(0)[0];
        int c1 = model.memberColumns(1)[0];
        assertEquals(1, model.memberColumns(0).length);
        double expected = (posteriorA[c0][0] + posteriorA[c1][0]) / 2;
        double[] p = model.predictProbabilities(new double[] {x0, x1});
        assertEquals(expected, p[0], 1e-12);
        assertEquals(1 - expected, p[1], 1e-12);
        assertEquals(0, model.predict(new double[] {x0, x1}));
    }

    @Test
    void fit_withoutProbabilities_countsVotes() {
        Dataset data = RandomData.blobs(new SplittableRandom(4), 40, 2, 2, 1.0);
        BaggingClassifierModel model = BaggingClassifier.of(new TestMembers.StumpAtMean()).withMembers(5)
                .withSeed(8).fit(data);
        assertFalse(model.softVoting());
        for (int i = 0; i < data.rows(); i++) {
            double[] row = data.row(i);
            int votes = 0;
            for (Classifier member : model.members()) {
                votes += member.predict(row);
            }
            assertArrayEquals(new double[] {(5 - votes) / 5.0, votes / 5.0}, model.predictProbabilities(row), 0.0);
        }
    }

    @Test
    void fit_classMissingFromASample_getsNoProbabilityFromThatMember() {
        // class z has a single row, so most bootstrap samples miss it
        double[][] x = new double[21][];
        int[] y = new int[21];
        for (int i = 0; i < 20; i++) {
            x[i] = new double[] {i % 2 == 0 ? -3 + 0.1 * i : 3 - 0.1 * i};
            y[i] = i % 2;
        }
        x[20] = new double[] {10};
        y[20] = 2;
        Dataset data = Dataset.of(x).withClasses(y, List.of("a", "b", "z"));
        BaggingClassifierModel model = BaggingClassifier.of(KnnClassifier.of(1)).withMembers(9).withSeed(2).fit(data);
        int withZ = 0;
        for (Classifier member : model.members()) {
            withZ += member.classNames().contains("z") ? 1 : 0;
            assertEquals(member.classNames().size() == 3, member.classNames().contains("z"));
        }
        assertTrue(withZ > 0 && withZ < 9, "members that saw z: " + withZ);
        // at x = 10 a 1-NN member that saw z says z; one that did not says b (the nearest of a and b)
        double[] p = model.predictProbabilities(new double[] {10});
        assertArrayEquals(new double[] {0, (9 - withZ) / 9.0, withZ / 9.0}, p, 1e-15);
    }

    // ------------------------------------------------------------------ out of bag

    @Test
    void oob_oneMember_equalsTheMembersAnswerOnTheRowsItDidNotSee() {
        Dataset data = RandomData.blobs(new SplittableRandom(6), 50, 3, 3, 2.0);
        BaggingClassifierModel model = BaggingClassifier.of(GaussianNaiveBayes.of()).withMembers(1)
                .withOobScore(true).withSeed(5).fit(data);
        Bag bag = Bag.draw(5, 1, 50, 50, true, 3, 3, false)[0];
        double[][] oob = model.oobProbabilities();
        ProbabilisticView member = new ProbabilisticView(model);
        int correct = 0;
        int out = 0;
        for (int i = 0; i < 50; i++) {
            if (bag.outOfBag(i)) {
                double[] expected = member.probabilities(data.row(i));
                assertArrayEquals(expected, oob[i], 1e-15, "row " + i);
                out++;
                correct += argMax(oob[i]) == data.classOf(i) ? 1 : 0;
            } else {
                assertTrue(Double.isNaN(oob[i][0]), "row " + i + " is in the bag");
            }
        }
        assertTrue(out > 0);
        assertEquals((double) correct / out, model.oobScore(), 1e-15);
    }

    private record ProbabilisticView(BaggingClassifierModel model) {
        double[] probabilities(double[] row) {
            return ((io.github.classicml.core.ProbabilisticClassifier) model.members().get(0)).predictProbabilities(row);
        }
    }

    private static int argMax(double[] v) {
        int best = 0;
        for (int c = 1; c < v.length; c++) {
            if (v[c] > v[best]) {
                best = c;
            }
        }
        return best;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void oob_scoreTracksTheTestAccuracy(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset all = RandomData.blobs(rng, 400, 2, 3, 1.5);
        Dataset train = all.select(RandomData.range(0, 200));
        Dataset test = all.select(RandomData.range(200, 400));
        BaggingClassifierModel model = BaggingClassifier.of(KnnClassifier.of(5)).withMembers(15)
                .withOobScore(true).withSeed(seed).withThreads(1).fit(train);
        int[] predicted = model.predict(test);
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            correct += predicted[i] == test.classOf(i) ? 1 : 0;
        }
        double accuracy = correct / 200.0;
        assertEquals(accuracy, model.oobScore(), 0.1, "seed " + seed);
    }

    @Test
    void oob_notAskedFor_throws() {
        BaggingClassifierModel model = learner().fit(training());
        IllegalStateException e = assertThrows(IllegalStateException.class, model::oobScore);
        assertEquals("the out-of-bag estimate was not computed; fit with withOobScore(true)", e.getMessage());
    }

    // ------------------------------------------------------------------ samples and threads

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void bags_haveTheirSizeAndLeaveAboutATheThirdOut(long seed) {
        Bag[] bags = Bag.draw(seed, 20, 300, 300, true, 10, 4, false);
        int out = 0;
        for (Bag bag : bags) {
            assertEquals(300, Arrays.stream(bag.counts()).sum());
            assertEquals(300, bag.rowIndices().length);
            assertEquals(4, bag.columns().length);
            assertEquals(4, Arrays.stream(bag.columns()).distinct().count());
            for (int i = 0; i < 300; i++) {
                out += bag.outOfBag(i) ? 1 : 0;
            }
        }
        // (1 - 1/300)^300 = 0.3673; 6000 draws: standard error 0.006
        assertEquals(0.3673, out / 6000.0, 0.03);
        Bag[] without = Bag.draw(seed, 3, 10, 6, false, 5, 5, true);
        for (Bag bag : without) {
            assertTrue(Arrays.stream(bag.counts()).allMatch(c -> c <= 1));
            assertEquals(6, Arrays.stream(bag.counts()).sum());
            assertEquals(5, bag.columns().length);
        }
    }

    @Test
    void fit_anyThreadCount_bitIdentical() {
        Dataset data = RandomData.blobs(new SplittableRandom(1), 120, 4, 3, 2.0);
        BaggingClassifier bag = BaggingClassifier.of(KnnClassifier.of(3)).withMembers(12).withMaxFeatures(0.5)
                .withOobScore(true).withSeed(9);
        Dataset probes = RandomData.blobs(new SplittableRandom(2), 50, 4, 3, 2.0);
        BaggingClassifierModel one = bag.withThreads(1).fit(data);
        for (int threads : new int[] {2, 8}) {
            BaggingClassifierModel other = bag.withThreads(threads).fit(data);
            assertTrue(Arrays.deepEquals(one.predictProbabilities(probes), other.predictProbabilities(probes)));
            assertTrue(Arrays.deepEquals(one.oobProbabilities(), other.oobProbabilities()));
            for (int m = 0; m < 12; m++) {
                assertArrayEquals(one.memberColumns(m), other.memberColumns(m));
            }
        }
    }

    @Test
    void fit_reportsOneStepPerMember() {
        ProgressLog log = new ProgressLog();
        learner().fit(training(), log);
        List<Progress> steps = log.steps();
        assertEquals(7, steps.size());
        for (int s = 0; s < 7; s++) {
            assertEquals(s + 1, steps.get(s).step());
            assertEquals(7, steps.get(s).maxSteps());
        }
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void learner_badHyperparameters_throwNamingThem() {
        BaggingClassifier bag = BaggingClassifier.of(GaussianNaiveBayes.of());
        assertEquals("members must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> bag.withMembers(0)).getMessage());
        assertEquals("maxSamples must be in (0, 1], got 0",
                assertThrows(IllegalArgumentException.class, () -> bag.withMaxSamples(0)).getMessage());
        assertEquals("maxFeatures must be in (0, 1], got 1.5",
                assertThrows(IllegalArgumentException.class, () -> bag.withMaxFeatures(1.5)).getMessage());
        assertEquals("maxFeatures must be in (0, 1], got NaN",
                assertThrows(IllegalArgumentException.class, () -> bag.withMaxFeatures(Double.NaN)).getMessage());
        assertEquals("oobScore needs bootstrap; without replacement set oobScore false",
                assertThrows(IllegalArgumentException.class, () -> bag.withOobScore(true).withBootstrap(false))
                        .getMessage());
        assertEquals("threads must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> bag.withThreads(-1)).getMessage());
        assertEquals("member must not be null",
                assertThrows(NullPointerException.class,
                        () -> BaggingClassifier.of((Learner<Classifier>) null)).getMessage());
        assertEquals("maxSamples * rows must be >= 1, got 0.1 * 5; raise maxSamples or give more rows",
                assertThrows(IllegalArgumentException.class,
                        () -> bag.withMaxSamples(0.1).fit(training().select(new int[] {0, 1, 2, 3, 4})))
                        .getMessage());
    }
}
