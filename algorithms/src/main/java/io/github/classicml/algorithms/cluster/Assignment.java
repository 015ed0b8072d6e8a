package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.linalg.PairwiseDistances;

/**
 * The assignment step of Lloyd's algorithm: every row goes to its nearest centre.
 *
 * <p>"Nearest" is decided by the exact squared distance {@code sum_j (x_j - c_j)^2} (the kernel of
 * {@link Rows#squaredDistance}), ties to the lowest centre index, so that Lloyd's and Hamerly's
 * algorithms, which reach their decisions differently, assign every row identically. For speed the
 * distances to all centres come first from the dot-product form {@code |x|^2 + |c|^2 - 2 x.c} of
 * {@link PairwiseDistances}, whose rounding error is at most {@link PairwiseDistances#roundingBound};
 * a centre whose rounded distance is within twice that bound of the best one is a contender, and only
 * when there are contenders are the exact distances computed to choose between them (rare on real
 * data). Cost O(n·k·p) per step.
 */
final class Assignment {

    /** Rows per block of rounded distances: 128 rows by k centres stay in the first-level cache for small k. */
    private static final int BLOCK = 128;

    private Assignment() {
    }

    /**
     * Assigns every row to its nearest centre.
     *
     * @param rows the rows
     * @param centres {@code k} centres, row-major; not modified
     * @param k the number of centres
     * @param labels receives each row's centre
     * @param upper null, or receives an upper bound on each row's distance (not squared) to its centre
     * @param lower null, or receives a lower bound on each row's distance to every other centre
     */
    static void assign(Rows rows, double[] centres, int k, int[] labels, double[] upper, double[] lower) {
        int p = rows.p;
        double[] centreNorms = PairwiseDistances.squaredNorms(centres, k, p);
        rows.forEachChunk(chunk -> {
            double[] e = new double[BLOCK * k];
            double[] margin = new double[k];
            for (int start = rows.chunkStart(chunk); start < rows.chunkEnd(chunk); start += BLOCK) {
                int count = Math.min(BLOCK, rows.chunkEnd(chunk) - start);
                assignBlock(rows, centres, k, centreNorms, start, count, e, margin, labels, upper, lower);
            }
        });
    }

    /** Assigns rows {@code start..start+count-1}, through a block of rounded distances that stays in cache. */
    private static void assignBlock(Rows rows, double[] centres, int k, double[] centreNorms, int start, int count,
                                    double[] e, double[] margin, int[] labels, double[] upper, double[] lower) {
        int p = rows.p;
        PairwiseDistances.squaredEuclidean(rows.x, start, count, rows.norms, centres, 0, k, centreNorms, p, e);
        for (int r = 0; r < count; r++) {
            int i = start + r;
            int o = r * k;
            int best = 0;
            for (int j = 1; j < k; j++) {
                if (e[o + j] < e[o + best]) {
                    best = j;
                }
            }
            for (int j = 0; j < k; j++) {
                // the rounded value and the exact kernel each lie within roundingBound of the truth
                margin[j] = 2 * PairwiseDistances.roundingBound(rows.norms[i], centreNorms[j], p);
            }
            double bestHigh = e[o + best] + margin[best];
            int label = best;
            boolean contested = false;
            for (int j = 0; j < k; j++) {
                contested |= j != best && e[o + j] - margin[j] <= bestHigh;
            }
            if (contested) {
                double bestExact = Double.POSITIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    if (e[o + j] - margin[j] <= bestHigh) {
                        double d = rows.squaredDistance(i, centres, j);
                        if (d < bestExact) {
                            bestExact = d;
                            label = j;
                        }
                    }
                }
            }
            labels[i] = label;
            if (upper != null) {
                double second = Double.POSITIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    if (j != label) {
                        second = Math.min(second, e[o + j] - margin[j]);
                    }
                }
                upper[i] = Bounds.up(Math.sqrt(Bounds.up(e[o + label] + margin[label])));
                lower[i] = Bounds.down(Math.sqrt(Math.max(0, second)));
            }
        }
    }
}
