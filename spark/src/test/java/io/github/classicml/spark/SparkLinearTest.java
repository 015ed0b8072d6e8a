package io.github.classicml.spark;

import io.github.classicml.algorithms.ModelFiles;
import io.github.classicml.algorithms.linear.LinearRegression;
import io.github.classicml.algorithms.linear.LinearRegressionModel;
import io.github.classicml.algorithms.linear.Ridge;
import io.github.classicml.algorithms.linear.RidgeModel;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Distributed least squares (TSQR + one refinement step) against the NIST StRD certified values and the
 * single-machine fit; distributed ridge against {@link Ridge#fit}; for several partition counts.
 */
class SparkLinearTest extends LocalSparkTest {

    private static double[][] rows(Dataset data) {
        double[][] x = new double[data.rows()][data.columns()];
        for (int i = 0; i < x.length; i++) {
            data.copyRow(i, x[i], 0);
        }
        return x;
    }

    @ParameterizedTest(name = "{0}, partitions={1}")
    @CsvSource({"longley, 1", "longley, 7", "wampler1, 2", "norris, 3", "pontius, 2", "noint1, 7"})
    void nistAccuracyHoldsAndMatchesOneMachine(String name, int partitions) throws Exception {
        Dataset data = Datasets.nist(name);
        double[] certified = certified(name, "coef");
        double certifiedIntercept = certifiedNumber(name, "intercept");
        boolean intercept = !Double.isNaN(certifiedIntercept);
        LinearRegression learner = LinearRegression.of().withFitIntercept(intercept);
        SparkData frame = SparkData.of(LocalSpark.frame(spark, rows(data), data.targets(), partitions),
                LocalSpark.columnNames(data.columns())).withTarget("y");
        LinearRegressionModel distributed = SparkFit.linearRegression(learner, frame);
        LinearRegressionModel local = learner.fit(data);
        double[] b = distributed.coefficients();
        for (int j = 0; j < b.length; j++) {
            assertTrue(lre(certified[j], b[j]) >= 9, name + " b" + (j + 1) + ": " + b[j] + " vs " + certified[j]);
            assertEquals(local.coefficients()[j], b[j], 1e-9 * Math.max(1e-300, Math.abs(local.coefficients()[j])));
        }
        if (intercept) {
            assertTrue(lre(certifiedIntercept, distributed.intercept()) >= 9, name + " intercept");
            assertEquals(local.intercept(), distributed.intercept(), 1e-9 * Math.abs(local.intercept()));
        }
        double r2 = certifiedNumber(name, "r2");
        if (!Double.isNaN(r2)) {
            assertTrue(lre(r2, distributed.rSquared()) >= 9, name + " R²");
        }
        assertEquals(local.rSquared(), distributed.rSquared(), 1e-9);
        assertEquals(local.residualStandardError(), distributed.residualStandardError(),
                1e-9 * Math.max(local.residualStandardError(), 1e-6));
        // an ordinary model: it saves and loads as a model file, statistics included
        LinearRegressionModel loaded = ModelFiles.fromBytes(ModelFiles.toBytes(distributed), "test",
                LinearRegressionModel.class);
        assertArrayEquals(distributed.coefficients(), loaded.coefficients());
        assertEquals(distributed.rSquared(), loaded.rSquared());
    }

    @ParameterizedTest(name = "partitions={0}")
    @ValueSource(ints = {1, 2, 7})
    void ridgeMatchesOneMachine(int partitions) {
        SplittableRandom random = new SplittableRandom(42);
        double[][] x = new double[200][4];
        double[] y = new double[200];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 4; j++) {
                x[i][j] = 100 + random.nextGaussian() * (j + 1);
            }
            x[i][3] = x[i][2] + 0.01 * random.nextGaussian();
            y[i] = 3 + x[i][0] - 2 * x[i][1] + 0.5 * x[i][2] + random.nextGaussian();
        }
        Ridge learner = Ridge.of().withAlpha(2.5);
        RidgeModel local = learner.fit(Dataset.of(x).withTargets(y, "y"));
        RidgeModel distributed = SparkFit.ridge(learner, SparkData.of(LocalSpark.frame(spark, x, y, partitions),
                LocalSpark.columnNames(4)).withTarget("y"));
        for (int j = 0; j < 4; j++) {
            assertEquals(local.coefficients()[j], distributed.coefficients()[j],
                    1e-9 * Math.abs(local.coefficients()[j]));
        }
        assertEquals(local.intercept(), distributed.intercept(), 1e-9 * Math.abs(local.intercept()));
        assertEquals(local.effectiveDegreesOfFreedom(), distributed.effectiveDegreesOfFreedom(), 1e-12);
    }

    /** The log relative error (the absolute error where the certified value is 0), capped at 15. */
    private static double lre(double certified, double estimate) {
        double error = certified == 0 ? Math.abs(estimate) : Math.abs(estimate - certified) / Math.abs(certified);
        return error == 0 ? 15 : Math.min(15, -Math.log10(error));
    }

    private static String block(String name) {
        String json;
        try (InputStream in = SparkLinearTest.class.getResourceAsStream(
                "/io/github/classicml/core/io/datasets/nist/certified.json")) {
            assertNotNull(in);
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = json.indexOf("\"" + name + "\"");
        return json.substring(start, json.indexOf('}', start));
    }

    private static double certifiedNumber(String name, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\"([^\"]*)\"").matcher(block(name));
        if (!m.find()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(m.group(1));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double[] certified(String name, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(block(name));
        assertTrue(m.find(), key);
        String[] parts = m.group(1).split(",");
        double[] out = new double[parts.length];
        for (int j = 0; j < parts.length; j++) {
            out[j] = Double.parseDouble(parts[j].trim().replace("\"", ""));
        }
        return out;
    }
}
