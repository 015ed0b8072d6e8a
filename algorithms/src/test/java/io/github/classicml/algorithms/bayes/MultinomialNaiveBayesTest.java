package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.ProbabilisticClassifierContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MultinomialNaiveBayesTest implements ProbabilisticClassifierContract<MultinomialNaiveBayesModel> {

    /**
     * Not scale-invariant: the additive smoothing {@code alpha} is an absolute count, so counts multiplied
     * by 10^300 drown it and counts multiplied by 10^-300 are drowned by it.
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return false;
    }

    @Override
    public Dataset easyCase() {
        return BayesTestData.separated(new SplittableRandom(2024), 120, 6, 3);
    }

    @Override
    public Learner<MultinomialNaiveBayesModel> learner() {
        return MultinomialNaiveBayes.of();
    }

    @Override
    public Dataset contractData(SplittableRandom rng, int rows, int columns) {
        return BayesTestData.counts(rng, rows, columns, 3);
    }

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    /**
     * Word counts of five messages over the words (free, meeting, prize): spam (2, 0, 1), (1, 0, 2); ham
     * (0, 2, 0), (1, 1, 0), (0, 1, 0).
     */
    static Dataset messages() {
        return Dataset.of(new double[][] {{2, 0, 1}, {0, 2, 0}, {1, 0, 2}, {1, 1, 0}, {0, 1, 0}})
                .withColumnNames(List.of("free", "meeting", "prize"))
                .withClassLabels(new String[] {"spam", "ham", "spam", "ham", "ham"}, "label");
    }

    @Test
    void fit_handWorked_laplaceSmoothedSharesAndPosterior() {
        MultinomialNaiveBayesModel model = MultinomialNaiveBayes.of().fit(messages());
        // ham counts (1, 4, 0), 5 words; spam (3, 0, 3), 6 words. Laplace: theta = (count + 1) / (words + 3)
        assertArrayEquals(new double[][] {{1, 4, 0}, {3, 0, 3}}, model.featureCounts());
        double[][] logTheta = model.featureLogProbabilities();
        assertArrayEquals(new double[] {Math.log(2.0 / 8), Math.log(5.0 / 8), Math.log(1.0 / 8)}, logTheta[0], 1e-15);
        assertArrayEquals(new double[] {Math.log(4.0 / 9), Math.log(1.0 / 9), Math.log(4.0 / 9)}, logTheta[1], 1e-15);
        // "free prize": P(ham, x) = 3/5 * 2/8 * 1/8 = 3/160, P(spam, x) = 2/5 * 4/9 * 4/9 = 32/405
        double[] x = {1, 0, 1};
        assertArrayEquals(new double[] {Math.log(3.0 / 160), Math.log(32.0 / 405)},
                model.predictJointLogProbabilities(x), 1e-14);
        // P(spam | x) = (32/405) / (32/405 + 3/160) = 5120 / 6335
        assertArrayEquals(new double[] {1215.0 / 6335, 5120.0 / 6335}, model.predictProbabilities(x), 1e-15);
        assertEquals("spam", model.predictLabel(x));
        // "meeting": ham
        assertEquals("ham", model.predictLabel(new double[] {0, 1, 0}));
    }

    @Test
    void fit_alphaAndPriors_changeTheShares() {
        MultinomialNaiveBayesModel model = new MultinomialNaiveBayes(0.5, ClassPriors.uniform()).fit(messages());
        // ham: (1.5, 4.5, 0.5) / 6.5
        assertArrayEquals(new double[] {Math.log(1.5 / 6.5), Math.log(4.5 / 6.5), Math.log(0.5 / 6.5)},
                model.featureLogProbabilities()[0], 1e-15);
        assertArrayEquals(new double[] {Math.log(0.5), Math.log(0.5)}, model.classLogPriors());
        assertEquals("alpha must be > 0 and finite, got 0",
                assertThrows(IllegalArgumentException.class, () -> MultinomialNaiveBayes.of().withAlpha(0))
                        .getMessage());
    }

    @Test
    void fit_frequencies_areAccepted() {
        Dataset frequencies = Dataset.of(new double[][] {{0.5, 0.25}, {0.1, 0.9}}).withClasses(new int[] {0, 1});
        MultinomialNaiveBayesModel model = MultinomialNaiveBayes.of().fit(frequencies);
        // class 0: (1.5, 1.25) / 2.75
        assertArrayEquals(new double[] {Math.log(1.5 / 2.75), Math.log(1.25 / 2.75)},
                model.featureLogProbabilities()[0], 1e-15);
    }

    @Test
    void fit_negativeCount_throwsNamingRowAndColumn() {
        Dataset data = Dataset.of(new double[][] {{1, 0}, {0, -1}}).withClasses(new int[] {0, 1});
        assertEquals("features must be non-negative counts; row 1, column 1 is -1",
                assertThrows(IllegalArgumentException.class, () -> MultinomialNaiveBayes.of().fit(data))
                        .getMessage());
        MultinomialNaiveBayesModel model = MultinomialNaiveBayes.of().fit(messages());
        assertEquals("row must be non-negative counts; column 2 is -0.5",
                assertThrows(IllegalArgumentException.class, () -> model.predict(new double[] {1, 0, -0.5}))
                        .getMessage());
        assertEquals("row must be finite; column 0 is NaN",
                assertThrows(IllegalArgumentException.class, () -> model.predict(new double[] {Double.NaN, 0, 0}))
                        .getMessage());
    }

    @Test
    void predict_emptyRow_isThePrior() {
        MultinomialNaiveBayesModel model = MultinomialNaiveBayes.of().fit(messages());
        assertArrayEquals(new double[] {0.6, 0.4}, model.predictProbabilities(new double[3]), 1e-15);
    }

    @Test
    void predict_hugeCounts_finiteOrAClearMessage() {
        MultinomialNaiveBayesModel model = MultinomialNaiveBayes.of().fit(messages());
        double[] p = model.predictProbabilities(new double[] {1e300, 0, 0});
        assertEquals(1.0, p[0] + p[1], 1e-15);
        // beyond double range every class's score is -Infinity: no NaN, a message
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.predictProbabilities(new double[] {1e308, 1e308, 0}));
        assertTrue(e.getMessage().startsWith("row must have a finite joint log-probability for some class, got "
                + "[-Infinity, -Infinity]"), e.getMessage());
    }

    @Test
    void update_equalsOneFit_exactly() {
        Dataset data = messages();
        MultinomialNaiveBayesModel whole = MultinomialNaiveBayes.of().fit(data);
        MultinomialNaiveBayesModel first = MultinomialNaiveBayes.of().fit(data.select(new int[] {0, 1}));
        MultinomialNaiveBayesModel both = first.update(data.select(new int[] {2, 3, 4}));
        assertArrayEquals(whole.featureLogProbabilities(), both.featureLogProbabilities());
        assertArrayEquals(whole.classLogPriors(), both.classLogPriors());
        // the first model is unchanged
        assertArrayEquals(new double[][] {{0, 2, 0}, {2, 0, 1}}, first.featureCounts());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void predict_uniformPriorsRowScaledByAnInteger_sameClass(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int p = rng.nextInt(1, 12);
        Dataset data = BayesTestData.counts(rng, rng.nextInt(5, 80), p, rng.nextInt(2, 5));
        MultinomialNaiveBayesModel model = new MultinomialNaiveBayes(rng.nextDouble(0.1, 2), ClassPriors.uniform())
                .fit(data);
        double[] row = BayesTestData.counts(rng, 1, p, 1).row(0);
        int scale = rng.nextInt(2, 50);
        double[] scaled = row.clone();
        for (int j = 0; j < p; j++) {
            scaled[j] *= scale;
        }
        // with equal priors, log P(c, s x) = log(1/k) + s sum_j x_j log theta_cj: the order of the classes is kept
        assertEquals(model.predict(row), model.predict(scaled));
    }
}
