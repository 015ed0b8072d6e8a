package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.internal.linalg.PairwiseDistances;

import java.util.SplittableRandom;

/**
 * The starting centres of a k-means run.
 *
 * <p><b>k-means++</b> (greedy, as scikit-learn): the first centre is a row chosen uniformly; each next
 * centre is chosen among {@code 2 + floor(ln k)} candidate rows, each drawn with probability
 * proportional to its squared distance to the nearest centre so far ("D² sampling"); the candidate that
 * leaves the smallest total squared distance (potential) wins. Spreading the centres this way makes
 * the expected result O(log k)-competitive with the best clustering (Arthur and Vassilvitskii), and the
 * greedy candidates improve it further in practice. Cost O(n·p·k·log k).
 *
 * <p><b>Random</b>: k distinct rows chosen uniformly (scikit-learn's {@code init="random"}).
 *
 * <p>Distances are squared Euclidean in the dot-product form of {@link PairwiseDistances}, from the
 * candidates to the packed rows; sums run over fixed row chunks combined in chunk order, and the draws
 * come only from the given random source, so the same seed gives the same centres whatever the thread
 * count. The cumulative weights that D² sampling searches are summed the same way (each chunk's running
 * sum added to the total of the chunks before it), so the draw needs no serial pass over all rows and
 * the last cumulative weight is exactly the potential.
 *
 * <p>Reference: D. Arthur and S. Vassilvitskii, "k-means++: the advantages of careful seeding",
 * Proceedings of the 18th ACM-SIAM Symposium on Discrete Algorithms (SODA), 2007, pp. 1027-1035.
 */
final class Seeding {

    private Seeding() {
    }

    /** @return k distinct rows chosen uniformly, row-major */
    static double[] random(Rows rows, int k, SplittableRandom rng) {
        int[] order = new int[rows.n];
        for (int i = 0; i < rows.n; i++) {
            order[i] = i;
        }
        double[] centres = new double[k * rows.p];
        for (int c = 0; c < k; c++) {
            // partial Fisher-Yates shuffle: position c takes a uniform row among those not yet taken
            int j = c + rng.nextInt(rows.n - c);
            int t = order[c];
            order[c] = order[j];
            order[j] = t;
            System.arraycopy(rows.x, order[c] * rows.p, centres, c * rows.p, rows.p);
        }
        return centres;
    }

    /** @return k centres by greedy k-means++, row-major */
    static double[] kMeansPlusPlus(Rows rows, int k, SplittableRandom rng) {
        int p = rows.p;
        int trials = 2 + (int) Math.floor(Math.log(k));
        double[] centres = new double[k * p];
        int first = rng.nextInt(rows.n);
        System.arraycopy(rows.x, first * p, centres, 0, p);
        Weights weights = new Weights(rows);
        double[] chunkTotals = column(weights.offer(new int[] {first}), 0);
        weights.keep(0);
        for (int c = 1; c < k; c++) {
            // chunkStarts[q]: the cumulative sum of the weights before chunk q; the last is the potential
            double[] chunkStarts = new double[chunkTotals.length + 1];
            for (int q = 0; q < chunkTotals.length; q++) {
                chunkStarts[q + 1] = chunkStarts[q] + chunkTotals[q];
            }
            double potential = chunkStarts[chunkTotals.length];
            int[] candidates = new int[trials];
            for (int t = 0; t < trials; t++) {
                candidates[t] = weights.firstAtLeast(chunkStarts, rng.nextDouble() * potential);
            }
            double[][] partial = weights.offer(candidates);
            double[] potentials = new double[trials];
            for (double[] sums : partial) {
                for (int t = 0; t < trials; t++) {
                    potentials[t] += sums[t];
                }
            }
            int best = 0;
            for (int t = 1; t < trials; t++) {
                if (potentials[t] < potentials[best]) {
                    best = t;
                }
            }
            weights.keep(best);
            chunkTotals = column(partial, best);
            System.arraycopy(rows.x, candidates[best] * p, centres, c * p, p);
        }
        return centres;
    }

    private static double[] column(double[][] partial, int t) {
        double[] out = new double[partial.length];
        for (int q = 0; q < partial.length; q++) {
            out[q] = partial[q][t];
        }
        return out;
    }

    /**
     * The D² weights: each row's squared distance to its nearest chosen centre. After a round, the
     * weights are {@code min(closest, d(kept candidate))}; the minimum is taken lazily, chunk by chunk,
     * when the next round's distances are computed (and on the fly by {@link #firstAtLeast}), so that
     * the candidates' distances are written once, into per-chunk buffers, and no array of n values per
     * candidate is needed.
     */
    private static final class Weights {

        private final Rows rows;
        private final double[] closest;
        /** Per chunk: the last candidates' distances, {@code d[t * count + r]}. */
        private final double[][] scratch;
        /** The candidate whose distances are still to be folded into {@link #closest}, or -1. */
        private int pending = -1;
        private boolean started;

        Weights(Rows rows) {
            this.rows = rows;
            this.closest = new double[rows.n];
            this.scratch = new double[rows.chunks()][];
        }

        /** The weight of row {@code i}, row {@code r} of chunk {@code q}. */
        private double weight(int q, int r, int i) {
            return pending < 0 ? closest[i] : Math.min(closest[i], scratch[q][pending * (rows.chunkEnd(q)
                    - rows.chunkStart(q)) + r]);
        }

        /** Makes candidate {@code t} of the last {@link #offer} a centre. */
        void keep(int t) {
            if (!started) {
                // the first centre: its distances are the weights
                started = true;
                rows.forEachChunk(q -> System.arraycopy(scratch[q], 0, closest, rows.chunkStart(q),
                        rows.chunkEnd(q) - rows.chunkStart(q)));
                return;
            }
            pending = t;
        }

        /**
         * Computes every row's distance to each candidate and returns, per chunk, each candidate's sum of
         * {@code min(weight, distance)} (of the distance, for the first centre) over the chunk's rows,
         * in row order.
         */
        double[][] offer(int[] candidates) {
            int p = rows.p;
            int m = candidates.length;
            double[] c = new double[m * p];
            for (int t = 0; t < m; t++) {
                System.arraycopy(rows.x, candidates[t] * p, c, t * p, p);
            }
            double[] cNorms = PairwiseDistances.squaredNorms(c, m, p);
            double[][] partial = new double[rows.chunks()][];
            rows.forEachChunk(q -> {
                int start = rows.chunkStart(q);
                int count = rows.chunkEnd(q) - start;
                if (pending >= 0) {
                    double[] kept = scratch[q];
                    for (int r = 0; r < count; r++) {
                        closest[start + r] = Math.min(closest[start + r], kept[pending * count + r]);
                    }
                }
                if (scratch[q] == null || scratch[q].length < m * count) {
                    // allocated by the thread that runs the chunk, apart from other threads' buffers
                    scratch[q] = new double[m * count];
                }
                // candidates against the packed rows: d[t * count + r], one run of rows per candidate
                double[] d = scratch[q];
                PairwiseDistances.squaredEuclidean(c, 0, m, cNorms, rows.packed, start, count, d);
                double[] sums = new double[m];
                for (int t = 0; t < m; t++) {
                    double s = 0;
                    for (int r = 0; r < count; r++) {
                        s += started ? Math.min(closest[start + r], d[t * count + r]) : d[t * count + r];
                    }
                    sums[t] = s;
                }
                partial[q] = sums;
            });
            pending = -1;
            return partial;
        }

        /**
         * The first row whose cumulative weight reaches {@code target} (NumPy's {@code searchsorted},
         * side left). The cumulative weight of row {@code i} in chunk {@code q} is {@code chunkStarts[q]}
         * plus the running sum of the chunk's weights up to {@code i}; at a chunk's end it equals the next
         * chunk's start, so no serial pass over all rows is needed: the chunk is found from the starts,
         * then its rows are summed.
         */
        int firstAtLeast(double[] chunkStarts, double target) {
            int chunks = chunkStarts.length - 1;
            for (int q = 0; q < chunks; q++) {
                if (chunkStarts[q + 1] >= target) {
                    double running = 0;
                    int start = rows.chunkStart(q);
                    for (int i = start; i < rows.chunkEnd(q); i++) {
                        running += weight(q, i - start, i);
                        if (chunkStarts[q] + running >= target) {
                            return i;
                        }
                    }
                }
            }
            return rows.n - 1;
        }
    }
}
