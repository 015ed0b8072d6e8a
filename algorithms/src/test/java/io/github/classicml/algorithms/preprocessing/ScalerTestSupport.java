package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Transformer;

import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Checks shared by the preprocessing tests. */
final class ScalerTestSupport {

    private ScalerTestSupport() {
    }

    /** @return rows of mixed scales and signs, some heavy-tailed, from a seed */
    static Dataset randomRows(long seed, int rows, int columns) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[rows][columns];
        for (int j = 0; j < columns; j++) {
            double scale = Math.pow(10, rng.nextInt(-3, 4));
            double shift = rng.nextDouble(-50, 50);
            for (int i = 0; i < rows; i++) {
                double u = rng.nextDouble(-1, 1);
                x[i][j] = shift + scale * (j % 2 == 0 ? u : u * u * u * 20);
            }
        }
        return Dataset.of(x);
    }

    /** Asserts that inverse(transform(x)) gives x back within a relative 1e-12 of the column's size. */
    static void assertRoundTrip(Transformer model, UnaryOperator<double[]> inverse, Dataset data) {
        for (int i = 0; i < data.rows(); i++) {
            double[] x = data.row(i);
            double[] back = inverse.apply(model.transform(x));
            for (int j = 0; j < x.length; j++) {
                assertEquals(x[j], back[j], 1e-12 * Math.max(1, maxAbs(data.column(j))), "row " + i + ", column " + j);
            }
        }
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, Math.abs(d));
        }
        return m;
    }

    /** Asserts that a NaN or infinity at transform time is refused naming its row and column. */
    static void assertTransformRefusesNonFinite(Transformer model, Dataset probes, boolean nanAllowed) {
        double[][] x = probes.toArray();
        x[3][1] = Double.POSITIVE_INFINITY;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.transform(Dataset.of(x)));
        assertEquals("features must be finite; row 3, column 1 is Infinity; impute or drop missing values first",
                e.getMessage());
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class, () -> model.transform(x[3]));
        assertEquals("row must be finite; column 1 is Infinity; impute or drop missing values first", one.getMessage());
        assertThrows(IllegalArgumentException.class, () -> model.transform(x));
        if (!nanAllowed) {
            x[3][1] = Double.NaN;
            IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                    () -> model.transform(Dataset.of(x)));
            assertEquals("features must be finite; row 3, column 1 is NaN; impute or drop missing values first",
                    nan.getMessage());
        }
    }
}
