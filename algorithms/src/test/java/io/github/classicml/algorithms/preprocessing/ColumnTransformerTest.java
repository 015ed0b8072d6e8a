package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.io.Table;
import io.github.classicml.core.testing.TransformerContract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ColumnTransformerTest implements TransformerContract<ColumnTransformerModel> {

    /**
     * Not scale-invariant: the remainder passes through in the input's units while the scaled column
     * is scale-free, so the output is neither the same nor scaled by one factor.
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return false;
    }

    @Override
    public Learner<ColumnTransformerModel> learner() {
        return ColumnTransformer.of(ColumnTransformer.numeric("scale", StandardScaler.of(), "x0")).withRemainder(true);
    }

    @Test
    void handWorked_mixedTable() {
        // colour one-hot (blue, red), w min-max scaled over [0, 4], n dropped (no remainder)
        Table t = Table.ofRows(3).withText("colour", new String[] {"red", "blue", "red"})
                .withNumeric("w", new double[] {0, 4, 1}).withNumeric("n", new double[] {7, 8, 9});
        ColumnTransformerModel m = ColumnTransformer.of(
                ColumnTransformer.part("hot", OneHotEncoder.of(), "colour"),
                ColumnTransformer.numeric("mm", MinMaxScaler.of(), "w")).fit(t);
        Dataset out = m.transform(t);
        assertEquals(List.of("hot__colour_blue", "hot__colour_red", "mm__w"), out.columnNames());
        assertArrayEquals(new double[] {0, 1, 0, 1, 0, 1, 0, 1, 0.25}, out.features(), 0.0);
        ColumnTransformerModel kept = ColumnTransformer.of(ColumnTransformer.numeric("mm", MinMaxScaler.of(), "w", "n"))
                .withRemainder(true).withRemainder(false).fit(t);
        assertEquals(2, kept.outputColumns());
        assertEquals("remainder column colour must be numeric to pass through, got a text column; give it to an encoder",
                assertThrows(IllegalArgumentException.class, () -> ColumnTransformer.of(
                        ColumnTransformer.numeric("mm", MinMaxScaler.of(), "w")).withRemainder(true).fit(t)).getMessage());
    }

    @Test
    void partErrors_nameThePart() {
        Table t = Table.ofRows(2).withNumeric("a", new double[] {1, Double.NaN}).withNumeric("b", new double[] {1, 2});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ColumnTransformer.of(ColumnTransformer.numeric("s", StandardScaler.of(), "a")).fit(t));
        assertEquals("part s (columns [a]): features must be finite; row 1, column 0 is NaN; impute or drop missing values first",
                e.getMessage());
        // an imputer part takes the NaN
        Dataset out = ColumnTransformer.of(ColumnTransformer.numeric("i", SimpleImputer.of(), "a")).fit(t).transform(t);
        assertArrayEquals(new double[] {1, 1}, out.features(), 0.0);
        assertEquals("name must be a column of the table, one of [a, b], got \"zz\"",
                assertThrows(IllegalArgumentException.class,
                        () -> ColumnTransformer.of(ColumnTransformer.numeric("s", StandardScaler.of(), "zz")).fit(t)).getMessage());
        assertEquals("parts must have distinct names, got \"s\" twice", assertThrows(IllegalArgumentException.class,
                () -> ColumnTransformer.of(ColumnTransformer.numeric("s", StandardScaler.of(), "a"),
                        ColumnTransformer.numeric("s", StandardScaler.of(), "b"))).getMessage());
    }
}
