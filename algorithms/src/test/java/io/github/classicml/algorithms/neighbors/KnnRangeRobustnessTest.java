package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Distances whose sums of powers leave the double range: a large Minkowski order ({@code 4^2000}
 * overflows, {@code 0.25^2000} underflows), and training rows whose entries span a wide range of
 * magnitudes (the square of a difference of 1e-301 beside entries of 1e300 underflows). Before, the
 * reduced distances collapsed to 0 or infinity: wrong neighbours (ties to the lowest index) or an
 * {@code ArrayIndexOutOfBoundsException} from the candidate selection. Also: k-NN regression on targets
 * near the largest double, and {@link Distance#between} on non-finite entries.
 */
class KnnRangeRobustnessTest {

    private static final SearchStrategy[] SEARCHES = {
        SearchStrategy.BRUTE_FORCE, SearchStrategy.KD_TREE, SearchStrategy.AUTO,
    };

    static Stream<Arguments> largeOrders() {
        List<Arguments> out = new ArrayList<>();
        for (double p : new double[] {400, 1000, 2000, 1e6, 1e308}) {
            for (SearchStrategy search : SEARCHES) {
                out.add(Arguments.of(p, search));
            }
        }
        return out.stream();
    }

    @Test
    void between_largeOrder_isTheDistance() {
        double[] a = {0, 0};
        double[] b = {3, 4};
        assertEquals(4.0, Distance.minkowski(400).between(a, b), 4e-15);
        assertEquals(4.0, Distance.minkowski(2000).between(a, b), 4e-15);
        assertEquals(4.0, Distance.minkowski(1e308).between(a, b));
        // the order-p distance of (3, 4) from the origin, 4 (1 + 0.75^p)^(1/p), in another form
        assertEquals(4 * Math.exp(Math.log1p(Math.pow(0.75, 20)) / 20), Distance.minkowski(20).between(a, b), 1e-14);
        assertEquals(Math.cbrt(27 + 64), Distance.minkowski(3).between(a, b), 1e-15);
    }

    @ParameterizedTest(name = "p={0} {1}")
    @MethodSource("largeOrders")
    void largeOrder_nearestRowIsTheNearest(double p, SearchStrategy search) {
        Dataset train = Dataset.of(new double[][] {{0}, {5}}).withClasses(new int[] {0, 1}, List.of("a", "b"));
        KnnClassifierModel model = KnnClassifier.of(1).withDistance(Distance.minkowski(p)).withSearch(search).fit(train);
        assertEquals(1, model.predict(new double[] {4}));
        assertEquals(1.0, model.neighbors(Dataset.of(new double[][] {{4}})).distances(0)[0], 1e-15);
        Dataset targets = Dataset.of(new double[][] {{0}, {5}}).withTargets(new double[] {10, 20}, "y");
        assertEquals(20, KnnRegressor.of(1).withDistance(Distance.minkowski(p)).withSearch(search).fit(targets)
                .predict(new double[] {4}));
    }

    /** The order-p distance, computed independently in logarithms: {@code (1/p) log sum_j exp(p log|d_j|)}. */
    private static double logDistance(double[] a, double[] b, double p) {
        double top = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < a.length; j++) {
            top = Math.max(top, Math.log(Math.abs(a[j] - b[j])));
        }
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += Math.exp(p * (Math.log(Math.abs(a[j] - b[j])) - top));
        }
        return top + Math.log(s) / p;
    }

    static Stream<Arguments> blobs() {
        List<Arguments> out = new ArrayList<>();
        for (long seed = 0; seed < 3; seed++) {
            for (double p : new double[] {30, 1000, 1e308}) {
                for (SearchStrategy search : SEARCHES) {
                    out.add(Arguments.of(seed, p, search));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "seed={0} p={1} {2}")
    @MethodSource("blobs")
    void largeOrder_blobs_neighboursOfAnIndependentReference(long seed, double p, SearchStrategy search) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 90;
        int k = 3;
        double[][] x = new double[n][3];
        int[] classes = new int[n];
        for (int i = 0; i < n; i++) {
            classes[i] = i % 3;
            for (int j = 0; j < 3; j++) {
                x[i][j] = RandomData.gaussian(rng) + 4 * (i % 3);
            }
        }
        KnnClassifierModel model = KnnClassifier.of(k).withDistance(Distance.minkowski(p)).withSearch(search)
                .fit(Dataset.of(x).withClasses(classes));
        Neighbors found = model.neighbors(Dataset.of(x));
        for (int i = 0; i < n; i++) {
            double[] row = x[i];
            double[] log = new double[n];
            for (int t = 0; t < n; t++) {
                log[t] = t == i ? Double.NEGATIVE_INFINITY : logDistance(row, x[t], p);
            }
            int[] expected = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(t -> log[t]))
                    .limit(k).mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, found.rows(i), "row " + i);
            double[] d = found.distances(i);
            for (int j = 1; j < k; j++) {
                assertEquals(Math.exp(log[expected[j]]), d[j], 1e-12 * d[j], "row " + i + ", neighbour " + j);
            }
            assertArrayEquals(found.rows(i), model.neighbors(row), "row " + i);
        }
        // and the regressor's search agrees
        double[] y = new double[n];
        Arrays.setAll(y, i -> i);
        KnnRegressorModel regressor = KnnRegressor.of(1).withDistance(Distance.minkowski(p)).withSearch(search)
                .fit(Dataset.of(x).withTargets(y, "y"));
        assertArrayEquals(y, regressor.predict(x));
    }

    static Stream<Arguments> wideRanges() {
        List<Arguments> out = new ArrayList<>();
        for (Distance distance : new Distance[] {
            Distance.EUCLIDEAN, Distance.MANHATTAN, Distance.CHEBYSHEV, Distance.minkowski(3), Distance.minkowski(1.5),
        }) {
            for (SearchStrategy search : SEARCHES) {
                for (double big : new double[] {1e300, 1e160, 1e120}) {
                    out.add(Arguments.of(distance, search, big));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} big={2}")
    @MethodSource("wideRanges")
    void wideRangeOfMagnitudes_nearestRowIsTheNearest(Distance distance, SearchStrategy search, double big) {
        double tiny = 1 / big;
        Dataset train = Dataset.of(new double[][] {{2 * tiny}, {tiny}, {big}})
                .withClasses(new int[] {0, 1, 2}, List.of("a", "b", "c"));
        KnnClassifier learner = KnnClassifier.of(1).withDistance(distance).withSearch(search);
        KnnClassifierModel model = learner.fit(train);
        // 0.1 tiny from row 1, 0.9 tiny from row 0
        assertEquals(1, model.predict(new double[] {1.1 * tiny}));
        assertEquals(1, model.predict(new double[][] {{1.1 * tiny}})[0]);
        assertEquals(0, model.predict(new double[] {1.9 * tiny}));
        assertEquals(2, model.predict(new double[] {0.75 * big}));

        // two columns: the large entries are equal, the distance is that of the small ones
        Dataset two = Dataset.of(new double[][] {{big, 2 * tiny}, {big, tiny}, {-big, 0}})
                .withClasses(new int[] {0, 1, 2}, List.of("a", "b", "c"));
        KnnClassifierModel twoModel = KnnClassifier.of(2).withDistance(distance).withSearch(search).fit(two);
        Neighbors found = twoModel.neighbors(Dataset.of(new double[][] {{big, 1.1 * tiny}}));
        assertArrayEquals(new int[] {1, 0}, found.rows(0));
        assertEquals(0.1 * tiny, found.distances(0)[0], 1e-12 * tiny);
        assertEquals(0.9 * tiny, found.distances(0)[1], 1e-12 * tiny);
        assertEquals(0.1 * tiny, distance.between(new double[] {big, 1.1 * tiny}, new double[] {big, tiny}), 1e-12 * tiny);

        // distance weighting: shares 0.9 and 0.1 (weights 1/d in the ratio 9 : 1)
        double[] shares = KnnClassifier.of(2).withDistance(distance).withSearch(search).withWeighting(Weighting.DISTANCE)
                .fit(two).predictProbabilities(new double[] {big, 1.1 * tiny});
        assertArrayEquals(new double[] {0.1, 0.9, 0}, shares, 1e-12);
    }

    @Test
    void ordinaryData_keepsTheSumsOfPowers() {
        double[][] x = {{0.1, 5.1}, {4.4, 1e-3}, {7.9, 0}, {2, 3}};
        for (Distance distance : new Distance[] {Distance.EUCLIDEAN, Distance.minkowski(3), Distance.minkowski(1.5)}) {
            KnnClassifierModel model = KnnClassifier.of(1).withDistance(distance).fit(Dataset.of(x).withClasses(new int[] {0, 1, 0, 1}));
            assertFalse(model.search.perPair(), distance.toString());
            // 1e300 beside 1e-300: sums of squares cannot rank these rows
            KnnClassifierModel wide = KnnClassifier.of(1).withDistance(distance)
                    .fit(Dataset.of(new double[][] {{1e300}, {1e-300}}).withClasses(new int[] {0, 1}));
            assertTrue(wide.search.perPair(), distance.toString());
        }
        KnnClassifierModel large = KnnClassifier.of(1).withDistance(Distance.minkowski(100)).fit(Dataset.of(x).withClasses(new int[] {0, 1, 0, 1}));
        assertTrue(large.search.perPair());
    }

    @Test
    void regressor_targetsNearTheLargestDouble_meanIsFinite() {
        Dataset data = Dataset.of(new double[][] {{0}, {1}}).withTargets(new double[] {1.5e308, 1.5e308}, "y");
        assertEquals(1.5e308, KnnRegressor.of(2).fit(data).predict(new double[] {0.5}));
        assertEquals(1.5e308, KnnRegressor.of(2).withWeighting(Weighting.DISTANCE).fit(data).predict(new double[] {0.25}));
        Dataset mixed = Dataset.of(new double[][] {{0}, {1}}).withTargets(new double[] {1.5e308, 1.0e308}, "y");
        assertEquals(1.25e308, KnnRegressor.of(2).fit(mixed).predict(new double[] {0.5}), 1e293);
        // weights 1/0.25 and 1/0.75: (3 * 1.5e308 + 1e308) / 4
        assertEquals(1.375e308, KnnRegressor.of(2).withWeighting(Weighting.DISTANCE).fit(mixed)
                .predict(new double[][] {{0.25}})[0], 1e293);
        Dataset opposite = Dataset.of(new double[][] {{0}, {1}, {2}}).withTargets(new double[] {-1.7e308, 1.7e308, 1.7e308}, "y");
        assertEquals(1.7e308 / 3, KnnRegressor.of(3).fit(opposite).predict(new double[] {1}), 1e293);
    }

    @Test
    void distanceWeights_tinyDistances_relativeWeightsNotInfinity() {
        double[] weights = new double[2];
        Weighting.DISTANCE.weigh(new double[] {1e-310, 3e-310}, weights);
        assertEquals(3.0, weights[0] / weights[1], 1e-9);
        Weighting.DISTANCE.weigh(new double[] {0, 3e-310}, weights);
        assertArrayEquals(new double[] {1, 0}, weights);
        Weighting.DISTANCE.weigh(new double[] {1e-308, 1e-308}, weights);
        assertTrue(Double.isFinite(weights[0] + weights[1]));
    }

    @Test
    void between_nonFiniteEntry_refusedNamingArgumentAndEntry() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> Distance.EUCLIDEAN.between(new double[] {Double.NaN}, new double[] {0}));
        assertEquals("a must be finite; entry 0 is NaN", nan.getMessage());
        IllegalArgumentException inf = assertThrows(IllegalArgumentException.class,
                () -> Distance.MANHATTAN.between(new double[] {0, 1}, new double[] {0, Double.NEGATIVE_INFINITY}));
        assertEquals("b must be finite; entry 1 is -Infinity", inf.getMessage());
    }

    @Test
    void predictProbabilities_tableBeyondTheLimit_refusedBeforeAllocating() {
        int classes = Dataset.MAX_CLASSES;
        List<String> names = IntStream.range(0, classes).mapToObj(c -> "c" + c).toList();
        double[][] x = {{0}, {1}};
        KnnClassifierModel model = KnnClassifier.of(1).fit(Dataset.of(x).withClasses(new int[] {0, classes - 1}, names));
        Dataset queries = Dataset.ofRowMajor(new double[3000], 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.predictProbabilities(queries));
        assertEquals("the probability table must have at most " + Dataset.MAX_CELLS + " entries, got 3000 rows x "
                + classes + " classes = " + 3000L * classes, e.getMessage());
    }
}
