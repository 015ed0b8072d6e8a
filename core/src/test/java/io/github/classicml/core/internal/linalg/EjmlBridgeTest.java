package io.github.classicml.core.internal.linalg;

import io.github.classicml.core.Dataset;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EjmlBridgeTest {

    @Test
    void features_isAFreshCopy() {
        Dataset d = Dataset.of(new double[][] {{1, 2}, {3, 4}});
        DMatrixRMaj m = EjmlBridge.features(d);
        assertEquals(2, m.numRows);
        assertEquals(2, m.numCols);
        assertEquals(3.0, m.get(1, 0));
        m.set(0, 0, 99);
        assertEquals(1.0, d.get(0, 0));
        assertArrayEquals(new double[] {99, 2, 3, 4}, EjmlBridge.toRowMajor(m));
    }

    @Test
    void column_isAFreshCopy() {
        double[] v = {1, 2, 3};
        DMatrixRMaj c = EjmlBridge.column(v);
        c.set(0, 0, 5);
        assertEquals(1.0, v[0]);
        assertEquals(3, c.numRows);
        assertEquals(1, c.numCols);
    }
}
