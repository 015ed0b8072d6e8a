package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.internal.linalg.SplitScans;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Computes a {@link SplitTrace}: the node's training rows are found by routing every row, then every
 * candidate of every feature is scored from running class weights (or target sums) along the
 * feature's sorted values. O(p m log m) for a node of m rows (absolute error: O(p m^2 log m)); it allocates
 * freely, being for explanation rather than for fitting.
 */
final class SplitTracer {

    private SplitTracer() {
    }

    /** What the criterion needs of the rows: class weights or targets, and how to score a side. */
    interface Impurity {
        /** Starts an empty side. */
        void clear(int side);

        /** Adds row {@code row} (an index into the data) to a side. */
        void add(int side, int row);

        /** Removes a row that was added to a side. */
        void remove(int side, int row);

        /** The impurity of a side. */
        double impurity(int side);

        /** The weight of a side. */
        double weight(int side);
    }

    static SplitTrace trace(Tree tree, Dataset data, int node, int minRowsPerLeaf, Impurity impurity) {
        int p = data.columns();
        double[] values = data.features();
        int[] parents = tree.parents();
        List<Integer> reaching = new ArrayList<>();
        for (int i = 0; i < data.rows(); i++) {
            int leaf = tree.apply(values, i * p);
            for (int at = leaf; at != -1; at = parents[at]) {
                if (at == node) {
                    reaching.add(i);
                    break;
                }
            }
        }
        int m = reaching.size();
        impurity.clear(0);
        for (int row : reaching) {
            impurity.add(0, row);
        }
        double nodeImpurity = m == 0 ? 0 : impurity.impurity(0);
        double nodeWeight = impurity.weight(0);
        List<SplitTrace.Candidate> candidates = new ArrayList<>();
        double[] keys = new double[m];
        int[] ids = new int[m];
        for (int f = 0; f < p; f++) {
            for (int k = 0; k < m; k++) {
                ids[k] = reaching.get(k);
                keys[k] = values[ids[k] * p + f];
            }
            Presort.sort(keys, ids, 0, m);
            impurity.clear(0);
            impurity.clear(1);
            for (int k = 0; k < m; k++) {
                impurity.add(1, ids[k]);
            }
            for (int k = 0; k + 1 < m; k++) {
                impurity.add(0, ids[k]);
                impurity.remove(1, ids[k]);
                if (keys[k + 1] <= keys[k] + SplitScans.FEATURE_THRESHOLD) {
                    continue;
                }
                int leftRows = k + 1;
                if (leftRows < minRowsPerLeaf || m - leftRows < minRowsPerLeaf) {
                    continue;
                }
                double threshold = keys[k] / 2.0 + keys[k + 1] / 2.0;
                if (threshold == keys[k + 1] || Double.isInfinite(threshold)) {
                    threshold = keys[k];
                }
                double left = impurity.impurity(0);
                double rightImpurity = impurity.impurity(1);
                double decrease = nodeImpurity - impurity.weight(0) / nodeWeight * left
                        - impurity.weight(1) / nodeWeight * rightImpurity;
                candidates.add(new SplitTrace.Candidate(f, data.columnName(f), threshold, leftRows, m - leftRows,
                        left, rightImpurity, decrease));
            }
        }
        // decreases equal but for rounding (ties of the arithmetic) sort by feature and threshold
        candidates.sort(Comparator.comparingDouble((SplitTrace.Candidate c) -> -Math.rint(c.decrease() * 1e12))
                .thenComparingInt(SplitTrace.Candidate::feature)
                .thenComparingDouble(SplitTrace.Candidate::threshold));
        return new SplitTrace(node, m, nodeImpurity, candidates);
    }

    /** Class weights per side, Gini or entropy. */
    static Impurity classes(int[] classes, double[] classWeights, boolean gini) {
        int k = classWeights.length;
        double[][] counts = new double[2][k];
        double[] weights = new double[2];
        return new Impurity() {
            @Override
            public void clear(int side) {
                Arrays.fill(counts[side], 0);
                weights[side] = 0;
            }

            @Override
            public void add(int side, int row) {
                counts[side][classes[row]] += classWeights[classes[row]];
                weights[side] += classWeights[classes[row]];
            }

            @Override
            public void remove(int side, int row) {
                counts[side][classes[row]] -= classWeights[classes[row]];
                weights[side] -= classWeights[classes[row]];
            }

            @Override
            public double impurity(int side) {
                return gini ? TreeGrower.gini(counts[side], weights[side])
                        : TreeGrower.entropy(counts[side], weights[side]);
            }

            @Override
            public double weight(int side) {
                return weights[side];
            }
        };
    }

    /** Target sums per side (squared error) or the targets themselves (absolute error). */
    static Impurity targets(double[] targets, boolean absolute) {
        double[] sums = new double[2];
        double[] squares = new double[2];
        double[] weights = new double[2];
        List<List<Double>> members = List.of(new ArrayList<>(), new ArrayList<>());
        return new Impurity() {
            @Override
            public void clear(int side) {
                sums[side] = 0;
                squares[side] = 0;
                weights[side] = 0;
                members.get(side).clear();
            }

            @Override
            public void add(int side, int row) {
                double y = targets[row];
                sums[side] += y;
                squares[side] += y * y;
                weights[side] += 1;
                if (absolute) {
                    members.get(side).add(y);
                }
            }

            @Override
            public void remove(int side, int row) {
                double y = targets[row];
                sums[side] -= y;
                squares[side] -= y * y;
                weights[side] -= 1;
                if (absolute) {
                    members.get(side).remove(Double.valueOf(y));
                }
            }

            @Override
            public double impurity(int side) {
                if (!absolute) {
                    return TreeGrower.squaredError(sums[side], squares[side], weights[side]);
                }
                double[] ys = members.get(side).stream().mapToDouble(Double::doubleValue).sorted().toArray();
                double median = ys[(ys.length - 1) / 2];
                double cost = 0;
                for (double y : ys) {
                    cost += Math.abs(y - median);
                }
                return cost / ys.length;
            }

            @Override
            public double weight(int side) {
                return weights[side];
            }
        };
    }
}
