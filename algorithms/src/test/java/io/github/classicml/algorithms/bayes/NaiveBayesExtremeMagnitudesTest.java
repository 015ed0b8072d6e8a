package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Naive Bayes near the ends of the double range (issue 13): Gaussian NB keeps extreme columns in
 * power-of-two units, probabilities are exact for ties at huge joint log-probabilities, and the count
 * models refuse counts whose logarithms cannot be finite.
 */
class NaiveBayesExtremeMagnitudesTest {

    private static final double LOG_2PI = Math.log(2 * Math.PI);

    /** Class a: 1, 3 (mean 2, variance 1); class b: 10, 12, 14 (mean 12, variance 8/3); each times {@code factor}. */
    private static Dataset oneColumn(double factor) {
        return Dataset.of(new double[][] {{factor}, {3 * factor}, {10 * factor}, {12 * factor}, {14 * factor}})
                .withClasses(new int[] {0, 0, 1, 1, 1}, List.of("a", "b"));
    }

    @ParameterizedTest(name = "2^{0}")
    @ValueSource(ints = {1000, -1000, 600, -600})
    void gaussian_powerOfTwoScale_sameModelInScaledUnits(int exponent) {
        double s = Math.scalb(1.0, exponent);
        GaussianNaiveBayesModel model = GaussianNaiveBayes.of().fit(oneColumn(s));
        // the means scale exactly: 2 s and 12 s
        assertArrayEquals(new double[] {2 * s}, model.means()[0], 0.0);
        assertArrayEquals(new double[] {12 * s}, model.means()[1], 12 * s * 1e-15);
        // as in GaussianNaiveBayesTest: eps = 1e-9 * 26 (all five values have variance 26), and at x = 5
        // log P(a, x) = log 0.4 - (log(2 pi v_a) + 9 / v_a) / 2, log P(b, x) = log 0.6 - (log(2 pi v_b) + 49 / v_b) / 2;
        // at x = 5 s the densities are divided by s, so each joint log-probability loses log s = exponent · ln 2
        double eps = 26e-9;
        double va = 1 + eps;
        double vb = 8.0 / 3 + eps;
        double logS = exponent * Math.log(2);
        double ja = Math.log(0.4) - 0.5 * (LOG_2PI + Math.log(va) + 9 / va) - logS;
        double jb = Math.log(0.6) - 0.5 * (LOG_2PI + Math.log(vb) + 49 / vb) - logS;
        assertArrayEquals(new double[] {ja, jb}, model.predictJointLogProbabilities(new double[] {5 * s}), 1e-12);
        // P(a | 5) = 1 / (1 + e^(jb - ja)) = 0.99161, as unscaled
        double pa = 1 / (1 + Math.exp(jb - ja));
        assertArrayEquals(new double[] {pa, 1 - pa}, model.predictProbabilities(new double[] {5 * s}), 1e-15);
        assertEquals("b", model.predictLabel(new double[] {9 * s}));
    }

    @Test
    void gaussian_varianceBeyondTheRange_reportedAsInfinityWhileTheModelWorks() {
        double s = Math.scalb(1.0, 1000);
        GaussianNaiveBayesModel model = GaussianNaiveBayes.of().fit(oneColumn(s));
        // variance 1 · 2^2000 cannot be a double; the getter says so rather than inventing a value
        assertEquals(Double.POSITIVE_INFINITY, model.variances()[0][0]);
        assertEquals(Double.POSITIVE_INFINITY, model.epsilon());
        assertEquals(0, model.predict(new double[] {2 * s}));
    }

    @ParameterizedTest(name = "scale={0}")
    @ValueSource(doubles = {1e300, 1e-300})
    void gaussian_update_keepsTheScaleOfTheFit(double scale) {
        Dataset all = oneColumn(scale);
        GaussianNaiveBayesModel whole = GaussianNaiveBayes.of().fit(all);
        GaussianNaiveBayesModel updated = GaussianNaiveBayes.of().fit(all.select(new int[] {0, 2}))
                .update(all.select(new int[] {1, 3, 4}));
        assertArrayEquals(whole.predictProbabilities(new double[] {5 * scale}),
                updated.predictProbabilities(new double[] {5 * scale}), 1e-12);
    }

    @Test
    void probabilities_tiedAtHugeMagnitude_equalShares() {
        // two classes with the same rows, so the same mean 0 and variance 1 + eps: at x = 1e150 both joint
        // log-probabilities are log 0.5 - (log(2 pi v) + 1e300 / v) / 2, about -5e299, and tie exactly.
        // Normalising by max + log(2) would round back to max and give each class exp(0) = 1.
        Dataset twins = Dataset.of(new double[][] {{-1}, {1}, {-1}, {1}}).withClasses(new int[] {0, 0, 1, 1},
                List.of("a", "b"));
        GaussianNaiveBayesModel model = GaussianNaiveBayes.of().fit(twins);
        double[] row = {1e150};
        double[] jll = model.predictJointLogProbabilities(row);
        assertEquals(jll[0], jll[1], 0.0);
        // v = 1 + 1e-9 (every value has variance 1, so eps = 1e-9): 1e300 / (2 v) dominates
        assertEquals(-5e299 / (1 + 1e-9), jll[0], 1e285);
        assertArrayEquals(new double[] {0.5, 0.5}, model.predictProbabilities(row), 0.0);
        assertArrayEquals(new double[] {-Math.log(2), -Math.log(2)}, model.predictLogProbabilities(row), 0.0);
    }

    @Test
    void multinomial_countsSummingBeyondTheRange_throwNamingColumnAndClass() {
        Dataset counts = Dataset.of(new double[][] {{1e308, 1}, {1e308, 1}, {1, 2}})
                .withClasses(new int[] {0, 0, 1}, List.of("a", "b"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MultinomialNaiveBayes.of().fit(counts));
        assertEquals("feature counts must sum to a finite value; column 0 (\"x0\") of class \"a\" sums to Infinity; "
                + "rescale the counts", e.getMessage());
    }

    @Test
    void complement_countsWhoseLogSharesAreNaN_throwNamingTheCount() {
        // each class has 1e308 in column 0: the column's total over classes, 2e308, overflows, so the
        // complement's share Infinity / Infinity is NaN
        Dataset counts = Dataset.of(new double[][] {{1e308, 1}, {1e308, 2}})
                .withClasses(new int[] {0, 1}, List.of("a", "b"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ComplementNaiveBayes.of().fit(counts));
        assertEquals("feature counts must be small enough for their log shares to be finite; column 0 (\"x0\") of "
                + "class \"a\" has count 1.0E308 and weight NaN; rescale the counts", e.getMessage());
    }

    @Test
    void multinomial_updateOverflowingTheCounts_throws() {
        Dataset counts = Dataset.of(new double[][] {{1e308, 1}, {1, 2}}).withClasses(new int[] {0, 1},
                List.of("a", "b"));
        MultinomialNaiveBayesModel model = MultinomialNaiveBayes.of().fit(counts);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.update(counts));
        assertEquals("feature counts must sum to a finite value; column 0 (\"x0\") of class \"a\" sums to Infinity; "
                + "rescale the counts", e.getMessage());
    }

    /** Counts of two classes over three columns (non-negative integers, also valid categories and presences). */
    private static Dataset counts() {
        return Dataset.of(new double[][] {{1, 0, 1}, {0, 1, 1}, {1, 1, 0}, {0, 0, 1}})
                .withClasses(new int[] {0, 0, 1, 1}, List.of("a", "b"));
    }

    @Test
    void alpha_beyondTheLimit_refusedAtTheSetterNamingAlpha() {
        // before: alpha 1e308 was accepted, then fit ("rescale the counts") or predict ("rescale the
        // features") failed with a message blaming ordinary data
        String expected = "alpha must be <= 1e100, got 1.0E308; the smoothed shares add alpha once per column or"
                + " category, and beyond 1e100 it swamps every count and its sums approach the double range";
        assertEquals(expected, assertThrows(IllegalArgumentException.class,
                () -> BernoulliNaiveBayes.of().withAlpha(1e308)).getMessage());
        assertEquals(expected, assertThrows(IllegalArgumentException.class,
                () -> CategoricalNaiveBayes.of().withAlpha(1e308)).getMessage());
        assertEquals(expected, assertThrows(IllegalArgumentException.class,
                () -> MultinomialNaiveBayes.of().withAlpha(1e308)).getMessage());
        assertEquals(expected, assertThrows(IllegalArgumentException.class,
                () -> ComplementNaiveBayes.of().withAlpha(1e308)).getMessage());
    }

    @Test
    void alpha_atTheLimit_uniformSharesFiniteAnswers() {
        // alpha 1e100 swamps the counts: every smoothed share is uniform, so the probabilities are the priors
        double[] row = {1, 0, 1};
        assertArrayEquals(new double[] {0.5, 0.5}, BernoulliNaiveBayes.of().withAlpha(1e100).fit(counts())
                .predictProbabilities(row), 1e-12);
        assertArrayEquals(new double[] {0.5, 0.5}, CategoricalNaiveBayes.of().withAlpha(1e100).fit(counts())
                .predictProbabilities(row), 1e-12);
        assertArrayEquals(new double[] {0.5, 0.5}, MultinomialNaiveBayes.of().withAlpha(1e100).fit(counts())
                .predictProbabilities(row), 1e-12);
        assertEquals(0, ComplementNaiveBayes.of().withAlpha(1e100).fit(counts()).predict(row));
    }
}
