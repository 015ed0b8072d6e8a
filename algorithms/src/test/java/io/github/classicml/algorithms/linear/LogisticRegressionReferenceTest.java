package io.github.classicml.algorithms.linear;

import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Agreement with scikit-learn 1.2.1 and statsmodels 0.13.5 (reference/linear/README.md): probabilities
 * within 1e-6 of scikit-learn's fits that reach the minimiser at tol=1e-10, and within 1e-4 of its
 * lbfgs fits, which scipy's default ftol stops 1e-5 to 4e-5 short of it.
 */
class LogisticRegressionReferenceTest {

    /** The agreement required with fits at the minimiser. */
    private static final double PROBABILITY_TOLERANCE = 1e-6;
    /** scikit-learn's lbfgs stops 2.5e-5 to 4.3e-5 from the minimiser (measured by the script). */
    private static final double LBFGS_TOLERANCE = 1e-4;

    private static final LogisticRegression TIGHT = LogisticRegression.of().withTolerance(1e-10).withMaxIterations(10000);

    record Reference(double[][] coefficients, double[][] probabilities) {
    }

    static Reference read(String name) {
        String path = "/reference/linear/" + name;
        try (InputStream in = Objects.requireNonNull(LogisticRegressionReferenceTest.class.getResourceAsStream(path), path);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<double[]> coefficients = new ArrayList<>();
            List<double[]> probabilities = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(",");
                boolean coef = parts[0].equals("coef");
                double[] values = new double[coef ? parts.length - 1 : parts.length];
                for (int j = 0; j < values.length; j++) {
                    values[j] = Double.parseDouble(parts[coef ? j + 1 : j]);
                }
                (coef ? coefficients : probabilities).add(values);
            }
            return new Reference(coefficients.toArray(new double[0][]), probabilities.toArray(new double[0][]));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Dataset standardised(Dataset data) {
        return StandardScaler.of().fit(data).transform(data);
    }

    private static double assertProbabilities(String name, LogisticRegressionModel model, Dataset data, double tolerance) {
        Reference reference = read("logistic_" + name + ".csv");
        double[][] actual = model.predictProbabilities(data);
        assertEquals(reference.probabilities().length, actual.length);
        double worst = 0;
        for (int i = 0; i < actual.length; i++) {
            for (int c = 0; c < actual[i].length; c++) {
                worst = Math.max(worst, Math.abs(actual[i][c] - reference.probabilities()[i][c]));
            }
        }
        assertTrue(worst <= tolerance, name + ": largest probability difference " + worst + " > " + tolerance);
        return worst;
    }

    private static void check(String name, LogisticRegression learner, Dataset data, double[] weights) {
        LogisticRegressionModel model = learner.fit(data, weights);
        assertTrue(model.converged(), model.convergenceReason());
        assertProbabilities(name, model, data, PROBABILITY_TOLERANCE);
        assertProbabilities(name + "_lbfgs", model, data, LBFGS_TOLERANCE);
    }

    @Test
    void breastCancer_l2_c1() {
        check("breast_cancer_l2_c1", TIGHT, standardised(Datasets.breastCancer()), null);
    }

    @Test
    void breastCancer_l2_c01() {
        check("breast_cancer_l2_c01", TIGHT.withPenaltyStrength(1 / 0.1), standardised(Datasets.breastCancer()), null);
    }

    @Test
    void wine_multinomial_c1() {
        check("wine_multinomial_c1", TIGHT, standardised(Datasets.wine()), null);
    }

    @Test
    void iris_multinomial_c1() {
        check("iris_multinomial_c1", TIGHT, standardised(Datasets.iris()), null);
    }

    @Test
    void breastCancer_balancedClassWeights_andSampleWeights() {
        Dataset data = standardised(Datasets.breastCancer());
        double[] weights = new double[data.rows()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 + i % 5;
        }
        check("breast_cancer_l2_balanced_weighted", TIGHT.withPenaltyStrength(1 / 0.5)
                .withClassWeights(ClassWeights.balanced()), data, weights);
    }

    @Test
    void breastCancer_l1_likeSaga_sameZerosAndProbabilities() {
        Dataset data = standardised(Datasets.breastCancer());
        LogisticRegressionModel model = TIGHT.withPenalty(LogisticRegression.Penalty.L1).withPenaltyStrength(1 / 0.1)
                .withMaxIterations(100000).fit(data);
        assertTrue(model.converged(), model.convergenceReason());
        assertProbabilities("breast_cancer_l1_saga_c01", model, data, PROBABILITY_TOLERANCE);
        assertSameZeros(read("logistic_breast_cancer_l1_saga_c01.csv"), model);
    }

    @Test
    void wine_elasticNet_likeSaga() {
        Dataset data = standardised(Datasets.wine());
        LogisticRegressionModel model = TIGHT.withPenalty(LogisticRegression.Penalty.ELASTIC_NET).withL1Ratio(0.5)
                .withPenaltyStrength(1 / 0.5).withMaxIterations(100000).fit(data);
        assertTrue(model.converged(), model.convergenceReason());
        assertProbabilities("wine_elasticnet_saga_c05", model, data, PROBABILITY_TOLERANCE);
        assertSameZeros(read("logistic_wine_elasticnet_saga_c05.csv"), model);
    }

    private static void assertSameZeros(Reference reference, LogisticRegressionModel model) {
        double[][] w = model.coefficients();
        int zeros = 0;
        for (int c = 0; c < w.length; c++) {
            for (int j = 0; j < w[c].length; j++) {
                double expected = reference.coefficients()[c][j];
                boolean zero = Math.abs(expected) < 1e-8;
                zeros += zero ? 1 : 0;
                assertEquals(zero, w[c][j] == 0.0, "vector " + c + ", column " + j + ": " + w[c][j] + " vs " + expected);
            }
        }
        assertTrue(zeros > 0, "the case must have zero weights");
    }

    @Test
    void unpenalised_probabilitiesAndWaldStandardErrors_likeStatsmodels() {
        Dataset data = standardised(Datasets.breastCancer()).selectColumns(0, 1, 4, 8);
        LogisticRegressionModel model = TIGHT.withPenalty(LogisticRegression.Penalty.NONE).fit(data);
        assertTrue(model.converged(), model.convergenceReason());
        assertProbabilities("breast_cancer_4_unpenalised", model, data, PROBABILITY_TOLERANCE);
        Reference statsmodels = read("logistic_statsmodels_breast_cancer_4.csv");
        double[] params = statsmodels.probabilities()[0];
        double[] bse = statsmodels.probabilities()[1];
        // statsmodels puts the constant first
        assertEquals(params[0], model.intercepts()[0], 1e-6 * Math.abs(params[0]));
        assertEquals(bse[0], model.interceptStandardError(), 1e-6 * bse[0]);
        double[] se = model.standardErrors();
        double[] odds = model.oddsRatios();
        for (int j = 0; j < 4; j++) {
            assertEquals(params[j + 1], model.coefficients()[0][j], 1e-6 * Math.abs(params[j + 1]), "column " + j);
            assertEquals(bse[j + 1], se[j], 1e-6 * bse[j + 1], "column " + j);
            assertEquals(Math.exp(params[j + 1]), odds[j], 1e-6 * odds[j], "column " + j);
        }
    }
}
