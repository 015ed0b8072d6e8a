package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.Parallel;
import io.github.classicml.core.linalg.PairwiseDistances;
import io.github.classicml.core.linalg.Vectors;

import java.util.function.IntConsumer;

/**
 * The rows k-means works on, with the quantities every step needs, and the fixed chunking that makes
 * every parallel sum independent of the thread count: rows are cut into chunks of {@value #CHUNK},
 * each chunk's partial result goes to its own slot, and slots are combined in chunk order.
 */
final class Rows {

    static final int CHUNK = 2048;

    final double[] x;
    final int n;
    final int p;
    /** Squared norm of every row. */
    final double[] norms;
    final Parallel parallel;

    Rows(double[] x, int n, int p, Parallel parallel) {
        this.x = x;
        this.n = n;
        this.p = p;
        this.norms = PairwiseDistances.squaredNorms(x, n, p);
        this.parallel = parallel;
    }

    int chunks() {
        return (n + CHUNK - 1) / CHUNK;
    }

    int chunkStart(int chunk) {
        return chunk * CHUNK;
    }

    int chunkEnd(int chunk) {
        return Math.min(n, (chunk + 1) * CHUNK);
    }

    /** Runs {@code task} once per chunk, on the threads. */
    void forEachChunk(IntConsumer task) {
        parallel.forEach(chunks(), task);
    }

    /** The exact squared distance from row {@code i} to centre {@code j}. */
    double squaredDistance(int i, double[] centres, int j) {
        return Vectors.squaredEuclidean(x, i * p, centres, j * p, p);
    }

    /**
     * The sum of squared distances from every row to its centre (the inertia), exact kernel, summed in
     * chunk order.
     */
    double inertia(double[] centres, int[] labels) {
        double[] partial = new double[chunks()];
        forEachChunk(c -> {
            double s = 0;
            for (int i = chunkStart(c); i < chunkEnd(c); i++) {
                s += squaredDistance(i, centres, labels[i]);
            }
            partial[c] = s;
        });
        double total = 0;
        for (double s : partial) {
            total += s;
        }
        return total;
    }

    /**
     * scikit-learn's absolute tolerance: {@code tolerance} times the mean over columns of the column
     * variances (population, two-pass: means first, then mean squared deviations; sums per chunk,
     * combined in chunk order).
     */
    double absoluteTolerance(double tolerance) {
        double[] mean = columnSums(null);
        for (int j = 0; j < p; j++) {
            mean[j] /= n;
        }
        double[] squares = columnSums(mean);
        double sum = 0;
        for (int j = 0; j < p; j++) {
            sum += squares[j] / n;
        }
        return tolerance * sum / p;
    }

    /** Per column, the sum of the values, or with {@code mean} given, of the squared deviations from it. */
    private double[] columnSums(double[] mean) {
        double[][] partial = new double[chunks()][];
        forEachChunk(c -> {
            double[] s = new double[p];
            for (int i = chunkStart(c); i < chunkEnd(c); i++) {
                for (int j = 0; j < p; j++) {
                    double v = mean == null ? x[i * p + j] : x[i * p + j] - mean[j];
                    s[j] += mean == null ? v : v * v;
                }
            }
            partial[c] = s;
        });
        double[] total = new double[p];
        for (double[] s : partial) {
            for (int j = 0; j < p; j++) {
                total[j] += s[j];
            }
        }
        return total;
    }
}
