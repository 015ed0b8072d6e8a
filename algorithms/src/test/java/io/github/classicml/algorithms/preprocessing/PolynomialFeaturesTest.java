package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.TransformerContract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PolynomialFeaturesTest implements TransformerContract<PolynomialFeaturesModel> {

    /**
     * Not scale-invariant: the output holds products of up to three features, which scale with the
     * cube of the factor (and overflow at 10^300, which the model refuses naming the value).
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return false;
    }

    @Override
    public Learner<PolynomialFeaturesModel> learner() {
        return PolynomialFeatures.of(3);
    }

    @Override
    public boolean learnsFromData() {
        return false;
    }

    @Test
    void handWorked() {
        // (a, b) = (2, 3) at degree 2: 1, a, b, a², ab, b² = 1, 2, 3, 4, 6, 9
        Dataset d = Dataset.of(new double[][] {{2, 3}});
        PolynomialFeaturesModel m = PolynomialFeatures.of(2).fit(d);
        assertArrayEquals(new double[] {1, 2, 3, 4, 6, 9}, m.transform(new double[] {2, 3}), 0.0);
        assertEquals(List.of("1", "x0", "x1", "x0^2", "x0 x1", "x1^2"), m.transform(d).columnNames());
        // interactions only, no bias, degree 3 on (2, 3, 5): a, b, c, ab, ac, bc, abc
        assertArrayEquals(new double[] {2, 3, 5, 6, 10, 15, 30}, PolynomialFeatures.of(3).withInteractionOnly(true).withBias(false)
                .fit(Dataset.of(new double[][] {{2, 3, 5}})).transform(new double[] {2, 3, 5}), 0.0);
        // the count is C(p + d, d): p = 3, d = 3 -> 20
        assertEquals(20, PolynomialFeatures.of(3).fit(Dataset.of(new double[][] {{1, 1, 1}})).outputColumns());
        assertEquals("degree must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> PolynomialFeatures.of(-1)).getMessage());
        // degree 0: the bias column alone; without the bias nothing would be left
        assertArrayEquals(new double[] {1}, PolynomialFeatures.of(0).fit(d).transform(new double[] {2, 3}), 0.0);
        assertEquals("includeBias must be true at degree 0, got false; the output would be empty",
                assertThrows(IllegalArgumentException.class, () -> PolynomialFeatures.of(0).withBias(false)).getMessage());
    }

    @Test
    void transform_nonFinite_throwsNamingRowAndColumn() {
        ScalerTestSupport.assertTransformRefusesNonFinite(learner().fit(training()), probes(), false);
    }
}
