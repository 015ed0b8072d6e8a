package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.core.testing.RegressorContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static io.github.classicml.algorithms.linear.Reference.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RidgeTest implements RegressorContract<RidgeModel> {

    /**
     * Not scale-invariant: the penalty {@code alpha} is absolute, while the coefficients it shrinks scale
     * with the inverse of the features (scikit-learn's objective, kept on purpose).
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return false;
    }

    private static final Reference SKLEARN = Reference.read("ridge_sklearn_diabetes.txt");

    @Override
    public Learner<RidgeModel> learner() {
        return Ridge.of();
    }

    @Test
    void fit_oneColumn_byHand() {
        // x = (-1, 0, 1) (already centred), y = (1, 2, 6): ybar = 3, Sxy = -1*(1-3) + 1*(6-3) = 5, Sxx = 2
        // ridge slope = Sxy / (Sxx + alpha) = 5 / (2 + 3) = 1 with alpha = 3; intercept = ybar - 0 = 3
        Dataset data = Dataset.of(new double[][] {{-1}, {0}, {1}}).withTargets(new double[] {1, 2, 6}, "y");
        RidgeModel m = Ridge.of().withAlpha(3).fit(data);
        assertEquals(1.0, m.coefficients()[0], 1e-15);
        assertEquals(3.0, m.intercept(), 1e-15);
        // effective degrees of freedom s^2 / (s^2 + alpha) = 2 / 5
        assertEquals(0.4, m.effectiveDegreesOfFreedom(), 1e-15);
    }

    @ParameterizedTest(name = "{0} alpha={1}")
    @CsvSource({"intercept, 0.001", "intercept, 0.1", "intercept, 1.0", "intercept, 10.0", "intercept, 1000.0",
            "nointercept, 0.1", "nointercept, 1000.0", "weighted, 0.001", "weighted, 1.0", "weighted, 1000.0"})
    void coefficients_equalScikitLearn(String tag, double alpha) {
        Dataset data = Datasets.diabetes();
        RidgeModel m = new Ridge(alpha, !tag.equals("nointercept"))
                .fit(data, tag.equals("weighted") ? Reference.weights(data.rows()) : null);
        assertRelative(SKLEARN.get(tag + "." + alpha + ".coef"), m.coefficients(), 1e-9, "coef");
        assertRelative(SKLEARN.scalar(tag + "." + alpha + ".intercept"), m.intercept(), 1e-9, "intercept");
    }

    @Test
    void path_equalsSeparateFits_andScikitLearn() {
        Dataset data = Datasets.diabetes();
        double[] alphas = {0.001, 0.1, 1.0, 10.0, 1000.0};
        List<RidgeModel> path = Ridge.of().path(data, null, alphas);
        for (int i = 0; i < alphas.length; i++) {
            assertEquals(alphas[i], path.get(i).alpha());
            assertEquals(Ridge.of().withAlpha(alphas[i]), path.get(i).learner());
            assertRelative(SKLEARN.get("intercept." + alphas[i] + ".coef"), path.get(i).coefficients(), 1e-9, "coef");
        }
    }

    @ParameterizedTest(name = "alpha={0}")
    @CsvSource({"0.01", "1.0", "100.0"})
    void moreColumnsThanRows_equalsScikitLearn(double alpha) {
        Reference ref = Reference.read("wide_sklearn.txt");
        RidgeModel m = Ridge.of().withAlpha(alpha).fit(Reference.wide());
        assertRelative(ref.get("ridge." + alpha + ".coef"), m.coefficients(), 1e-9, "coef");
        assertRelative(ref.scalar("ridge." + alpha + ".intercept"), m.intercept(), 1e-9, "intercept");
    }

    @Test
    void badPenalty_throws() {
        assertEquals("alpha must be > 0 and finite, got 0", assertThrows(IllegalArgumentException.class,
                () -> Ridge.of().withAlpha(0)).getMessage());
        assertEquals("alpha must be > 0 and finite, got -1", assertThrows(IllegalArgumentException.class,
                () -> Ridge.of().withAlpha(-1)).getMessage());
        assertEquals("alpha must be > 0 and finite, got NaN", assertThrows(IllegalArgumentException.class,
                () -> Ridge.of().path(Datasets.diabetes(), null, new double[] {1, Double.NaN})).getMessage());
    }

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void tinyAlpha_tendsToOls(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset data = LinearModelPropertyTest.randomData(rng, rng.nextInt(10, 50), rng.nextInt(1, 5));
        double[] ols = LinearRegression.of().fit(data).coefficients();
        double[] ridge = Ridge.of().withAlpha(1e-10).fit(data).coefficients();
        for (int j = 0; j < ols.length; j++) {
            assertEquals(ols[j], ridge[j], 1e-6 * (1 + Math.abs(ols[j])), "column " + j);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void coefficientNorm_shrinksAsAlphaGrows(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset data = LinearModelPropertyTest.randomData(rng, rng.nextInt(5, 50), rng.nextInt(1, 8));
        List<RidgeModel> path = Ridge.of().path(data, null, new double[] {0.01, 0.1, 1, 10, 100, 1000});
        double previous = Double.POSITIVE_INFINITY;
        for (RidgeModel m : path) {
            double norm = 0;
            for (double b : m.coefficients()) {
                norm += b * b;
            }
            assertTrue(norm <= previous * (1 + 1e-12), "||b|| must not grow with alpha");
            previous = norm;
        }
    }
}
