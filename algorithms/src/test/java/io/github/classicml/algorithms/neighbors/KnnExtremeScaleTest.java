package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.testing.RandomData;
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
 * Features multiplied by 10^300 or 10^-300 give the neighbours, labels, probabilities and predictions of
 * the unscaled features, for both searches, every distance and both weightings: distances are invariant
 * to a common scale up to its factor, and the models hold such data at a power-of-two scale. Before,
 * squared distances overflowed to infinity (or underflowed to 0) and brute force threw an
 * {@code ArrayIndexOutOfBoundsException}.
 */
class KnnExtremeScaleTest {

    private static final Distance[] DISTANCES = {
        Distance.EUCLIDEAN, Distance.MANHATTAN, Distance.CHEBYSHEV, Distance.minkowski(3), Distance.COSINE,
    };
    private static final double[] FACTORS = {1e300, 1e-300};

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (long seed = 0; seed < 3; seed++) {
            for (Distance distance : DISTANCES) {
                for (SearchStrategy search : new SearchStrategy[] {SearchStrategy.BRUTE_FORCE, SearchStrategy.KD_TREE}) {
                    if (search == SearchStrategy.KD_TREE && !distance.isMinkowski()) {
                        continue;
                    }
                    for (Weighting weighting : Weighting.values()) {
                        for (double factor : FACTORS) {
                            out.add(Arguments.of(seed, distance, search, weighting, factor));
                        }
                    }
                }
            }
        }
        return out.stream();
    }

    private static double[][] gaussian(SplittableRandom rng, int n, int p) {
        double[][] x = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                x[i][j] = RandomData.gaussian(rng) + (j == 0 ? 3 * (i % 3) : 0);
            }
        }
        return x;
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

    @ParameterizedTest(name = "seed={0} {1} {2} {3} x{4}")
    @MethodSource("cases")
    void scaledFeatures_sameAnswersAsUnscaled(long seed, Distance distance, SearchStrategy search,
                                              Weighting weighting, double factor) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 90;
        int p = 4;
        int k = 7;
        double[][] x = gaussian(rng, n, p);
        int[] classes = new int[n];
        double[] targets = new double[n];
        for (int i = 0; i < n; i++) {
            classes[i] = i % 3;
            targets[i] = x[i][0] + RandomData.gaussian(rng);
        }
        double[][] q = gaussian(rng, 40, p);
        // two queries repeat training rows: distance exactly 0, the distance weighting's special case
        q[0] = x[5].clone();
        q[1] = x[17].clone();
        List<String> names = List.of("a", "b", "c");
        Dataset train = Dataset.of(x).withClasses(classes, names);
        Dataset trainScaled = Dataset.of(times(x, factor)).withClasses(classes, names);
        Dataset queries = Dataset.of(q);
        Dataset queriesScaled = Dataset.of(times(q, factor));

        KnnClassifier classifier = KnnClassifier.of(k).withDistance(distance).withSearch(search).withWeighting(weighting);
        KnnClassifierModel plain = classifier.fit(train);
        KnnClassifierModel scaled = classifier.fit(trainScaled);
        assertEquals(search, scaled.searchStrategy());
        assertArrayEquals(plain.predict(queries), scaled.predict(queriesScaled));
        double[][] pp = plain.predictProbabilities(queries);
        double[][] sp = scaled.predictProbabilities(queriesScaled);
        Neighbors pn = plain.neighbors(queries);
        Neighbors sn = scaled.neighbors(queriesScaled);
        for (int i = 0; i < q.length; i++) {
            assertArrayEquals(pp[i], sp[i], 1e-12, "query " + i);
            assertArrayEquals(pp[i], scaled.predictProbabilities(times(new double[][] {q[i]}, factor)[0]), 1e-12);
            assertArrayEquals(pn.rows(i), sn.rows(i), "query " + i);
            double[] pd = pn.distances(i);
            double[] sd = sn.distances(i);
            for (int j = 0; j < k; j++) {
                double expected = distance == Distance.COSINE ? pd[j] : pd[j] * factor;
                assertEquals(expected, sd[j], 1e-12 * Math.abs(expected) + (distance == Distance.COSINE ? 1e-15 : 0),
                        "query " + i + ", neighbour " + j);
                assertTrue(Double.isFinite(sd[j]));
            }
        }

        KnnRegressor regressor = KnnRegressor.of(k).withDistance(distance).withSearch(search).withWeighting(weighting);
        Dataset trainTargets = Dataset.of(x).withTargets(targets, "y");
        Dataset trainTargetsScaled = Dataset.of(times(x, factor)).withTargets(targets, "y");
        double[] expected = regressor.fit(trainTargets).predict(queries);
        double[] got = regressor.fit(trainTargetsScaled).predict(queriesScaled);
        for (int i = 0; i < q.length; i++) {
            // uniform weights: the same neighbours' targets, the same bits; distance weights: ratios equal to rounding
            assertEquals(expected[i], got[i], weighting == Weighting.UNIFORM ? 0 : 1e-12 * (1 + Math.abs(expected[i])),
                    "query " + i);
        }
    }

    @Test
    void distanceBetween_hugeAndTinyRows_scaledBack() {
        // (3, 4) times 1e300: the squared distance 2.5e601 overflows, the distance 5e300 does not
        double[] a = {3e300, 4e300};
        double[] b = {0, 0};
        assertEquals(5e300, Distance.EUCLIDEAN.between(a, b), 5e300 * 1e-15);
        assertEquals(5e-300, Distance.EUCLIDEAN.between(new double[] {3e-300, 4e-300}, b), 5e-300 * 1e-15);
        assertEquals(7e300, Distance.MANHATTAN.between(a, b), 7e300 * 1e-15);
        assertEquals(0.0, Distance.COSINE.between(a, new double[] {6e300, 8e300}), 1e-15);
    }

    @Test
    void queryTooFarForTheTrainingScale_clearError() {
        // ordinary training rows; a query of 1e200: its squared distances (1e400) would overflow
        Dataset train = Dataset.of(new double[][] {{0, 0}, {1, 1}, {2, 2}}).withClasses(new int[] {0, 1, 1});
        KnnClassifierModel model = KnnClassifier.of(1).withSearch(SearchStrategy.BRUTE_FORCE).fit(train);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.predict(Dataset.of(new double[][] {{1, 1}, {0, 1e200}})));
        assertTrue(e.getMessage().contains("row 1, column 1 is 1.0E200"), e.getMessage());
        assertTrue(e.getMessage().startsWith("features must be at most about "), e.getMessage());
        IllegalArgumentException single = assertThrows(IllegalArgumentException.class,
                () -> model.predict(new double[] {0, 1e200}));
        assertTrue(single.getMessage().contains("column 1 is 1.0E200"), single.getMessage());
        // training rows of 1e-300 are held times about 2^995: a query of 1e10 could not be scaled alike
        Dataset tiny = Dataset.of(new double[][] {{0, 0}, {1e-300, 1e-300}, {2e-300, 2e-300}})
                .withClasses(new int[] {0, 1, 1});
        KnnClassifierModel tinyModel = KnnClassifier.of(1).fit(tiny);
        assertEquals(1, tinyModel.predict(new double[] {1.4e-300, 0.9e-300}));
        IllegalArgumentException far = assertThrows(IllegalArgumentException.class,
                () -> tinyModel.predict(new double[][] {{0, 0}, {1e10, 0}}));
        assertTrue(far.getMessage().startsWith("rows must be at most about "), far.getMessage());
        assertTrue(far.getMessage().endsWith("row 1, column 0 is 10000000000"), far.getMessage());
        // Chebyshev only subtracts: the same query is fine; all three rows are 1e200 away (the 1 and 2 are
        // lost to rounding), so the tie goes to the lowest row, of class 0
        KnnClassifierModel chebyshev = KnnClassifier.of(1).withDistance(Distance.CHEBYSHEV).fit(train);
        assertEquals(0, chebyshev.predict(new double[] {0, 1e200}));
    }
}
