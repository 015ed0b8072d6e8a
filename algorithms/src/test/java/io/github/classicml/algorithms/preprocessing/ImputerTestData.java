package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.testing.RandomData;

import java.util.SplittableRandom;

/** Standard normal rows with about a fifth of the entries missing; row 0 is complete. */
final class ImputerTestData {

    private ImputerTestData() {
    }

    static Dataset withMissing(SplittableRandom rng, int rows, int columns) {
        double[][] x = RandomData.unlabeled(rng, rows, columns).toArray();
        for (int i = 1; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                if (rng.nextDouble() < 0.2) {
                    x[i][j] = Double.NaN;
                }
            }
        }
        return Dataset.of(x);
    }
}
