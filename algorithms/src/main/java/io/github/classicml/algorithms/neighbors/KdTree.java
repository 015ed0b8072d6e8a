package io.github.classicml.algorithms.neighbors;

/**
 * A k-d tree over the training rows, for Minkowski-family distances (Euclidean, Manhattan, Chebyshev,
 * Minkowski of any order).
 *
 * <p><b>Build.</b> Each node owns a contiguous range of rows and its bounding box (the per-column
 * minimum and maximum of its rows). A node is split on the column of largest spread, at the median
 * position of its range: a selection step puts the lower half of the rows (by that column) on the
 * left, the upper half on the right, so the tree is balanced whatever the data, and duplicated values
 * may fall on either side (the boxes are computed from the rows, so they stay correct). Splitting stops
 * when a node would hold fewer than {@code leafSize} rows: as in scikit-learn the tree has
 * {@code 1 + floor(log2(max(1, (n - 1) / leafSize)))} levels, stored as an implicit binary heap
 * (children of node {@code i} at {@code 2i + 1} and {@code 2i + 2}). Build cost O(n·p·log(n/leafSize))
 * time and O(n·p) memory: the rows are copied in tree order, so that a leaf is one contiguous block.
 *
 * <p><b>Query.</b> Depth first, nearer child first. A node is skipped when the reduced distance from
 * the query to its box (a lower bound on the distance to any row inside) exceeds the current
 * {@link Candidates#limit()}: the k-th best distance so far, widened by the tie tolerance and by the
 * rounding of the box computation, so that no row that could be a neighbour or tie with one is ever
 * skipped. Leaf rows are measured with the same exact kernel as brute force, so both return the same
 * neighbours. In few dimensions a query visits O(log n) nodes; as the dimension grows the boxes overlap
 * every query's ball and the search approaches brute force plus the cost of the boxes.
 *
 * <p>Reference: J. L. Bentley, "Multidimensional binary search trees used for associative searching",
 * Communications of the ACM 18(9), 1975; J. H. Friedman, J. L. Bentley and R. A. Finkel, "An algorithm
 * for finding best matches in logarithmic expected time", ACM Transactions on Mathematical Software
 * 3(3), 1977.
 */
final class KdTree implements NeighborIndex {

    private final Distance distance;
    private final int columns;
    /** The training rows in tree order, row-major. */
    private final double[] points;
    /** The original index of each row in tree order. */
    private final int[] original;
    private final int nodes;
    private final int firstLeaf;
    private final int[] start;
    private final int[] end;
    private final double[] lower;
    private final double[] upper;
    /** Relative allowance for the rounding of box distances against the exact kernel. */
    private final double boxSlack;

    KdTree(Distance distance, double[] train, int rows, int columns, int leafSize) {
        this.distance = distance;
        this.columns = columns;
        int levels = 1 + floorLog2(Math.max(1, (rows - 1) / leafSize));
        this.nodes = (1 << levels) - 1;
        this.firstLeaf = (1 << (levels - 1)) - 1;
        this.start = new int[nodes];
        this.end = new int[nodes];
        this.lower = new double[nodes * columns];
        this.upper = new double[nodes * columns];
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        start[0] = 0;
        end[0] = rows;
        for (int node = 0; node < nodes; node++) {
            bound(node, train, order);
            if (node < firstLeaf) {
                int split = widestColumn(node);
                int mid = start[node] + (end[node] - start[node]) / 2;
                select(train, order, start[node], end[node], mid, split);
                start[2 * node + 1] = start[node];
                end[2 * node + 1] = mid;
                start[2 * node + 2] = mid;
                end[2 * node + 2] = end[node];
            }
        }
        this.points = new double[rows * columns];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(train, order[r] * columns, points, r * columns, columns);
        }
        this.original = order;
        // a sum of p-th powers carries about p times the rounding of a difference; the per-pair form (the
        // distance proper, relative to the largest difference) and Chebyshev carry that of one difference
        double order1 = distance.kind() == Distance.Kind.CHEBYSHEV || distance.isPerPair() ? 2 : distance.p();
        this.boxSlack = Math.min(0.5, (columns + 4) * (order1 + 2) * 0x1p-50);
    }

    private static int floorLog2(int x) {
        return 31 - Integer.numberOfLeadingZeros(x);
    }

    /** Sets the node's box to the per-column minimum and maximum of its rows. */
    private void bound(int node, double[] train, int[] order) {
        int o = node * columns;
        for (int j = 0; j < columns; j++) {
            lower[o + j] = Double.POSITIVE_INFINITY;
            upper[o + j] = Double.NEGATIVE_INFINITY;
        }
        for (int r = start[node]; r < end[node]; r++) {
            int x = order[r] * columns;
            for (int j = 0; j < columns; j++) {
                double v = train[x + j];
                lower[o + j] = Math.min(lower[o + j], v);
                upper[o + j] = Math.max(upper[o + j], v);
            }
        }
    }

    /** @return the column with the largest spread in the node's box (lowest column on ties) */
    private int widestColumn(int node) {
        int o = node * columns;
        int best = 0;
        for (int j = 1; j < columns; j++) {
            if (upper[o + j] - lower[o + j] > upper[o + best] - lower[o + best]) {
                best = j;
            }
        }
        return best;
    }

    /**
     * Rearranges {@code order[from..to-1]} so that position {@code nth} holds the row that would be
     * there if the range were sorted by {@code column}, with no larger value before it and no smaller
     * value after it (Hoare's selection with a median-of-three pivot; deterministic).
     */
    private void select(double[] train, int[] order, int from, int to, int nth, int column) {
        int lo = from;
        int hi = to - 1;
        while (hi > lo) {
            int mid = lo + (hi - lo) / 2;
            double a = value(train, order, lo, column);
            double b = value(train, order, mid, column);
            double c = value(train, order, hi, column);
            double pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (value(train, order, i, column) < pivot) {
                    i++;
                }
                while (value(train, order, j, column) > pivot) {
                    j--;
                }
                if (i <= j) {
                    int t = order[i];
                    order[i] = order[j];
                    order[j] = t;
                    i++;
                    j--;
                }
            }
            if (nth <= j) {
                hi = j;
            } else if (nth >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private double value(double[] train, int[] order, int position, int column) {
        return train[order[position] * columns + column];
    }

    @Override
    public void search(double[] queries, int from, int to, int k, int[] outRow, double[] outReduced) {
        Candidates c = new Candidates(k, distance.tieTolerance());
        for (int q = from; q < to; q++) {
            c.reset();
            visit(0, queries, q * columns, c);
            c.select(outRow, outReduced, q * k);
        }
    }

    private void visit(int node, double[] queries, int q, Candidates c) {
        if (node >= firstLeaf) {
            double limit = c.limit();
            for (int r = start[node]; r < end[node]; r++) {
                double d = distance.reduced(queries, q, points, r * columns, columns);
                if (d <= limit) {
                    c.offer(original[r], d, d);
                    limit = c.limit();
                }
            }
            return;
        }
        int left = 2 * node + 1;
        int right = left + 1;
        double toLeft = boxDistance(left, queries, q);
        double toRight = boxDistance(right, queries, q);
        int near = toLeft <= toRight ? left : right;
        int far = near == left ? right : left;
        double nearDistance = Math.min(toLeft, toRight);
        double farDistance = Math.max(toLeft, toRight);
        if (nearDistance <= c.limit()) {
            visit(near, queries, q, c);
        }
        if (farDistance <= c.limit()) {
            visit(far, queries, q, c);
        }
    }

    /** A lower bound, rounding included, on the exact reduced distance to every row of the node. */
    private double boxDistance(int node, double[] queries, int q) {
        return distance.reducedToBox(queries, q, lower, upper, node * columns, columns) * (1 - boxSlack);
    }

    @Override
    public double[] trainingRows() {
        double[] out = new double[points.length];
        for (int r = 0; r < original.length; r++) {
            System.arraycopy(points, r * columns, out, original[r] * columns, columns);
        }
        return out;
    }
}
