package io.github.classicml.algorithms.neighbors;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DistanceTest {

    private final double[] a = {1, 2, 3};
    private final double[] b = {4, 6, 3};

    @Test
    void between_handWorked() {
        // differences 3, 4, 0
        assertEquals(5.0, Distance.EUCLIDEAN.between(a, b), 0.0);
        assertEquals(7.0, Distance.MANHATTAN.between(a, b), 0.0);
        assertEquals(4.0, Distance.CHEBYSHEV.between(a, b), 0.0);
        assertEquals(Math.cbrt(27 + 64), Distance.minkowski(3).between(a, b), 1e-15);
        // cos = (4 + 12 + 9) / (sqrt(14) sqrt(61))
        assertEquals(1 - 25 / Math.sqrt(14 * 61), Distance.COSINE.between(a, b), 1e-15);
        assertEquals(1.0, Distance.COSINE.between(new double[3], b), 0.0);
        assertEquals(0.0, Distance.COSINE.between(a, new double[] {2, 4, 6}), 1e-15);
    }

    @Test
    void minkowski_ordersOneAndTwoAreManhattanAndEuclidean() {
        assertEquals(Distance.MANHATTAN, Distance.minkowski(1));
        assertEquals(Distance.EUCLIDEAN, Distance.minkowski(2));
        assertEquals(Distance.minkowski(3), Distance.minkowski(3));
        assertEquals(Distance.minkowski(3).hashCode(), Distance.minkowski(3).hashCode());
        assertNotEquals(Distance.minkowski(3), Distance.minkowski(4));
        assertEquals("minkowski(p=3)", Distance.minkowski(3).toString());
        assertEquals("minkowski(p=2.5)", Distance.minkowski(2.5).toString());
        assertEquals("chebyshev", Distance.CHEBYSHEV.toString());
        assertEquals(Double.POSITIVE_INFINITY, Distance.CHEBYSHEV.p());
    }

    @Test
    void minkowski_orderBelowOneOrInfinite_throws() {
        assertEquals("p must be >= 1, got 0.5",
                assertThrows(IllegalArgumentException.class, () -> Distance.minkowski(0.5)).getMessage());
        assertEquals("p must be finite, got Infinity",
                assertThrows(IllegalArgumentException.class, () -> Distance.minkowski(Double.POSITIVE_INFINITY))
                        .getMessage());
        assertEquals("a has 3 entries but b has 2",
                assertThrows(IllegalArgumentException.class, () -> Distance.EUCLIDEAN.between(a, new double[2]))
                        .getMessage());
    }

    @Test
    void reducedToBox_isZeroInside_andGapOutside() {
        double[] lower = {0, 0};
        double[] upper = {1, 1};
        assertEquals(0.0, Distance.EUCLIDEAN.reducedToBox(new double[] {0.5, 0.5}, 0, lower, upper, 0, 2), 0.0);
        assertEquals(4 + 9, Distance.EUCLIDEAN.reducedToBox(new double[] {3, -3}, 0, lower, upper, 0, 2), 0.0);
        assertEquals(5, Distance.MANHATTAN.reducedToBox(new double[] {3, -3}, 0, lower, upper, 0, 2), 0.0);
        assertEquals(3, Distance.CHEBYSHEV.reducedToBox(new double[] {3, -3}, 0, lower, upper, 0, 2), 0.0);
    }
}
