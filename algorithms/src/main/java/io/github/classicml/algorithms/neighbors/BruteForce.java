package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.internal.linalg.PackedRows;
import io.github.classicml.core.internal.linalg.PairwiseDistances;
import io.github.classicml.core.internal.linalg.Vectors;

import java.util.Arrays;

/**
 * Brute-force search: every query against every training row, in blocks.
 *
 * <p>Queries are taken {@value #QUERY_BLOCK} at a time against about 256 training rows at a time (whole
 * panels of the packed layout), so that a block of training rows, loaded into cache once, serves many
 * queries. For the Euclidean distance the training rows are packed once ({@link PackedRows}), and a
 * block of distances comes from {@link PairwiseDistances} in the dot-product form
 * {@code |x|^2 + |y|^2 - 2 x.y}, which is fast but rounded: its error is bounded by
 * {@link PairwiseDistances#roundingBound}, so each row is offered as an interval of twice that bound
 * around the computed value (the rounding of the exact kernel is within the same bound), and the few
 * rows still in the running at the end are re-computed with the exact kernel
 * {@link Vectors#squaredEuclidean(double[], int, double[], int, int)} before the final choice. The scan
 * of a block's distances jumps from one value within the current cut-off to the next
 * ({@link Vectors#firstAtMost}), so the common case, a row too far away, costs a fraction of a
 * comparison. The other distances are computed exactly, pair by pair. Cost: O(n·p) per query, with
 * O(k) memory per query; for the Euclidean distance the index holds the training rows twice (as given
 * and packed).
 */
final class BruteForce implements NeighborIndex {

    /**
     * Queries per block: against packed training rows the Vector API kernel runs at 75 % of peak with
     * 256 query rows per call (57-59 % unpacked), 40-43 % with 64 unpacked ({@code benchmarks/RESULTS.md});
     * 512 is faster again on both paths for W1 (plain Java 122 against 129 ms, Vector API 65-68 against
     * 69 ms, alternated in one sitting), and 1024 no faster than 512.
     */
    static final int QUERY_BLOCK = 512;

    private final Distance distance;
    private final double[] train;
    private final int rows;
    private final int columns;
    /** Squared norms of the training rows for Euclidean, norms for cosine, null otherwise. */
    private final double[] norms;
    /** For Euclidean, the training rows packed for the blocked kernel; null otherwise. */
    private final PackedRows packed;
    /** Training rows per block: whole panels of the packed layout, about 256 rows. */
    private final int trainBlock;
    /** For Euclidean, the largest squared norm of each block of training rows. */
    private final double[] blockMaxNorm;

    BruteForce(Distance distance, double[] train, int rows, int columns) {
        this.distance = distance;
        this.train = train;
        this.rows = rows;
        this.columns = columns;
        boolean euclidean = distance.kind() == Distance.Kind.EUCLIDEAN;
        this.packed = euclidean ? PackedRows.of(train, rows, columns) : null;
        this.norms = euclidean ? packed.squaredNorms() : norms(distance, train, rows, columns);
        this.trainBlock = euclidean ? Math.max(1, 256 / packed.panelRows()) * packed.panelRows() : 256;
        this.blockMaxNorm = new double[(rows + trainBlock - 1) / trainBlock];
        if (euclidean) {
            for (int i = 0; i < rows; i++) {
                blockMaxNorm[i / trainBlock] = Math.max(blockMaxNorm[i / trainBlock], norms[i]);
            }
        }
    }

    private static double[] norms(Distance distance, double[] x, int rows, int columns) {
        if (distance.kind() == Distance.Kind.EUCLIDEAN) {
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
        double[] blockNorms = norms(distance, block, count, p);
        Candidates[] candidates = new Candidates[count];
        for (int i = 0; i < count; i++) {
            candidates[i] = new Candidates(k);
        }
        boolean euclidean = distance.kind() == Distance.Kind.EUCLIDEAN;
        double[] buffer = euclidean ? new double[count * trainBlock] : null;
        for (int t0 = 0; t0 < rows; t0 += trainBlock) {
            int width = Math.min(trainBlock, rows - t0);
            if (euclidean) {
                PairwiseDistances.squaredEuclidean(block, 0, count, blockNorms, packed, t0, width, buffer);
                for (int i = 0; i < count; i++) {
                    offerBounded(candidates[i], buffer, i * width, blockNorms[i], t0, width);
                }
            } else {
                for (int i = 0; i < count; i++) {
                    offerExact(candidates[i], block, i, blockNorms == null ? 0 : blockNorms[i], t0, width);
                }
            }
        }
        for (int i = 0; i < count; i++) {
            Candidates c = candidates[i];
            if (euclidean) {
                int left = c.compact();
                for (int m = 0; m < left; m++) {
                    c.setExact(m, Vectors.squaredEuclidean(block, i * p, train, c.row(m) * p, p));
                }
            }
            c.select(outRow, outReduced, (from + i) * k);
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
