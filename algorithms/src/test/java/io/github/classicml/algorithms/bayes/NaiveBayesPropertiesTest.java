package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invariants of every naive Bayes model on seeded random data of the kind it takes: probabilities
 * form a distribution; incremental learning in random chunks and permuting the training rows change
 * nothing (exactly, for the count models).
 */
class NaiveBayesPropertiesTest {

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    /** One of the five models with random hyperparameters and data of its kind. */
    private record Case(String name, Learner<? extends NaiveBayesModel> learner, Dataset data) {
    }

    private static List<Case> cases(SplittableRandom rng) {
        int rows = rng.nextInt(2, 300);
        int columns = rng.nextInt(1, 10);
        int classes = rng.nextInt(1, 5);
        double alpha = rng.nextDouble(0.01, 3);
        ClassPriors priors = rng.nextBoolean() ? ClassPriors.estimated() : ClassPriors.uniform();
        List<Case> out = new ArrayList<>();
        out.add(new Case("gaussian", GaussianNaiveBayes.of().withPriors(priors),
                BayesTestData.gaussian(rng, rows, columns, classes)));
        out.add(new Case("multinomial", new MultinomialNaiveBayes(alpha, priors),
                BayesTestData.counts(rng, rows, columns, classes)));
        out.add(new Case("complement", new ComplementNaiveBayes(alpha, rng.nextBoolean()),
                BayesTestData.counts(rng, rows, columns, classes)));
        out.add(new Case("bernoulli", BernoulliNaiveBayes.of().withAlpha(alpha).withPriors(priors)
                .withThreshold(rng.nextInt(0, 3)), BayesTestData.counts(rng, rows, columns, classes)));
        out.add(new Case("categorical", new CategoricalNaiveBayes(alpha, priors),
                BayesTestData.codes(rng, rows, columns, classes, rng.nextInt(1, 6))));
        return out;
    }

    private static NaiveBayesModel update(NaiveBayesModel model, Dataset data) {
        if (model instanceof GaussianNaiveBayesModel) {
            return ((GaussianNaiveBayesModel) model).update(data);
        } else if (model instanceof MultinomialNaiveBayesModel) {
            return ((MultinomialNaiveBayesModel) model).update(data);
        } else if (model instanceof ComplementNaiveBayesModel) {
            return ((ComplementNaiveBayesModel) model).update(data);
        } else if (model instanceof BernoulliNaiveBayesModel) {
            return ((BernoulliNaiveBayesModel) model).update(data);
        }
        return ((CategoricalNaiveBayesModel) model).update(data);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void probabilities_areADistribution_consistentWithLogsAndPrediction(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (Case c : cases(rng)) {
            NaiveBayesModel model = c.learner().fit(c.data());
            for (int i = 0; i < c.data().rows(); i += 3) {
                double[] x = c.data().row(i);
                double[] p = model.predictProbabilities(x);
                double[] log = model.predictLogProbabilities(x);
                double sum = 0;
                int best = 0;
                for (int k = 0; k < p.length; k++) {
                    assertTrue(p[k] >= 0 && p[k] <= 1, c.name() + " row " + i);
                    assertEquals(Math.exp(log[k]), p[k], 1e-15, c.name() + " row " + i);
                    sum += p[k];
                    best = p[k] > p[best] ? k : best;
                }
                assertEquals(1.0, sum, 1e-12, c.name() + " row " + i);
                assertEquals(p[best], p[model.predict(x)], 1e-15, c.name() + " row " + i);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void update_inRandomChunks_equalsOneFit(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (Case c : cases(rng)) {
            Dataset data = c.data();
            int n = data.rows();
            NaiveBayesModel whole = c.learner().fit(data);
            int cut = rng.nextInt(1, n);
            NaiveBayesModel model = c.learner().fit(data.select(GaussianNaiveBayesTest.range(0, cut)));
            while (cut < n) {
                int next = Math.min(n, cut + rng.nextInt(1, n));
                model = update(model, data.select(GaussianNaiveBayesTest.range(cut, next)));
                cut = next;
            }
            assertSameModel(c.name(), whole, model, data);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void fit_permutedRows_sameModel(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (Case c : cases(rng)) {
            Dataset data = c.data();
            NaiveBayesModel permuted = c.learner().fit(data.select(RandomData.permutation(rng, data.rows())));
            assertSameModel(c.name(), c.learner().fit(data), permuted, data);
        }
    }

    /** Equal joint log-probabilities on the data's rows: exactly for the count models, to 1e-12 for Gaussian. */
    private static void assertSameModel(String name, NaiveBayesModel expected, NaiveBayesModel actual, Dataset data) {
        assertArrayEquals(expected.classCounts(), actual.classCounts(), name);
        boolean exact = !(expected instanceof GaussianNaiveBayesModel);
        for (int i = 0; i < data.rows(); i++) {
            double[] x = data.row(i);
            double[] e = expected.predictJointLogProbabilities(x);
            double[] a = actual.predictJointLogProbabilities(x);
            for (int k = 0; k < e.length; k++) {
                assertEquals(e[k], a[k], exact ? 0 : 1e-12 * Math.max(1, Math.abs(e[k])), name + " row " + i);
            }
            assertArrayEquals(expected.predictProbabilities(x), actual.predictProbabilities(x), exact ? 0 : 1e-12,
                    name + " row " + i);
        }
    }
}
