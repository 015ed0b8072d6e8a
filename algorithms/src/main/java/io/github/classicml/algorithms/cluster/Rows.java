package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.internal.Parallel;
import io.github.classicml.core.internal.linalg.KernelSelection;
import io.github.classicml.core.internal.linalg.PackedRows;
import io.github.classicml.core.internal.linalg.SinglePrecisionRows;
import io.github.classicml.core.internal.linalg.PairwiseDistances;
import io.github.classicml.core.internal.linalg.Scaling;
import io.github.classicml.core.internal.linalg.Vectors;

import java.util.function.IntConsumer;

/**
 * The rows k-means works on, with the quantities every step needs, and the fixed chunking that makes
 * every parallel sum independent of the thread count: rows are cut into chunks of {@value #CHUNK},
 * each chunk's partial result goes to its own slot, and slots are combined in chunk order.
 *
 * <p><b>Scale.</b> Rows whose largest magnitude lies far from 1 (features of 10^300 or 10^-300, whose
 * squared distances would overflow or underflow) are held multiplied by one exact power of two,
 * {@code 2^scale} ({@link Scaling}); ordinary rows have {@code scale} 0 and are held as given. Every
 * step of k-means (seeding, assignment, update, tolerance, inertia) is the same computation in scaled
 * units, so the labels are those of the unscaled rows, and the model scales centres, distances and
 * inertia back.
 */
final class Rows {

    static final int CHUNK = 2048;
    /** Rows with magnitudes of binary exponent in [-WINDOW, WINDOW] are held unscaled: squares stay safe. */
    static final int WINDOW = Scaling.window(2);

    /** The rows, row-major (a copy of the dataset's). */
    final double[] x;
    final int n;
    final int p;
    /** The rows packed once for the blocked distance kernels (seeding and every assignment step). */
    final PackedRows packed;
    /**
     * The rows' single-precision copy, which screens the assignment step ({@link Assignment}) on the
     * plain-Java kernel path; null on the Vector API path, whose double-precision {@code nearest} kernel
     * is faster than the plain-Java float one (W2 Lloyd 110-114 ms against 145; in plain Java the screen
     * takes it from 183-187 to 155-166), and where screening does not apply ({@link SinglePrecisionRows#of}).
     */
    final SinglePrecisionRows single;
    final Parallel parallel;
    /** The power of two the rows were multiplied by: 0 for ordinary data. */
    final int scale;

    private Rows(double[] x, int n, int p, Parallel parallel, int scale) {
        this.x = x;
        this.scale = scale;
        this.n = n;
        this.p = p;
        this.parallel = parallel;
        this.packed = PackedRows.of(x, n, p, parallel);
        this.single = n > 0 && !KernelSelection.vectorActive() ? SinglePrecisionRows.of(x, n, p) : null;
    }

    /**
     * Copies a dataset's features, chunks on the threads, and checks that they are finite.
     *
     * @param data the dataset; not modified
     * @param parallel the threads
     * @return its rows
     * @throws IllegalArgumentException {@code features must be finite; row i, column j is v}, for the
     *     first such entry
     */
    static Rows copyOf(Dataset data, Parallel parallel) {
        int n = data.rows();
        int p = data.columns();
        double[] x = new double[n * p];
        int chunks = (n + CHUNK - 1) / CHUNK;
        boolean[] finite = new boolean[chunks];
        double[] largest = new double[chunks];
        parallel.forEach(chunks, c -> {
            int end = Math.min(n, (c + 1) * CHUNK);
            double check = 0;
            for (int i = c * CHUNK; i < end; i++) {
                data.copyRow(i, x, i * p);
            }
            for (int m = c * CHUNK * p; m < end * p; m++) {
                // x - x is 0 for finite x, NaN for NaN and both infinities
                check += x[m] - x[m];
            }
            finite[c] = check == 0;
            largest[c] = finite[c] ? Scaling.maxAbs(x, c * CHUNK * p, end * p) : 0;
        });
        double max = 0;
        for (int c = 0; c < chunks; c++) {
            if (!finite[c]) {
                Check.finiteFeatures(data);
            }
            max = Math.max(max, largest[c]);
        }
        int scale = Scaling.scaleExponent(max, WINDOW);
        if (scale != 0) {
            parallel.forEach(chunks, c -> Scaling.scale(x, c * CHUNK * p, Math.min(n, (c + 1) * CHUNK) * p, scale));
        }
        return new Rows(x, n, p, parallel, scale);
    }

    /** The squared norm of row {@code i} (as {@link PairwiseDistances#squaredNorms} computes it). */
    double norm(int i) {
        return packed.squaredNorm(i);
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
