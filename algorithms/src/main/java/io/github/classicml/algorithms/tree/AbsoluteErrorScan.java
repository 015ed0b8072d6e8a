package io.github.classicml.algorithms.tree;

import io.github.classicml.core.internal.linalg.SplitScans;

import java.util.Arrays;

/**
 * The absolute-error criterion: a node's cost is {@code sum_i w_i |y_i - m|} at a weighted median
 * {@code m} (the least such sum; its impurity is the cost over the node's weight), and a split
 * minimises the sum of its children's costs.
 *
 * <p>A sweep along one feature must know the cost of every prefix and every suffix of the node's rows.
 * The node's targets are ranked once (O(m log m)); a Fenwick tree over the ranks holds the weight and
 * the weighted target sum of the rows inserted so far, so that adding a row and finding the weighted
 * median (a descent to the first rank whose cumulative weight reaches half the total) cost
 * O(log m) each. One pass left to right gives the prefix costs, one right to left the suffix costs:
 * O(m log m) per feature, where recomputing each side's median would cost O(m^2).
 */
final class AbsoluteErrorScan {

    private final double[] keys;
    private final int[] ids;
    private final int[] rank;
    private final double[] sortedTargets;
    private final double[] fenwickWeight;
    private final double[] fenwickSum;
    private final double[] prefixCost;
    private final double[] suffixCost;

    AbsoluteErrorScan(int n) {
        keys = new double[n];
        ids = new int[n];
        rank = new int[n];
        sortedTargets = new double[n];
        fenwickWeight = new double[n + 1];
        fenwickSum = new double[n + 1];
        prefixCost = new double[n];
        suffixCost = new double[n + 1];
    }

    /** Sorts the targets of the rows at positions {@code from..to-1}; returns their count. */
    private int rankTargets(int[] order, int from, int to, double[] targets) {
        int m = to - from;
        for (int k = 0; k < m; k++) {
            int row = order[from + k];
            keys[k] = targets[row];
            ids[k] = row;
        }
        Presort.sort(keys, ids, 0, m);
        for (int k = 0; k < m; k++) {
            rank[ids[k]] = k;
            sortedTargets[k] = keys[k];
        }
        return m;
    }

    /**
     * The weighted median by scikit-learn's rule: with the targets sorted and {@code k} the fewest
     * leading rows whose weight reaches half the total, the k-th target, or the mean of the k-th and
     * (k+1)-th when the weight is exactly half.
     */
    double median(int[] order, int from, int to, double[] targets, double[] weights) {
        int m = to - from;
        double total = 0;
        for (int k = 0; k < m; k++) {
            int row = order[from + k];
            keys[k] = targets[row];
            ids[k] = row;
            total += weights[row];
        }
        Presort.sort(keys, ids, 0, m);
        double half = total / 2.0;
        double cumulative = 0;
        for (int k = 0; k < m; k++) {
            cumulative += weights[ids[k]];
            if (cumulative >= half) {
                if (cumulative == half && k + 1 < m) {
                    return (keys[k] + keys[k + 1]) / 2.0;
                }
                return keys[k];
            }
        }
        return keys[m - 1];
    }

    /** The least weighted absolute deviation of the rows at positions {@code from..to-1}. */
    double cost(int[] order, int from, int to, double[] targets, double[] weights) {
        int m = to - from;
        if (m == 0) {
            return 0;
        }
        for (int k = 0; k < m; k++) {
            int row = order[from + k];
            keys[k] = targets[row];
            ids[k] = row;
        }
        Presort.sort(keys, ids, 0, m);
        double total = 0;
        for (int k = 0; k < m; k++) {
            total += weights[ids[k]];
        }
        double half = total / 2.0;
        double cumulative = 0;
        double median = keys[m - 1];
        for (int k = 0; k < m; k++) {
            cumulative += weights[ids[k]];
            if (cumulative >= half) {
                median = keys[k];
                break;
            }
        }
        double cost = 0;
        for (int k = 0; k < m; k++) {
            cost += weights[ids[k]] * Math.abs(keys[k] - median);
        }
        return cost;
    }

    /**
     * Finds the split of least total absolute deviation along one feature (arguments as in
     * {@link SplitScans#bestGini}); the proxy is minus that total.
     */
    int best(int[] order, double[] values, int from, int to, double[] targets, double[] weights, int minRowsPerLeaf,
             double[] best) {
        int m = rankTargets(order, from, to, targets);
        // prefix costs: rows from..k
        Arrays.fill(fenwickWeight, 0, m + 1, 0);
        Arrays.fill(fenwickSum, 0, m + 1, 0);
        double weight = 0;
        double sum = 0;
        for (int k = 0; k < m; k++) {
            int row = order[from + k];
            weight += weights[row];
            sum += weights[row] * targets[row];
            add(rank[row], weights[row], targets[row], m);
            prefixCost[k] = costOf(weight, sum, m);
        }
        Arrays.fill(fenwickWeight, 0, m + 1, 0);
        Arrays.fill(fenwickSum, 0, m + 1, 0);
        weight = 0;
        sum = 0;
        for (int k = m - 1; k >= 1; k--) {
            int row = order[from + k];
            weight += weights[row];
            sum += weights[row] * targets[row];
            add(rank[row], weights[row], targets[row], m);
            suffixCost[k] = costOf(weight, sum, m);
        }
        double bestProxy = best[0];
        int bestPosition = -1;
        for (int k = minRowsPerLeaf; k <= m - minRowsPerLeaf; k++) {
            if (values[from + k] <= values[from + k - 1] + SplitScans.FEATURE_THRESHOLD) {
                continue;
            }
            double proxy = -(prefixCost[k - 1] + suffixCost[k]);
            if (proxy > bestProxy) {
                bestProxy = proxy;
                bestPosition = from + k;
            }
        }
        best[0] = bestProxy;
        return bestPosition;
    }

    private void add(int index, double w, double y, int m) {
        double wy = w * y;
        for (int i = index + 1; i <= m; i += i & -i) {
            fenwickWeight[i] += w;
            fenwickSum[i] += wy;
        }
    }

    /** The cost of the inserted rows (total weight and weighted sum given) at their weighted median. */
    private double costOf(double weight, double sum, int m) {
        double half = weight / 2.0;
        // descend to the last prefix of weight below half: the median is the next rank
        int position = 0;
        double below = 0;
        double belowSum = 0;
        for (int step = Integer.highestOneBit(m); step > 0; step >>= 1) {
            int next = position + step;
            if (next <= m && below + fenwickWeight[next] < half) {
                position = next;
                below += fenwickWeight[next];
                belowSum += fenwickSum[next];
            }
        }
        double median = sortedTargets[Math.min(position, m - 1)];
        // rows of rank < position lie at or below the median, the others at or above it
        return median * below - belowSum + (sum - belowSum) - median * (weight - below);
    }
}
