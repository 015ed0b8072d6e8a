package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invariants of fitted trees on seeded random data. */
class TreePropertyTest {

    static LongStream seeds() {
        return LongStream.range(0, 25);
    }

    /** Rows of {@code p} features on a grid of 1/8 (duplicates in each column), k classes at random. */
    private static Dataset noisyClasses(SplittableRandom rng, int n, int p, int k) {
        double[][] x = new double[n][p];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                x[i][j] = Math.round(RandomData.gaussian(rng) * 16) / 8.0;
            }
            y[i] = rng.nextInt(k);
        }
        String[] names = new String[k];
        for (int c = 0; c < k; c++) {
            names[c] = "c" + c;
        }
        return Dataset.of(x).withClasses(y, List.of(names));
    }

    private static boolean distinctRows(Dataset data) {
        double[][] rows = data.toArray();
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < i; j++) {
                if (Arrays.equals(rows[i], rows[j])) {
                    return false;
                }
            }
        }
        return true;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void unlimitedDepth_distinctRows_fitsTrainingDataExactly(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset data = noisyClasses(rng, 80 + rng.nextInt(80), 1 + rng.nextInt(4), 2 + rng.nextInt(3));
        if (!distinctRows(data)) {
            return;
        }
        ClassificationCriterion criterion = rng.nextBoolean() ? ClassificationCriterion.GINI
                : ClassificationCriterion.ENTROPY;
        DecisionTreeClassifierModel model = DecisionTreeClassifier.of().withCriterion(criterion).fit(data);
        assertArrayEquals(data.classes(), model.predict(data));
        for (int leaf : model.apply(data)) {
            assertEquals(0.0, model.impurity(leaf), 1e-12);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void everySplit_decreasesWeightedImpurity_andImportancesSumToOne(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset data = noisyClasses(rng, 150, 4, 3);
        DecisionTreeClassifier learner = DecisionTreeClassifier.of()
                .withCriterion(seed % 2 == 0 ? ClassificationCriterion.GINI : ClassificationCriterion.ENTROPY)
                .withMaxFeatures(1 + rng.nextInt(4)).withSeed(seed);
        DecisionTreeClassifierModel model = learner.fit(data);
        for (int node = 0; node < model.nodeCount(); node++) {
            if (model.isLeaf(node)) {
                continue;
            }
            int l = model.leftChild(node);
            int r = model.rightChild(node);
            double parent = model.nodeWeight(node) * model.impurity(node);
            double children = model.nodeWeight(l) * model.impurity(l) + model.nodeWeight(r) * model.impurity(r);
            assertTrue(children <= parent + 1e-9, "node " + node + ": " + children + " > " + parent);
            assertEquals(model.nodeRows(node), model.nodeRows(l) + model.nodeRows(r), "node " + node);
            assertTrue(model.nodeDepth(l) == model.nodeDepth(node) + 1);
        }
        double[] importances = model.featureImportances();
        double sum = 0;
        for (double v : importances) {
            assertTrue(v >= 0);
            sum += v;
        }
        assertEquals(model.nodeCount() > 1 ? 1.0 : 0.0, sum, 1e-12);
        assertEquals(model.leafCount(), model.nodeCount() / 2 + 1);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void integerSampleWeights_equalRepeatedRows(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset data = noisyClasses(rng, 60, 3, 2);
        double[] weights = new double[data.rows()];
        int[] repeated = new int[0];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = rng.nextInt(4);
            for (int copy = 0; copy < weights[i]; copy++) {
                repeated = Arrays.copyOf(repeated, repeated.length + 1);
                repeated[repeated.length - 1] = i;
            }
        }
        // minRowsPerLeaf counts rows, not weights, so leave it at 1 and compare what weights decide
        DecisionTreeClassifierModel weighted = DecisionTreeClassifier.of().withMaxDepth(3).fit(data, weights);
        DecisionTreeClassifierModel copies = DecisionTreeClassifier.of().withMaxDepth(3).fit(data.select(repeated));
        Dataset probes = noisyClasses(new SplittableRandom(seed + 100), 50, 3, 2);
        double[][] a = weighted.predictProbabilities(probes);
        double[][] b = copies.predictProbabilities(probes);
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(b[i], a[i], 1e-12, "probe " + i);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void twoClassKernel_equalsGeneralKernel(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset binary = noisyClasses(rng, 120, 3, 2);
        // the same classes with an absent third class name take the k-class kernel
        Dataset asThree = binary.withClasses(binary.classes(), List.of("c0", "c1", "unused"));
        DecisionTreeClassifierModel two = DecisionTreeClassifier.of().withMinRowsPerLeaf(2).fit(binary);
        DecisionTreeClassifierModel three = DecisionTreeClassifier.of().withMinRowsPerLeaf(2).fit(asThree);
        assertEquals(three.nodeCount(), two.nodeCount());
        for (int node = 0; node < two.nodeCount(); node++) {
            assertEquals(three.feature(node), two.feature(node), "node " + node);
            assertEquals(three.threshold(node), two.threshold(node), "node " + node);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void pruning_pathIsMonotone_andAlphasShrinkTheTree(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset data = noisyClasses(rng, 100, 3, 3);
        DecisionTreeClassifier learner = DecisionTreeClassifier.of();
        PruningPath path = learner.pruningPath(data);
        double[] alphas = path.alphas();
        double[] impurities = path.impurities();
        assertEquals(0.0, alphas[0]);
        for (int k = 1; k < alphas.length; k++) {
            assertTrue(alphas[k] >= alphas[k - 1] - 1e-15, "alpha " + k);
            assertTrue(impurities[k] >= impurities[k - 1] - 1e-12, "impurity " + k);
        }
        int previousLeaves = Integer.MAX_VALUE;
        int step = Math.max(1, alphas.length / 6);
        // every step-th alpha, then the last, which prunes to the root
        for (int k = 0; k < alphas.length; k = k == alphas.length - 1 ? alphas.length : Math.min(k + step, alphas.length - 1)) {
            int leaves = learner.withCcpAlpha(alphas[k] + 1e-12).fit(data).leafCount();
            assertTrue(leaves <= previousLeaves, "step " + k);
            previousLeaves = leaves;
        }
        assertEquals(1, previousLeaves, "the last alpha prunes to the root");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void splitTrace_bestCandidate_isTheNodesSplit(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset data = noisyClasses(rng, 100, 3, 2);
        DecisionTreeClassifierModel model = DecisionTreeClassifier.of().withMaxDepth(4).fit(data);
        for (int node = 0; node < model.nodeCount(); node++) {
            if (model.isLeaf(node)) {
                continue;
            }
            SplitTrace trace = model.splitTrace(data, node);
            SplitTrace.Candidate best = trace.best();
            assertEquals(model.nodeRows(node), trace.rows());
            assertEquals(model.impurity(node), trace.impurity(), 1e-12);
            // the node's split is the best candidate, or one tied with it up to rounding
            boolean found = false;
            for (SplitTrace.Candidate c : trace.candidates()) {
                if (c.decrease() < best.decrease() - 1e-12) {
                    break;
                }
                found |= c.feature() == model.feature(node) && c.threshold() == model.threshold(node);
            }
            assertTrue(found, "node " + node + ": the split is not among the best candidates");
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void presort_radixAndQuicksort_sortLikeArraysSort(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 1 + rng.nextInt(5000);
        double[] keys = new double[n];
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            int kind = rng.nextInt(6);
            keys[i] = kind == 0 ? 0.0 : kind == 1 ? -rng.nextInt(3) : kind == 2 ? RandomData.gaussian(rng) * 1e-300
                    : RandomData.gaussian(rng) * Math.pow(10, rng.nextInt(40) - 20);
            ids[i] = i;
        }
        double[] original = keys.clone();
        double[] expected = keys.clone();
        Arrays.sort(expected);
        double[] radix = keys.clone();
        int[] radixIds = ids.clone();
        Presort.radix(radix, radixIds, 0, n, new Presort.Scratch(n));
        Presort.sort(keys, ids, 0, n);
        for (int k = 0; k < n; k++) {
            assertEquals(expected[k], keys[k], 0.0, "quicksort position " + k);
            assertEquals(expected[k], radix[k], 0.0, "radix position " + k);
            assertEquals(original[ids[k]], keys[k], 0.0, "quicksort id " + k);
            assertEquals(original[radixIds[k]], radix[k], 0.0, "radix id " + k);
        }
    }

    /**
     * Bootstrap counts on rows with many ties: the tree grown from columns sorted once equals, node for
     * node, the tree grown from the dataset, with small and large samples (quicksort and radix presorts),
     * both criteria, and random candidate features. With counts the class sums are whole numbers, so the
     * order of tied rows cannot change them.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void sortedColumns_withBootstrapCounts_growTheSameTree(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = seed % 2 == 0 ? 40 + rng.nextInt(200) : 1100 + rng.nextInt(900);
        Dataset data = noisyClasses(rng, n, 4, seed % 3 == 0 ? 3 : 2);
        double[] counts = new double[n];
        for (int draw = 0; draw < n; draw++) {
            counts[rng.nextInt(n)]++;
        }
        SortedColumns columns = SortedColumns.of(data);
        DecisionTreeClassifier learner = DecisionTreeClassifier.of().withSeed(seed)
                .withCriterion(seed % 4 == 1 ? ClassificationCriterion.ENTROPY : ClassificationCriterion.GINI)
                .withMaxFeatures(seed % 5 == 0 ? 0 : 2);
        for (double[] weights : new double[][] {counts, null}) {
            DecisionTreeClassifierModel expected = learner.fit(data, weights);
            DecisionTreeClassifierModel actual = learner.fit(columns, weights);
            assertEquals(expected.nodeCount(), actual.nodeCount());
            for (int node = 0; node < expected.nodeCount(); node++) {
                assertEquals(expected.feature(node), actual.feature(node), "node " + node);
                assertEquals(expected.threshold(node), actual.threshold(node), "node " + node);
                assertEquals(expected.impurity(node), actual.impurity(node), 0.0, "node " + node);
                assertArrayEquals(expected.nodeValue(node), actual.nodeValue(node), 0.0, "node " + node);
            }
        }
    }

    /** Whole-number weights take the integer-count scan; the same weights halved take the weighted one. */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void countKernel_equalsWeightedKernel(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset data = noisyClasses(rng, 150, 3, 2);
        double[] counts = new double[data.rows()];
        double[] halves = new double[data.rows()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = i == 0 ? 1 : rng.nextInt(4);
            halves[i] = counts[i] / 2;
        }
        // halving is exact, so every proxy is scaled by a power of 2 and ranks the same; row 0's count of 1
        // makes the halves not all whole numbers
        DecisionTreeClassifierModel whole = DecisionTreeClassifier.of().fit(data, counts);
        DecisionTreeClassifierModel real = DecisionTreeClassifier.of().fit(data, halves);
        assertEquals(whole.nodeCount(), real.nodeCount());
        for (int node = 0; node < whole.nodeCount(); node++) {
            assertEquals(whole.feature(node), real.feature(node), "node " + node);
            assertEquals(whole.threshold(node), real.threshold(node), "node " + node);
        }
    }
}
