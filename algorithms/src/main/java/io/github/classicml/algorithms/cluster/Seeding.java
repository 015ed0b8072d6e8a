package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.linalg.PairwiseDistances;

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
 * <p>Distances are squared Euclidean in the dot-product form of {@link PairwiseDistances}; sums run over
 * fixed row chunks combined in chunk order, and the draws come only from the given random source, so
 * the same seed gives the same centres whatever the thread count.
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
        int n = rows.n;
        int p = rows.p;
        int trials = 2 + (int) Math.floor(Math.log(k));
        double[] centres = new double[k * p];
        int first = rng.nextInt(n);
        System.arraycopy(rows.x, first * p, centres, 0, p);
        double[] closest = new double[n];
        double potential = distancesToCandidates(rows, new int[] {first}, null, new double[][] {closest})[0];
        double[] cumulative = new double[n];
        double[][] candidateClosest = new double[trials][n];
        for (int c = 1; c < k; c++) {
            double running = 0;
            for (int i = 0; i < n; i++) {
                running += closest[i];
                cumulative[i] = running;
            }
            int[] candidates = new int[trials];
            for (int t = 0; t < trials; t++) {
                candidates[t] = firstAtLeast(cumulative, rng.nextDouble() * potential);
            }
            double[] potentials = distancesToCandidates(rows, candidates, closest, candidateClosest);
            int best = 0;
            for (int t = 1; t < trials; t++) {
                if (potentials[t] < potentials[best]) {
                    best = t;
                }
            }
            potential = potentials[best];
            System.arraycopy(candidateClosest[best], 0, closest, 0, n);
            System.arraycopy(rows.x, candidates[best] * p, centres, c * p, p);
        }
        return centres;
    }

    /**
     * The first index whose cumulative sum reaches {@code target} (NumPy's {@code searchsorted}, side
     * left), at most the last index.
     */
    private static int firstAtLeast(double[] cumulative, double target) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * For each candidate row, fills {@code out[t][i]} with the squared distance from row i to its nearest
     * centre if the candidate were added ({@code min(closest[i], d(i, candidate))}, or just the distance
     * when {@code closest} is null), and returns each candidate's potential (the sum, in chunk order).
     */
    private static double[] distancesToCandidates(Rows rows, int[] candidates, double[] closest, double[][] out) {
        int p = rows.p;
        int m = candidates.length;
        double[] c = new double[m * p];
        for (int t = 0; t < m; t++) {
            System.arraycopy(rows.x, candidates[t] * p, c, t * p, p);
        }
        double[] cNorms = PairwiseDistances.squaredNorms(c, m, p);
        double[][] partial = new double[rows.chunks()][];
        rows.forEachChunk(chunk -> {
            int start = rows.chunkStart(chunk);
            int count = rows.chunkEnd(chunk) - start;
            double[] d = new double[count * m];
            PairwiseDistances.squaredEuclidean(rows.x, start, count, rows.norms, c, 0, m, cNorms, p, d);
            double[] sums = new double[m];
            for (int r = 0; r < count; r++) {
                int i = start + r;
                for (int t = 0; t < m; t++) {
                    double v = closest == null ? d[r * m + t] : Math.min(closest[i], d[r * m + t]);
                    out[t][i] = v;
                    sums[t] += v;
                }
            }
            partial[chunk] = sums;
        });
        double[] potentials = new double[m];
        for (double[] sums : partial) {
            for (int t = 0; t < m; t++) {
                potentials[t] += sums[t];
            }
        }
        return potentials;
    }
}
