package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Regressor;

/**
 * A fitted k-nearest-neighbours regressor: the stored training rows, indexed for search, and their
 * targets.
 *
 * <p>Immutable and safe for concurrent prediction. Batch predictions search blocks of rows on several
 * threads and agree exactly with row-by-row predictions.
 *
 * @see KnnRegressor
 */
public final class KnnRegressorModel extends KnnModel implements Regressor {

    private final double[] targets;

    private final KnnRegressor learner;

    KnnRegressorModel(KnnRegressor learner, FittedNeighbors search, double[] targets) {
        super(search, learner.weighting());
        this.learner = learner;
        this.targets = targets;
    }

    /** @return the target of each training row, for the model file */
    double[] trainingTargets() {
        return targets.clone();
    }

    @Override
    public KnnRegressor learner() {
        return learner;
    }

    @Override
    public double predict(double[] row) {
        int[] found = new int[k()];
        double[] reduced = new double[k()];
        search.search(row, found, reduced);
        return average(found, reduced, 0);
    }

    @Override
    public double[] predict(Dataset data) {
        return predictAll(search.rowsOf(data), data.rows());
    }

    @Override
    public double[] predict(double[][] rows) {
        return predictAll(search.rowsOf(rows), rows.length);
    }

    private double[] predictAll(double[] rows, int n) {
        int k = k();
        int[] found = new int[Check.tableSize("the neighbour table", n, "rows", k, "neighbours", Dataset.MAX_CELLS)];
        double[] reduced = new double[n * k];
        search.searchAll(rows, n, found, reduced);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = average(found, reduced, i * k);
        }
        return out;
    }

    /**
     * The (weighted) mean target of one query's neighbours, summed nearest first. A mean of finite targets
     * lies between the smallest and the largest, so it is always a double; when the plain sum overflows
     * (targets near the largest double), it is summed again as {@code 2 sum_j (t_j / 2) s_j} with the
     * shares {@code s_j = w_j / sum w} (a convex combination, whose partial sums of halves cannot
     * overflow), which differs from the plain form only by rounding.
     */
    private double average(int[] found, double[] reduced, int offset) {
        int k = k();
        if (weighting == Weighting.UNIFORM) {
            double sum = 0;
            for (int j = 0; j < k; j++) {
                sum += targets[found[offset + j]];
            }
            if (Double.isFinite(sum)) {
                return sum / k;
            }
            double[] ones = new double[k];
            java.util.Arrays.fill(ones, 1.0);
            return convexCombination(found, offset, ones, k);
        }
        double[] distances = new double[k];
        double[] weights = new double[k];
        search.distances(reduced, offset, distances);
        weighting.weigh(distances, weights);
        double sum = 0;
        double total = 0;
        for (int j = 0; j < k; j++) {
            sum += targets[found[offset + j]] * weights[j];
            total += weights[j];
        }
        if (Double.isFinite(sum)) {
            return sum / total;
        }
        return convexCombination(found, offset, weights, total);
    }

    /** {@code 2 sum_j (t_j / 2) (w_j / total)}: the weighted mean without overflow. */
    private double convexCombination(int[] found, int offset, double[] weights, double total) {
        double sum = 0;
        for (int j = 0; j < weights.length; j++) {
            sum += 0.5 * targets[found[offset + j]] * (weights[j] / total);
        }
        return 2 * sum;
    }
}
