package io.github.classicml.core.io;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DatasetsTest {

    @Test
    void iris_hasFisherShapeAndSpecies() {
        Dataset iris = Datasets.iris();
        assertEquals(150, iris.rows());
        assertEquals(4, iris.columns());
        assertEquals(List.of("sepal_length", "sepal_width", "petal_length", "petal_width"), iris.columnNames());
        assertEquals(List.of("setosa", "versicolor", "virginica"), iris.classNames());
        assertArrayEquals(new int[] {50, 50, 50}, iris.classCounts());
        assertArrayEquals(new double[] {5.1, 3.5, 1.4, 0.2}, iris.row(0));
    }

    @Test
    void wine_andBreastCancer_haveTheirPublishedClassCounts() {
        Dataset wine = Datasets.wine();
        assertEquals(13, wine.columns());
        assertArrayEquals(new int[] {59, 71, 48}, wine.classCounts());
        Dataset cancer = Datasets.breastCancer();
        assertEquals(30, cancer.columns());
        assertEquals(List.of("benign", "malignant"), cancer.classNames());
        assertArrayEquals(new int[] {357, 212}, cancer.classCounts());
    }

    @Test
    void regressionSets_haveNumericTargets() {
        Dataset diabetes = Datasets.diabetes();
        assertEquals(442, diabetes.rows());
        assertEquals(10, diabetes.columns());
        assertEquals(151.0, diabetes.target(0));
        Dataset longley = Datasets.longley();
        assertEquals(16, longley.rows());
        assertEquals(60323.0, longley.target(0));
        Dataset sunspots = Datasets.sunspots();
        assertEquals(309, sunspots.rows());
        assertEquals(2008.0, sunspots.get(308, 0));
    }

    @Test
    void co2_keepsMissingWeeksAsNaN() {
        Dataset co2 = Datasets.co2Weekly();
        assertEquals(2284, co2.rows());
        int missing = 0;
        for (double y : co2.targets()) {
            if (Double.isNaN(y)) {
                missing++;
            }
        }
        assertEquals(59, missing);
        // 1958-03-29 is day 88 of 365
        assertEquals(1958 + 87 / 365.0, co2.get(0, 0), 1e-12);
    }

    @Test
    void nist_loadsEverySetByName() {
        for (String name : Datasets.NIST_NAMES) {
            Dataset d = Datasets.nist(name);
            assertEquals("y", d.targetName());
        }
        assertEquals(36, Datasets.nist("norris").rows());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Datasets.nist("filip"));
        assertEquals("name must be one of [norris, pontius, noint1, longley, wampler1], got \"filip\"", e.getMessage());
    }
}
