package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.testing.RandomData;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded generators of the inputs the discrete naive Bayes models take, classes assigned round-robin. */
final class BayesTestData {

    private BayesTestData() {
    }

    /**
     * Counts: class c draws each column from a binomial with its own rate, so classes differ.
     *
     * @return non-negative integer counts with class names c0, c1, ...
     */
    static Dataset counts(SplittableRandom rng, int rows, int columns, int classes) {
        double[][] rates = new double[classes][columns];
        for (double[] r : rates) {
            for (int j = 0; j < columns; j++) {
                r[j] = rng.nextDouble();
            }
        }
        double[][] x = new double[rows][columns];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = i % classes;
            for (int j = 0; j < columns; j++) {
                int count = 0;
                for (int t = 0; t < 6; t++) {
                    count += rng.nextDouble() < rates[y[i]][j] ? 1 : 0;
                }
                x[i][j] = count;
            }
        }
        return Dataset.of(x).withClasses(y, names(classes));
    }

    /**
     * An easy problem for the discrete models: class c draws its counts (6 trials) at rate 0.9 in
     * the columns {@code j} with {@code j mod classes = c} and 0.02 elsewhere, so each class has columns
     * of its own (give {@code columns = 2 * classes} so that presence alone separates them too).
     *
     * @return non-negative integer counts in [0, 6], also valid category codes, class names c0, c1, ...
     */
    static Dataset separated(SplittableRandom rng, int rows, int columns, int classes) {
        double[][] x = new double[rows][columns];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = i % classes;
            for (int j = 0; j < columns; j++) {
                double rate = j % classes == y[i] ? 0.9 : 0.02;
                for (int t = 0; t < 6; t++) {
                    x[i][j] += rng.nextDouble() < rate ? 1 : 0;
                }
            }
        }
        return Dataset.of(x).withClasses(y, names(classes));
    }

    /** @return category codes 0..categories-1, from class-dependent distributions */
    static Dataset codes(SplittableRandom rng, int rows, int columns, int classes, int categories) {
        Dataset counts = counts(rng, rows, columns, classes);
        double[][] x = counts.toArray();
        for (double[] row : x) {
            for (int j = 0; j < columns; j++) {
                row[j] = Math.min(categories - 1, row[j]);
            }
        }
        return Dataset.of(x).withClasses(counts.classes(), counts.classNames());
    }

    /** @return Gaussian blobs, shifted and scaled per column so the columns differ in scale */
    static Dataset gaussian(SplittableRandom rng, int rows, int columns, int classes) {
        Dataset blobs = RandomData.blobs(rng, rows, columns, classes, 3.0);
        double[][] x = blobs.toArray();
        double[] scale = new double[columns];
        double[] offset = new double[columns];
        for (int j = 0; j < columns; j++) {
            scale[j] = Math.pow(10, rng.nextInt(-2, 3));
            offset[j] = rng.nextInt(-100, 101) * scale[j];
        }
        for (double[] row : x) {
            for (int j = 0; j < columns; j++) {
                row[j] = row[j] * scale[j] + offset[j];
            }
        }
        return Dataset.of(x).withClasses(blobs.classes(), blobs.classNames());
    }

    static List<String> names(int classes) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            out.add("c" + c);
        }
        return out;
    }
}
