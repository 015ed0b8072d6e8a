package io.github.classicml.algorithms;

import io.github.classicml.algorithms.ensemble.AdaBoostClassifier;
import io.github.classicml.algorithms.ensemble.BaggingClassifier;
import io.github.classicml.algorithms.ensemble.BaggingClassifierModel;
import io.github.classicml.algorithms.ensemble.BaggingRegressor;
import io.github.classicml.algorithms.ensemble.BaggingRegressorModel;
import io.github.classicml.algorithms.ensemble.ExtraTreesClassifier;
import io.github.classicml.algorithms.ensemble.ExtraTreesRegressor;
import io.github.classicml.algorithms.ensemble.GradientBoostingClassifier;
import io.github.classicml.algorithms.ensemble.GradientBoostingRegressor;
import io.github.classicml.algorithms.ensemble.RandomForestClassifier;
import io.github.classicml.algorithms.ensemble.RandomForestRegressor;
import io.github.classicml.algorithms.ensemble.SeededLearner;
import io.github.classicml.algorithms.linear.GradientDescent;
import io.github.classicml.algorithms.linear.GradientDescentClassifier;
import io.github.classicml.algorithms.linear.GradientDescentRegressor;
import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeRegressor;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.core.io.ModelFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bags whose members each get their own seed through {@link SeededLearner#reseeding}: they save and load
 * bit for bit, over every randomised classifier and regressor of the library; the file marks them
 * {@code "reseedMembers":true}, and loading checks that every member was fitted with exactly the seed
 * the bag's seed gives it. The method-reference form still refuses to save.
 */
class ModelFilesReseededBagTest {

    record Named(String name, Learner<? extends Model> learner, Dataset data) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Named> bags() {
        Dataset iris = Datasets.iris();
        Dataset diabetes = Datasets.diabetes().select(IntStream.range(0, 80).toArray());
        return List.of(
                classifier("tree", DecisionTreeClassifier.of().withMaxDepth(2).withMaxFeatures(1), iris),
                classifier("randomForest", RandomForestClassifier.of().withTrees(2).withMaxDepth(2), iris),
                classifier("extraTrees", ExtraTreesClassifier.of().withTrees(2).withMaxDepth(2), iris),
                classifier("gradientBoosting", GradientBoostingClassifier.of().withStages(2).withMaxDepth(1)
                        .withSubsample(0.7), iris),
                classifier("adaBoost", AdaBoostClassifier.of().withStages(2), iris),
                classifier("gradientDescent", GradientDescentClassifier.of().withOptimiser(GradientDescent.of()
                        .withBatchSize(8).withMaxEpochs(5)), iris),
                classifier("bagOfBags", BaggingClassifier.of(KnnClassifier.of(3)).withMembers(2), iris),
                regressor("tree", DecisionTreeRegressor.of().withMaxDepth(2).withMaxFeatures(3), diabetes),
                regressor("randomForest", RandomForestRegressor.of().withTrees(2).withMaxDepth(2), diabetes),
                regressor("extraTrees", ExtraTreesRegressor.of().withTrees(2).withMaxDepth(2), diabetes),
                regressor("gradientBoosting", GradientBoostingRegressor.of().withStages(2).withMaxDepth(1)
                        .withSubsample(0.7), diabetes),
                regressor("gradientDescent", GradientDescentRegressor.of().withOptimiser(GradientDescent.of()
                        .withBatchSize(8).withMaxEpochs(5)), diabetes),
                regressor("bagOfBags", BaggingRegressor.of(SeededLearner.reseeding(DecisionTreeRegressor.of()
                        .withMaxDepth(2))).withMembers(2), diabetes));
    }

    private static <L extends Learner<? extends Classifier> & io.github.classicml.core.Reseedable<L>> Named classifier(
            String name, L member, Dataset data) {
        return new Named("classifier bag of " + name, BaggingClassifier.of(SeededLearner.reseeding(member))
                .withMembers(3).withSeed(name.length()), data);
    }

    private static <L extends Learner<? extends Regressor> & io.github.classicml.core.Reseedable<L>> Named regressor(
            String name, L member, Dataset data) {
        return new Named("regressor bag of " + name, BaggingRegressor.of(SeededLearner.reseeding(member))
                .withMembers(3).withOobScore(true).withSeed(name.length()), data);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bags")
    void roundTrip_givesBitIdenticalOutputs_theSameLearner_andTheSameBytes(Named bag) throws IOException {
        Model fitted = bag.learner().fit(bag.data());
        byte[] bytes = ModelFiles.toBytes(fitted);
        assertTrue(ModelFileEdits.json(bytes).contains("\"reseedMembers\":true"));
        Model loaded = ModelFiles.fromBytes(bytes, "bag.model", Model.class);
        assertEquals(fitted.learner(), loaded.learner());
        assertEquals(fitted.toString(), loaded.toString());
        assertArrayEquals(ModelFileCases.outputs(fitted, bag.data()), ModelFileCases.outputs(loaded, bag.data()));
        assertArrayEquals(bytes, ModelFiles.toBytes(loaded));
    }

    @Test
    void goldenReseededBag_equalsTheMethodReferenceBagFittedNow() throws ModelFileException {
        // the golden file was written from SeededLearner.reseeding(tree); the method reference fits the same members
        BaggingClassifierModel loaded = ModelFiles.fromBytes(ModelFileEdits.golden("BaggingClassifierModel-reseeded"),
                "golden", BaggingClassifierModel.class);
        DecisionTreeClassifier tree = DecisionTreeClassifier.of().withMaxDepth(3).withMaxFeatures(2);
        Dataset iris = Datasets.iris();
        BaggingClassifierModel code = BaggingClassifier.of(tree::withSeed).withMembers(5).withSeed(6).fit(iris);
        assertArrayEquals(code.predictProbabilities(iris), loaded.predictProbabilities(iris));
        assertEquals(BaggingClassifier.of(SeededLearner.reseeding(tree)).withMembers(5).withSeed(6), loaded.learner());
    }

    @Test
    void save_methodReferenceBag_isStillRefused_pointingToReseeding() {
        BaggingRegressorModel bag = BaggingRegressor.of(DecisionTreeRegressor.of().withMaxDepth(2)::withSeed)
                .withMembers(2).fit(Datasets.diabetes());
        String message = assertThrows(IllegalArgumentException.class, () -> ModelFiles.toBytes(bag)).getMessage();
        assertTrue(message.startsWith("member must be a library learner to save the bag, got the caller's "
                + "SeededLearner "), message);
        assertTrue(message.endsWith("fit the bag with of(SeededLearner.reseeding(learner)) for a randomised library "
                + "learner, or of(learner) for one without randomness, instead"), message);
    }

    @Test
    void load_reseedMembersFalse_isRefused() {
        byte[] golden = ModelFileEdits.golden("BaggingClassifierModel-reseeded");
        assertEquals("x: learner.reseedMembers is written only when true, got false",
                ModelFilesTest.message(ModelFileEdits.replaced(golden, "\"reseedMembers\":true",
                        "\"reseedMembers\":false")));
        assertEquals("x: learner.reseedMembers must be true or false, got 1",
                ModelFilesTest.message(ModelFileEdits.replaced(golden, "\"reseedMembers\":true",
                        "\"reseedMembers\":1")));
    }

    @Test
    void load_memberLearnerWithASeed_isRefused() {
        byte[] golden = ModelFileEdits.golden("BaggingClassifierModel-reseeded");
        String message = ModelFilesTest.message(ModelFileEdits.replaced(golden, "\"seed\":0,\"classWeights\"",
                "\"seed\":3,\"classWeights\""));
        assertTrue(message.startsWith("x: learner.member must have seed 0 when reseedMembers is true (each member "
                + "gets its own seed from the bag), got DecisionTreeClassifier["), message);
    }

    @Test
    void load_membersWhoseSeedsAreNotTheBagsDraws_areRefused() {
        // another bag seed: the stored members' seeds are no longer the ones it draws
        byte[] golden = ModelFileEdits.golden("BaggingClassifierModel-reseeded");
        String message = ModelFilesTest.message(ModelFileEdits.replaced(golden, "\"seed\":6,\"threads\"",
                "\"seed\":7,\"threads\""));
        assertTrue(message.startsWith("x: member 0 must be fitted by the member learner with seed "
                + new java.util.SplittableRandom(7).split().nextLong() + " (drawn from the bag's seed), but its "
                + "DecisionTreeClassifierModel reports DecisionTreeClassifier["), message);
        // a bag of one fixed learner marked as reseeded: its members all have seed 0
        byte[] fixed = ModelFileEdits.golden("BaggingClassifierModel");
        message = ModelFilesTest.message(ModelFileEdits.replaced(fixed, "\"members\":7,",
                "\"reseedMembers\":true,\"members\":7,"));
        assertTrue(message.startsWith("x: member 0 must be fitted by the member learner with seed "), message);
        assertTrue(message.contains("seed=0]"), message);
    }

    @Test
    void load_reseedMembersOverALearnerWithoutRandomness_isRefused() {
        BaggingClassifierModel knn = BaggingClassifier.of(KnnClassifier.of(3)).withMembers(2).fit(Datasets.iris());
        byte[] bytes = ModelFiles.toBytes(knn);
        assertEquals("x: learner.reseedMembers needs a member learner that draws random numbers (one with "
                + "withSeed), got a KnnClassifier", ModelFilesTest.message(ModelFileEdits.replaced(bytes,
                "\"members\":2,", "\"reseedMembers\":true,\"members\":2,")));
    }
}
