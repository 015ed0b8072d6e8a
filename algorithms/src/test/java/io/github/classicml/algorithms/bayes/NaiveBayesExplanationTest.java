package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NaiveBayesExplanationTest {

    @Test
    void explain_multinomial_bayesTheoremWithTheRowsNumbers() {
        MultinomialNaiveBayesModel model = MultinomialNaiveBayes.of().fit(MultinomialNaiveBayesTest.messages());
        double[] x = {1, 0, 1};
        NaiveBayesExplanation e = model.explain(x);
        assertEquals(List.of("ham", "spam"), e.classNames());
        assertArrayEquals(new double[] {0.6, 0.4}, e.priors(), 1e-15);
        // terms x_j log theta_cj: ham (log 2/8, 0, log 1/8), spam (log 4/9, 0, log 4/9)
        assertArrayEquals(new double[] {Math.log(0.25), 0, Math.log(0.125)}, e.featureLogLikelihoods()[0], 1e-15);
        assertArrayEquals(new double[] {Math.log(4.0 / 9), 0, Math.log(4.0 / 9)}, e.featureLogLikelihoods()[1], 1e-15);
        assertArrayEquals(new double[] {Math.log(1.0 / 32), Math.log(16.0 / 81)}, e.logLikelihoods(), 1e-15);
        assertArrayEquals(model.predictJointLogProbabilities(x), e.jointLogProbabilities());
        // evidence P(x) = 3/160 + 32/405
        assertEquals(Math.log(3.0 / 160 + 32.0 / 405), e.logEvidence(), 1e-15);
        assertArrayEquals(model.predictProbabilities(x), e.posteriors());
        assertEquals(1, e.predictedClass());
        assertArrayEquals(x, e.row());

        String text = e.toString();
        // P(spam | x) = 0.4 * (16/81) / 0.0977623 = 0.8082; log(16/81) = -1.6219, log P(x) = -2.3252
        assertTrue(text.contains("P(spam | x) = P(spam) × P(x | spam) / P(x) = 0.4000 × exp(-1.6219) / exp(-2.3252) "
                + "= 0.8082"), text);
        assertTrue(text.contains("log P(x) = log sum_c exp(log P(c, x)) = -2.3252"), text);
        // the table: prior, log prior, log likelihood, joint, posterior (1215/6335 = 0.1918)
        assertTrue(text.contains("ham          0.6000      -0.5108        -3.4657        -3.9766       0.1918"), text);
        // "free" and "prize" differ between the classes; "meeting" (absent) does not
        assertTrue(text.contains("prize"), text);
        assertTrue(text.contains("(1 more feature: 0 with smaller differences, 1 with equal terms in every class)"),
                text);
        assertTrue(e.format(1).contains("(2 more features: 1 with smaller differences, 1 with equal terms in every class)"),
                e.format(1));
        assertEquals("maxFeatures must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> e.format(-1)).getMessage());
    }

    @Test
    void explain_gaussian_termsAreLogDensities() {
        Dataset data = Dataset.of(new double[][] {{1, 0}, {3, 0}, {10, 1}, {12, 1}})
                .withClasses(new int[] {0, 0, 1, 1}, List.of("a", "b"));
        GaussianNaiveBayesModel model = GaussianNaiveBayes.of().fit(data);
        double[] x = {4, 0.5};
        NaiveBayesExplanation e = model.explain(x);
        double v = model.variances()[0][0];
        double expected = -0.5 * (Math.log(2 * Math.PI * v) + 4 / v);
        assertEquals(expected, e.featureLogLikelihoods()[0][0], 1e-12);
        // log P(c) + sum_j terms = the joint log-probability the model computes
        for (int c = 0; c < 2; c++) {
            assertEquals(e.jointLogProbabilities()[c], e.logPriors()[c] + e.logLikelihoods()[c],
                    1e-12 * Math.abs(e.jointLogProbabilities()[c]));
        }
        assertTrue(e.toString().startsWith("GaussianNaiveBayesModel: log P(x_j | c) = log N(x_j; mean_cj, variance_cj)"),
                e.toString());
    }

    @Test
    void explain_classWithoutRowsAndComplement_areShownAsSuch() {
        Dataset data = Dataset.of(new double[][] {{1, 0}, {0, 2}}).withClasses(new int[] {0, 2}, List.of("a", "b", "c"));
        String text = MultinomialNaiveBayes.of().fit(data).explain(new double[] {1, 1}).toString();
        assertTrue(text.contains("b        (no training rows: P(c) = 0)"), text);
        String complement = ComplementNaiveBayes.of().fit(data).explain(new double[] {1, 1}).toString();
        assertTrue(complement.contains("P(a | x) = exp("), complement);
        assertTrue(complement.contains("(no prior)"), complement);
    }
}
