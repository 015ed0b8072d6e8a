package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KnnWeightingTest {

    // 1-D: class a at 0 and 1, class b at 3
    private final Dataset data = Dataset.of(new double[][] {{0}, {1}, {3}})
            .withClasses(new int[] {0, 0, 1}, List.of("a", "b"));

    @Test
    void distanceWeights_handWorked() {
        KnnClassifierModel model = KnnClassifier.of(3).withWeighting(Weighting.DISTANCE).fit(data);
        // from 2.5: distances 2.5, 1.5, 0.5 -> weights 0.4, 2/3, 2 -> a 16/15, b 2 -> b wins
        double a = 1 / 2.5 + 1 / 1.5;
        double b = 1 / 0.5;
        assertArrayEquals(new double[] {a / (a + b), b / (a + b)}, model.predictProbabilities(new double[] {2.5}), 1e-15);
        assertEquals(1, model.predict(new double[] {2.5}));
        // uniform votes for the same query: a 2, b 1 -> a
        assertEquals(0, KnnClassifier.of(3).fit(data).predict(new double[] {2.5}));
    }

    @Test
    void distanceWeights_exactMatch_onlyZeroDistanceNeighboursCount() {
        KnnClassifierModel model = KnnClassifier.of(3).withWeighting(Weighting.DISTANCE).fit(data);
        assertArrayEquals(new double[] {0, 1}, model.predictProbabilities(new double[] {3}));
        KnnRegressorModel regressor = KnnRegressor.of(3).withWeighting(Weighting.DISTANCE)
                .fit(Dataset.of(new double[][] {{0}, {1}, {1}, {3}}).withTargets(new double[] {10, 20, 40, 30}, "y"));
        // from 1: rows 1 and 2 lie at distance 0 -> mean of 20 and 40
        assertEquals(30.0, regressor.predict(new double[] {1}), 0.0);
    }

    @Test
    void regressor_handWorked_uniformAndDistance() {
        Dataset d = Dataset.of(new double[][] {{0}, {1}, {3}}).withTargets(new double[] {1, 2, 6}, "y");
        assertEquals((1 + 2) / 2.0, KnnRegressor.of(2).fit(d).predict(new double[] {0.25}), 0.0);
        // from 0.25: distances 0.25 and 0.75 -> weights 4 and 4/3 -> (4*1 + 4/3*2) / (16/3) = 1.25
        assertEquals(1.25, KnnRegressor.of(2).withWeighting(Weighting.DISTANCE).fit(d).predict(new double[] {0.25}),
                1e-15);
    }

    @Test
    void weigh_uniformIsOnes() {
        double[] w = new double[2];
        Weighting.UNIFORM.weigh(new double[] {0, 5}, w);
        assertArrayEquals(new double[] {1, 1}, w);
        Weighting.DISTANCE.weigh(new double[] {2, 4}, w);
        assertArrayEquals(new double[] {0.5, 0.25}, w);
    }

    @Test
    void predict_nonFiniteQuery_throwsNamingTheEntry() {
        KnnClassifierModel model = KnnClassifier.of(2).fit(data);
        assertEquals("row must be finite; entry 0 is NaN",
                assertThrows(IllegalArgumentException.class, () -> model.predict(new double[] {Double.NaN})).getMessage());
        assertEquals("rows must be finite; row 1, column 0 is Infinity",
                assertThrows(IllegalArgumentException.class,
                        () -> model.predict(new double[][] {{1}, {Double.POSITIVE_INFINITY}})).getMessage());
        assertEquals("features must be finite; row 1, column 0 is NaN; impute or drop missing values first",
                assertThrows(IllegalArgumentException.class,
                        () -> model.neighbors(Dataset.of(new double[][] {{1}, {Double.NaN}}))).getMessage());
    }

    @Test
    void learner_rejectsBadSettings() {
        assertEquals("search must be BRUTE_FORCE or AUTO for the cosine distance, got KD_TREE;"
                        + " a k-d tree needs a Minkowski-family metric",
                assertThrows(IllegalArgumentException.class,
                        () -> KnnClassifier.of(3).withDistance(Distance.COSINE).withSearch(SearchStrategy.KD_TREE))
                        .getMessage());
        assertEquals("leafSize must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> KnnRegressor.of(3).withLeafSize(0)).getMessage());
        assertEquals("threads must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> KnnClassifier.of(3).withThreads(-1)).getMessage());
        assertEquals("distance must not be null",
                assertThrows(NullPointerException.class, () -> KnnClassifier.of(3).withDistance(null)).getMessage());
    }
}
