package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.cluster.KMeans;
import io.github.classicml.algorithms.linear.GradientDescent;
import io.github.classicml.algorithms.linear.GradientDescentClassifier;
import io.github.classicml.algorithms.linear.GradientDescentRegressor;
import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeRegressor;
import io.github.classicml.algorithms.tree.Splitter;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.Reseedable;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link SeededLearner#reseeding}: a value (equal wraps, the learner's own seed stored as 0), giving
 * member {@code m} the learner with the seed the bag draws for it, so that a bag built with it is the
 * bag built from the method reference {@code learner::withSeed}, bit for bit.
 */
class SeededLearnerTest {

    static LongStream seeds() {
        return LongStream.range(0, 12);
    }

    @Test
    void reseeding_isAValue_theLearnersOwnSeedStoredAsZero() {
        DecisionTreeClassifier tree = DecisionTreeClassifier.of().withMaxDepth(3);
        SeededLearner<Classifier> a = SeededLearner.reseeding(tree);
        SeededLearner<Classifier> b = SeededLearner.reseeding(tree.withSeed(99));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(tree.withSeed(0), ((SeededLearner.Reseeded<?, ?>) b).learner());
        assertEquals(BaggingClassifier.of(a).withMembers(3), BaggingClassifier.of(b).withMembers(3));
        // the fixed form gives every member the learner itself: another learner, not equal
        assertNotEquals(a, SeededLearner.ignoringSeed(tree));
        assertNotEquals(a, SeededLearner.reseeding(tree.withMaxDepth(4)));
        assertThrows(NullPointerException.class, () -> SeededLearner.reseeding((DecisionTreeClassifier) null));
    }

    @Test
    void reseeding_givesEachSeedTheLearnerWithThatSeed() {
        DecisionTreeRegressor tree = DecisionTreeRegressor.of().withSplitter(Splitter.RANDOM).withSeed(5);
        SeededLearner<Regressor> seeded = SeededLearner.reseeding(tree);
        assertEquals(tree.withSeed(42), seeded.withSeed(42));
        assertEquals(tree.withSeed(-1), seeded.withSeed(-1));
    }

    @Test
    void reseededBag_memberSeeds_areTheFirstDrawOfEachMembersSplitOfTheBagSeed() {
        // the documented draw, written out: root = SplittableRandom(seed); member m's generator is the
        // m-th root.split(), and the member's seed is that generator's first nextLong()
        SplittableRandom root = new SplittableRandom(6);
        long first = root.split().nextLong();
        long second = root.split().nextLong();
        DecisionTreeClassifier tree = DecisionTreeClassifier.of().withMaxDepth(2).withMaxFeatures(2);
        BaggingClassifierModel bag = BaggingClassifier.of(SeededLearner.reseeding(tree)).withMembers(2).withSeed(6)
                .fit(Datasets.iris());
        assertEquals(tree.withSeed(first), bag.members().get(0).learner());
        assertEquals(tree.withSeed(second), bag.members().get(1).learner());
        assertArrayEquals(new long[] {first, second}, Bag.memberSeeds(6, 2));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void memberSeeds_equalTheSeedsDrawGives(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int members = 1 + random.nextInt(6);
        int rows = 1 + random.nextInt(30);
        int columns = 1 + random.nextInt(5);
        Bag[] bags = Bag.draw(random.nextLong(), members, rows, 1 + random.nextInt(rows), random.nextBoolean(),
                columns, 1 + random.nextInt(columns), random.nextBoolean());
        SplittableRandom again = new SplittableRandom(seed);
        again.nextInt(6);
        again.nextInt(30);
        again.nextInt(5);
        long bagSeed = again.nextLong();
        long[] expected = Bag.memberSeeds(bagSeed, members);
        for (int m = 0; m < members; m++) {
            assertEquals(expected[m], bags[m].seed(), "member " + m);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void classifierBag_reseeding_equalsTheMethodReferenceBag_bitForBit(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DecisionTreeClassifier tree = DecisionTreeClassifier.of().withMaxDepth(1 + random.nextInt(5))
                .withMaxFeatures(1 + random.nextInt(4))
                .withSplitter(random.nextBoolean() ? Splitter.BEST : Splitter.RANDOM).withSeed(random.nextLong());
        long bagSeed = random.nextLong();
        int members = 1 + random.nextInt(5);
        double maxSamples = 0.3 + 0.7 * random.nextDouble();
        Dataset iris = Datasets.iris();
        BaggingClassifierModel value = BaggingClassifier.of(SeededLearner.reseeding(tree)).withMembers(members)
                .withMaxSamples(maxSamples).withSeed(bagSeed).withThreads(1 + random.nextInt(3)).fit(iris);
        BaggingClassifierModel code = BaggingClassifier.of(tree::withSeed).withMembers(members)
                .withMaxSamples(maxSamples).withSeed(bagSeed).withThreads(1).fit(iris);
        assertArrayEquals(code.predictProbabilities(iris), value.predictProbabilities(iris));
        assertArrayEquals(code.predict(iris), value.predict(iris));
        for (int m = 0; m < members; m++) {
            assertEquals(code.members().get(m).learner(), value.members().get(m).learner());
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void regressorBag_reseeding_equalsTheMethodReferenceBag_bitForBit(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DecisionTreeRegressor tree = DecisionTreeRegressor.of().withMaxDepth(1 + random.nextInt(5))
                .withMaxFeatures(1 + random.nextInt(10)).withSplitter(Splitter.RANDOM);
        long bagSeed = random.nextLong();
        int members = 1 + random.nextInt(5);
        Dataset data = Datasets.diabetes().select(IntStream.range(0, 100).toArray());
        BaggingRegressorModel value = BaggingRegressor.of(SeededLearner.reseeding(tree)).withMembers(members)
                .withOobScore(true).withSeed(bagSeed).fit(data);
        BaggingRegressorModel code = BaggingRegressor.of(tree::withSeed).withMembers(members).withOobScore(true)
                .withSeed(bagSeed).fit(data);
        assertArrayEquals(code.predict(data), value.predict(data));
    }

    /** Every randomised learner of the library: {@code withSeed} is a pure copy that only sets the seed. */
    static List<Reseedable<?>> reseedables() {
        return List.of(DecisionTreeClassifier.of(), DecisionTreeRegressor.of(), RandomForestClassifier.of(),
                RandomForestRegressor.of(), ExtraTreesClassifier.of(), ExtraTreesRegressor.of(),
                GradientBoostingClassifier.of(), GradientBoostingRegressor.of(), AdaBoostClassifier.of(),
                BaggingClassifier.of(KnnClassifier.of(3)), BaggingRegressor.of(DecisionTreeRegressor.of()),
                KMeans.of(3), GradientDescentClassifier.of(), GradientDescentRegressor.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reseedables")
    void withSeed_isACopyThatSetsTheSeedOnly(Reseedable<?> learner) {
        Learner<?> seven = learner.withSeed(7);
        assertEquals(seven, learner.withSeed(7));
        assertNotEquals(seven, learner.withSeed(8));
        assertEquals(learner.withSeed(8), ((Reseedable<?>) seven).withSeed(8));
        // the seed 0 of the defaults: reseeding 7 back to 0 gives the learner itself
        assertEquals(learner, ((Reseedable<?>) seven).withSeed(0));
    }

    @Test
    void gradientDescentLearners_withSeed_setTheOptimisersSeed() {
        assertEquals(GradientDescentClassifier.of().withOptimiser(GradientDescent.of().withSeed(3)),
                GradientDescentClassifier.of().withSeed(3));
        assertEquals(GradientDescentRegressor.of().withOptimiser(GradientDescent.of().withSeed(3)),
                GradientDescentRegressor.of().withSeed(3));
    }
}
