package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.internal.linalg.Scaling;
import io.github.classicml.core.internal.linalg.SplitScans;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Grows one tree (CART) on presorted columns.
 *
 * <p><b>Layout.</b> The rows with positive weight get ids {@code 0..n-1}. For every feature {@code f},
 * {@code order[f*n .. f*n+n-1]} holds the row ids sorted by that feature and {@code sorted[...]} their
 * values in the same order (column-major, so a scan reads memory in sequence). Each node owns one
 * range {@code start..end-1} of positions, the same in every feature: the node's rows, sorted by each
 * feature. Sorting happens once, O(p n log n); splitting a node partitions its range of every feature
 * stably (left rows first), O(p m) for a node of m rows, so each level of the tree costs O(p n) and no
 * node ever sorts.
 *
 * <p><b>Order of growth</b> is scikit-learn's: depth first (left subtree before right, node ids in
 * that order) without {@code maxLeafNodes}, and best first (the open node of largest weighted impurity
 * decrease is split next; children get ids when their parent is split) with it. The stopping rules
 * and the candidate features are scikit-learn's too, as documented on the learners.
 */
final class TreeGrower {

    static final int GINI = 0;
    static final int ENTROPY = 1;
    static final int SQUARED_ERROR = 2;
    static final int ABSOLUTE_ERROR = 3;
    static final int FRIEDMAN_MSE = 4;

    /** Weights below {@code 2^WEIGHT_HIGH} (and not below {@code 2^-WEIGHT_RANGE}) are grown as given. */
    static final int WEIGHT_HIGH = 64;

    /** The widest span of the positive weights, as a power of two: {@code 2^200}, about 1.6e60. */
    static final int WEIGHT_RANGE = 200;

    /**
     * The most entries of a classification tree's value table (nodes times classes): 2^27, 1 GiB of
     * doubles. A tree whose class indices run far beyond its rows' classes would otherwise need a row
     * of counts per node for every index.
     */
    static final int MAX_VALUES = 1 << 27;

    /** Impurities at or below this count as pure (scikit-learn's {@code EPSILON}, the double epsilon). */
    private static final double EPSILON = Math.ulp(1.0);

    /** What to grow: the criterion and the limits. */
    record Settings(int criterion, boolean randomThresholds, int maxDepth, int minRowsToSplit, int minRowsPerLeaf,
                    int maxFeatures, double minImpurityDecrease, int maxLeafNodes) {
    }

    private final Settings settings;
    private final SplittableRandom random;
    private final int n;
    private final int p;
    private final int classCount;
    private final int stride;
    private final int[] classes;
    /**
     * Whether the two-class scans serve: the data has two classes. A tree on more classes grown on the
     * two present ones keeps the general scans, so that it is the tree it always was, bit for bit.
     */
    private final boolean binaryScans;
    private final double[] targets;
    private final double[] weights;
    /** Two classes and whole-number weights: the classes as bytes for the two-class scans, else null. */
    private final byte[] classBytes;
    /** Two classes and whole-number weights not all 1 (a bootstrap sample): the weights as ints, else null. */
    private final int[] counts;
    /** The weights for the scans: null when every weight is 1. */
    private final double[] scanWeights;
    private final int[] order;
    private final double[] sorted;
    private final double totalWeight;
    private final boolean classification;
    private final int maxFeatures;

    // scratch, allocated once per tree
    /** 1 for the rows of the left child of the split being applied, 0 for the right. */
    private final byte[] goesLeft;
    private final int[] scratchOrder;
    private final double[] scratchValues;
    private final int[] features;
    private final double[] nodeCounts;
    private final double[] leftCounts;
    private final double[] rightCounts;
    private final double[] best = new double[1];
    private final AbsoluteErrorScan absolute;

    // the node under construction; its rows are positions start..end-1 of feature refBase / n, the
    // split feature of its parent (the other features are partitioned only when a child may split)
    private int refBase;
    private double nodeWeight;
    private double nodeSum;
    private double nodeSumSquares;
    private double nodeMedian;

    // the split found by findSplit
    private int splitFeature;
    private int splitPosition;
    private double splitThreshold;
    private double splitImprovement;
    private double splitImpurityLeft;
    private double splitImpurityRight;

    // the left child of the split found, for the improvement
    private double childWeightLeft;
    private double childSumLeft;

    // the nodes
    private NodeList nodes;

    private TreeGrower(Settings settings, SplittableRandom random, int n, int p, int classCount, boolean binaryScans,
                       int[] classes, double[] targets, double[] weights, int[] order, double[] sorted) {
        this.settings = settings;
        this.random = random;
        this.n = n;
        this.p = p;
        this.classCount = classCount;
        this.classification = settings.criterion() <= ENTROPY;
        this.stride = classification ? classCount : 1;
        this.classes = classes;
        this.targets = targets;
        this.weights = weights;
        this.maxFeatures = settings.maxFeatures() == 0 ? p : Math.min(settings.maxFeatures(), p);
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += weights[i];
        }
        this.totalWeight = total;
        this.order = order;
        this.sorted = sorted;
        // unit weights, or whole numbers (bootstrap counts) whose sums fit an int
        boolean unit = true;
        boolean whole = total <= Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            unit &= weights[i] == 1.0;
            whole &= weights[i] == Math.rint(weights[i]);
        }
        this.scanWeights = unit ? null : weights;
        this.binaryScans = binaryScans;
        if ((unit || whole) && binaryScans) {
            classBytes = new byte[n];
            for (int i = 0; i < n; i++) {
                classBytes[i] = (byte) classes[i];
            }
        } else {
            classBytes = null;
        }
        if (!unit && whole && binaryScans) {
            counts = new int[n];
            for (int i = 0; i < n; i++) {
                counts[i] = (int) weights[i];
            }
        } else {
            counts = null;
        }
        this.goesLeft = new byte[n];
        this.scratchOrder = new int[n];
        this.scratchValues = new double[n];
        this.features = new int[p];
        this.nodeCounts = new double[Math.max(1, classCount)];
        this.leftCounts = new double[Math.max(1, classCount)];
        this.rightCounts = new double[Math.max(1, classCount)];
        this.absolute = settings.criterion() == ABSOLUTE_ERROR ? new AbsoluteErrorScan(n) : null;
    }

    /**
     * Grows a tree.
     *
     * @param data the training features (targets are read from {@code classes}/{@code targets})
     * @param classes the class of each row, or null for regression
     * @param classCount the number of classes (0 for regression)
     * @param targets the target of each row, or null for classification
     * @param rowWeights the weight of each row (non-negative; rows of weight 0 are left out)
     * @param settings the criterion and limits
     * @param random the random source (feature sampling, random thresholds)
     * @return the tree
     */
    static Tree grow(Dataset data, int[] classes, int classCount, double[] targets, double[] rowWeights,
                     Settings settings, SplittableRandom random) {
        int rows = data.rows();
        int p = data.columns();
        double weightUnit = weightUnit(rowWeights, weightsName(classes));
        int n = 0;
        for (int i = 0; i < rows; i++) {
            if (rowWeights[i] > 0) {
                n++;
            }
        }
        int[] kept = new int[n];
        int[] keptClasses = classes == null ? null : new int[n];
        double[] keptTargets = targets == null ? null : new double[n];
        double[] keptWeights = new double[n];
        int k = 0;
        for (int i = 0; i < rows; i++) {
            if (rowWeights[i] > 0) {
                kept[k] = i;
                keptWeights[k] = rowWeights[i] / weightUnit;
                if (classes != null) {
                    keptClasses[k] = classes[i];
                }
                if (targets != null) {
                    keptTargets[k] = targets[i];
                }
                k++;
            }
        }
        double[] values = data.features();
        int[] order = new int[n * p];
        double[] sorted = new double[n * p];
        for (int r = 0; r < n; r++) {
            int offset = kept[r] * p;
            for (int f = 0; f < p; f++) {
                sorted[f * n + r] = values[offset + f];
            }
        }
        Presort.Scratch scratch = new Presort.Scratch(n);
        for (int f = 0; f < p; f++) {
            int base = f * n;
            for (int i = 0; i < n; i++) {
                order[base + i] = i;
            }
            Presort.radix(sorted, order, base, base + n, scratch);
        }
        return growKept(settings, random, n, p, classCount, keptClasses, keptTargets, keptWeights, weightUnit,
                order, sorted);
    }

    /**
     * Grows a tree on weighted rows of columns sorted beforehand ({@link SortedColumns}): each
     * column's order is filtered down to the rows of positive weight, one pass per column, instead of
     * being sorted again. The rows keep the order of the shared sort, so for whole-number weights
     * (every sum exact, whatever order it is added in) the tree is the one {@link #grow(Dataset, int[],
     * int, double[], double[], Settings, SplittableRandom)} grows.
     *
     * @param columns the training data with its columns sorted
     * @param classes the class of each row, or null for regression
     * @param classCount the number of classes (0 for regression)
     * @param targets the target of each row, or null for classification
     * @param rowWeights the weight of each row (non-negative; rows of weight 0 are left out)
     * @param settings the criterion and limits
     * @param random the random source (feature sampling, random thresholds)
     * @return the tree
     */
    static Tree grow(SortedColumns columns, int[] classes, int classCount, double[] targets, double[] rowWeights,
                     Settings settings, SplittableRandom random) {
        int rows = columns.rows();
        int p = columns.columns();
        double weightUnit = weightUnit(rowWeights, weightsName(classes));
        // keptId[i]: row i's id among the rows of positive weight, in row order, or -1
        int[] keptId = new int[rows];
        int n = 0;
        for (int i = 0; i < rows; i++) {
            keptId[i] = rowWeights[i] > 0 ? n++ : -1;
        }
        int[] keptClasses = classes == null ? null : new int[n];
        double[] keptTargets = targets == null ? null : new double[n];
        double[] keptWeights = new double[n];
        for (int i = 0; i < rows; i++) {
            int k = keptId[i];
            if (k >= 0) {
                keptWeights[k] = rowWeights[i] / weightUnit;
                if (classes != null) {
                    keptClasses[k] = classes[i];
                }
                if (targets != null) {
                    keptTargets[k] = targets[i];
                }
            }
        }
        int[] order = new int[n * p];
        double[] sorted = new double[n * p];
        int[] allOrder = columns.order();
        double[] allSorted = columns.sorted();
        for (int f = 0; f < p; f++) {
            int write = f * n;
            for (int k = f * rows; k < (f + 1) * rows; k++) {
                int id = keptId[allOrder[k]];
                if (id >= 0) {
                    order[write] = id;
                    sorted[write] = allSorted[k];
                    write++;
                }
            }
        }
        return growKept(settings, random, n, p, classCount, keptClasses, keptTargets, keptWeights, weightUnit,
                order, sorted);
    }

    /**
     * The unit the row weights are grown in (each weight divided by it): 1 when every positive weight
     * lies in {@code [2^-WEIGHT_RANGE, 2^WEIGHT_HIGH)}, so that ordinary weights (bootstrap counts
     * included) keep their bits and their whole-number fast paths, and saved models refit to the same
     * file; beyond that window, the weight itself when every positive weight is the same (a tree depends
     * on the weights only through their ratios, so equal weights grow the unweighted tree, with its
     * exact integer counts), else the power of two that brings the largest weight into {@code [1, 2)},
     * an exact change of exponent. Multiplying every
     * weight by a power of two therefore grows the same tree, bit for bit: inside the window every sum,
     * square and ratio of the grower scales exactly, and outside it the scaled weights are the same
     * numbers. (Other constant factors change the weights' rounding, so they may break an exact tie
     * between two splits differently, as in scikit-learn.)
     *
     * <p>Why the window is safe: a node weighs at most {@code 2^31 2^WEIGHT_HIGH} and at least
     * {@code 2^-WEIGHT_RANGE}; the largest power of a weight the grower forms is the fourth (Friedman's
     * {@code diff^2} is {@code (W^2 y)^2}; the scans' division-free screens are cubic), so every
     * intermediate stays between about {@code 2^-852} and {@code 2^790} for targets below
     * {@code 2^200} (larger ones are grown in units of their own, see {@link DecisionTreeRegressor}):
     * no impurity, proxy or decrease overflows or underflows. Scaling by the radix is exact (Higham,
     * <i>Accuracy and Stability of Numerical Algorithms</i>, 2nd ed., section 2.1), the same device as
     * {@link Scaling} and LAPACK's {@code dlassq}.
     *
     * @param rowWeights the (sample times class) weights, non-negative, some positive
     * @param name what the weights are called in a message
     * @return the unit, positive and finite
     * @throws ArithmeticException if a weight is infinite or the weights sum beyond the double range
     *     (the tree keeps every node's weight and class counts in the weights' own units)
     * @throws IllegalArgumentException if the positive weights span more than {@code 2^WEIGHT_RANGE}
     *     (no single unit holds both ends: the squares of the light rows would underflow beside the
     *     heavy ones)
     */
    static double weightUnit(double[] rowWeights, String name) {
        int heaviest = -1;
        int lightest = -1;
        for (int i = 0; i < rowWeights.length; i++) {
            double w = rowWeights[i];
            if (w > 0) {
                if (heaviest < 0 || w > rowWeights[heaviest]) {
                    heaviest = i;
                }
                if (lightest < 0 || w < rowWeights[lightest]) {
                    lightest = i;
                }
            }
        }
        if (heaviest < 0) {
            throw new IllegalArgumentException(name + " must have a positive entry, got none");
        }
        double max = rowWeights[heaviest];
        double min = rowWeights[lightest];
        if (!(max < Double.POSITIVE_INFINITY)) {
            throw new ArithmeticException(name + " must be finite; row " + heaviest + " is " + Check.format(max)
                    + "; divide the weights by a common factor (it changes no tree)");
        }
        int high = Scaling.exponent(max);
        int low = Scaling.exponent(min);
        if (high - low > WEIGHT_RANGE) {
            throw new IllegalArgumentException(name + " must lie within a factor 2^" + WEIGHT_RANGE
                    + " of each other; row " + heaviest + " is " + Check.format(max) + " and row " + lightest
                    + " is " + Check.format(min));
        }
        double unit = high < WEIGHT_HIGH && low >= -WEIGHT_RANGE ? 1.0 : min == max ? max : Math.scalb(1.0, high);
        double total = 0;
        for (double w : rowWeights) {
            total += w / unit;
        }
        if (!(total * unit < Double.POSITIVE_INFINITY)) {
            throw new ArithmeticException(name + " must sum to at most " + Double.MAX_VALUE
                    + " (the tree keeps node weights), got about 2^" + (Scaling.exponent(total)
                    + Scaling.exponent(unit)) + "; divide the weights by a common factor (it changes no tree)");
        }
        return unit;
    }

    private static String weightsName(int[] classes) {
        return classes != null ? "sampleWeights times classWeights" : "sampleWeights";
    }

    /**
     * Grows the tree of the kept rows, whose weights are in units of {@code weightUnit}, and
     * brings node weights and class counts back to the weights' units. A classification on more class
     * indices than present is grown on the present classes only (numbered in order), so that its
     * memory and time follow the classes the rows have, and widened to every class at the end, within
     * {@link #MAX_VALUES} entries.
     */
    private static Tree growKept(Settings settings, SplittableRandom random, int n, int p, int classCount,
                                 int[] classes, double[] targets, double[] weights, double weightUnit, int[] order,
                                 double[] sorted) {
        boolean binaryScans = classCount == 2;
        int[] present = null;
        int growClasses = classCount;
        if (classes != null && classCount > 2) {
            boolean[] seen = new boolean[classCount];
            int count = 0;
            for (int c : classes) {
                if (!seen[c]) {
                    seen[c] = true;
                    count++;
                }
            }
            if (count < classCount) {
                present = new int[count];
                int[] index = new int[classCount];
                int next = 0;
                for (int c = 0; c < classCount; c++) {
                    if (seen[c]) {
                        index[c] = next;
                        present[next++] = c;
                    }
                }
                int[] compact = new int[n];
                for (int i = 0; i < n; i++) {
                    compact[i] = index[classes[i]];
                }
                classes = compact;
                growClasses = count;
            }
        }
        // Friedman's improvement grows with the weights (diff^2 / (W_L W_R W)): its minimum is in their units
        Settings grown = weightUnit != 1 && settings.criterion() == FRIEDMAN_MSE
                ? new Settings(settings.criterion(), settings.randomThresholds(), settings.maxDepth(),
                settings.minRowsToSplit(), settings.minRowsPerLeaf(), settings.maxFeatures(),
                settings.minImpurityDecrease() / weightUnit, settings.maxLeafNodes())
                : settings;
        TreeGrower grower = new TreeGrower(grown, random, n, p, growClasses, binaryScans, classes, targets, weights,
                order, sorted);
        Tree tree = grown.maxLeafNodes() > 0 ? grower.bestFirst() : grower.depthFirst();
        if (weightUnit != 1) {
            tree = tree.withWeightUnit(weightUnit, classes != null);
        }
        return present == null ? tree : tree.withClasses(present, classCount);
    }

    // ------------------------------------------------------------------ growth orders

    private Tree depthFirst() {
        nodes = new NodeList(stride);
        int capacity = 64;
        int[] stackStart = new int[capacity];
        int[] stackEnd = new int[capacity];
        int[] stackDepth = new int[capacity];
        int[] stackParent = new int[capacity];
        boolean[] stackIsLeft = new boolean[capacity];
        double[] stackImpurity = new double[capacity];
        int[] stackRef = new int[capacity];
        int top = 0;
        stackStart[0] = 0;
        stackEnd[0] = n;
        stackParent[0] = -1;
        stackImpurity[0] = Double.NaN;
        top = 1;
        while (top > 0) {
            top--;
            int start = stackStart[top];
            int end = stackEnd[top];
            int depth = stackDepth[top];
            int parent = stackParent[top];
            boolean isLeft = stackIsLeft[top];
            double impurity = stackImpurity[top];
            refBase = stackRef[top];
            resetNode(start, end);
            if (parent < 0) {
                impurity = nodeImpurity(start, end);
            }
            boolean leaf = mustStop(start, end, depth, impurity);
            if (!leaf) {
                leaf = !findSplit(start, end, impurity, depth);
            }
            int id = addNode(parent, isLeft, leaf, impurity, start, end);
            if (!leaf) {
                if (top + 2 > stackStart.length) {
                    stackRef = Arrays.copyOf(stackRef, stackStart.length * 2);
                    int size = stackStart.length * 2;
                    stackStart = Arrays.copyOf(stackStart, size);
                    stackEnd = Arrays.copyOf(stackEnd, size);
                    stackDepth = Arrays.copyOf(stackDepth, size);
                    stackParent = Arrays.copyOf(stackParent, size);
                    stackIsLeft = Arrays.copyOf(stackIsLeft, size);
                    stackImpurity = Arrays.copyOf(stackImpurity, size);
                }
                int position = splitPosition;
                // right first, so that the left child is popped (and numbered) first
                stackStart[top] = position;
                stackEnd[top] = end;
                stackDepth[top] = depth + 1;
                stackParent[top] = id;
                stackIsLeft[top] = false;
                stackImpurity[top] = splitImpurityRight;
                stackRef[top] = splitFeature * n;
                top++;
                stackStart[top] = start;
                stackEnd[top] = position;
                stackDepth[top] = depth + 1;
                stackParent[top] = id;
                stackIsLeft[top] = true;
                stackImpurity[top] = splitImpurityLeft;
                stackRef[top] = splitFeature * n;
                top++;
            }
        }
        return nodes.toTree();
    }

    /** An open node of best-first growth, with its split already found. */
    private record Open(int id, int start, int end, int depth, boolean leaf, int position, double improvement,
                        double impurityLeft, double impurityRight, int childRef) {
    }

    private Tree bestFirst() {
        nodes = new NodeList(stride);
        PriorityQueue<Open> frontier = new PriorityQueue<>((a, b) -> a.improvement != b.improvement
                ? Double.compare(b.improvement, a.improvement) : Integer.compare(a.id, b.id));
        frontier.add(openNode(0, n, Double.NaN, -1, true, 0, 0));
        int splitsLeft = settings.maxLeafNodes() - 1;
        while (!frontier.isEmpty()) {
            Open node = frontier.poll();
            if (node.leaf || splitsLeft <= 0) {
                nodes.makeLeaf(node.id);
            } else {
                splitsLeft--;
                Open left = openNode(node.start, node.position, node.impurityLeft, node.id, true, node.depth + 1,
                        node.childRef);
                Open right = openNode(node.position, node.end, node.impurityRight, node.id, false, node.depth + 1,
                        node.childRef);
                frontier.add(left);
                frontier.add(right);
            }
        }
        return nodes.toTree();
    }

    private Open openNode(int start, int end, double impurity, int parent, boolean isLeft, int depth, int ref) {
        refBase = ref;
        resetNode(start, end);
        if (parent < 0) {
            impurity = nodeImpurity(start, end);
        }
        boolean leaf = mustStop(start, end, depth, impurity);
        if (!leaf) {
            leaf = !findSplit(start, end, impurity, depth);
        }
        int id = addNode(parent, isLeft, leaf, impurity, start, end);
        return leaf ? new Open(id, start, end, depth, true, end, 0, impurity, impurity, 0)
                : new Open(id, start, end, depth, false, splitPosition, splitImprovement, splitImpurityLeft,
                splitImpurityRight, splitFeature * n);
    }

    private boolean mustStop(int start, int end, int depth, double impurity) {
        int rows = end - start;
        return (settings.maxDepth() > 0 && depth >= settings.maxDepth())
                || rows < settings.minRowsToSplit()
                || rows < 2 * settings.minRowsPerLeaf()
                || impurity <= EPSILON;
    }

    private int addNode(int parent, boolean isLeft, boolean leaf, double impurity, int start, int end) {
        int id = nodes.add(parent, isLeft);
        nodes.impurity[id] = impurity;
        nodes.rows[id] = end - start;
        nodes.weight[id] = nodeWeight;
        if (leaf) {
            nodes.feature[id] = Tree.LEAF;
            nodes.threshold[id] = Tree.LEAF;
        } else {
            nodes.feature[id] = splitFeature;
            nodes.threshold[id] = splitThreshold;
        }
        int offset = id * stride;
        if (classification) {
            System.arraycopy(nodeCounts, 0, nodes.value, offset, classCount);
        } else if (settings.criterion() == ABSOLUTE_ERROR) {
            nodes.value[offset] = nodeMedian;
        } else {
            nodes.value[offset] = nodeSum / nodeWeight;
        }
        return id;
    }

    // ------------------------------------------------------------------ node statistics

    /** Sums the node's weights (and class weights or target sums), reading its reference range. */
    private void resetNode(int start, int end) {
        start += refBase;
        end += refBase;
        double w = 0;
        if (classification) {
            Arrays.fill(nodeCounts, 0);
            for (int k = start; k < end; k++) {
                int row = order[k];
                nodeCounts[classes[row]] += weights[row];
                w += weights[row];
            }
        } else {
            double sum = 0;
            double squares = 0;
            for (int k = start; k < end; k++) {
                int row = order[k];
                double wy = weights[row] * targets[row];
                sum += wy;
                squares += wy * targets[row];
                w += weights[row];
            }
            nodeSum = sum;
            nodeSumSquares = squares;
            if (absolute != null) {
                // before the split: partitioning may leave a stopping child's rows out of this range
                nodeMedian = absolute.median(order, start, end, targets, weights);
            }
        }
        nodeWeight = w;
    }

    /** The impurity of the node last reset. */
    private double nodeImpurity(int start, int end) {
        switch (settings.criterion()) {
            case GINI:
                return gini(nodeCounts, nodeWeight);
            case ENTROPY:
                return entropy(nodeCounts, nodeWeight);
            case ABSOLUTE_ERROR:
                return absolute.cost(order, refBase + start, refBase + end, targets, weights) / nodeWeight;
            default:
                return squaredError(nodeSum, nodeSumSquares, nodeWeight);
        }
    }

    static double gini(double[] counts, double total) {
        double squares = 0;
        for (double c : counts) {
            squares += c * c;
        }
        return 1.0 - squares / (total * total);
    }

    static double entropy(double[] counts, double total) {
        double h = 0;
        for (double c : counts) {
            if (c > 0) {
                double share = c / total;
                h -= share * (Math.log(share) / Math.log(2));
            }
        }
        return h;
    }

    static double squaredError(double sum, double sumSquares, double weight) {
        double mean = sum / weight;
        return sumSquares / weight - mean * mean;
    }

    // ------------------------------------------------------------------ split search

    /**
     * Finds the best split of the node last reset, among at least {@code maxFeatures} features drawn at
     * random (all of them, in index order, when {@code maxFeatures} is every column), and partitions
     * the node's rows by it.
     *
     * @return false if no split is allowed (every feature constant, or no position leaves
     *     {@code minRowsPerLeaf} rows on both sides, or the decrease is below the minimum)
     */
    private boolean findSplit(int start, int end, double impurity, int depth) {
        best[0] = Double.NEGATIVE_INFINITY;
        int bestFeature = -1;
        int bestPosition = -1;
        double bestThreshold = 0;
        boolean sample = maxFeatures < p;
        for (int f = 0; f < p; f++) {
            features[f] = f;
        }
        int visited = 0;
        int constants = 0;
        int minLeaf = settings.minRowsPerLeaf();
        for (int drawn = 0; drawn < p; drawn++) {
            if (visited >= maxFeatures && visited > constants) {
                break;
            }
            int f;
            if (sample) {
                int j = drawn + random.nextInt(p - drawn);
                f = features[j];
                features[j] = features[drawn];
                features[drawn] = f;
            } else {
                f = drawn;
            }
            visited++;
            int base = f * n;
            int from = base + start;
            int to = base + end;
            if (sorted[to - 1] <= sorted[from] + SplitScans.FEATURE_THRESHOLD) {
                constants++;
                continue;
            }
            int position;
            double threshold = 0;
            if (settings.randomThresholds()) {
                double low = sorted[from];
                double high = sorted[to - 1];
                threshold = low + (high - low) * random.nextDouble();
                if (threshold >= high) {
                    threshold = low;
                }
                position = from;
                while (sorted[position] <= threshold) {
                    position++;
                }
                if (position - from < minLeaf || to - position < minLeaf) {
                    continue;
                }
                double proxy = proxyAt(from, position, to);
                if (!(proxy > best[0])) {
                    continue;
                }
                best[0] = proxy;
            } else {
                position = scan(from, to, minLeaf);
                if (position < 0) {
                    continue;
                }
            }
            bestFeature = f;
            bestPosition = position - base;
            bestThreshold = threshold;
        }
        if (bestFeature < 0) {
            return false;
        }
        int base = bestFeature * n;
        if (!settings.randomThresholds()) {
            double below = sorted[base + bestPosition - 1];
            double above = sorted[base + bestPosition];
            bestThreshold = below / 2.0 + above / 2.0;
            if (bestThreshold == above || Double.isInfinite(bestThreshold)) {
                bestThreshold = below;
            }
        }
        childImpurities(base + start, base + bestPosition, base + end);
        double weightLeft = childWeightLeft;
        double weightRight = nodeWeight - weightLeft;
        double improvement = nodeWeight / totalWeight * (impurity - weightRight / nodeWeight * splitImpurityRight
                - weightLeft / nodeWeight * splitImpurityLeft);
        if (settings.criterion() == FRIEDMAN_MSE) {
            double diff = weightRight * childSumLeft - weightLeft * (nodeSum - childSumLeft);
            improvement = diff * diff / (weightLeft * weightRight * nodeWeight);
        }
        if (improvement + EPSILON < settings.minImpurityDecrease()) {
            return false;
        }
        splitFeature = bestFeature;
        splitPosition = bestPosition;
        splitThreshold = bestThreshold;
        splitImprovement = improvement;
        // children that will be leaves are never searched, so their rows need not be sorted by the
        // other features: skip the partition when both children stop
        boolean leftGrows = !mustStop(start, bestPosition, depth + 1, splitImpurityLeft);
        boolean rightGrows = !mustStop(bestPosition, end, depth + 1, splitImpurityRight);
        if (leftGrows || rightGrows) {
            partition(bestFeature, start, bestPosition, end, leftGrows, rightGrows);
        }
        return true;
    }

    /** Runs the scan of the criterion over positions {@code from..to-1}; returns a better position or -1. */
    private int scan(int from, int to, int minLeaf) {
        switch (settings.criterion()) {
            case GINI:
                if (counts != null) {
                    return SplitScans.bestGiniBinary(order, sorted, from, to, classBytes, counts, nodeWeight,
                            nodeCounts[1], minLeaf, best);
                }
                if (classBytes != null) {
                    return SplitScans.bestGiniBinary(order, sorted, from, to, classBytes, nodeWeight, nodeCounts[1],
                            minLeaf, best);
                }
                if (binaryScans) {
                    return SplitScans.bestGiniBinary(order, sorted, from, to, classes, scanWeights, nodeWeight,
                            nodeCounts[1], minLeaf, best);
                }
                return SplitScans.bestGini(order, sorted, from, to, classes, scanWeights, nodeCounts, nodeWeight,
                        leftCounts, rightCounts, classCount, minLeaf, best);
            case ENTROPY:
                return SplitScans.bestEntropy(order, sorted, from, to, classes, scanWeights, nodeCounts, nodeWeight,
                        leftCounts, rightCounts, classCount, minLeaf, best);
            case ABSOLUTE_ERROR:
                return absolute.best(order, sorted, from, to, targets, weights, minLeaf, best);
            default:
                return SplitScans.bestSquaredError(order, sorted, from, to, targets, scanWeights, nodeSum, nodeWeight,
                        minLeaf, best);
        }
    }

    /** The proxy of the split sending positions {@code from..position-1} left (random thresholds). */
    private double proxyAt(int from, int position, int to) {
        double weightLeft = 0;
        switch (settings.criterion()) {
            case GINI:
            case ENTROPY: {
                Arrays.fill(leftCounts, 0);
                for (int k = from; k < position; k++) {
                    int row = order[k];
                    leftCounts[classes[row]] += weights[row];
                    weightLeft += weights[row];
                }
                double weightRight = nodeWeight - weightLeft;
                double proxy = 0;
                for (int c = 0; c < classCount; c++) {
                    double l = leftCounts[c];
                    double r = nodeCounts[c] - l;
                    if (settings.criterion() == GINI) {
                        proxy += l * l / weightLeft + r * r / weightRight;
                    } else {
                        proxy += (l > 0 ? l * Math.log(l / weightLeft) : 0) + (r > 0 ? r * Math.log(r / weightRight) : 0);
                    }
                }
                return proxy;
            }
            case ABSOLUTE_ERROR:
                return -(absolute.cost(order, from, position, targets, weights)
                        + absolute.cost(order, position, to, targets, weights));
            default: {
                double sumLeft = 0;
                for (int k = from; k < position; k++) {
                    int row = order[k];
                    sumLeft += weights[row] * targets[row];
                    weightLeft += weights[row];
                }
                double sumRight = nodeSum - sumLeft;
                return sumLeft * sumLeft / weightLeft + sumRight * sumRight / (nodeWeight - weightLeft);
            }
        }
    }

    /** Computes both children's impurities (and the left weight and sum) from their rows. */
    private void childImpurities(int from, int position, int to) {
        double weightLeft = 0;
        if (classification) {
            Arrays.fill(leftCounts, 0);
            for (int k = from; k < position; k++) {
                int row = order[k];
                leftCounts[classes[row]] += weights[row];
                weightLeft += weights[row];
            }
            double weightRight = nodeWeight - weightLeft;
            for (int c = 0; c < classCount; c++) {
                rightCounts[c] = nodeCounts[c] - leftCounts[c];
            }
            boolean gini = settings.criterion() == GINI;
            splitImpurityLeft = gini ? gini(leftCounts, weightLeft) : entropy(leftCounts, weightLeft);
            splitImpurityRight = gini ? gini(rightCounts, weightRight) : entropy(rightCounts, weightRight);
        } else if (settings.criterion() == ABSOLUTE_ERROR) {
            for (int k = from; k < position; k++) {
                weightLeft += weights[order[k]];
            }
            splitImpurityLeft = absolute.cost(order, from, position, targets, weights) / weightLeft;
            splitImpurityRight = absolute.cost(order, position, to, targets, weights) / (nodeWeight - weightLeft);
        } else {
            double sumLeft = 0;
            double squaresLeft = 0;
            for (int k = from; k < position; k++) {
                int row = order[k];
                double wy = weights[row] * targets[row];
                sumLeft += wy;
                squaresLeft += wy * targets[row];
                weightLeft += weights[row];
            }
            childSumLeft = sumLeft;
            splitImpurityLeft = squaredError(sumLeft, squaresLeft, weightLeft);
            splitImpurityRight = squaredError(nodeSum - sumLeft, nodeSumSquares - squaresLeft, nodeWeight - weightLeft);
        }
        childWeightLeft = weightLeft;
    }

    /**
     * Partitions the node's range of every feature stably into the rows of the left child (those at
     * positions {@code start..position-1} of the split feature) and the rest. Only children that will
     * be searched need their rows in order: when one child stops, the other's rows are compacted into
     * its part of the range without a scratch copy, and features constant in the node are left alone.
     *
     * <p>The loops have no branch on the side a row goes to, which is as unpredictable as the split is
     * balanced: each row is written to both possible places and only the side it belongs to advances
     * ({@code write += left}). A mispredicted branch per row cost more than the extra stores.
     */
    private void partition(int splitOn, int start, int position, int end, boolean keepLeft, boolean keepRight) {
        int base = splitOn * n;
        for (int k = base + start; k < base + position; k++) {
            goesLeft[order[k]] = 1;
        }
        for (int k = base + position; k < base + end; k++) {
            goesLeft[order[k]] = 0;
        }
        for (int f = 0; f < p; f++) {
            if (f == splitOn) {
                continue;
            }
            int from = f * n + start;
            int to = f * n + end;
            if (sorted[to - 1] <= sorted[from] + SplitScans.FEATURE_THRESHOLD) {
                // constant in the node, so in both children: every scan skips it by its values alone
                continue;
            }
            if (!keepLeft) {
                // only the right child grows: move its rows, in order, to the top of the range
                int write = to - 1;
                for (int k = to - 1; k >= from; k--) {
                    int row = order[k];
                    order[write] = row;
                    sorted[write] = sorted[k];
                    write -= 1 - goesLeft[row];
                }
                continue;
            }
            if (!keepRight) {
                // only the left child grows: move its rows, in order, to the bottom of the range
                int write = from;
                for (int k = from; k < to; k++) {
                    int row = order[k];
                    order[write] = row;
                    sorted[write] = sorted[k];
                    write += goesLeft[row];
                }
                continue;
            }
            // left rows in place (write <= k, so nothing unread is overwritten), right rows to the scratch
            int write = from;
            int spilled = 0;
            for (int k = from; k < to; k++) {
                int row = order[k];
                double v = sorted[k];
                int left = goesLeft[row];
                order[write] = row;
                sorted[write] = v;
                scratchOrder[spilled] = row;
                scratchValues[spilled] = v;
                write += left;
                spilled += 1 - left;
            }
            System.arraycopy(scratchOrder, 0, order, write, spilled);
            System.arraycopy(scratchValues, 0, sorted, write, spilled);
        }
    }
}
