package io.github.classicml.core.testing;

import io.github.classicml.core.Dataset;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generators of datasets, labels and scores for property tests. Every method draws only from
 * the {@link SplittableRandom} it is given, so a seed names one input exactly.
 */
public final class RandomData {

    private RandomData() {
    }

    /** @return a standard normal draw (Box-Muller; {@code SplittableRandom} has no {@code nextGaussian} in Java 17) */
    public static double gaussian(SplittableRandom rng) {
        double u = 1.0 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    /**
     * Gaussian blobs: class {@code c} is centred at a random point with coordinates in
     * {@code [-separation, separation]}, with unit spread. Classes are assigned round-robin, so each
     * class has {@code rows / classes} rows (give or take one).
     *
     * @param rng the random source
     * @param rows the number of rows
     * @param columns the number of columns
     * @param classes the number of classes
     * @param separation the half-width of the box holding the class centres
     * @return a dataset with class names {@code c0, c1, ...}
     */
    public static Dataset blobs(SplittableRandom rng, int rows, int columns, int classes, double separation) {
        double[][] centres = new double[classes][columns];
        for (double[] centre : centres) {
            for (int j = 0; j < columns; j++) {
                centre[j] = (2 * rng.nextDouble() - 1) * separation;
            }
        }
        double[][] x = new double[rows][columns];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = i % classes;
            for (int j = 0; j < columns; j++) {
                x[i][j] = centres[y[i]][j] + gaussian(rng);
            }
        }
        String[] names = new String[classes];
        for (int c = 0; c < classes; c++) {
            names[c] = "c" + c;
        }
        return Dataset.of(x).withClasses(y, List.of(names));
    }

    /**
     * A noisy linear regression problem: {@code y = 1 + sum_j w_j x_j + noise * N(0, 1)} with
     * {@code x_j ~ N(0, 1)} and {@code w_j ~ U(-2, 2)}.
     *
     * @param rng the random source
     * @param rows the number of rows
     * @param columns the number of columns
     * @param noise the standard deviation of the noise
     * @return a dataset with numeric target {@code y}
     */
    public static Dataset linear(SplittableRandom rng, int rows, int columns, double noise) {
        double[] w = new double[columns];
        for (int j = 0; j < columns; j++) {
            w[j] = 4 * rng.nextDouble() - 2;
        }
        double[][] x = new double[rows][columns];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            double s = 1.0;
            for (int j = 0; j < columns; j++) {
                x[i][j] = gaussian(rng);
                s += w[j] * x[i][j];
            }
            y[i] = s + noise * gaussian(rng);
        }
        return Dataset.of(x).withTargets(y, "y");
    }

    /**
     * @param rng the random source
     * @param rows the number of rows
     * @param columns the number of columns
     * @return a dataset without targets, values standard normal
     */
    public static Dataset unlabeled(SplittableRandom rng, int rows, int columns) {
        double[][] x = new double[rows][columns];
        for (double[] row : x) {
            for (int j = 0; j < columns; j++) {
                row[j] = gaussian(rng);
            }
        }
        return Dataset.of(x);
    }

    /**
     * @param rng the random source
     * @param n the number of labels
     * @param classes the number of classes
     * @return uniform class indices in {@code [0, classes)}
     */
    public static int[] labels(SplittableRandom rng, int n, int classes) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = rng.nextInt(classes);
        }
        return out;
    }

    /**
     * @param rng the random source
     * @param n the number of values
     * @param probability the probability of {@code true}
     * @return independent coin flips
     */
    public static boolean[] booleans(SplittableRandom rng, int n, double probability) {
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            out[i] = rng.nextDouble() < probability;
        }
        return out;
    }

    /**
     * Scores with ties: uniform values rounded to {@code decimals} decimal places, so that with few
     * decimals many scores are equal.
     *
     * @param rng the random source
     * @param n the number of scores
     * @param decimals the decimal places kept (1 gives at most 11 distinct values)
     * @return the scores, in [0, 1]
     */
    public static double[] scores(SplittableRandom rng, int n, int decimals) {
        double scale = Math.pow(10, decimals);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.rint(rng.nextDouble() * scale) / scale;
        }
        return out;
    }

    /**
     * @param rng the random source
     * @param n the size
     * @return a uniformly random permutation of {@code 0..n-1} (Fisher-Yates)
     */
    public static int[] permutation(SplittableRandom rng, int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /**
     * @param from the first index
     * @param to one past the last index
     * @return {@code from, from + 1, ..., to - 1}
     */
    public static int[] range(int from, int to) {
        int[] out = new int[to - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + i;
        }
        return out;
    }
}
