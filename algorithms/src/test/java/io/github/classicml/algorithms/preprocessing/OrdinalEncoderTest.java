package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.io.Table;
import io.github.classicml.core.testing.TransformerContract;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrdinalEncoderTest implements TransformerContract<OrdinalEncoderModel> {

    @Override
    public Learner<OrdinalEncoderModel> learner() {
        return OrdinalEncoder.of().withUnknownValue(-1);
    }

    @Override
    public Dataset contractData(SplittableRandom rng, int rows, int columns) {
        return OneHotEncoderTest.codes(rng, rows, columns);
    }

    @Test
    void handWorked() {
        // sizes sorted as text: L, M, S, XL -> M = 1, XL = 3, L = 0, S = 2; numbers sorted numerically: 2 < 10
        Table t = Table.ofRows(4).withText("size", new String[] {"M", "XL", "L", "S"}).withNumeric("n", new double[] {10, 2, 10, 2});
        OrdinalEncoderModel m = OrdinalEncoder.of().fit(t);
        assertArrayEquals(new double[] {1, 1, 3, 0, 0, 1, 2, 0}, m.transform(t).features(), 0.0);
        assertEquals(List.of("size", "n"), m.transform(t).columnNames());
        Table unseen = Table.ofRows(1).withText("size", new String[] {"XS"}).withNumeric("n", new double[] {2});
        assertTrue(Double.isNaN(OrdinalEncoder.of().withUnknownValue(Double.NaN).fit(t).transform(unseen).get(0, 0)));
        // 2 is the code of a size category (L, M, S, XL: 0..3); 4 is free, as scikit-learn allows
        assertEquals("unknownValue must not be the code of a category, got 2, which column 0 uses (codes 0 to 3)",
                assertThrows(IllegalArgumentException.class, () -> OrdinalEncoder.of().withUnknownValue(2).fit(t)).getMessage());
        assertEquals(4.0, OrdinalEncoder.of().withUnknownValue(4).fit(t).transform(unseen).get(0, 0), 0.0);
        assertEquals("unknownValue must be an integer or NaN, got -0.5",
                assertThrows(IllegalArgumentException.class, () -> OrdinalEncoder.of().withUnknownValue(-0.5)).getMessage());
    }
}
