package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.Check;
import io.github.classicml.core.internal.linalg.Vectors;

/**
 * The pieces of a k-means run from given centres, for running the same Lloyd iterations on data that is
 * not in one JVM (the distributed entry point used by {@code classicml-spark}; any engine that can sum
 * arrays over partitions can use it). {@link KMeans#fitFrom} is the single-machine run; this class
 * exposes its steps so that an engine computes, per partition, each cluster's sum of rows and count, adds
 * them up, and calls {@link #update} on the driver, then builds the ordinary {@link KMeansModel} with
 * {@link #model}.
 *
 * <p>The assignment uses the exact squared distance with ties to the lowest centre index
 * ({@link #nearest}), which is the decision {@link KMeans} makes, so from the same initial centres the
 * same rows are assigned to the same clusters. The sums differ from the single-machine sums only in the
 * order of additions (partitions instead of fixed chunks), a relative difference of a few ulps.
 *
 * <p>The stopping rule is the one of {@link KMeans}: stop when no label changed, or when the squared
 * centre shift is at most {@link #absoluteTolerance}. Empty clusters are refilled by the caller (the row
 * farthest from its centre among clusters that keep another row, ties to the lowest row index), which
 * needs a pass over the data; {@link #update} refuses sums with an empty cluster.
 *
 * <p>Reference: S. P. Lloyd, "Least squares quantization in PCM", IEEE Transactions on Information
 * Theory 28(2), 1982.
 */
public final class KMeansSteps {

    private KMeansSteps() {
    }

    /**
     * The nearest centre of a row: the exact squared Euclidean distance, ties to the lowest index.
     *
     * @param centres {@code k * p} centres, row-major
     * @param k the number of centres, at least 1
     * @param row {@code p} values
     * @return the index of the nearest centre
     */
    public static int nearest(double[] centres, int k, double[] row) {
        int p = row.length;
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double d = Vectors.squaredEuclidean(row, 0, centres, c * p, p);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    /**
     * The squared distance from a row to one centre, with the kernel {@link KMeans} sums the inertia with.
     *
     * @param centres {@code k * p} centres, row-major
     * @param c the centre
     * @param row {@code p} values
     * @return {@code |row - centre_c|^2}
     */
    public static double squaredDistance(double[] centres, int c, double[] row) {
        return Vectors.squaredEuclidean(row, 0, centres, c * row.length, row.length);
    }

    /**
     * The tolerance on the squared centre shift that {@link KMeans} uses:
     * {@code tolerance * mean_j var_j}, with the population variances of the columns.
     *
     * @param tolerance the learner's relative tolerance
     * @param columnVariances the population variance of each column
     * @return the absolute tolerance
     */
    public static double absoluteTolerance(double tolerance, double[] columnVariances) {
        double sum = 0;
        for (double v : columnVariances) {
            sum += v;
        }
        return tolerance * sum / columnVariances.length;
    }

    /**
     * The update step: each centre moves to the mean of its rows (multiplying by the reciprocal of the
     * count, as {@link KMeans} does).
     *
     * @param sums {@code k * p} sums of each cluster's rows, row-major; not modified
     * @param counts {@code k} numbers of rows, each at least 1 (refill empty clusters first)
     * @param p the number of columns
     * @return the new {@code k * p} centres
     * @throws IllegalArgumentException if a count is below 1 or the shapes disagree
     */
    public static double[] update(double[] sums, long[] counts, int p) {
        int k = counts.length;
        Check.that(sums.length == k * p, () -> "sums must have " + k * p + " values (clusters x columns), got "
                + sums.length);
        double[] out = new double[k * p];
        for (int c = 0; c < k; c++) {
            int cluster = c;
            Check.that(counts[c] >= 1, () -> "counts[" + cluster + "] must be >= 1 (refill empty clusters first), got "
                    + counts[cluster]);
            double scale = 1.0 / counts[c];
            for (int j = 0; j < p; j++) {
                out[c * p + j] = sums[c * p + j] * scale;
            }
        }
        return out;
    }

    /**
     * The squared shift {@code sum_c |new_c - old_c|^2} of the centres in one update.
     *
     * @param updated the new centres
     * @param previous the old centres, same shape
     * @return the squared shift
     */
    public static double shift(double[] updated, double[] previous) {
        return Vectors.squaredEuclidean(updated, 0, previous, 0, updated.length);
    }

    /**
     * Builds the ordinary model from a run computed elsewhere.
     *
     * @param learner the learner whose run this was
     * @param centres {@code k * p} final centres, row-major; copied
     * @param columns {@code p}
     * @param labels each training row's cluster, in row order (at least {@code k} rows); copied
     * @param inertia the sum of squared distances from the rows to their centres
     * @param iterations the number of update steps run
     * @return the model, as {@link KMeans#fitFrom} builds it
     * @throws IllegalArgumentException if the shapes disagree with the learner
     */
    public static KMeansModel model(KMeans learner, double[] centres, int columns, int[] labels, double inertia,
                                    int iterations) {
        Check.notNull("learner", learner);
        int k = learner.clusters();
        Check.that(centres.length == k * columns, () -> "centres must have " + k * columns
                + " values (clusters x columns), got " + centres.length);
        Check.atMost("clusters", k, labels.length, "the number of rows");
        for (int i = 0; i < labels.length; i++) {
            Check.classIndex("labels", i, labels[i], k);
        }
        Check.nonNegative("inertia", inertia);
        Check.atLeast("iterations", iterations, 0);
        // the distributed steps work in the data's own units (scale 2^0)
        return new KMeansModel(learner, new LloydIterations.Result(centres.clone(), labels.clone(), inertia,
                iterations, 0), columns);
    }
}
