package io.github.classicml.core.internal.linalg;

/**
 * The split scans of decision trees: one sweep over a node's rows sorted by one feature, moving one
 * row at a time from the right child to the left and scoring every place where the feature's value
 * changes.
 *
 * <p>Every scan reads three arrays laid out for it: {@code order}, the row ids of the node sorted by
 * the feature, {@code values}, the feature's values in that same order (so the values are read in
 * sequence, never through the row id), and the rows' targets and weights indexed by row id. Positions
 * {@code from..to-1} are one node's range. A split at position {@code k} sends positions
 * {@code from..k-1} left and {@code k..to-1} right; it is a candidate when {@code values[k]} exceeds
 * {@code values[k-1]} by more than {@link #FEATURE_THRESHOLD} (closer values count as equal, as in
 * scikit-learn) and both sides hold at least {@code minRowsPerLeaf} rows.
 *
 * <p>Each scan maximises a <em>proxy</em> that ranks splits like the weighted impurity decrease but
 * costs less: the node's own impurity is a constant and is dropped.
 * <ul>
 *   <li>Gini: {@code sum_c L_c^2 / W_L + sum_c R_c^2 / W_R}, where {@code L_c, R_c} are the class
 *       weights on each side; the sums of squares are updated in O(1) per row, so the sweep costs
 *       O(rows) whatever the number of classes;</li>
 *   <li>entropy: {@code sum_c L_c ln(L_c / W_L) + sum_c R_c ln(R_c / W_R)}, O(classes) per candidate;</li>
 *   <li>squared error: {@code S_L^2 / W_L + S_R^2 / W_R} with {@code S} the weighted target sums.</li>
 * </ul>
 * A scan reports a split only when its proxy is strictly greater than {@code best[0]} on entry (the
 * best proxy so far, over earlier features), so over several features and positions the first
 * maximum wins. Nothing is allocated; the scratch arrays are the caller's.
 */
public final class SplitScans {

    /** Feature values closer than this count as equal and are never split apart (scikit-learn's rule). */
    public static final double FEATURE_THRESHOLD = 1e-7;

    /** Relative margin of the division-free screen (far above rounding, far below real differences). */
    private static final double SCREEN = 1 - 1e-9;

    private SplitScans() {
    }

    /**
     * Finds the best Gini split of one node along one feature.
     *
     * @param order row ids sorted by the feature, positions {@code from..to-1}
     * @param values the feature's values in the same order
     * @param from the first position of the node
     * @param to one past the last position
     * @param classes each row's class, by row id
     * @param weights each row's weight (positive), by row id; null when every weight is 1
     * @param nodeCounts the node's class weights, {@code classCount} entries; not modified
     * @param nodeWeight the node's total weight
     * @param left scratch, at least {@code classCount} entries
     * @param right scratch, at least {@code classCount} entries
     * @param classCount the number of classes
     * @param minRowsPerLeaf the fewest rows on either side
     * @param best {@code best[0]}: the proxy to beat on entry; on a better split, its proxy on exit
     * @return the position of the first row of the right child of a better split, or -1
     */
    public static int bestGini(int[] order, double[] values, int from, int to, int[] classes, double[] weights,
                               double[] nodeCounts, double nodeWeight, double[] left, double[] right,
                               int classCount, int minRowsPerLeaf, double[] best) {
        double sumSquaresRight = 0;
        for (int c = 0; c < classCount; c++) {
            left[c] = 0;
            right[c] = nodeCounts[c];
            sumSquaresRight += nodeCounts[c] * nodeCounts[c];
        }
        double sumSquaresLeft = 0;
        double weightLeft = 0;
        double bestProxy = best[0];
        int bestPosition = -1;
        int lastLeft = to - minRowsPerLeaf;
        for (int k = from; k < lastLeft; k++) {
            int row = order[k];
            int c = classes[row];
            double w = weights == null ? 1.0 : weights[row];
            double l = left[c];
            double r = right[c];
            // (l + w)^2 - l^2 and (r - w)^2 - r^2
            sumSquaresLeft += w * (l + l + w);
            sumSquaresRight += w * (w - r - r);
            left[c] = l + w;
            right[c] = r - w;
            weightLeft += w;
            if (k + 1 - from < minRowsPerLeaf || values[k + 1] <= values[k] + FEATURE_THRESHOLD) {
                continue;
            }
            double weightRight = nodeWeight - weightLeft;
            // screen without dividing: proxy > best  <=>  sqL W_R + sqR W_L > best W_L W_R; the margin
            // keeps every split that might win, which is then compared exactly as divided
            if (sumSquaresLeft * weightRight + sumSquaresRight * weightLeft
                    > bestProxy * weightLeft * weightRight * SCREEN) {
                double proxy = sumSquaresLeft / weightLeft + sumSquaresRight / weightRight;
                if (proxy > bestProxy) {
                    bestProxy = proxy;
                    bestPosition = k + 1;
                }
            }
        }
        best[0] = bestProxy;
        return bestPosition;
    }

    /**
     * Finds the best Gini split of a node with two classes: {@link #bestGini} without the per-class
     * arrays. The sweep keeps two running sums (the left weight and the left weight of class 1) in
     * registers, so no iteration waits on a store of the previous one; the squares are formed from
     * them at each candidate.
     *
     * @param order row ids sorted by the feature
     * @param values the feature's values in the same order
     * @param from the first position of the node
     * @param to one past the last position
     * @param classes each row's class (0 or 1), by row id
     * @param weights each row's weight, by row id; null when every weight is 1
     * @param nodeWeight the node's total weight
     * @param nodeWeightOne the node's weight of class 1
     * @param minRowsPerLeaf the fewest rows on either side
     * @param best the proxy to beat on entry; the better proxy on exit
     * @return the position of the first row of the right child of a better split, or -1
     */
    public static int bestGiniBinary(int[] order, double[] values, int from, int to, int[] classes, double[] weights,
                                     double nodeWeight, double nodeWeightOne, int minRowsPerLeaf, double[] best) {
        if (weights == null) {
            return bestGiniBinaryUnit(order, values, from, to, classes, nodeWeight, nodeWeightOne, minRowsPerLeaf,
                    best);
        }
        double weightLeft = 0;
        double oneLeft = 0;
        double bestProxy = best[0];
        int bestPosition = -1;
        int lastLeft = to - minRowsPerLeaf;
        int firstCandidate = from + minRowsPerLeaf - 1;
        for (int k = from; k < lastLeft; k++) {
            int row = order[k];
            double w = weights[row];
            weightLeft += w;
            oneLeft += classes[row] * w;
            if (k < firstCandidate || values[k + 1] <= values[k] + FEATURE_THRESHOLD) {
                continue;
            }
            double proxy = binaryGiniProxy(weightLeft, oneLeft, nodeWeight, nodeWeightOne, bestProxy);
            if (proxy > bestProxy) {
                bestProxy = proxy;
                bestPosition = k + 1;
            }
        }
        best[0] = bestProxy;
        return bestPosition;
    }

    /**
     * {@link #bestGiniBinary} with every weight 1 and the classes as bytes (0 or 1): the class of each
     * row is the one read that does not follow the sweep's order, and a byte per row keeps the whole
     * class array of 50,000 rows in the level-1 and level-2 caches.
     *
     * @param order row ids sorted by the feature
     * @param values the feature's values in the same order
     * @param from the first position of the node
     * @param to one past the last position
     * @param classes each row's class (0 or 1), by row id
     * @param nodeWeight the node's number of rows
     * @param nodeWeightOne the node's number of rows of class 1
     * @param minRowsPerLeaf the fewest rows on either side
     * @param best the proxy to beat on entry; the better proxy on exit
     * @return the position of the first row of the right child of a better split, or -1
     */
    public static int bestGiniBinary(int[] order, double[] values, int from, int to, byte[] classes,
                                     double nodeWeight, double nodeWeightOne, int minRowsPerLeaf, double[] best) {
        int onesLeft = 0;
        double bestProxy = best[0];
        int bestPosition = -1;
        int lastLeft = to - minRowsPerLeaf;
        int firstCandidate = from + minRowsPerLeaf - 1;
        for (int k = from; k < lastLeft; k++) {
            onesLeft += classes[order[k]];
            if (k < firstCandidate || values[k + 1] <= values[k] + FEATURE_THRESHOLD) {
                continue;
            }
            double weightLeft = k + 1 - from;
            double oneLeft = onesLeft;
            double proxy = binaryGiniProxy(weightLeft, oneLeft, nodeWeight, nodeWeightOne, bestProxy);
            if (proxy > bestProxy) {
                bestProxy = proxy;
                bestPosition = k + 1;
            }
        }
        best[0] = bestProxy;
        return bestPosition;
    }

    /**
     * {@link #bestGiniBinary} with whole-number weights: row {@code i} stands for {@code counts[i]}
     * copies of itself, as the rows of a bootstrap sample do (a row drawn twice weighs 2). The running
     * sums are integers, so the sweep's two additions per row take one cycle each instead of a
     * floating-point addition's four, and every sum, square and proxy is the same double as the
     * weighted scan computes (whole numbers below 2^53 add exactly in either arithmetic), so the split
     * found is the same.
     *
     * @param order row ids sorted by the feature
     * @param values the feature's values in the same order
     * @param from the first position of the node
     * @param to one past the last position
     * @param classes each row's class (0 or 1), by row id
     * @param counts each row's weight, a positive whole number, by row id; the node's total below 2^31
     * @param nodeWeight the node's total weight
     * @param nodeWeightOne the node's weight of class 1
     * @param minRowsPerLeaf the fewest rows on either side
     * @param best the proxy to beat on entry; the better proxy on exit
     * @return the position of the first row of the right child of a better split, or -1
     */
    public static int bestGiniBinary(int[] order, double[] values, int from, int to, byte[] classes, int[] counts,
                                     double nodeWeight, double nodeWeightOne, int minRowsPerLeaf, double[] best) {
        int countLeft = 0;
        int onesLeft = 0;
        double bestProxy = best[0];
        int bestPosition = -1;
        int lastLeft = to - minRowsPerLeaf;
        int firstCandidate = from + minRowsPerLeaf - 1;
        for (int k = from; k < lastLeft; k++) {
            int row = order[k];
            int count = counts[row];
            countLeft += count;
            onesLeft += classes[row] * count;
            if (k < firstCandidate || values[k + 1] <= values[k] + FEATURE_THRESHOLD) {
                continue;
            }
            double weightLeft = countLeft;
            double oneLeft = onesLeft;
            double proxy = binaryGiniProxy(weightLeft, oneLeft, nodeWeight, nodeWeightOne, bestProxy);
            if (proxy > bestProxy) {
                bestProxy = proxy;
                bestPosition = k + 1;
            }
        }
        best[0] = bestProxy;
        return bestPosition;
    }

    /**
     * The Gini proxy {@code Σ_side Σ_c w_c² / w_side} of the two-class split whose left side weighs
     * {@code weightLeft}, {@code oneLeft} of it class 1, when it beats {@code bestProxy}; otherwise
     * {@code -1}. The cheap screen (both fractions multiplied out, no division) rejects most candidates;
     * the divisions run only for those within {@link #SCREEN} of the best. Every binary scan calls this,
     * so they all score a candidate with the same arithmetic.
     */
    private static double binaryGiniProxy(double weightLeft, double oneLeft, double nodeWeight, double nodeWeightOne,
                                          double bestProxy) {
        double weightRight = nodeWeight - weightLeft;
        double zeroLeft = weightLeft - oneLeft;
        double oneRight = nodeWeightOne - oneLeft;
        double zeroRight = weightRight - oneRight;
        double squaresLeft = oneLeft * oneLeft + zeroLeft * zeroLeft;
        double squaresRight = oneRight * oneRight + zeroRight * zeroRight;
        if (squaresLeft * weightRight + squaresRight * weightLeft > bestProxy * weightLeft * weightRight * SCREEN) {
            double proxy = squaresLeft / weightLeft + squaresRight / weightRight;
            if (proxy > bestProxy) {
                return proxy;
            }
        }
        return -1;
    }

    /** {@link #bestGiniBinary} with every weight 1: integer running counts. */
    private static int bestGiniBinaryUnit(int[] order, double[] values, int from, int to, int[] classes,
                                          double nodeWeight, double nodeWeightOne, int minRowsPerLeaf, double[] best) {
        int onesLeft = 0;
        double bestProxy = best[0];
        int bestPosition = -1;
        int lastLeft = to - minRowsPerLeaf;
        int firstCandidate = from + minRowsPerLeaf - 1;
        for (int k = from; k < lastLeft; k++) {
            onesLeft += classes[order[k]];
            if (k < firstCandidate || values[k + 1] <= values[k] + FEATURE_THRESHOLD) {
                continue;
            }
            double weightLeft = k + 1 - from;
            double oneLeft = onesLeft;
            double proxy = binaryGiniProxy(weightLeft, oneLeft, nodeWeight, nodeWeightOne, bestProxy);
            if (proxy > bestProxy) {
                bestProxy = proxy;
                bestPosition = k + 1;
            }
        }
        best[0] = bestProxy;
        return bestPosition;
    }

    /**
     * Finds the best entropy split of one node along one feature; arguments as for
     * {@link #bestGini}.
     *
     * @param order row ids sorted by the feature
     * @param values the feature's values in the same order
     * @param from the first position of the node
     * @param to one past the last position
     * @param classes each row's class, by row id
     * @param weights each row's weight, by row id; null when every weight is 1
     * @param nodeCounts the node's class weights; not modified
     * @param nodeWeight the node's total weight
     * @param left scratch
     * @param right scratch
     * @param classCount the number of classes
     * @param minRowsPerLeaf the fewest rows on either side
     * @param best the proxy to beat on entry; the better proxy on exit
     * @return the position of the first row of the right child of a better split, or -1
     */
    public static int bestEntropy(int[] order, double[] values, int from, int to, int[] classes, double[] weights,
                                  double[] nodeCounts, double nodeWeight, double[] left, double[] right,
                                  int classCount, int minRowsPerLeaf, double[] best) {
        for (int c = 0; c < classCount; c++) {
            left[c] = 0;
            right[c] = nodeCounts[c];
        }
        double weightLeft = 0;
        double bestProxy = best[0];
        int bestPosition = -1;
        int lastLeft = to - minRowsPerLeaf;
        for (int k = from; k < lastLeft; k++) {
            int row = order[k];
            int c = classes[row];
            double w = weights == null ? 1.0 : weights[row];
            left[c] += w;
            right[c] -= w;
            weightLeft += w;
            if (k + 1 - from < minRowsPerLeaf || values[k + 1] <= values[k] + FEATURE_THRESHOLD) {
                continue;
            }
            double weightRight = nodeWeight - weightLeft;
            double proxy = 0;
            for (int j = 0; j < classCount; j++) {
                double l = left[j];
                if (l > 0) {
                    proxy += l * Math.log(l / weightLeft);
                }
                double r = right[j];
                if (r > 0) {
                    proxy += r * Math.log(r / weightRight);
                }
            }
            if (proxy > bestProxy) {
                bestProxy = proxy;
                bestPosition = k + 1;
            }
        }
        best[0] = bestProxy;
        return bestPosition;
    }

    /**
     * Finds the best squared-error split of one node along one feature; arguments as for
     * {@link #bestGini}, with numeric targets.
     *
     * @param order row ids sorted by the feature
     * @param values the feature's values in the same order
     * @param from the first position of the node
     * @param to one past the last position
     * @param targets each row's target, by row id
     * @param weights each row's weight, by row id; null when every weight is 1
     * @param nodeSum the node's weighted target sum
     * @param nodeWeight the node's total weight
     * @param minRowsPerLeaf the fewest rows on either side
     * @param best the proxy to beat on entry; the better proxy on exit
     * @return the position of the first row of the right child of a better split, or -1
     */
    public static int bestSquaredError(int[] order, double[] values, int from, int to, double[] targets,
                                       double[] weights, double nodeSum, double nodeWeight, int minRowsPerLeaf,
                                       double[] best) {
        double sumLeft = 0;
        double weightLeft = 0;
        double bestProxy = best[0];
        int bestPosition = -1;
        int lastLeft = to - minRowsPerLeaf;
        for (int k = from; k < lastLeft; k++) {
            int row = order[k];
            double w = weights == null ? 1.0 : weights[row];
            sumLeft += w * targets[row];
            weightLeft += w;
            if (k + 1 - from < minRowsPerLeaf || values[k + 1] <= values[k] + FEATURE_THRESHOLD) {
                continue;
            }
            double sumRight = nodeSum - sumLeft;
            double weightRight = nodeWeight - weightLeft;
            if (sumLeft * sumLeft * weightRight + sumRight * sumRight * weightLeft
                    > bestProxy * weightLeft * weightRight * SCREEN) {
                double proxy = sumLeft * sumLeft / weightLeft + sumRight * sumRight / weightRight;
                if (proxy > bestProxy) {
                    bestProxy = proxy;
                    bestPosition = k + 1;
                }
            }
        }
        best[0] = bestProxy;
        return bestPosition;
    }
}
