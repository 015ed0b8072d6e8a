package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.linalg.PairwiseDistances;
import io.github.classicml.core.linalg.Vectors;

import java.util.Arrays;

/**
 * Brute-force search: every query against every training row, in blocks.
 *
 * <p>Queries are taken {@value #QUERY_BLOCK} at a time against {@value #TRAIN_BLOCK} training rows
 * at a time, so that a block of training rows, loaded into cache once, serves many queries. For the
 * Euclidean distance a block of distances comes from {@link PairwiseDistances} in the dot-product form
 * {@code |x|^2 + |y|^2 - 2 x.y}, which is fast but rounded: its error is bounded by
 * {@link PairwiseDistances#roundingBound}, so each row is offered as an interval of twice that bound
 * around the computed value (the rounding of the exact kernel is within the same bound), and the few
 * rows still in the running at the end are re-computed with the exact kernel
 * {@link Vectors#squaredEuclidean(double[], int, double[], int, int)} before the final choice. The other
 * distances are computed exactly, pair by pair. Cost: O(n·p) per query, with O(k) memory per query.
 */
final class BruteForce implements NeighborIndex {

    static final int QUERY_BLOCK = 64;
    static final int TRAIN_BLOCK = 256;

    private final Distance distance;
    private final double[] train;
    private final int rows;
    private final int columns;
    /** Squared norms of the training rows for Euclidean, norms for cosine, null otherwise. */
    private final double[] norms;
    /** For Euclidean, the largest squared norm of each block of training rows. */
    private final double[] blockMaxNorm;

    BruteForce(Distance distance, double[] train, int rows, int columns) {
        this.distance = distance;
        this.train = train;
        this.rows = rows;
        this.columns = columns;
        this.norms = norms(distance, train, rows, columns);
        this.blockMaxNorm = new double[(rows + TRAIN_BLOCK - 1) / TRAIN_BLOCK];
        if (distance.kind() == Distance.Kind.EUCLIDEAN) {
            for (int i = 0; i < rows; i++) {
                blockMaxNorm[i / TRAIN_BLOCK] = Math.max(blockMaxNorm[i / TRAIN_BLOCK], norms[i]);
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
        double[] buffer = euclidean ? new double[count * TRAIN_BLOCK] : null;
        for (int t0 = 0; t0 < rows; t0 += TRAIN_BLOCK) {
            int width = Math.min(TRAIN_BLOCK, rows - t0);
            if (euclidean) {
                PairwiseDistances.squaredEuclidean(block, 0, count, blockNorms, train, t0, width, norms, p, buffer);
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
        double margin = 2 * PairwiseDistances.roundingBound(queryNorm, blockMaxNorm[t0 / TRAIN_BLOCK], columns);
        double cut = c.limit() + margin;
        for (int j = 0; j < width; j++) {
            double e = buffer[offset + j];
            if (e > cut) {
                continue;
            }
            c.offer(t0 + j, Math.max(0, e - margin), e + margin);
            cut = c.limit() + margin;
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
}
