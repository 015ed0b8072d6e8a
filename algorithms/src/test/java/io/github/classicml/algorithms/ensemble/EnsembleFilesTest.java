package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.internal.provisional.MapState;
import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeClassifierModel;
import io.github.classicml.algorithms.tree.DecisionTreeRegressor;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ensembles' model-file state, read back from memory (members are kept as objects here; their own
 * encoding is tested through files): same learner, same outputs, and refusals for members that do not
 * belong to the ensemble.
 */
class EnsembleFilesTest {

    private static final Dataset IRIS = Datasets.iris();

    private static Dataset diabetes() {
        int[] rows = new int[100];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        return Datasets.diabetes().select(rows);
    }

    @Test
    void forestClassifier_readBack_sameLearnerProbabilitiesAndOob() {
        ForestClassifierModel model = ExtraTreesClassifier.of().withTrees(5).withBootstrap(true).withOobScore(true)
                .withSeed(3).fit(IRIS);
        MapState l = new MapState();
        MapState s = new MapState();
        EnsembleFiles.writeLearner(model.learner(), l);
        EnsembleFiles.write(model, s);
        ForestClassifierModel back = EnsembleFiles.readForestClassifier(EnsembleFiles.readForestClassifierLearner(l), s);
        assertEquals(model.learner(), back.learner());
        assertArrayEquals(model.predictProbabilities(IRIS), back.predictProbabilities(IRIS));
        assertEquals(model.oobScore(), back.oobScore());
        assertArrayEquals(model.oobProbabilities(), back.oobProbabilities());
        assertEquals(model.toString(), back.toString());
    }

    @Test
    void forestClassifier_treeOfAnotherLearner_refused() {
        ForestClassifierModel model = RandomForestClassifier.of().withTrees(2).withMaxDepth(2).fit(IRIS);
        MapState s = new MapState();
        EnsembleFiles.write(model, s);
        List<Model> trees = new ArrayList<>(model.trees());
        trees.set(1, DecisionTreeClassifier.of().withMaxDepth(3).fit(IRIS));
        s.fields().put("trees", trees);
        String message = assertThrows(IllegalArgumentException.class,
                () -> EnsembleFiles.readForestClassifier(model.learner(), s)).getMessage();
        assertTrue(message.startsWith("trees 1 must be grown by DecisionTreeClassifier[criterion=GINI, splitter=BEST, "
                + "maxDepth=2"), message);
    }

    @Test
    void forestRegressor_readBack_samePredictions() {
        Dataset d = diabetes();
        ForestRegressorModel model = RandomForestRegressor.of().withTrees(4).withMaxDepth(3).withOobScore(true)
                .fit(d);
        MapState l = new MapState();
        MapState s = new MapState();
        EnsembleFiles.writeLearner(model.learner(), l);
        EnsembleFiles.write(model, s);
        ForestRegressorModel back = EnsembleFiles.readForestRegressor(EnsembleFiles.readForestRegressorLearner(l), s);
        assertEquals(model.learner(), back.learner());
        assertArrayEquals(model.predict(d), back.predict(d));
        assertArrayEquals(model.oobPredictions(), back.oobPredictions());
    }

    @Test
    void baggingClassifier_readBack_sameMembersColumnsAndClassMaps() {
        // 3-row samples of iris: some members miss a class, so their class maps are not the identity
        BaggingClassifierModel model = BaggingClassifier.of(DecisionTreeClassifier.of().withMaxDepth(2))
                .withMembers(8).withMaxSamples(0.02).withMaxFeatures(0.5).withOobScore(true).withSeed(1).fit(IRIS);
        MapState l = new MapState();
        MapState s = new MapState();
        EnsembleFiles.writeLearner(model.learner(), l);
        EnsembleFiles.write(model, s);
        boolean partial = false;
        for (Classifier member : model.members()) {
            partial |= member.classNames().size() < 3;
        }
        assertTrue(partial, "the case must have a member that misses a class");
        BaggingClassifierModel back = EnsembleFiles.readBaggingClassifier(l, s);
        assertEquals(model.learner(), back.learner());
        assertArrayEquals(model.predictProbabilities(IRIS), back.predictProbabilities(IRIS));
        assertArrayEquals(model.oobProbabilities(), back.oobProbabilities());
        for (int m = 0; m < 8; m++) {
            assertArrayEquals(model.memberColumns(m), back.memberColumns(m));
        }
    }

    @Test
    void baggingClassifier_classMapOutOfOrder_refused() {
        BaggingClassifierModel model = BaggingClassifier.of(DecisionTreeClassifier.of().withMaxDepth(2))
                .withMembers(3).fit(IRIS);
        MapState l = new MapState();
        MapState s = new MapState();
        EnsembleFiles.writeLearner(model.learner(), l);
        EnsembleFiles.write(model, s);
        @SuppressWarnings("unchecked")
        List<int[]> maps = (List<int[]>) s.fields().get("classMaps");
        maps.set(1, new int[] {0, 2, 1});
        String message = assertThrows(IllegalArgumentException.class, () -> EnsembleFiles.readBaggingClassifier(l, s))
                .getMessage();
        assertTrue(message.startsWith("classMaps of member 1 must map its classes [setosa, versicolor, virginica] "
                + "in order onto [setosa, versicolor, virginica]; entry 1 is 2"), message);
    }

    @Test
    void baggingClassifier_memberColumnOutOfRange_refused() {
        BaggingClassifierModel model = BaggingClassifier.of(DecisionTreeClassifier.of().withMaxDepth(2))
                .withMembers(3).withMaxFeatures(0.5).fit(IRIS);
        MapState l = new MapState();
        MapState s = new MapState();
        EnsembleFiles.writeLearner(model.learner(), l);
        EnsembleFiles.write(model, s);
        @SuppressWarnings("unchecked")
        List<int[]> columns = (List<int[]>) s.fields().get("memberColumns");
        columns.get(2)[1] = 4;
        assertEquals("memberColumns of member 2 must be in [0, 4); entry 1 is 4",
                assertThrows(IllegalArgumentException.class, () -> EnsembleFiles.readBaggingClassifier(l, s))
                        .getMessage());
    }

    @Test
    void baggingClassifier_methodReferenceMember_refusesToSaveNamingIt() {
        BaggingClassifierModel model = BaggingClassifier.of(DecisionTreeClassifier.of().withMaxDepth(2)::withSeed)
                .withMembers(2).fit(IRIS);
        String message = assertThrows(IllegalArgumentException.class, () -> EnsembleFiles.write(model, new MapState()))
                .getMessage();
        assertTrue(message.startsWith("member must be a library learner to save the bag, got the caller's "
                + "SeededLearner "), message);
    }

    @Test
    void baggingClassifier_callersOwnLearner_refusesToSaveNamingIt() {
        Learner<DecisionTreeClassifierModel> own = data -> DecisionTreeClassifier.of().fit(data);
        BaggingClassifierModel model = BaggingClassifier.of(own).withMembers(2).fit(IRIS);
        String message = assertThrows(IllegalArgumentException.class, () -> EnsembleFiles.write(model, new MapState()))
                .getMessage();
        assertTrue(message.startsWith("member must be a library learner to save the bag, got the caller's learner "),
                message);
        assertTrue(message.contains("member 0 is a DecisionTreeClassifierModel whose learner differs"), message);
    }

    @Test
    void baggingRegressor_readBack_samePredictions() {
        Dataset d = diabetes();
        BaggingRegressorModel model = BaggingRegressor.of(DecisionTreeRegressor.of().withMaxDepth(3)).withMembers(4)
                .withMaxFeatures(0.7).withBootstrapFeatures(true).withOobScore(true).withSeed(2).fit(d);
        MapState l = new MapState();
        MapState s = new MapState();
        EnsembleFiles.writeLearner(model.learner(), l);
        EnsembleFiles.write(model, s);
        BaggingRegressorModel back = EnsembleFiles.readBaggingRegressor(l, s);
        assertEquals(model.learner(), back.learner());
        assertArrayEquals(model.predict(d), back.predict(d));
        assertArrayEquals(model.oobPredictions(), back.oobPredictions());
    }

    @Test
    void gradientBoostingClassifier_readBack_sameStagedProbabilities() {
        GradientBoostingClassifierModel model = GradientBoostingClassifier.of().withStages(4).withMaxDepth(2)
                .withSeed(5).withSubsample(0.8).fit(IRIS);
        MapState l = new MapState();
        MapState s = new MapState();
        EnsembleFiles.writeLearner(model.learner(), l);
        EnsembleFiles.write(model, s);
        GradientBoostingClassifierModel back = EnsembleFiles.readGradientBoostingClassifier(
                EnsembleFiles.readGradientBoostingClassifierLearner(l), s);
        assertEquals(model.learner(), back.learner());
        for (double[] row : IRIS.toArray()) {
            assertArrayEquals(model.stagedProbabilities(row), back.stagedProbabilities(row));
        }
        assertArrayEquals(model.trainLosses(), back.trainLosses());
    }

    @Test
    void gradientBoostingClassifier_leafValuesOfWrongLength_refused() {
        GradientBoostingClassifierModel model = GradientBoostingClassifier.of().withStages(2).withMaxDepth(1)
                .fit(IRIS);
        MapState s = new MapState();
        EnsembleFiles.write(model, s);
        s.fields().put("leafValues", new double[5]);
        // 2 stages x 3 classes of depth-1 trees: 6 trees of 3 nodes
        assertEquals("leafValues must have one entry per node of every tree, 18, got 5",
                assertThrows(IllegalArgumentException.class,
                        () -> EnsembleFiles.readGradientBoostingClassifier(model.learner(), s)).getMessage());
    }

    @Test
    void gradientBoostingRegressor_readBack_samePredictions() {
        Dataset d = diabetes();
        GradientBoostingRegressorModel model = GradientBoostingRegressor.of().withStages(6).withMaxDepth(2).fit(d);
        MapState l = new MapState();
        MapState s = new MapState();
        EnsembleFiles.writeLearner(model.learner(), l);
        EnsembleFiles.write(model, s);
        GradientBoostingRegressorModel back = EnsembleFiles.readGradientBoostingRegressor(
                EnsembleFiles.readGradientBoostingRegressorLearner(l), s);
        assertArrayEquals(model.predict(d), back.predict(d));
        s.fields().put("trainLosses", new double[] {1, 2});
        assertEquals("trainLosses must have one entry per stage, 6, got 2", assertThrows(IllegalArgumentException.class,
                () -> EnsembleFiles.readGradientBoostingRegressor(model.learner(), s)).getMessage());
    }

    @Test
    void adaBoost_readBack_sameProbabilities_andBadWeightRefused() {
        AdaBoostClassifierModel model = AdaBoostClassifier.of().withStages(5).fit(IRIS);
        MapState l = new MapState();
        MapState s = new MapState();
        EnsembleFiles.writeLearner(model.learner(), l);
        EnsembleFiles.write(model, s);
        AdaBoostClassifierModel back = EnsembleFiles.readAdaBoost(EnsembleFiles.readAdaBoostLearner(l), s);
        assertArrayEquals(model.predictProbabilities(IRIS), back.predictProbabilities(IRIS));
        ((double[]) s.fields().get("estimatorWeights"))[1] = -0.5;
        assertEquals("estimatorWeights must be > 0; entry 1 is -0.5", assertThrows(IllegalArgumentException.class,
                () -> EnsembleFiles.readAdaBoost(model.learner(), s)).getMessage());
    }
}
