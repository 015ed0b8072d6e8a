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

class PcaTest implements TransformerContract<PcaModel> {

    @Override
    public Learner<PcaModel> learner() {
        return Pca.of(2).withWhiten(true);
    }

    @Override
    public int minimumRows() {
        return 2;
    }

    @Override
    public void contract_fit_oneColumn_works() {
        // two components cannot come from one column: the contract's check runs with one component
        Dataset data = contractData(new SplittableRandom(11), 40, 1);
        PcaModel model = Pca.of(1).fit(data);
        for (double[] row : model.transform(contractData(new SplittableRandom(12), 10, 1).toArray())) {
            assertEquals(true, Double.isFinite(row[0]));
        }
    }

    @Test
    void handWorked_pointsOnALine() {
        // rows (0,0), (1,1), (2,2), (5,5): mean (2, 2); all spread along (1,1)/√2. Centred rows project
        // to -2√2, -√2, 0, 3√2 (squares 8, 2, 0, 18): variance 28/(4 - 1); the second axis has variance 0,
        // so the ratio is (1, 0)
        Dataset d = Dataset.of(new double[][] {{0, 0}, {1, 1}, {2, 2}, {5, 5}});
        PcaModel m = Pca.of().fit(d);
        double h = Math.sqrt(0.5);
        // svd_flip: U's first column is proportional to the projections; its largest magnitude (row 3,
        // 3√2) is made positive, so the axis is +(1,1)/√2
        assertArrayEquals(new double[] {h, h}, m.components()[0], 1e-12);
        assertArrayEquals(new double[] {28.0 / 3, 0}, m.explainedVariance(), 1e-12);
        assertArrayEquals(new double[] {1, 0}, m.explainedVarianceRatio(), 1e-12);
        assertEquals(-2 * Math.sqrt(2), m.transform(new double[] {0, 0})[0], 1e-12);
        assertArrayEquals(new double[] {5, 5}, m.inverseTransform(m.transform(new double[] {5, 5})), 1e-12);
        assertEquals(List.of("pca0", "pca1"), m.transform(d).columnNames());
    }

    @Test
    void badSettings_throw() {
        assertEquals("components must be <= min(rows, columns) (2), got 3",
                assertThrows(IllegalArgumentException.class, () -> Pca.of(3).fit(Dataset.of(new double[][] {{1, 2}, {3, 5}, {4, 4}}))).getMessage());
        assertEquals("varianceToKeep must be in (0, 1], got 0",
                assertThrows(IllegalArgumentException.class, () -> Pca.of().withVarianceToKeep(0)).getMessage());
        assertEquals("row has 3 columns but the model has 2 components",
                assertThrows(IllegalArgumentException.class, () -> Pca.of(2).fit(training()).inverseTransform(new double[3])).getMessage());
    }

    @Test
    void transform_nonFinite_throwsNamingRowAndColumn() {
        ScalerTestSupport.assertTransformRefusesNonFinite(learner().fit(training()), probes(), false);
    }

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void projectedColumnsAreUncorrelated_whitenedHaveUnitVariance_fullInverseReconstructs(long seed) {
        Dataset d = ScalerTestSupport.randomRows(seed, 30, 4);
        PcaModel white = Pca.of().withWhiten(true).fit(d);
        double[][] z = white.transform(d.toArray());
        for (int a = 0; a < 4; a++) {
            for (int b = a; b < 4; b++) {
                double s = 0;
                for (double[] row : z) {
                    s += row[a] * row[b];
                }
                assertEquals(a == b ? 1 : 0, s / (z.length - 1), 1e-9, "columns " + a + ", " + b);
            }
        }
        double ratio = 0;
        for (double r : white.explainedVarianceRatio()) {
            ratio += r;
        }
        assertEquals(1, ratio, 1e-12);
        ScalerTestSupport.assertRoundTrip(white, white::inverseTransform, d);
    }
}
