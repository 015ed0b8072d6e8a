package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.linalg.Vectors;

import java.util.Arrays;

/**
 * Hamerly's accelerated assignment step: the same assignments as Lloyd's step, with most distance
 * computations skipped.
 *
 * <p>Each row keeps an upper bound {@code u} on its distance to its own centre and one lower bound
 * {@code l} on its distance to every other centre. If {@code u < max(l, s)}, where {@code s} is half
 * the distance from the row's centre to the nearest other centre, no other centre can be nearer
 * (triangle inequality) and the row is skipped. Otherwise {@code u} is tightened to the exact distance
 * and the test repeated; only if it fails again are the distances to all k centres computed. After
 * the centres move by {@code delta_j}, {@code u} grows by its centre's move and {@code l} shrinks by the
 * largest move of any other centre. Once the clustering settles most rows are skipped, so an iteration
 * costs O(n·p) for the centre update instead of O(n·k·p).
 *
 * <p>The skip test carries a margin for the rounding of the exact kernel, and every bound is rounded
 * outwards ({@link Bounds}), so a row is skipped only when the exact kernel, ties to the lowest index,
 * would also keep it where it is: from the same start the assignments equal Lloyd's exactly. Memory:
 * two doubles per row.
 *
 * <p>Reference: G. Hamerly, "Making k-means even faster", Proceedings of the 2010 SIAM International
 * Conference on Data Mining, pp. 130-140.
 */
final class Hamerly {

    private final Rows rows;
    private final int k;
    private final double[] upper;
    private final double[] lower;
    private final double kernel;
    private boolean started;

    Hamerly(Rows rows, int k) {
        this.rows = rows;
        this.k = k;
        this.upper = new double[rows.n];
        this.lower = new double[rows.n];
        this.kernel = Bounds.kernelError(rows.p);
    }

    /** Assigns every row to its nearest centre, skipping the rows whose bounds prove it unchanged. */
    void assign(double[] centres, int[] labels) {
        if (!started) {
            Assignment.assign(rows, centres, k, labels, upper, lower);
            started = true;
            return;
        }
        double[] half = halfGaps(centres);
        rows.forEachChunk(chunk -> {
            for (int i = rows.chunkStart(chunk); i < rows.chunkEnd(chunk); i++) {
                int a = labels[i];
                double bound = Math.max(half[a], lower[i]) * (1 - kernel);
                if (upper[i] * (1 + kernel) < bound) {
                    continue;
                }
                upper[i] = Bounds.up(Math.sqrt(rows.squaredDistance(i, centres, a)) * (1 + kernel));
                if (upper[i] * (1 + kernel) < bound) {
                    continue;
                }
                int best = 0;
                double bestD = rows.squaredDistance(i, centres, 0);
                double second = Double.POSITIVE_INFINITY;
                for (int j = 1; j < k; j++) {
                    double d = rows.squaredDistance(i, centres, j);
                    if (d < bestD) {
                        second = bestD;
                        bestD = d;
                        best = j;
                    } else if (d < second) {
                        second = d;
                    }
                }
                labels[i] = best;
                upper[i] = Bounds.up(Math.sqrt(bestD) * (1 + kernel));
                lower[i] = Bounds.down(Math.sqrt(second) * (1 - kernel));
            }
        });
    }

    /** @return for each centre, a lower bound on half the distance to its nearest other centre */
    private double[] halfGaps(double[] centres) {
        double[] half = new double[k];
        Arrays.fill(half, Double.POSITIVE_INFINITY);
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                double d = Bounds.down(0.5 * Math.sqrt(squared(centres, a, centres, b)) * (1 - kernel));
                half[a] = Math.min(half[a], d);
                half[b] = Math.min(half[b], d);
            }
        }
        return half;
    }

    /** Loosens every row's bounds by how far the centres moved. */
    void centresMoved(double[] before, double[] after, int[] labels) {
        double[] move = new double[k];
        int fastest = 0;
        for (int j = 0; j < k; j++) {
            move[j] = Bounds.up(Math.sqrt(squared(before, j, after, j)) * (1 + kernel));
            if (move[j] > move[fastest]) {
                fastest = j;
            }
        }
        double secondFastest = 0;
        for (int j = 0; j < k; j++) {
            if (j != fastest) {
                secondFastest = Math.max(secondFastest, move[j]);
            }
        }
        int top = fastest;
        double largest = move[fastest];
        double others = secondFastest;
        rows.forEachChunk(chunk -> {
            for (int i = rows.chunkStart(chunk); i < rows.chunkEnd(chunk); i++) {
                int a = labels[i];
                upper[i] = Bounds.up(upper[i] + move[a]);
                lower[i] = Bounds.down(lower[i] - (a == top ? others : largest));
            }
        });
    }

    private double squared(double[] c, int a, double[] d, int b) {
        return Vectors.squaredEuclidean(c, a * rows.p, d, b * rows.p, rows.p);
    }
}
