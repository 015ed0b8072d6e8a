package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.io.Table;
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

class OneHotEncoderTest implements TransformerContract<OneHotEncoderModel> {

    /** Category codes 0 to 3. */
    static Dataset codes(SplittableRandom rng, int rows, int columns) {
        double[][] x = new double[rows][columns];
        for (double[] row : x) {
            for (int j = 0; j < columns; j++) {
                row[j] = rng.nextInt(4);
            }
        }
        return Dataset.of(x);
    }

    @Override
    public Learner<OneHotEncoderModel> learner() {
        return OneHotEncoder.of().withUnknown(UnknownCategories.IGNORE);
    }

    @Override
    public Dataset contractData(SplittableRandom rng, int rows, int columns) {
        return codes(rng, rows, columns);
    }

    @Test
    void handWorked_text() {
        // colours sorted: blue, green, red -> red = (0, 0, 1); drop first: blue is (0, 0)
        Table t = Table.ofRows(3).withText("colour", new String[] {"red", "blue", "green"});
        OneHotEncoderModel m = OneHotEncoder.of().fit(t);
        assertEquals(List.of("blue", "green", "red"), m.categories(0));
        assertArrayEquals(new double[] {0, 0, 1, 1, 0, 0, 0, 1, 0}, m.transform(t).features(), 0.0);
        assertEquals(List.of("colour_blue", "colour_green", "colour_red"), m.transform(t).columnNames());
        OneHotEncoderModel dropped = OneHotEncoder.of().withDrop(OneHotEncoder.Drop.FIRST).fit(t);
        assertArrayEquals(new double[] {0, 1, 0, 0, 1, 0}, dropped.transform(t).features(), 0.0);
        assertEquals(List.of("colour_green", "colour_red"), dropped.outputColumnNames(List.of("colour")));
        // if binary: only a two-category column loses its first category (no -> dropped, yes -> 1)
        Table two = t.withText("organic", new String[] {"yes", "no", "yes"});
        OneHotEncoderModel binary = OneHotEncoder.of().withDrop(OneHotEncoder.Drop.IF_BINARY).fit(two);
        assertEquals(List.of("colour_blue", "colour_green", "colour_red", "organic_yes"), binary.transform(two).columnNames());
        assertArrayEquals(new double[] {0, 0, 1, 1}, binary.transform(two).row(0), 0.0);
    }

    @Test
    void unknownCategory_errorOrZeros() {
        Table t = Table.ofRows(2).withText("c", new String[] {"a", "b"});
        Table unseen = Table.ofRows(2).withText("c", new String[] {"b", "z"});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OneHotEncoder.of().fit(t).transform(unseen));
        assertEquals("category must be one seen at fit; row 1, column 0 is \"z\", unknown; known: [a, b]; "
                + "use UnknownCategories.IGNORE to encode it as none", e.getMessage());
        assertArrayEquals(new double[] {0, 1, 0, 0},
                OneHotEncoder.of().withUnknown(UnknownCategories.IGNORE).fit(t).transform(unseen).features(), 0.0);
        // integral numbers are named as Python prints floats, also past Java's switch to exponents at 10^7;
        // -0.0 and 0 are one category
        assertEquals(List.of("x0_-3.0", "x0_0.0", "x0_0.5", "x0_20000000.0"), OneHotEncoder.of()
                .fit(Dataset.of(new double[][] {{20_000_000}, {-3}, {0.5}, {-0.0}, {0}})).outputColumnNames(List.of("x0")));
        // numbers: 5 was never seen
        OneHotEncoderModel numeric = OneHotEncoder.of().fit(Dataset.of(new double[][] {{1}, {2}}));
        assertEquals("category must be one seen at fit; column 0 is \"5.0\", unknown; known: [1.0, 2.0]; "
                + "use UnknownCategories.IGNORE to encode it as none",
                assertThrows(IllegalArgumentException.class, () -> numeric.transform(new double[] {5})).getMessage());
    }

    @Test
    void missingAndWrongKinds_refused() {
        Table t = Table.ofRows(2).withText("c", new String[] {"a", null});
        assertEquals("categories must not be missing; row 1, column 0 (c) is missing; impute it first "
                + "(SimpleImputer on codes, or a category of its own)",
                assertThrows(IllegalArgumentException.class, () -> OneHotEncoder.of().fit(t)).getMessage());
        OneHotEncoderModel m = OneHotEncoder.of().fit(Table.ofRows(1).withText("c", new String[] {"a"}));
        assertEquals("column 0 holds text categories; transform a Table, not numbers",
                assertThrows(IllegalArgumentException.class, () -> m.transform(new double[] {0})).getMessage());
        assertEquals("column 0 (c) must be text as at fit, got a numeric column",
                assertThrows(IllegalArgumentException.class,
                        () -> m.transform(Table.ofRows(1).withNumeric("c", new double[] {1}))).getMessage());
    }

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void everyRowHasOneOnePerColumn_andDropFirstDropsOneColumnEach(long seed) {
        Dataset d = codes(new SplittableRandom(seed), 30, 3);
        OneHotEncoderModel full = OneHotEncoder.of().fit(d);
        OneHotEncoderModel dropped = OneHotEncoder.of().withDrop(OneHotEncoder.Drop.FIRST).fit(d);
        assertEquals(full.outputColumns() - 3, dropped.outputColumns());
        for (int i = 0; i < d.rows(); i++) {
            double sum = 0;
            for (double v : full.transform(d.row(i))) {
                sum += v;
            }
            assertEquals(3.0, sum, 0.0, "row " + i);
        }
    }
}
