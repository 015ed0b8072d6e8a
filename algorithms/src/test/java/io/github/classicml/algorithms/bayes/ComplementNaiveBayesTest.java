package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.ProbabilisticClassifierContract;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ComplementNaiveBayesTest implements ProbabilisticClassifierContract<ComplementNaiveBayesModel> {

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
    public Learner<ComplementNaiveBayesModel> learner() {
        return ComplementNaiveBayes.of();
    }

    @Override
    public Dataset contractData(SplittableRandom rng, int rows, int columns) {
        return BayesTestData.counts(rng, rows, columns, 3);
    }

    @Test
    void fit_handWorked_complementWeightsAndScores() {
        ComplementNaiveBayesModel model = ComplementNaiveBayes.of().fit(MultinomialNaiveBayesTest.messages());
        // counts ham (1, 4, 0), spam (3, 0, 3), all (4, 4, 3). Complement of ham: all - ham + 1 = (4, 1, 4) / 9;
        // of spam: all - spam + 1 = (2, 5, 1) / 8. Weights w = -log(share).
        double[][] w = model.weights();
        assertArrayEquals(new double[] {Math.log(9.0 / 4), Math.log(9), Math.log(9.0 / 4)}, w[0], 1e-15);
        assertArrayEquals(new double[] {Math.log(4), Math.log(8.0 / 5), Math.log(8)}, w[1], 1e-15);
        // "free prize": s_ham = 2 log(9/4) = log(81/16), s_spam = log 4 + log 8 = log 32
        double[] x = {1, 0, 1};
        assertArrayEquals(new double[] {Math.log(81.0 / 16), Math.log(32)}, model.predictJointLogProbabilities(x),
                1e-14);
        // the softmax of the scores: 32 / (32 + 81/16) = 512 / 593
        assertArrayEquals(new double[] {81.0 / 593, 512.0 / 593}, model.predictProbabilities(x), 1e-15);
        assertEquals("spam", model.predictLabel(x));
        // no priors: the log priors are 0 for every class with rows
        assertArrayEquals(new double[] {0, 0}, model.classLogPriors());
    }

    @Test
    void fit_normalizedWeights_divideByTheirSum() {
        ComplementNaiveBayesModel model = ComplementNaiveBayes.of().withNormalizedWeights(true)
                .fit(MultinomialNaiveBayesTest.messages());
        // ham: log shares (log 4/9, log 1/9, log 4/9), sum log(16/729); w = log share / sum
        double sum = Math.log(16.0 / 729);
        assertArrayEquals(new double[] {Math.log(4.0 / 9) / sum, Math.log(1.0 / 9) / sum, Math.log(4.0 / 9) / sum},
                model.weights()[0], 1e-15);
    }

    @Test
    void fit_singleColumnNormalized_weightsZeroNotNaN() {
        Dataset one = Dataset.of(new double[][] {{1}, {3}, {0}}).withClasses(new int[] {0, 1, 1});
        // one column: every complement share is 1, its log 0; the normalised weight 0/0 is defined as 0
        ComplementNaiveBayesModel model = ComplementNaiveBayes.of().withNormalizedWeights(true).fit(one);
        assertArrayEquals(new double[][] {{0}, {0}}, model.weights());
        assertArrayEquals(new double[] {0.5, 0.5}, model.predictProbabilities(new double[] {4}));
    }

    @Test
    void fit_singleClass_scoresZeroPrior() {
        Dataset one = Dataset.of(new double[][] {{1, 2}, {3, 0}}).withClasses(new int[] {0, 0}, List.of("only"));
        ComplementNaiveBayesModel model = ComplementNaiveBayes.of().fit(one);
        // the complement of the only class is empty: shares alpha / (2 alpha) = 1/2, weights log 2
        assertArrayEquals(new double[] {Math.log(2) * 3}, model.predictJointLogProbabilities(new double[] {1, 2}), 1e-15);
        assertArrayEquals(new double[] {1.0}, model.predictProbabilities(new double[] {1, 2}));
    }

    @Test
    void fit_negativeCount_throwsNamingRowAndColumn() {
        Dataset data = Dataset.of(new double[][] {{1, -3}, {0, 1}}).withClasses(new int[] {0, 1});
        assertEquals("features must be non-negative counts; row 0, column 1 is -3",
                assertThrows(IllegalArgumentException.class, () -> ComplementNaiveBayes.of().fit(data))
                        .getMessage());
    }

    @Test
    void update_equalsOneFit_exactly() {
        Dataset data = MultinomialNaiveBayesTest.messages();
        ComplementNaiveBayesModel whole = ComplementNaiveBayes.of().fit(data);
        ComplementNaiveBayesModel both = ComplementNaiveBayes.of().fit(data.select(new int[] {4, 0}))
                .update(data.select(new int[] {1, 2, 3}));
        assertArrayEquals(whole.weights(), both.weights());
        assertArrayEquals(whole.featureCounts(), both.featureCounts());
    }
}
