package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.internal.linalg.PackedRows;
import io.github.classicml.core.internal.linalg.PairwiseDistances;
import io.github.classicml.core.internal.linalg.SinglePrecisionRows;
import io.github.classicml.core.internal.linalg.Vectors;

import java.util.Arrays;

/**
 * Brute-force search: every query against every training row, in blocks.
 *
 * <p>Queries are taken {@value #QUERY_BLOCK} at a time against 256 training rows at a time, so that a
 * block of training rows, loaded into cache once, serves many queries. The Euclidean distance is
 * computed in three steps, of which only the last decides:
 * <ol>
 *   <li><b>Screen in single precision.</b> The training rows are copied once, centred and scaled by a
 *   power of two, into floats ({@link SinglePrecisionRows}); a block of queries is converted the same
 *   way, and a block of distances comes from the blocked dot-product form {@code |x|^2 + |y|^2 - 2 x.y}
 *   in float, twice as fast as in double (a SIMD register holds twice as many values). Each screened
 *   value {@code v} is offered as the interval {@code [v - m, v + m]}, with {@code m} from
 *   {@link SinglePrecisionRows#margin}, proven to contain the exact kernel's value. The kernel also says
 *   which queries have any row of the block within their cut-off; for those, the scan jumps from one
 *   value within the cut-off to the next ({@link SinglePrecisionRows#firstAtMost}).</li>
 *   <li><b>Fall back to double precision</b> for the queries the screen cannot settle: a query whose
 *   screen keeps more than {@code 4k + }{@value #SCREEN_CAP} rows in the running (rows whose distances
 *   differ by less than float's resolution beside their norms, such as a tight cluster far from the
 *   others) gives them up, and is searched again from double-precision distances in the same form
 *   ({@link PairwiseDistances}), offered as intervals of twice {@link PairwiseDistances#roundingBound}.
 *   So does every query of a block when screening does not apply (see {@link SinglePrecisionRows#of}
 *   and {@link SinglePrecisionRows#block}); when it does not apply to the training rows, they are packed
 *   once for the double kernel instead ({@link PackedRows}).</li>
 *   <li><b>Decide exactly.</b> The few rows still in the running are re-computed with the exact kernel
 *   {@link Vectors#squaredEuclidean(double[], int, double[], int, int)} before the final choice
 *   ({@link Candidates}), so the neighbours and their distances are those of the exact kernel, bit for
 *   bit, whichever step a row came through.</li>
 * </ol>
 * The other distances, and the per-pair form of the Euclidean distance ({@link Distance#perPair()}, for
 * rows whose magnitudes span too wide a range for sums of squares), are computed exactly, pair by pair. Cost: O(n·p) per query, with O(k) memory per
 * query (at most {@code 4k + }{@value #SCREEN_CAP} candidates while screening); for the Euclidean
 * distance the index holds the training rows as given plus a float copy (half their size), or packed
 * doubles when screening does not apply.
 */
final class BruteForce implements NeighborIndex {

    /**
     * Queries per block: against packed training rows the double Vector API kernel runs at 75 % of peak
     * with 256 query rows per call (57-59 % unpacked), 40-43 % with 64 unpacked
     * ({@code benchmarks/RESULTS.md}); 512 was faster again on both paths for W1 (plain Java 122 against
     * 129 ms, Vector API 65-68 against 69 ms, alternated in one sitting), and 1024 no faster than 512.
     */
    static final int QUERY_BLOCK = 512;

    /** Screened rows a query may keep in the running, beyond {@code 4k}, before it is left to the double pass. */
    static final int SCREEN_CAP = 256;

    private final Distance distance;
    private final double[] train;
    private final int rows;
    private final int columns;
    /** Squared norms of the training rows for Euclidean, norms for cosine, null otherwise. */
    private final double[] norms;
    /** For Euclidean, the single-precision copy of the training rows that screens distances; null otherwise. */
    private final SinglePrecisionRows single;
    /** For Euclidean without a single-precision copy, the training rows packed for the blocked kernel. */
    private final PackedRows packed;
    /**
     * Training rows per block: a panel of the single-precision copy, or whole panels of the packed layout
     * (about 256 rows).
     */
    private final int trainBlock;
    /** For Euclidean, the largest squared norm of each block of training rows. */
    private final double[] blockMaxNorm;

    BruteForce(Distance distance, double[] train, int rows, int columns) {
        this(distance, train, rows, columns, true);
    }

    /**
     * @param screen whether Euclidean distances may be screened in single precision (tests compare the
     *     answers with and without)
     */
    BruteForce(Distance distance, double[] train, int rows, int columns, boolean screen) {
        this.distance = distance;
        this.train = train;
        this.rows = rows;
        this.columns = columns;
        boolean euclidean = distance.kind() == Distance.Kind.EUCLIDEAN && !distance.isPerPair();
        this.single = euclidean && screen ? SinglePrecisionRows.of(train, rows, columns) : null;
        this.packed = euclidean && single == null ? PackedRows.of(train, rows, columns) : null;
        this.norms = packed != null ? packed.squaredNorms() : norms(distance, train, rows, columns);
        this.trainBlock = packed != null ? Math.max(1, 256 / packed.panelRows()) * packed.panelRows()
                : SinglePrecisionRows.PANEL;
        this.blockMaxNorm = new double[(rows + trainBlock - 1) / trainBlock];
        if (euclidean) {
            for (int i = 0; i < rows; i++) {
                blockMaxNorm[i / trainBlock] = Math.max(blockMaxNorm[i / trainBlock], norms[i]);
            }
        }
    }

    private static double[] norms(Distance distance, double[] x, int rows, int columns) {
        if (distance.kind() == Distance.Kind.EUCLIDEAN && !distance.isPerPair()) {
            return PairwiseDistances.squaredNorms(x, rows, columns);
        }
        if (distance.kind() == Distance.Kind.COSINE) {
            double[] n = PairwiseDistances.squaredNorms(x, rows, columns);
            for (int i = 0; i < rows; i++) {
                n[i] = Math.sqrt(n[i]);
            }
            return n;
        }
        return null;
    }

    @Override
    public void search(double[] queries, int from, int to, int k, int[] outRow, double[] outReduced) {
        for (int q0 = from; q0 < to; q0 += QUERY_BLOCK) {
            searchBlock(queries, q0, Math.min(to, q0 + QUERY_BLOCK), k, outRow, outReduced);
        }
    }

    private void searchBlock(double[] queries, int from, int to, int k, int[] outRow, double[] outReduced) {
        int p = columns;
        int count = to - from;
        double[] block = Arrays.copyOfRange(queries, from * p, to * p);
        Candidates[] candidates = new Candidates[count];
        for (int i = 0; i < count; i++) {
            candidates[i] = new Candidates(k, distance.tieTolerance());
        }
        if (distance.kind() != Distance.Kind.EUCLIDEAN || distance.isPerPair()) {
            double[] blockNorms = norms(distance, block, count, p);
            for (int t0 = 0; t0 < rows; t0 += trainBlock) {
                int width = Math.min(trainBlock, rows - t0);
                for (int i = 0; i < count; i++) {
                    offerExact(candidates[i], block, i, blockNorms == null ? 0 : blockNorms[i], t0, width);
                }
            }
        } else {
            boolean[] settled = single == null ? new boolean[count] : screen(block, count, k, candidates);
            offerRest(block, count, settled, candidates);
            for (int i = 0; i < count; i++) {
                Candidates c = candidates[i];
                int left = c.compact();
                for (int m = 0; m < left; m++) {
                    c.setExact(m, Vectors.squaredEuclidean(block, i * p, train, c.row(m) * p, p));
                }
            }
        }
        for (int i = 0; i < count; i++) {
            candidates[i].select(outRow, outReduced, (from + i) * k);
        }
    }

    /**
     * Offers every training row to the block's queries from single-precision distances, as intervals.
     * A query for which the screen keeps more than {@code 4k + }{@value #SCREEN_CAP} rows in the running
     * (data whose spread is tiny beside its distance from the means) gives up its candidates and is left
     * to the double-precision pass.
     *
     * @return for each query, whether its candidates are complete
     */
    boolean[] screen(double[] block, int count, int k, Candidates[] candidates) {
        boolean[] settled = new boolean[count];
        SinglePrecisionRows.Block converted = single.block(block, 0, count);
        if (converted == null) {
            return settled;
        }
        Arrays.fill(settled, true);
        int cap = 4 * k + SCREEN_CAP;
        float[] buffer = new float[count * trainBlock];
        float[] cut = new float[count];
        double[] margin = new double[count];
        boolean[] within = new boolean[count];
        for (int t0 = 0; t0 < rows; t0 += trainBlock) {
            int width = Math.min(trainBlock, rows - t0);
            double panelNorm = single.panelMaxNorm(t0 / SinglePrecisionRows.PANEL);
            for (int i = 0; i < count; i++) {
                // minus infinity for a query left to the double pass: nothing is within it
                margin[i] = single.margin(converted.squaredNorm(i), panelNorm);
                cut[i] = settled[i] ? cut(candidates[i], margin[i]) : Float.NEGATIVE_INFINITY;
            }
            single.squaredDistances(converted, t0, width, cut, buffer, within);
            for (int i = 0; i < count; i++) {
                // most queries have no row of the block within their cut-off: the kernel says so
                if (within[i]) {
                    Candidates c = candidates[i];
                    offerScreened(c, buffer, i * width, margin[i], t0, width);
                    if (c.size() > cap && c.compact() > cap) {
                        settled[i] = false;
                        c.reset();
                    }
                }
            }
        }
        return settled;
    }

    /**
     * Offers rows {@code t0..t0+width-1} from screened single-precision distances (scaled units), each as
     * the interval of {@link SinglePrecisionRows#margin} around its value, brought back to the data's
     * units.
     */
    private void offerScreened(Candidates c, float[] buffer, int offset, double margin, int t0, int width) {
        double back = single.unitsBack();
        int end = offset + width;
        // jump from one value within the cut-off to the next: the cut-off falls as rows are offered
        for (int o = SinglePrecisionRows.firstAtMost(buffer, offset, end, cut(c, margin)); o < end;
             o = SinglePrecisionRows.firstAtMost(buffer, o + 1, end, cut(c, margin))) {
            double v = buffer[o];
            c.offer(t0 + o - offset, Math.max(0, v - margin) * back, (v + margin) * back);
        }
    }

    /**
     * A query's cut-off for screened values: its limit in scaled units, widened by the margin, rounded up
     * to a float (a float is at most the double cut-off exactly when it is at most this).
     */
    private float cut(Candidates c, double margin) {
        return SinglePrecisionRows.ceiling(c.limit() * single.unitsIn() + margin);
    }

    /**
     * Offers every training row to the queries not {@code settled}, from double-precision distances in the
     * dot-product form, as intervals.
     */
    private void offerRest(double[] block, int count, boolean[] settled, Candidates[] candidates) {
        int p = columns;
        int[] rest = new int[count];
        int r = 0;
        for (int i = 0; i < count; i++) {
            if (!settled[i]) {
                rest[r++] = i;
            }
        }
        if (r == 0) {
            return;
        }
        double[] restRows = new double[r * p];
        for (int m = 0; m < r; m++) {
            System.arraycopy(block, rest[m] * p, restRows, m * p, p);
        }
        double[] restNorms = PairwiseDistances.squaredNorms(restRows, r, p);
        double[] buffer = new double[r * trainBlock];
        for (int t0 = 0; t0 < rows; t0 += trainBlock) {
            int width = Math.min(trainBlock, rows - t0);
            if (packed != null) {
                PairwiseDistances.squaredEuclidean(restRows, 0, r, restNorms, packed, t0, width, buffer);
            } else {
                PairwiseDistances.squaredEuclidean(restRows, 0, r, restNorms, train, t0, width, norms, p, buffer);
            }
            for (int m = 0; m < r; m++) {
                offerBounded(candidates[rest[m]], buffer, m * width, restNorms[m], t0, width);
            }
        }
    }

    /**
     * Offers rows {@code t0..t0+width-1} from rounded distances, each as an interval around its value. The
     * rounded value and the exact kernel each lie within {@code roundingBound} of the true distance; one
     * margin, from the largest training norm of the block, serves the whole block.
     */
    private void offerBounded(Candidates c, double[] buffer, int offset, double queryNorm, int t0, int width) {
        double margin = 2 * PairwiseDistances.roundingBound(queryNorm, blockMaxNorm[t0 / trainBlock], columns);
        int end = offset + width;
        // jump from one value within the cut-off to the next: most rows lie beyond it
        for (int o = Vectors.firstAtMost(buffer, offset, end, c.limit() + margin); o < end;
             o = Vectors.firstAtMost(buffer, o + 1, end, c.limit() + margin)) {
            double e = buffer[o];
            c.offer(t0 + o - offset, Math.max(0, e - margin), e + margin);
        }
    }

    /** Offers rows {@code t0..t0+width-1} at their exact reduced distances from query {@code i}. */
    private void offerExact(Candidates c, double[] block, int i, double queryNorm, int t0, int width) {
        int p = columns;
        double limit = c.limit();
        boolean cosine = distance.kind() == Distance.Kind.COSINE;
        for (int j = 0; j < width; j++) {
            int t = t0 + j;
            double d = cosine
                    ? Distance.cosine(block, i * p, queryNorm, train, t * p, norms[t], p)
                    : distance.reduced(block, i * p, train, t * p, p);
            if (d > limit) {
                continue;
            }
            c.offer(t, d, d);
            limit = c.limit();
        }
    }

    @Override
    public double[] trainingRows() {
        return train.clone();
    }
}
