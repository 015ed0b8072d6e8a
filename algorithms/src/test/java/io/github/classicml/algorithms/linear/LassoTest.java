package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.ProgressLog;
import io.github.classicml.core.ProgressListener;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.core.testing.RegressorContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LassoTest implements RegressorContract<ElasticNetModel> {

    /**
     * Not scale-invariant: the penalty {@code alpha} is absolute, while the coefficients it shrinks scale
     * with the inverse of the features (scikit-learn's objective, kept on purpose).
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return false;
    }

    static final double TIGHT = 1e-12;
    static final int MANY = 1_000_000;

    @Override
    public Learner<ElasticNetModel> learner() {
        return Lasso.of().withAlpha(0.05);
    }

    /**
     * Same zero pattern, non-zero coefficients within 1e-6 relative. At {@code alpha_max} itself the first
     * column to enter sits exactly on the threshold, and rounding leaves it at 0 or at about 1e-16 in
     * either library: a coefficient below 1e-12 of the data's scale (1 here) counts as zero there.
     */
    static void assertSameSparseSolution(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int j = 0; j < expected.length; j++) {
            boolean expectedZero = Math.abs(expected[j]) < 1e-12;
            boolean actualZero = Math.abs(actual[j]) < 1e-12;
            assertEquals(expectedZero, actualZero, what + " zero pattern at " + j + ": expected "
                    + expected[j] + ", got " + actual[j]);
            if (!expectedZero) {
                Reference.assertRelative(expected[j], actual[j], 1e-6, what + "[" + j + "]");
            }
        }
    }

    @Test
    void fit_oneColumn_byHand() {
        // centred x = (-1, 0, 1), y = (1, 2, 6): x^T y = 5, ||x||^2 = 2, n = 3
        // lasso: b = S(x^T y / n, alpha) / (||x||^2 / n) = (5/3 - 1/3) / (2/3) = 2 with alpha = 1/3
        Dataset data = Dataset.of(new double[][] {{-1}, {0}, {1}}).withTargets(new double[] {1, 2, 6}, "y");
        ElasticNetModel m = Lasso.of().withAlpha(1.0 / 3).withTolerance(TIGHT).fit(data);
        assertEquals(2.0, m.coefficients()[0], 1e-12);
        assertEquals(3.0, m.intercept(), 1e-12);
        // alpha_max = |x^T y| / n = 5/3: at or above it the coefficient is exactly 0
        assertEquals(0.0, Lasso.of().withAlpha(5.0 / 3).fit(data).coefficients()[0]);
        // elastic net rho = 1/2, alpha = 2/3: b = S(5/3, 1/3) / (2/3 + 1/3) = 4/3
        ElasticNetModel e = ElasticNet.of().withAlpha(2.0 / 3).withTolerance(TIGHT).fit(data);
        assertEquals(4.0 / 3, e.coefficients()[0], 1e-12);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"intercept, 0.5", "intercept, 0.1", "intercept, 0.01", "intercept, 0.001", "nointercept, 0.5",
            "nointercept, 0.01"})
    void lasso_equalsScikitLearn(String tag, String fraction) {
        Reference ref = Reference.read("lasso_sklearn_diabetes.txt");
        String key = "lasso." + tag + "." + fraction;
        ElasticNetModel m = new Lasso(ref.scalar(key + ".alpha"), tag.equals("intercept"), MANY, TIGHT)
                .fit(Datasets.diabetes());
        assertTrue(m.converged());
        assertSameSparseSolution(ref.get(key + ".coef"), m.coefficients(), key);
        Reference.assertRelative(ref.scalar(key + ".intercept"), m.intercept(), 1e-6, key + " intercept");
    }

    @ParameterizedTest(name = "rho={0} {1}")
    @CsvSource({"0.2, 0.5", "0.2, 0.01", "0.7, 0.1", "0.7, 0.001"})
    void elasticNet_equalsScikitLearn(String rho, String fraction) {
        Reference ref = Reference.read("lasso_sklearn_diabetes.txt");
        String key = "enet." + rho + "." + fraction;
        ElasticNetModel m = new ElasticNet(ref.scalar(key + ".alpha"), Double.parseDouble(rho), true, MANY, TIGHT)
                .fit(Datasets.diabetes());
        assertSameSparseSolution(ref.get(key + ".coef"), m.coefficients(), key);
        Reference.assertRelative(ref.scalar(key + ".intercept"), m.intercept(), 1e-6, key + " intercept");
    }

    @ParameterizedTest(name = "alpha={0}")
    @CsvSource({"0.05", "0.3"})
    void moreColumnsThanRows_equalsScikitLearn(String alpha) {
        Reference ref = Reference.read("wide_sklearn.txt");
        Dataset wide = Reference.wide();
        double a = Double.parseDouble(alpha);
        ElasticNetModel lasso = new Lasso(a, true, MANY, TIGHT).fit(wide);
        assertSameSparseSolution(ref.get("lasso." + alpha + ".coef"), lasso.coefficients(), "lasso");
        ElasticNetModel net = new ElasticNet(a, 0.5, true, MANY, TIGHT).fit(wide);
        assertSameSparseSolution(ref.get("enet." + alpha + ".coef"), net.coefficients(), "enet");
    }

    @Test
    void lassoPath_equalsScikitLearn() {
        Reference ref = Reference.read("lasso_sklearn_diabetes.txt");
        List<ElasticNetModel> path = new Lasso(1, true, MANY, TIGHT).path(Datasets.diabetes(), 100, 1e-3,
                ProgressListener.NONE);
        double[] alphas = ref.get("lasso_path.alphas");
        assertEquals(alphas.length, path.size());
        for (int i = 0; i < alphas.length; i++) {
            Reference.assertRelative(alphas[i], path.get(i).alpha(), 1e-12, "alpha " + i);
            assertSameSparseSolution(ref.get("lasso_path." + i + ".coef"), path.get(i).coefficients(), "step " + i);
            assertEquals(new Lasso(path.get(i).alpha(), true, MANY, TIGHT), path.get(i).learner());
        }
    }

    @Test
    void elasticNetPath_equalsScikitLearn() {
        Reference ref = Reference.read("lasso_sklearn_diabetes.txt");
        List<ElasticNetModel> path = new ElasticNet(1, 0.5, true, MANY, TIGHT).path(Datasets.diabetes(), 20, 1e-3,
                ProgressListener.NONE);
        double[] alphas = ref.get("enet_path.alphas");
        for (int i = 0; i < alphas.length; i++) {
            Reference.assertRelative(alphas[i], path.get(i).alpha(), 1e-12, "alpha " + i);
            assertSameSparseSolution(ref.get("enet_path." + i + ".coef"), path.get(i).coefficients(), "step " + i);
        }
    }

    @Test
    void progress_reportsEverySweep() {
        ProgressLog log = new ProgressLog();
        ElasticNetModel m = Lasso.of().withAlpha(0.1).fit(Datasets.diabetes(), log);
        assertEquals(m.iterations(), log.steps().size());
        assertTrue(log.steps().get(log.steps().size() - 1).loss() <= log.steps().get(0).loss());
    }

    @Test
    void fewSweeps_reportsNotConverged() {
        ElasticNetModel m = Lasso.of().withAlpha(0.01).withMaxIterations(2).withTolerance(TIGHT).fit(Datasets.diabetes());
        assertFalse(m.converged());
        assertEquals(2, m.iterations());
        assertTrue(m.toString().endsWith("not converged)"), m.toString());
    }

    @Test
    void badSettings_throw() {
        assertEquals("alpha must be > 0 and finite, got 0", assertThrows(IllegalArgumentException.class,
                () -> Lasso.of().withAlpha(0)).getMessage());
        assertEquals("alpha must be > 0 and finite, got -0.5", assertThrows(IllegalArgumentException.class,
                () -> ElasticNet.of().withAlpha(-0.5)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ElasticNet.of().withL1Ratio(1.5))
                .getMessage().startsWith("l1Ratio must be"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Lasso.of().withTolerance(0))
                .getMessage().startsWith("tolerance must be > 0"));
    }

    static LongStream seeds() {
        return LongStream.range(0, 15);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void path_topIsEmpty_andSparsityGrowsMonotonicallyAtTheTop(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset data = LinearModelPropertyTest.randomData(rng, rng.nextInt(10, 40), rng.nextInt(2, 8));
        List<ElasticNetModel> path = new Lasso(1, true, 100_000, 1e-10).path(data, 30, 1e-2, ProgressListener.NONE);
        // alpha_max zeroes every coefficient (up to the rounding of the column on the threshold)
        for (double b : path.get(0).coefficients()) {
            assertEquals(0, b, 1e-12);
        }
        // at the top of the path columns only enter: the count of non-zero coefficients never falls
        // over the first steps, before any can leave
        int previous = 0;
        for (int k = 1; k < 4; k++) {
            int count = path.get(k).nonZeroCount();
            assertTrue(count >= previous, "step " + k + ": " + count + " non-zero after " + previous);
            previous = count;
        }
        // and the penalised objective is optimal: a fit from scratch gives the same coefficients
        ElasticNetModel last = path.get(path.size() - 1);
        ElasticNetModel cold = new Lasso(last.alpha(), true, 100_000, 1e-10).fit(data);
        for (int j = 0; j < data.columns(); j++) {
            assertEquals(cold.coefficients()[j], last.coefficients()[j], 1e-6 * (1 + Math.abs(cold.coefficients()[j])));
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void kktConditions_hold(long seed) {
        // at the optimum: |x_j^T r| / n <= alpha for zero coefficients, = alpha sign(b_j) otherwise
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset data = LinearModelPropertyTest.randomData(rng, rng.nextInt(10, 40), rng.nextInt(2, 12));
        double alpha = rng.nextDouble(0.01, 0.5);
        ElasticNetModel m = new Lasso(alpha, true, 100_000, 1e-14).fit(data);
        double[] predicted = m.predict(data);
        int n = data.rows();
        double[] b = m.coefficients();
        for (int j = 0; j < data.columns(); j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += data.get(i, j) / n;
            }
            double g = 0;
            for (int i = 0; i < n; i++) {
                g += (data.get(i, j) - mean) * (data.target(i) - predicted[i]) / n;
            }
            if (b[j] == 0) {
                assertTrue(Math.abs(g) <= alpha * (1 + 1e-6), "column " + j + ": |g| " + Math.abs(g) + " > " + alpha);
            } else {
                assertEquals(alpha * Math.signum(b[j]), g, 1e-5 * alpha, "column " + j);
            }
        }
    }

    @ParameterizedTest(name = "fraction={0}")
    @CsvSource({"0.1", "0.01"})
    void sampleWeights_equalScikitLearn(String fraction) {
        Reference ref = Reference.read("lasso_sklearn_diabetes.txt");
        Dataset data = Datasets.diabetes();
        double alpha = ref.scalar("lasso.weighted." + fraction + ".alpha");
        double[] w = Reference.weights(data.rows());
        ElasticNetModel lasso = new Lasso(alpha, true, MANY, TIGHT).fit(data, w);
        assertSameSparseSolution(ref.get("lasso.weighted." + fraction + ".coef"), lasso.coefficients(), "lasso");
        Reference.assertRelative(ref.scalar("lasso.weighted." + fraction + ".intercept"), lasso.intercept(), 1e-6, "intercept");
        ElasticNetModel net = new ElasticNet(alpha, 0.5, true, MANY, TIGHT).fit(data, w);
        assertSameSparseSolution(ref.get("enet.weighted." + fraction + ".coef"), net.coefficients(), "enet");
        Reference.assertRelative(ref.scalar("enet.weighted." + fraction + ".intercept"), net.intercept(), 1e-6, "intercept");
    }

    @Test
    void equalWeights_equalNoWeights() {
        Dataset data = Datasets.diabetes();
        double[] ones = new double[data.rows()];
        java.util.Arrays.fill(ones, 3.0);
        Lasso lasso = new Lasso(0.5, true, MANY, TIGHT);
        double[] plain = lasso.fit(data).coefficients();
        double[] weighted = lasso.fit(data, ones).coefficients();
        for (int j = 0; j < plain.length; j++) {
            assertEquals(plain[j], weighted[j], 1e-9 * (1 + Math.abs(plain[j])), "equal weights rescale to 1");
        }
    }
}
