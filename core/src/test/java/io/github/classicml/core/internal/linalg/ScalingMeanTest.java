package io.github.classicml.core.internal.linalg;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The overflow-free mean shared by the averaging ensembles and gradient boosting's starting value. */
class ScalingMeanTest {

    @Test
    void ordinaryValues_theSumOverTheCount() {
        assertEquals(2.0, Scaling.mean(new double[] {1, 2, 3}));
        // the plain sum's bits: (0.1 + 0.2) + 0.3, over 3
        assertEquals(((0.1 + 0.2) + 0.3) / 3, Scaling.mean(new double[] {0.1, 0.2, 0.3}));
    }

    @Test
    void valuesWhoseSumOverflows_stillHaveTheirMean() {
        assertEquals(1.5e308, Scaling.mean(new double[] {1.5e308, 1.5e308}));
        assertEquals(1.5e308, Scaling.mean(new double[] {1.7e308, 1.3e308}), 1e292);
        assertEquals(-1.0e308, Scaling.mean(new double[] {-1.7e308, -0.3e308, -1.0e308}), 1e292);
    }
}
