package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.ModelFiles;
import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeClassifierModel;
import io.github.classicml.algorithms.tree.DecisionTreeRegressor;
import io.github.classicml.algorithms.tree.DecisionTreeRegressorModel;
import io.github.classicml.algorithms.tree.SortedColumns;
import io.github.classicml.algorithms.tree.Splitter;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.io.ModelFileException;
import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The distributed steps of bags and forests against the single-machine fits: the counts replayed over
 * pieces of the rows are {@link Bag#draw}'s counts, and members fitted on their drawn rows alone make
 * the single-machine model, byte for byte in its model file.
 */
class EnsembleStepsTest {

    static LongStream seeds() {
        return LongStream.range(0, 12);
    }

    /** Cuts {@code 0..n} into up to 5 random pieces: {@code from} of each piece, then {@code n}. */
    private static int[] pieces(SplittableRandom rng, int n) {
        int k = 1 + rng.nextInt(5);
        int[] cuts = new int[k + 1];
        for (int i = 1; i < k; i++) {
            cuts[i] = rng.nextInt(n + 1);
        }
        cuts[k] = n;
        Arrays.sort(cuts);
        return cuts;
    }

    private static int[] replayed(EnsembleSteps.Draws draws, int member, int[] cuts) {
        int[] all = new int[draws.rows()];
        for (int piece = 0; piece + 1 < cuts.length; piece++) {
            int[] part = draws.counts(member, cuts[piece], cuts[piece + 1]);
            System.arraycopy(part, 0, all, cuts[piece], part.length);
        }
        return all;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void counts_overAnyPieces_areTheSingleMachineCounts(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 1 + rng.nextInt(60);
        int p = 1 + rng.nextInt(6);
        int members = 1 + rng.nextInt(6);
        int sampleRows = 1 + rng.nextInt(n);
        boolean bootstrap = rng.nextBoolean();
        int sampleColumns = 1 + rng.nextInt(p);
        boolean bootstrapColumns = rng.nextBoolean();
        Bag[] bags = Bag.draw(seed, members, n, sampleRows, bootstrap, p, sampleColumns, bootstrapColumns);
        EnsembleSteps.Draws draws = new EnsembleSteps.Draws(seed, members, n, sampleRows, bootstrap, p, sampleColumns,
                bootstrapColumns);
        int[] cuts = pieces(rng, n);
        for (int m = 0; m < members; m++) {
            assertArrayEquals(bags[m].counts(), replayed(draws, m, cuts), "member " + m);
            assertEquals(bags[m].seed(), draws.memberSeed(m));
            assertArrayEquals(bags[m].columns(), draws.memberColumns(m));
        }
    }

    @Test
    void draws_ofTheLearners_areTheirSingleMachineDraws() {
        // 10 rows, maxSamples 0.55: a forest draws rint(5.5) = 6 rows, a bag floor(5.5) = 5; 3 of 4 columns
        RandomForestClassifier forest = RandomForestClassifier.of().withTrees(3).withMaxSamples(0.55).withSeed(4);
        EnsembleSteps.Draws f = EnsembleSteps.draws(forest, 10, 4);
        assertEquals(new EnsembleSteps.Draws(4, 3, 10, 6, true, 4, 4, false), f);
        BaggingClassifier bag = BaggingClassifier.of(KnnClassifier.of(1)).withMembers(2).withMaxSamples(0.55)
                .withMaxFeatures(0.75).withSeed(9);
        assertEquals(new EnsembleSteps.Draws(9, 2, 10, 5, true, 4, 3, false), EnsembleSteps.draws(bag, 10, 4));
        ExtraTreesRegressor extra = ExtraTreesRegressor.of().withTrees(2);
        assertEquals(new EnsembleSteps.Draws(0, 2, 10, 10, false, 4, 4, false), EnsembleSteps.draws(extra, 10, 4));
        // the bags of the forest itself
        Bag[] bags = Forests.bags(4, 3, 10, 4, true, 0.55);
        for (int m = 0; m < 3; m++) {
            assertArrayEquals(bags[m].counts(), f.counts(m, 0, 10));
        }
    }

    @Test
    void counts_refuseARangeOutsideTheRows() {
        EnsembleSteps.Draws draws = new EnsembleSteps.Draws(1, 2, 10, 10, true, 3, 3, false);
        assertEquals("to must be <= rows (10), got 11",
                assertThrows(IllegalArgumentException.class, () -> draws.counts(0, 5, 11)).getMessage());
        assertEquals("to must be >= 5, got 4",
                assertThrows(IllegalArgumentException.class, () -> draws.counts(0, 5, 4)).getMessage());
        assertEquals("member must be in [0, 1], got 2",
                assertThrows(IndexOutOfBoundsException.class, () -> draws.counts(2, 0, 10)).getMessage());
        assertEquals("sampleRows must be <= rows (10), got 11", assertThrows(IllegalArgumentException.class,
                () -> new EnsembleSteps.Draws(1, 2, 10, 11, true, 3, 3, false)).getMessage());
    }

    /** Three classes, the third with a single row: many bootstrap samples miss it. */
    private static Dataset rareClass(long seed, int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[n][3];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i == n / 2 ? 2 : i % 2;
            for (int j = 0; j < 3; j++) {
                // a coarse grid: many ties, so the tie order of the sorts matters
                x[i][j] = Math.floor(4 * (y[i] * (j + 1) * 0.5 + RandomData.gaussian(rng))) / 4;
            }
        }
        return Dataset.of(x).withColumnNames(List.of("a", "b", "c")).withClasses(y, List.of("no", "yes", "rare"));
    }

    /** Each member's drawn rows ascending, as an engine gathers them from the pieces. */
    private static int[] drawnRows(int[] counts) {
        return java.util.stream.IntStream.range(0, counts.length).filter(i -> counts[i] > 0).toArray();
    }

    private static double[] rowsOf(Dataset data, int[] rows) {
        double[] out = new double[rows.length * data.columns()];
        for (int k = 0; k < rows.length; k++) {
            data.copyRow(rows[k], out, k * data.columns());
        }
        return out;
    }

    private static int[] positive(int[] counts, int[] rows) {
        int[] out = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = counts[rows[k]];
        }
        return out;
    }

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }

    /** The out-of-bag sums of every row, computed piece by piece and gathered in row order. */
    private static double[] outOfBagVotes(EnsembleSteps.Draws draws, List<? extends Classifier> members,
                                          List<int[]> maps, Dataset data, int[] cuts) {
        double[] all = new double[0];
        for (int piece = 0; piece + 1 < cuts.length; piece++) {
            double[] part = EnsembleSteps.outOfBagVotes(draws, members, maps, data.classCount(), cuts[piece],
                    rowsOf(data, range(cuts[piece], cuts[piece + 1])));
            all = concat(all, part);
        }
        return all;
    }

    private static double[] outOfBagPredictions(EnsembleSteps.Draws draws, List<? extends Regressor> members,
                                                Dataset data, int[] cuts) {
        double[] all = new double[0];
        for (int piece = 0; piece + 1 < cuts.length; piece++) {
            all = concat(all, EnsembleSteps.outOfBagPredictions(draws, members, cuts[piece],
                    rowsOf(data, range(cuts[piece], cuts[piece + 1]))));
        }
        return all;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The forest grown member by member from the replayed draws over random pieces. */
    private static ForestClassifierModel piecewise(ForestClassifier learner, Dataset data, SplittableRandom rng) {
        EnsembleSteps.Draws draws = EnsembleSteps.draws(learner, data.rows(), data.columns());
        int[] cuts = pieces(rng, data.rows());
        List<DecisionTreeClassifierModel> trees = new ArrayList<>();
        for (int m = 0; m < draws.members(); m++) {
            int[] counts = replayed(draws, m, cuts);
            int[] rows = drawnRows(counts);
            int[] classes = Arrays.stream(rows).map(data::classOf).toArray();
            EnsembleSteps.ForestSample sample = EnsembleSteps.forestSample(draws, rowsOf(data, rows),
                    positive(counts, rows), data.columnNames(), classes, data.classNames());
            trees.add(learner.tree(data.columns()).withSeed(draws.memberSeed(m)).fit(sample.data(), sample.weights()));
        }
        if (!learner.oobScore()) {
            return EnsembleSteps.forestClassifier(learner, trees, data.classNames(), data.columns());
        }
        return EnsembleSteps.forestClassifier(learner, trees, data.classNames(), data.columns(),
                outOfBagVotes(draws, trees, null, data, cuts), data.classes());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void forestClassifier_fromDrawnRowsAlone_isTheSingleMachineForest(long seed) {
        Dataset data = rareClass(seed, 40);
        SplittableRandom rng = new SplittableRandom(seed);
        ForestClassifier learner = switch ((int) (seed % 3)) {
            case 0 -> RandomForestClassifier.of().withTrees(6).withOobScore(true).withSeed(seed);
            case 1 -> RandomForestClassifier.of().withTrees(6).withMaxSamples(0.5).withMaxDepth(3).withSeed(seed);
            default -> ExtraTreesClassifier.of().withTrees(4).withBootstrap(seed % 2 == 0).withSeed(seed);
        };
        ForestClassifierModel local = learner.fit(data);
        ForestClassifierModel assembled = piecewise(learner, data, rng);
        assertArrayEquals(ModelFiles.toBytes(local), ModelFiles.toBytes(assembled));
    }

    @Test
    void forestClassifier_aTreeThatMissedAClass_stillKnowsEveryClass() {
        Dataset data = rareClass(5, 40);
        RandomForestClassifier learner = RandomForestClassifier.of().withTrees(8).withSeed(2);
        EnsembleSteps.Draws draws = EnsembleSteps.draws(learner, 40, 3);
        int missed = -1;
        for (int m = 0; m < 8 && missed < 0; m++) {
            missed = draws.counts(m, 20, 21)[0] == 0 ? m : -1;
        }
        assertTrue(missed >= 0, "some tree misses the rare row 20");
        ForestClassifierModel assembled = piecewise(learner, data, new SplittableRandom(1));
        DecisionTreeClassifierModel tree = assembled.trees().get(missed);
        assertEquals(List.of("no", "yes", "rare"), tree.classNames());
        assertEquals(0.0, tree.predictProbabilities(data.row(20))[2], 0.0);
        assertArrayEquals(ModelFiles.toBytes(learner.fit(data)), ModelFiles.toBytes(assembled));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void tree_onDrawnRowsWithCounts_isTheTreeOnAllRowsWithZeroWeights(long seed) {
        // the forests' premise, checked directly: rows of weight 0 never reach a node, a threshold or a draw
        Dataset data = rareClass(seed, 50);
        SplittableRandom rng = new SplittableRandom(seed);
        double[] weights = new double[50];
        for (int i = 0; i < 50; i++) {
            weights[i] = rng.nextInt(3);
        }
        weights[7] = 1;
        int[] rows = java.util.stream.IntStream.range(0, 50).filter(i -> weights[i] > 0).toArray();
        double[] kept = Arrays.stream(rows).mapToDouble(i -> weights[i]).toArray();
        Dataset drawn = data.select(rows);
        for (Splitter splitter : Splitter.values()) {
            DecisionTreeClassifier tree = DecisionTreeClassifier.of().withSplitter(splitter).withMaxFeatures(2)
                    .withSeed(seed);
            byte[] all = ModelFiles.toBytes(tree.fit(data, weights));
            assertArrayEquals(all, ModelFiles.toBytes(tree.fit(drawn, kept)), splitter.toString());
            assertArrayEquals(all, ModelFiles.toBytes(tree.fit(SortedColumns.of(data), weights)));
            double[] target = Arrays.stream(data.classes()).mapToDouble(c -> c + 0.5 * c * c).toArray();
            DecisionTreeRegressor regressor = DecisionTreeRegressor.of().withSplitter(splitter).withMaxFeatures(2)
                    .withSeed(seed);
            Dataset numeric = data.withTargets(target, "t");
            assertArrayEquals(ModelFiles.toBytes(regressor.fit(numeric, weights)),
                    ModelFiles.toBytes(regressor.fit(numeric.select(rows), kept)), splitter.toString());
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void forestRegressor_fromDrawnRowsAlone_isTheSingleMachineForest(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset data = RandomData.linear(rng, 45, 3, 0.5);
        ForestRegressor learner = seed % 2 == 0 ? RandomForestRegressor.of().withTrees(5).withOobScore(true).withSeed(seed)
                : ExtraTreesRegressor.of().withTrees(3).withSeed(seed);
        EnsembleSteps.Draws draws = EnsembleSteps.draws(learner, data.rows(), data.columns());
        int[] cuts = pieces(rng, data.rows());
        List<DecisionTreeRegressorModel> trees = new ArrayList<>();
        for (int m = 0; m < draws.members(); m++) {
            int[] counts = replayed(draws, m, cuts);
            int[] rows = drawnRows(counts);
            double[] targets = Arrays.stream(rows).mapToDouble(data::target).toArray();
            EnsembleSteps.ForestSample sample = EnsembleSteps.forestSample(draws, rowsOf(data, rows),
                    positive(counts, rows), data.columnNames(), targets);
            trees.add(learner.tree(data.columns()).withSeed(draws.memberSeed(m)).fit(sample.data(), sample.weights()));
        }
        ForestRegressorModel assembled = learner.oobScore()
                ? EnsembleSteps.forestRegressor(learner, trees, data.columns(),
                        outOfBagPredictions(draws, trees, data, cuts), data.targets())
                : EnsembleSteps.forestRegressor(learner, trees, data.columns());
        assertArrayEquals(ModelFiles.toBytes(learner.fit(data)), ModelFiles.toBytes(assembled));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void baggingClassifier_fromDrawnRowsAlone_isTheSingleMachineBag(long seed) throws ModelFileException {
        Dataset data = rareClass(seed, 36);
        SplittableRandom rng = new SplittableRandom(seed);
        BaggingClassifier learner = (seed % 2 == 0 ? BaggingClassifier.of(KnnClassifier.of(3))
                : BaggingClassifier.of(DecisionTreeClassifier.of()::withSeed))
                .withMembers(5).withMaxSamples(0.8).withMaxFeatures(0.67).withBootstrap(seed % 3 != 0)
                .withOobScore(seed % 3 != 0).withSeed(seed);
        EnsembleSteps.Draws draws = EnsembleSteps.draws(learner, data.rows(), data.columns());
        int[] cuts = pieces(rng, data.rows());
        List<Classifier> members = new ArrayList<>();
        List<int[]> maps = new ArrayList<>();
        for (int m = 0; m < draws.members(); m++) {
            int[] counts = replayed(draws, m, cuts);
            int[] rows = drawnRows(counts);
            int[] classes = Arrays.stream(rows).map(data::classOf).toArray();
            EnsembleSteps.BagSample sample = EnsembleSteps.baggingSample(draws, m, rowsOf(data, rows),
                    positive(counts, rows), classes, data.classNames());
            Learner<? extends Classifier> member = learner.member().withSeed(draws.memberSeed(m));
            members.add(ModelFiles.fromBytes(ModelFiles.toBytes(member.fit(sample.data())), "member", Classifier.class));
            maps.add(sample.classMap());
        }
        BaggingClassifierModel local = learner.fit(data);
        BaggingClassifierModel assembled = learner.oobScore()
                ? EnsembleSteps.baggingClassifier(learner, draws, members, maps, data.classNames(),
                        outOfBagVotes(draws, members, maps, data, cuts), data.classes())
                : EnsembleSteps.baggingClassifier(learner, draws, members, maps, data.classNames());
        if (learner.oobScore()) {
            assertEquals(local.oobScore(), assembled.oobScore(), 0.0);
            assertArrayEquals(local.oobProbabilities(), assembled.oobProbabilities());
        }
        for (int i = 0; i < data.rows(); i++) {
            assertArrayEquals(local.predictProbabilities(data.row(i)), assembled.predictProbabilities(data.row(i)), 0.0);
        }
        if (seed % 2 == 0) {
            // a library member learner given as itself: the bag saves, and the files agree
            assertArrayEquals(ModelFiles.toBytes(local), ModelFiles.toBytes(assembled));
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void baggingRegressor_fromDrawnRowsAlone_isTheSingleMachineBag(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset data = RandomData.linear(rng, 30, 4, 0.3);
        BaggingRegressor learner = BaggingRegressor.of(DecisionTreeRegressor.of().withMaxDepth(3))
                .withMembers(4).withMaxFeatures(0.5).withBootstrapFeatures(seed % 2 == 0).withOobScore(true)
                .withSeed(seed);
        EnsembleSteps.Draws draws = EnsembleSteps.draws(learner, data.rows(), data.columns());
        int[] cuts = pieces(rng, data.rows());
        List<Regressor> members = new ArrayList<>();
        for (int m = 0; m < draws.members(); m++) {
            int[] counts = replayed(draws, m, cuts);
            int[] rows = drawnRows(counts);
            double[] targets = Arrays.stream(rows).mapToDouble(data::target).toArray();
            EnsembleSteps.BagSample sample = EnsembleSteps.baggingSample(draws, m, rowsOf(data, rows),
                    positive(counts, rows), targets);
            members.add(learner.member().withSeed(draws.memberSeed(m)).fit(sample.data()));
        }
        BaggingRegressorModel assembled = EnsembleSteps.baggingRegressor(learner, draws, members,
                outOfBagPredictions(draws, members, data, cuts), data.targets());
        assertArrayEquals(ModelFiles.toBytes(learner.fit(data)), ModelFiles.toBytes(assembled));
    }

    @Test
    void assembly_refusesMembersThatDoNotFit() {
        Dataset data = rareClass(1, 20);
        RandomForestClassifier learner = RandomForestClassifier.of().withTrees(2);
        List<DecisionTreeClassifierModel> trees = learner.fit(data).trees();
        assertEquals("trees must hold the learner's 2 trees, got 1", assertThrows(IllegalArgumentException.class,
                () -> EnsembleSteps.forestClassifier(learner, trees.subList(0, 1), data.classNames(), 3)).getMessage());
        assertEquals("trees must be 4 columns wide; tree 0 is 3", assertThrows(IllegalArgumentException.class,
                () -> EnsembleSteps.forestClassifier(learner, trees, data.classNames(), 4)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> EnsembleSteps.forestClassifier(learner, trees, List.of("no", "yes"), 3));
        assertEquals("outOfBag and classes must be given when the learner's oobScore is true, got null",
                assertThrows(IllegalArgumentException.class, () -> EnsembleSteps
                .forestClassifier(learner.withOobScore(true), trees, data.classNames(), 3)).getMessage());
        assertEquals("outOfBag must hold 4 values for each of 20 rows, got 3", assertThrows(
                IllegalArgumentException.class, () -> EnsembleSteps.forestClassifier(learner.withOobScore(true), trees,
                        data.classNames(), 3, new double[3], data.classes())).getMessage());
        EnsembleSteps.Draws draws = EnsembleSteps.draws(learner, 20, 3);
        assertEquals("counts must add up to the sample size 20, got 3", assertThrows(IllegalArgumentException.class,
                () -> EnsembleSteps.forestSample(draws, new double[9], new int[] {1, 1, 1}, data.columnNames(),
                        new int[3], data.classNames())).getMessage());
    }

    @Test
    void learnerBytes_roundTripEveryHyperparameter() throws ModelFileException {
        DecisionTreeClassifier tree = RandomForestClassifier.of().withMaxDepth(4).tree(7).withSeed(-3);
        byte[] bytes = ModelFiles.learnerToBytes(tree);
        assertEquals(tree, ModelFiles.learnerFromBytes(bytes, "tree", DecisionTreeClassifier.class));
        assertEquals(tree, ModelFiles.learnerFromBytes(bytes, "tree", Learner.class));
        ModelFileException wrongType = assertThrows(ModelFileException.class,
                () -> ModelFiles.learnerFromBytes(bytes, "tree", KnnClassifier.class));
        assertTrue(wrongType.getMessage().contains("not a KnnClassifier"), wrongType.getMessage());
        // a learner file is no model file
        assertThrows(ModelFileException.class, () -> ModelFiles.fromBytes(bytes, "tree", DecisionTreeClassifierModel.class));
        byte[] broken = bytes.clone();
        broken[broken.length / 2] ^= 1;
        assertThrows(ModelFileException.class, () -> ModelFiles.learnerFromBytes(broken, "tree", Learner.class));
        IllegalArgumentException own = assertThrows(IllegalArgumentException.class,
                () -> ModelFiles.learnerToBytes(new TestMembers.MeanRegressor()));
        assertNotEquals(null, own.getMessage());
    }
}
