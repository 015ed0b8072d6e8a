package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.TransformerContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnnImputerTest implements TransformerContract<KnnImputerModel> {

    /**
     * Not scale-invariant: the imputed columns are in the input's units while the indicator columns are
     * 0 or 1, so the output is neither the same nor scaled by one factor.
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return false;
    }

    private static final double NAN = Double.NaN;

    @Override
    public Learner<KnnImputerModel> learner() {
        return KnnImputer.of().withNeighbours(3).withWeighting(KnnImputer.Weighting.DISTANCE).withIndicator(true);
    }

    @Override
    public boolean acceptsMissingValues() {
        return true;
    }

    @Override
    public Dataset contractData(SplittableRandom rng, int rows, int columns) {
        return ImputerTestData.withMissing(rng, rows, columns);
    }

    @Test
    void nanEuclidean_handWorked() {
        // shared coordinates 0 and 2 of 3: (1-4)^2 + (5-1)^2 = 25, scaled by 3/2 -> sqrt(37.5)
        assertEquals(Math.sqrt(37.5), KnnImputer.nanEuclidean(new double[] {1, NAN, 5}, new double[] {4, 2, 1}), 1e-15);
        assertTrue(Double.isNaN(KnnImputer.nanEuclidean(new double[] {1, NAN}, new double[] {NAN, 2})));
        assertEquals(5.0, KnnImputer.nanEuclidean(new double[] {0, 0}, new double[] {3, 4}), 0.0);
    }

    @Test
    void handWorked_uniformAndDistance() {
        // donors (x, y): (0, 10), (1, 20), (3, 30), (10, 40). Query x = 0.5, y missing:
        // distances by x alone, scaled by 2/1: sqrt(2)·0.5, sqrt(2)·0.5, sqrt(2)·2.5, sqrt(2)·9.5
        // k = 2, uniform: (10 + 20)/2 = 15; k = 3, distance: weights 2, 2, 0.4 (times 1/sqrt 2)
        // -> (2·10 + 2·20 + 0.4·30)/4.4 = 72/4.4
        Dataset d = Dataset.of(new double[][] {{0, 10}, {1, 20}, {3, 30}, {10, 40}});
        assertArrayEquals(new double[] {0.5, 15}, KnnImputer.of().withNeighbours(2).fit(d).transform(new double[] {0.5, NAN}), 0.0);
        assertArrayEquals(new double[] {0.5, 72 / 4.4},
                KnnImputer.of().withNeighbours(3).withWeighting(KnnImputer.Weighting.DISTANCE).fit(d)
                        .transform(new double[] {0.5, NAN}), 1e-12);
        // a donor at distance 0 takes all the weight
        assertArrayEquals(new double[] {3, 30},
                KnnImputer.of().withWeighting(KnnImputer.Weighting.DISTANCE).fit(d).transform(new double[] {3, NAN}), 0.0);
        // more neighbours than donors: all 4, uniform -> 25
        assertArrayEquals(new double[] {0.5, 25}, KnnImputer.of().withNeighbours(9).fit(d).transform(new double[] {0.5, NAN}), 0.0);
    }

    @Test
    void rowWithoutSharedCoordinates_getsTheColumnMean() {
        // the query observes only column 1, which no donor observes except row 0: the donors for column 0 are
        // rows 1 and 2 (column 0 observed), and neither shares a coordinate with the query -> mean of 4 and 8
        Dataset d = Dataset.of(new double[][] {{NAN, 1}, {4, NAN}, {8, NAN}});
        KnnImputerModel m = KnnImputer.of().fit(d);
        assertArrayEquals(new double[] {6, 1}, m.transform(new double[] {NAN, 1}), 0.0);
        assertArrayEquals(new double[] {6, 1}, m.columnMeans(), 0.0);
    }

    @Test
    void indicatorNames_andInfinityRefused() {
        Dataset d = Dataset.of(new double[][] {{1, NAN}, {2, 3}}).withColumnNames(List.of("a", "b"));
        assertEquals(List.of("a", "b", "missingindicator_b"), KnnImputer.of().withIndicator(true).fit(d).transform(d).columnNames());
        ScalerTestSupport.assertTransformRefusesNonFinite(learner().fit(training()), probes(), true);
        assertEquals("neighbours must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> KnnImputer.of().withNeighbours(0)).getMessage());
    }

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void imputedValueLiesBetweenTheDonorValues_observedKept(long seed) {
        Dataset d = ImputerTestData.withMissing(new SplittableRandom(seed), 30, 3);
        Dataset out = KnnImputer.of().fit(d).transform(d);
        for (int j = 0; j < 3; j++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : d.column(j)) {
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            for (int i = 0; i < d.rows(); i++) {
                double v = out.get(i, j);
                if (Double.isNaN(d.get(i, j))) {
                    assertTrue(v >= lo && v <= hi, "row " + i + ", column " + j);
                } else {
                    assertEquals(d.get(i, j), v, 0.0);
                }
            }
        }
    }
}
