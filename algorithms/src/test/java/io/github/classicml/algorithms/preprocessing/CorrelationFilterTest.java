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
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorrelationFilterTest implements TransformerContract<CorrelationFilterModel> {

    /** The output is in the input's units. */
    @Override
    public boolean outputInInputUnits() {
        return true;
    }

    @Override
    public Learner<CorrelationFilterModel> learner() {
        return CorrelationFilter.of().withThreshold(0.2);
    }

    /**
     * The contract's check moves each column by an affine map, which leaves every correlation and so
     * the choice unchanged; {@link #fit_otherData_otherColumns} checks the dependence instead.
     */
    @Override
    public boolean learnsFromData() {
        return false;
    }

    @Override
    public int minimumRows() {
        return 2;
    }

    @Test
    void handWorked_orderRule() {
        // b = 2a exactly (r = 1); c = -a + small wiggle (|r| near 1); d unrelated; e constant
        Dataset d = Dataset.of(new double[][] {{1, 2, -1.1, 5, 7}, {2, 4, -1.9, 1, 7}, {3, 6, -3.2, 4, 7}, {4, 8, -3.9, 2, 7}})
                .withColumnNames(List.of("a", "b", "c", "d", "e"));
        CorrelationFilterModel m = CorrelationFilter.of().fit(d);
        // pairs (a,b) and (a,c) exceed 0.9: b and c dropped; (b,c) is skipped as b is gone
        assertArrayEquals(new int[] {0, 3, 4}, m.keptColumns());
        assertEquals(List.of("a", "d", "e"), m.transform(d).columnNames());
        assertArrayEquals(new double[] {1, 5, 7}, m.transform(d.row(0)), 0.0);
        double[][] r = CorrelationFilter.correlations(d);
        assertEquals(1.0, r[0][1], 1e-15);
        assertEquals(0.0, r[0][4], 0.0);
    }

    @Test
    void fit_otherData_otherColumns() {
        Dataset correlated = Dataset.of(new double[][] {{1, 1}, {2, 2.1}, {3, 2.9}});
        Dataset independent = Dataset.of(new double[][] {{1, 1}, {2, -1}, {3, 1}});
        assertEquals(1, CorrelationFilter.of().fit(correlated).outputColumns());
        assertEquals(2, CorrelationFilter.of().fit(independent).outputColumns());
    }

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void keptColumnsAreBelowTheThreshold(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[30][5];
        for (double[] row : x) {
            double z = rng.nextGaussian();
            for (int j = 0; j < 5; j++) {
                row[j] = z * (j % 2) + rng.nextGaussian() * 0.5;
            }
        }
        Dataset d = Dataset.of(x);
        CorrelationFilterModel m = CorrelationFilter.of().withThreshold(0.6).fit(d);
        double[][] r = CorrelationFilter.correlations(d.selectColumns(m.keptColumns()));
        for (int a = 0; a < r.length; a++) {
            for (int b = a + 1; b < r.length; b++) {
                assertTrue(Math.abs(r[a][b]) <= 0.6, "seed " + seed);
            }
        }
    }
}
