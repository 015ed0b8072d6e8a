package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.internal.linalg.PairwiseDistances;
import io.github.classicml.core.internal.linalg.SinglePrecisionRows;

/**
 * The assignment step of Lloyd's algorithm: every row goes to its nearest centre.
 *
 * <p>"Nearest" is decided by the exact squared distance {@code sum_j (x_j - c_j)^2} (the kernel of
 * {@link Rows#squaredDistance}), ties to the lowest centre index, so that Lloyd's and Hamerly's
 * algorithms, which reach their decisions differently, assign every row identically. For speed, each
 * row's nearest centre and the two smallest distances are first found from the dot-product form
 * {@code |x|^2 + |c|^2 - 2 x.c} without storing the others: in single precision from the rows' float
 * copy ({@link SinglePrecisionRows#nearest}) on the plain-Java path, where that is faster, in double
 * from the packed rows ({@link PairwiseDistances#nearest}) otherwise. Each rounded value, and the exact
 * kernel, lies within a known margin of the true distance: {@link SinglePrecisionRows#margin} for the
 * float screen, twice {@link PairwiseDistances#roundingBound} in double, one margin per row from the
 * largest centre norm. If the second smallest distance is within twice the margin of the smallest,
 * another centre could be the exact nearest, and the exact distances to all centres decide (rare on
 * real data); otherwise the rounded nearest is the exact nearest. Cost O(n·k·p) per step.
 */
final class Assignment {

    private final Rows rows;
    private final int k;
    /** Per chunk: each row's rounded nearest centre, its distance and the second smallest distance. */
    private final int[][] best;
    private final double[][] first;
    private final double[][] second;
    /** Per chunk, the single-precision screen's distances, when the rows have a single-precision copy. */
    private final float[][] firstSingle;
    private final float[][] secondSingle;

    /** Allocates the per-chunk buffers once for a run, so that the iterations allocate nothing large. */
    Assignment(Rows rows, int k) {
        this.rows = rows;
        this.k = k;
        int chunks = rows.chunks();
        this.best = new int[chunks][];
        this.first = new double[chunks][];
        this.second = new double[chunks][];
        for (int chunk = 0; chunk < chunks; chunk++) {
            int count = rows.chunkEnd(chunk) - rows.chunkStart(chunk);
            best[chunk] = new int[count];
            first[chunk] = new double[count];
            second[chunk] = new double[count];
        }
        this.firstSingle = new float[rows.single == null ? 0 : chunks][];
        this.secondSingle = new float[rows.single == null ? 0 : chunks][];
    }

    /**
     * The centres with what the decisions need: their squared norms and the largest of them, and, when
     * the rows have a single-precision copy, the centres converted like it and their largest squared
     * norm there (null and 0 otherwise).
     */
    record Centres(double[] x, int k, double[] norms, double maxNorm, SinglePrecisionRows.Block single,
                   double singleMaxNorm) {

        static Centres of(double[] centres, int k, Rows rows) {
            double[] norms = PairwiseDistances.squaredNorms(centres, k, rows.p);
            double max = 0;
            for (double n : norms) {
                max = Math.max(max, n);
            }
            SinglePrecisionRows.Block single = rows.single == null ? null : rows.single.block(centres, 0, k);
            double singleMax = 0;
            for (int j = 0; single != null && j < k; j++) {
                singleMax = Math.max(singleMax, single.squaredNorm(j));
            }
            return new Centres(centres, k, norms, max, single, singleMax);
        }
    }

    /**
     * Assigns every row to its nearest centre.
     *
     * @param centres {@code k} centres, row-major; not modified
     * @param labels each row's previous centre (or -1), replaced by its nearest centre
     * @param upper null, or receives an upper bound on each row's distance (not squared) to its centre
     * @param lower null, or receives a lower bound on each row's distance to every other centre
     * @param sums null, or receives the chunk sums of the new clusters and which chunks changed
     */
    void assign(double[] centres, int[] labels, double[] upper, double[] lower, ChunkSums sums) {
        Centres c = Centres.of(centres, k, rows);
        rows.forEachChunk(chunk -> {
            boolean changed = assignChunk(chunk, c, labels, upper, lower);
            if (sums != null) {
                sums.record(chunk, changed, rows.chunkStart(chunk), rows.chunkEnd(chunk), labels);
            }
        });
    }

    /**
     * Assigns the rows of one chunk as {@link #assign} does.
     *
     * @return whether any of them changed centre
     */
    boolean assignChunk(int chunk, Centres c, int[] labels, double[] upper, double[] lower) {
        int start = rows.chunkStart(chunk);
        int count = rows.chunkEnd(chunk) - start;
        int[] b = best[chunk];
        double[] f = first[chunk];
        double[] s = second[chunk];
        if (c.single() != null) {
            screen(chunk, c, start, count, b, f, s);
        } else {
            PairwiseDistances.nearest(rows.packed, start, count, c.x(), 0, k, c.norms(), b, f, s);
        }
        boolean changed = false;
        for (int r = 0; r < count; r++) {
            int i = start + r;
            double margin = c.single() != null
                    ? rows.single.margin(rows.single.panelMaxNorm(i / SinglePrecisionRows.PANEL), c.singleMaxNorm())
                            * rows.single.unitsBack()
                    : 2 * PairwiseDistances.roundingBound(rows.norm(i), c.maxNorm(), rows.p);
            int label = decide(rows, c, i, b[r], f[r], s[r], margin, upper, lower);
            changed |= label != labels[i];
            labels[i] = label;
        }
        return changed;
    }

    /**
     * The rounded nearest centres of rows {@code start..start+count-1} from the single-precision screen,
     * its distances brought back to the rows' units (exactly: a power of two).
     */
    private void screen(int chunk, Centres c, int start, int count, int[] b, double[] f, double[] s) {
        if (firstSingle[chunk] == null) {
            firstSingle[chunk] = new float[count];
            secondSingle[chunk] = new float[count];
        }
        float[] fs = firstSingle[chunk];
        float[] ss = secondSingle[chunk];
        rows.single.nearest(start, count, c.single(), b, fs, ss);
        double back = rows.single.unitsBack();
        for (int r = 0; r < count; r++) {
            f[r] = fs[r] * back;
            s[r] = ss[r] * back;
        }
    }

    /**
     * Decides row {@code i}'s centre from its rounded nearest centre {@code best}, at rounded distance
     * {@code first}, and the second smallest rounded distance {@code second}, each known to lie within
     * {@code margin} of the true distance and of the exact kernel's, and, when {@code upper} is given,
     * sets its bounds.
     *
     * @return the nearest centre by the exact kernel, lowest index on ties
     */
    static int decide(Rows rows, Centres c, int i, int best, double first, double second, double margin,
                      double[] upper, double[] lower) {
        int label = best;
        if (second - margin <= first + margin) {
            // another centre may be as near: the exact kernel decides
            double bestExact = Double.POSITIVE_INFINITY;
            for (int j = 0; j < c.k(); j++) {
                double d = rows.squaredDistance(i, c.x(), j);
                if (d < bestExact) {
                    bestExact = d;
                    label = j;
                }
            }
        }
        if (upper != null) {
            // the true distance to the rounded nearest is within a margin of first; to another centre the
            // exact kernel chose, within two (its exact distance is at most the rounded nearest's, whose
            // is within a margin of first); the others lie beyond the nearer of first and second, less a
            // margin
            upper[i] = Bounds.up(Math.sqrt(Bounds.up(first + (label == best ? margin : 2 * margin))));
            lower[i] = Bounds.down(Math.sqrt(Math.max(0, (label == best ? second : first) - margin)));
        }
        return label;
    }
}
