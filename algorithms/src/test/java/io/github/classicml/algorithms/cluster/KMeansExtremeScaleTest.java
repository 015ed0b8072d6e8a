package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.testing.RandomData;
import io.github.classicml.metrics.ClusteringMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Features multiplied by 10^300 or 10^-300 give k-means the labels, iterations, predictions and
 * silhouette of the unscaled features (Lloyd and Hamerly, k-means++ and random seeding); centres and
 * distances come back multiplied by the factor, and an inertia beyond the double range is an error
 * naming it. Before, squared distances overflowed to infinity (or underflowed to 0) and every row fell
 * into one cluster.
 */
class KMeansExtremeScaleTest {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (long seed = 0; seed < 6; seed++) {
            for (KMeans.Algorithm algorithm : KMeans.Algorithm.values()) {
                for (double factor : new double[] {1e300, 1e-300}) {
                    out.add(Arguments.of(seed, algorithm, factor));
                }
            }
        }
        return out.stream();
    }

    private static double[][] times(double[][] x, double factor) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] *= factor;
            }
        }
        return out;
    }

    @ParameterizedTest(name = "seed={0} {1} x{2}")
    @MethodSource("cases")
    void scaledFeatures_sameClustering(long seed, KMeans.Algorithm algorithm, double factor) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(50, 400);
        int p = rng.nextInt(1, 8);
        int k = rng.nextInt(2, 6);
        double[][] x = RandomData.blobs(rng, n, p, k, 3.0).withoutTargets().toArray();
        KMeans.Init init = seed % 2 == 0 ? KMeans.Init.K_MEANS_PLUS_PLUS : KMeans.Init.RANDOM;
        KMeans learner = KMeans.of(k).withAlgorithm(algorithm).withInit(init).withRestarts(3).withSeed(seed);
        KMeansModel plain = learner.fit(Dataset.of(x));
        KMeansModel scaled = learner.fit(Dataset.of(times(x, factor)));

        assertArrayEquals(plain.labels(), scaled.labels());
        assertEquals(plain.iterations(), scaled.iterations());
        double[][] pc = plain.centres();
        double[][] sc = scaled.centres();
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < p; j++) {
                assertEquals(pc[c][j] * factor, sc[c][j], 1e-12 * factor * (1 + Math.abs(pc[c][j])));
            }
        }
        double[][] q = times(RandomData.blobs(rng, 30, p, k, 3.0).withoutTargets().toArray(), 1);
        Dataset queries = Dataset.of(q);
        Dataset queriesScaled = Dataset.of(times(q, factor));
        assertArrayEquals(plain.predict(queries), scaled.predict(queriesScaled));
        for (double[] row : q) {
            double[] expected = plain.transform(row);
            double[] got = scaled.transform(times(new double[][] {row}, factor)[0]);
            for (int c = 0; c < k; c++) {
                assertEquals(expected[c] * factor, got[c], 1e-12 * factor * (1 + expected[c]));
            }
        }
        // the inertia is about 1e600 or 1e-600: not a double, so an error names it
        ArithmeticException e = assertThrows(ArithmeticException.class, scaled::inertia);
        assertTrue(e.getMessage().startsWith("inertia must lie within the double range to be returned, got about "),
                e.getMessage());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("got about [0-9.]+e(-?[0-9]+);").matcher(e.getMessage());
        assertTrue(m.find(), e.getMessage());
        int exponent = Integer.parseInt(m.group(1));
        assertTrue(factor > 1 ? exponent > 590 : exponent < -590, e.getMessage());
        assertThrows(ArithmeticException.class, () -> scaled.inertia(queriesScaled));
        assertTrue(scaled.toString().contains("inertia "), scaled.toString());
        // the silhouette is a ratio of distances: the same score
        if (k <= n - 1) {
            assertEquals(ClusteringMetrics.silhouetteScore(x, plain.labels()).value(),
                    ClusteringMetrics.silhouetteScore(times(x, factor), scaled.labels()).value(), 1e-12);
            assertThrows(ArithmeticException.class, () -> ClusteringMetrics.inertia(times(x, factor), scaled.labels()));
        }
    }

    @Test
    void powerOfTwoFactor_sameBits() {
        // 2^900 is exact: the scaled run is the unscaled run, bit for bit, times the factor
        SplittableRandom rng = new SplittableRandom(7);
        double[][] x = RandomData.blobs(rng, 300, 3, 4, 3.0).withoutTargets().toArray();
        double f = 0x1p900;
        KMeansModel plain = KMeans.of(4).withSeed(3).fit(Dataset.of(x));
        KMeansModel scaled = KMeans.of(4).withSeed(3).fit(Dataset.of(times(x, f)));
        assertArrayEquals(plain.labels(), scaled.labels());
        double[][] pc = plain.centres();
        double[][] sc = scaled.centres();
        for (int c = 0; c < 4; c++) {
            assertArrayEquals(times(new double[][] {pc[c]}, f)[0], sc[c]);
        }
    }

    @Test
    void inertiaWithinRange_scaledBack() {
        // rows of 1e150: squared distances near 1e300 still fit, so the inertia is returned, scaled back
        SplittableRandom rng = new SplittableRandom(11);
        double[][] x = RandomData.blobs(rng, 200, 2, 3, 3.0).withoutTargets().toArray();
        KMeansModel plain = KMeans.of(3).withSeed(1).fit(Dataset.of(x));
        KMeansModel scaled = KMeans.of(3).withSeed(1).fit(Dataset.of(times(x, 1e150)));
        assertArrayEquals(plain.labels(), scaled.labels());
        assertEquals(plain.inertia() * 1e300, scaled.inertia(), 1e-12 * plain.inertia() * 1e300);
        assertEquals(ClusteringMetrics.inertia(x, plain.labels()).value() * 1e300,
                ClusteringMetrics.inertia(times(x, 1e150), plain.labels()).value(), 1e-12 * plain.inertia() * 1e300);
    }

    @Test
    void handWorked_twoPointsAt1e300() {
        // rows 0, 1, 10, 11 times 1e300, two clusters from centres 0 and 10: labels 0 0 1 1, centres
        // 0.5e300 and 10.5e300, inertia 4 * (0.5e300)^2 = 1e600: beyond the range
        double[][] x = {{0}, {1e300}, {10e300}, {11e300}};
        KMeansModel model = KMeans.of(2).fitFrom(Dataset.of(x), new double[][] {{0}, {10e300}});
        assertArrayEquals(new int[] {0, 0, 1, 1}, model.labels());
        assertEquals(0.5e300, model.centres()[0][0], 1e285);
        assertEquals(10.5e300, model.centres()[1][0], 1e286);
        ArithmeticException e = assertThrows(ArithmeticException.class, model::inertia);
        assertTrue(e.getMessage().contains("got about 1.000e600"), e.getMessage());
        assertEquals(1, model.predict(new double[] {8e300}));
        assertArrayEquals(new double[] {7.5e300, 2.5e300}, model.transform(new double[] {8e300}), 1e286);
    }

    @Test
    void centresOrRowsTooFarForTheRows_clearError() {
        // ordinary rows: a centre or a row of 1e200 would have squared distances near 1e400
        double[][] x = {{0}, {1}, {10}, {11}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KMeans.of(2).fitFrom(Dataset.of(x), new double[][] {{0}, {1e200}}));
        assertTrue(e.getMessage().startsWith("initialCentres must be at most about "), e.getMessage());
        assertTrue(e.getMessage().endsWith("row 1, column 0 is 1.0E200"), e.getMessage());
        KMeansModel model = KMeans.of(2).fitFrom(Dataset.of(x), new double[][] {{0}, {10}});
        IllegalArgumentException row = assertThrows(IllegalArgumentException.class,
                () -> model.predict(new double[] {1e200}));
        assertTrue(row.getMessage().endsWith("column 0 is 1.0E200"), row.getMessage());
    }

    @Test
    void transform_distanceBeyondTheRange_clearErrorNotInfinity() {
        // centres at -0.95 MAX and +0.95 MAX (the means of each pair): a row at -MAX is 0.05 MAX from the
        // first and 1.95 MAX = 3.506e308 from the second
        double big = 0.9 * Double.MAX_VALUE;
        double[][] x = {{-big}, {-Double.MAX_VALUE}, {big}, {Double.MAX_VALUE}};
        KMeansModel model = KMeans.of(2).fitFrom(Dataset.of(x), new double[][] {{-big}, {big}});
        assertEquals(0, model.predict(new double[] {-Double.MAX_VALUE}));
        assertEquals(1, model.predict(new double[] {Double.MAX_VALUE}));
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> model.transform(new double[] {-Double.MAX_VALUE}));
        assertEquals("the distance to centre 1 must lie within the double range to be returned, got about 3.506e308;"
                + " the row's label is exact: the magnitudes of the row and the centre put their distance beyond the"
                + " range", e.getMessage());
        // a distance within the range is still returned, scaled back exactly
        double[] near = model.transform(new double[] {0});
        assertEquals(-model.centres()[0][0], near[0]);
        assertEquals(model.centres()[1][0], near[1]);
        // in a batch, the error names the row, as a refused row's does (the batch defaults of core's
        // Transformer; Regressor, Classifier, ProbabilisticClassifier and Clusterer do the same)
        ArithmeticException inArray = assertThrows(ArithmeticException.class,
                () -> model.transform(new double[][] {{0}, {-Double.MAX_VALUE}}));
        assertEquals("rows[1]: " + e.getMessage(), inArray.getMessage());
        ArithmeticException inData = assertThrows(ArithmeticException.class,
                () -> model.transform(Dataset.of(new double[][] {{0}, {0}, {-Double.MAX_VALUE}})));
        assertEquals("data row 2: " + e.getMessage(), inData.getMessage());
    }
}
