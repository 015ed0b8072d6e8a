package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.Progress;
import io.github.classicml.core.ProgressListener;
import io.github.classicml.core.internal.linalg.Scaling;
import io.github.classicml.core.internal.linalg.Vectors;

import java.util.Arrays;

/**
 * One k-means run from given centres: alternate the assignment step and the update step until the
 * labels stop changing, the centres stop moving, or the iteration limit is reached. The assignment
 * step is Lloyd's ({@link Assignment}) or Hamerly's ({@link Hamerly}); everything else is shared, so
 * both give identical runs.
 *
 * <p>The loop follows scikit-learn 1.2's {@code _kmeans_single_lloyd}: in iteration t the rows are
 * assigned to the current centres and the centres move to the means of their rows; the run stops when
 * the labels equal those of iteration t - 1 ("strict convergence"), or when the squared centre shift
 * {@code sum_j |c_j(new) - c_j(old)|^2} is at most the absolute tolerance; otherwise, after
 * {@code maxIterations}. Unless it stopped strictly, a last assignment step makes the labels match the
 * final centres. The iteration count is the number of update steps run.
 *
 * <p><b>Empty clusters.</b> A centre that no row chose is moved onto a row: the row farthest from its
 * own (current) centre, among the clusters that keep at least one other row, ties to the lowest row
 * index; empty clusters are refilled in index order, each taking a different row, and the row's
 * coordinates move from its old cluster's sum to the empty one's. A centre is therefore always the mean
 * of at least one row, never NaN. (scikit-learn takes the rows farthest from their centres too, but by
 * {@code argpartition}, whose order among equal distances is not by index, and without excluding rows
 * whose cluster would empty.) With at least k distinct rows such a row always exists.
 */
final class LloydIterations {

    private LloydIterations() {
    }

    /**
     * The result of one run, in the rows' scaled units: centres times {@code 2^scale}, inertia times
     * {@code 2^(2 scale)}.
     */
    record Result(double[] centres, int[] labels, double inertia, int iterations, int scale) {
    }

    static Result run(Rows rows, double[] initial, int k, KMeans.Algorithm algorithm, int maxIterations,
                      double absoluteTolerance, ProgressListener listener, int round, int rounds) {
        boolean listening = listener != ProgressListener.NONE;
        int n = rows.n;
        double[] centres = initial.clone();
        int[] labels = new int[n];
        // no row has a centre yet, so the first assignment changes every label
        Arrays.fill(labels, -1);
        Assignment lloyd = new Assignment(rows, k);
        Hamerly hamerly = algorithm == KMeans.Algorithm.HAMERLY ? new Hamerly(rows, k, lloyd) : null;
        ChunkSums sums = new ChunkSums(rows, k);
        boolean strict = false;
        int iterations = 0;
        while (iterations < maxIterations) {
            assign(lloyd, centres, labels, hamerly, sums);
            double inertia = listening ? rows.inertia(centres, labels) : Double.NaN;
            double[] updated = update(rows, labels, k, centres, sums);
            double shift = 0;
            for (int j = 0; j < k; j++) {
                shift += Vectors.squaredEuclidean(updated, j * rows.p, centres, j * rows.p, rows.p);
            }
            if (hamerly != null) {
                hamerly.centresMoved(centres, updated);
            }
            centres = updated;
            iterations++;
            if (listening) {
                // in the data's units: infinite (or 0) when they lie beyond the double range
                listener.onStep(new Progress(round, rounds, iterations, maxIterations,
                        Scaling.unscale(inertia, rows.scale, 2), Scaling.unscale(shift, rows.scale, 2)));
            }
            if (!sums.anyChanged()) {
                strict = true;
                break;
            }
            if (shift <= absoluteTolerance) {
                break;
            }
        }
        if (!strict) {
            assign(lloyd, centres, labels, hamerly, null);
        }
        return new Result(centres, labels, rows.inertia(centres, labels), iterations, rows.scale);
    }

    private static void assign(Assignment lloyd, double[] centres, int[] labels, Hamerly hamerly, ChunkSums sums) {
        if (hamerly == null) {
            lloyd.assign(centres, labels, null, null, sums);
        } else {
            hamerly.assign(centres, labels, sums);
        }
    }

    /**
     * The update step: each centre moves to the mean of its rows (the chunk sums gathered by the
     * assignment, combined in chunk order); empty clusters are refilled as the class comment says.
     */
    static double[] update(Rows rows, int[] labels, int k, double[] centres, ChunkSums chunkSums) {
        int p = rows.p;
        double[] sums = new double[k * p];
        int[] counts = new int[k];
        chunkSums.combine(sums, counts);
        refillEmpty(rows, labels, centres, sums, counts);
        double[] out = new double[k * p];
        for (int c = 0; c < k; c++) {
            // multiply by the reciprocal, as scikit-learn does
            double scale = 1.0 / counts[c];
            for (int j = 0; j < p; j++) {
                out[c * p + j] = sums[c * p + j] * scale;
            }
        }
        return out;
    }

    private static void refillEmpty(Rows rows, int[] labels, double[] centres, double[] sums, int[] counts) {
        int k = counts.length;
        int p = rows.p;
        double[] distance = null;
        boolean[] taken = null;
        for (int empty = 0; empty < k; empty++) {
            if (counts[empty] > 0) {
                continue;
            }
            if (distance == null) {
                distance = new double[rows.n];
                for (int i = 0; i < rows.n; i++) {
                    distance[i] = rows.squaredDistance(i, centres, labels[i]);
                }
                taken = new boolean[rows.n];
            }
            int far = -1;
            for (int i = 0; i < rows.n; i++) {
                if (!taken[i] && counts[labels[i]] >= 2 && (far < 0 || distance[i] > distance[far])) {
                    far = i;
                }
            }
            taken[far] = true;
            int from = labels[far];
            counts[from]--;
            counts[empty] = 1;
            for (int j = 0; j < p; j++) {
                sums[from * p + j] -= rows.x[far * p + j];
                sums[empty * p + j] = rows.x[far * p + j];
            }
        }
    }
}
