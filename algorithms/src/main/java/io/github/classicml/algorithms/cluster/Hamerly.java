package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.internal.linalg.PairwiseDistances;
import io.github.classicml.core.internal.linalg.Vectors;

import java.util.Arrays;

/**
 * Hamerly's accelerated assignment step: the same assignments as Lloyd's step, with most distance
 * computations skipped.
 *
 * <p>Each row keeps an upper bound {@code u} on its distance to its own centre and one lower bound
 * {@code l} on its distance to every other centre. If {@code u < max(l, s)}, where {@code s} is half
 * the distance from the row's centre to the nearest other centre, no other centre can be nearer
 * (triangle inequality) and the row is skipped. Otherwise {@code u} is tightened to the exact distance
 * and the test repeated; only if it fails again are the distances to all k centres computed (such rows
 * are gathered into blocks and decided as Lloyd's step decides, {@link Assignment}). In the first
 * iterations, while the centres still move far, many rows fail; a chunk of rows where more than an
 * eighth fail the first test goes through Lloyd's step whole, which is cheaper than row by row. After
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

    /** Rows whose bounds fail are decided in blocks of this many, as Lloyd's step decides them. */
    private static final int BLOCK = 128;
    /**
     * A chunk where more than 1 / {@value} of the rows fail the first test goes through Lloyd's step
     * whole: on W2 (JMH-like harness, 21 iterations), 1/2 gave 59 ms, 1/4 to 1/32 gave 50-52 ms, and
     * never switching 68 ms; Lloyd's step alone takes 72 ms.
     */
    private static final int FULL_STEP_SHARE = 8;

    private final Rows rows;
    private final int k;
    private final Assignment lloyd;
    private final double[] upper;
    private final double[] lower;
    private final double kernel;
    /** Per chunk, buffers for the rows whose bounds fail (allocated once per run). */
    private final Open[] open;
    private boolean started;
    /** The centres' moves since the bounds were last loosened, or null. */
    private Moves moved;

    /**
     * How far each centre moved: a row's upper bound grows by its centre's move, its lower bound
     * shrinks by the largest move of another centre ({@code others} for the fastest centre's rows,
     * {@code largest} for the others').
     */
    private record Moves(double[] move, int fastest, double largest, double others) {
    }

    /**
     * A chunk's buffers: the rows failing the first test, and those waiting for a full decision (their
     * indices, values and norms).
     */
    private static final class Open {
        final int[] failing = new int[Rows.CHUNK];
        final int[] rows = new int[BLOCK];
        final double[] values;
        final double[] norms = new double[BLOCK];
        final int[] best = new int[BLOCK];
        final double[] first = new double[BLOCK];
        final double[] second = new double[BLOCK];

        Open(int p) {
            values = new double[BLOCK * p];
        }
    }

    Hamerly(Rows rows, int k, Assignment lloyd) {
        this.rows = rows;
        this.k = k;
        this.lloyd = lloyd;
        this.upper = new double[rows.n];
        this.lower = new double[rows.n];
        this.kernel = Bounds.kernelError(rows.p);
        this.open = new Open[rows.chunks()];
        for (int chunk = 0; chunk < open.length; chunk++) {
            open[chunk] = new Open(rows.p);
        }
    }

    /**
     * Assigns every row to its nearest centre, skipping the rows whose bounds prove it unchanged, and
     * fills {@code sums} (when given).
     */
    void assign(double[] centres, int[] labels, ChunkSums sums) {
        if (!started) {
            lloyd.assign(centres, labels, upper, lower, sums);
            started = true;
            return;
        }
        double[] half = halfGaps(centres);
        Assignment.Centres c = Assignment.Centres.of(centres, k, rows);
        int p = rows.p;
        Moves m = moved;
        moved = null;
        rows.forEachChunk(chunk -> {
            Open waiting = open[chunk];
            int start = rows.chunkStart(chunk);
            int end = rows.chunkEnd(chunk);
            // first test, on every row: the bounds (loosened by the centres' last moves) against the
            // half gap; the failures are listed
            int failing = 0;
            for (int i = start; i < end; i++) {
                int a = labels[i];
                if (m != null) {
                    upper[i] = Bounds.up(upper[i] + m.move()[a]);
                    lower[i] = Bounds.down(lower[i] - (a == m.fastest() ? m.others() : m.largest()));
                }
                if (upper[i] * (1 + kernel) >= Math.max(half[a], lower[i]) * (1 - kernel)) {
                    waiting.failing[failing++] = i;
                }
            }
            boolean changed;
            if (failing > (end - start) / FULL_STEP_SHARE) {
                // many rows must be looked at: Lloyd's step over the whole chunk is cheaper than one by
                // one, and decides them the same way
                changed = lloyd.assignChunk(chunk, c, labels, upper, lower);
            } else {
                changed = false;
                // how many rows wait: a local, as the buffers' objects lie next to other chunks' ones
                int count = 0;
                for (int f = 0; f < failing; f++) {
                    int i = waiting.failing[f];
                    int a = labels[i];
                    double bound = Math.max(half[a], lower[i]) * (1 - kernel);
                    upper[i] = Bounds.up(Math.sqrt(rows.squaredDistance(i, centres, a)) * (1 + kernel));
                    if (upper[i] * (1 + kernel) < bound) {
                        continue;
                    }
                    // the bounds still fail: the row is decided with others, as Lloyd's step does
                    waiting.rows[count] = i;
                    System.arraycopy(rows.x, i * p, waiting.values, count * p, p);
                    waiting.norms[count] = rows.norm(i);
                    count++;
                    if (count == BLOCK) {
                        changed |= decide(c, waiting, count, labels);
                        count = 0;
                    }
                }
                changed |= decide(c, waiting, count, labels);
            }
            if (sums != null) {
                sums.record(chunk, changed, start, end, labels);
            }
        });
    }

    /**
     * Decides the nearest centre of the first {@code count} waiting rows and resets their bounds.
     *
     * @return whether any of them changed centre
     */
    private boolean decide(Assignment.Centres c, Open waiting, int count, int[] labels) {
        if (count == 0) {
            return false;
        }
        PairwiseDistances.nearest(waiting.values, 0, count, waiting.norms, c.x(), 0, k, c.norms(), rows.p,
                waiting.best, waiting.first, waiting.second);
        boolean changed = false;
        for (int r = 0; r < count; r++) {
            int i = waiting.rows[r];
            double margin = 2 * PairwiseDistances.roundingBound(rows.norm(i), c.maxNorm(), rows.p);
            int label = Assignment.decide(rows, c, i, waiting.best[r], waiting.first[r], waiting.second[r], margin,
                    upper, lower);
            changed |= label != labels[i];
            labels[i] = label;
        }
        return changed;
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

    /**
     * Records how far the centres moved; every row's bounds are loosened accordingly when the next
     * assignment visits it (it visits every row), which spares a pass over the bounds.
     */
    void centresMoved(double[] before, double[] after) {
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
        moved = new Moves(move, fastest, move[fastest], secondFastest);
    }

    private double squared(double[] c, int a, double[] d, int b) {
        return Vectors.squaredEuclidean(c, a * rows.p, d, b * rows.p, rows.p);
    }
}
