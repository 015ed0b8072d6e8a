package io.github.classicml.spark;

import io.github.classicml.algorithms.ModelFiles;
import io.github.classicml.algorithms.ensemble.BaggingClassifier;
import io.github.classicml.algorithms.ensemble.BaggingClassifierModel;
import io.github.classicml.algorithms.ensemble.BaggingRegressor;
import io.github.classicml.algorithms.ensemble.BaggingRegressorModel;
import io.github.classicml.algorithms.ensemble.EnsembleSteps;
import io.github.classicml.algorithms.ensemble.ExtraTreesClassifier;
import io.github.classicml.algorithms.ensemble.ExtraTreesRegressor;
import io.github.classicml.algorithms.ensemble.ForestClassifier;
import io.github.classicml.algorithms.ensemble.ForestClassifierModel;
import io.github.classicml.algorithms.ensemble.ForestRegressor;
import io.github.classicml.algorithms.ensemble.ForestRegressorModel;
import io.github.classicml.algorithms.ensemble.MaxFeatures;
import io.github.classicml.algorithms.ensemble.RandomForestClassifier;
import io.github.classicml.algorithms.ensemble.RandomForestRegressor;
import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeClassifierModel;
import io.github.classicml.algorithms.tree.DecisionTreeRegressor;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Regressor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bagging, random forests and extra trees on Spark against the single-machine fit, for 1, 2 and 7
 * partitions: the same model file byte for byte (every tree node by node, every member), so the same
 * predictions.
 */
class SparkEnsembleTest extends LocalSparkTest {

    private static final int ROWS = 90;

    /**
     * Three columns on a coarse grid (many ties, so the tie order of the sorts matters); classes "no" and
     * "yes" alternate and row 45 is the only "rare" one, which many bootstrap samples miss.
     */
    private static double[][] features(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[ROWS][3];
        for (int i = 0; i < ROWS; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = Math.floor(4 * ((i % 2) * (j + 1) * 0.7 + random.nextGaussian())) / 4;
            }
        }
        return x;
    }

    private static String[] labels() {
        String[] y = new String[ROWS];
        for (int i = 0; i < ROWS; i++) {
            y[i] = i == ROWS / 2 ? "rare" : i % 2 == 0 ? "no" : "yes";
        }
        return y;
    }

    private static double[] targets(double[][] x) {
        double[] t = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            t[i] = 2 * x[i][0] - x[i][1] * x[i][2] + 0.1 * (i % 7);
        }
        return t;
    }

    private static SparkData classification(double[][] x, String[] y, int partitions) {
        return SparkData.of(LocalSpark.labelledFrame(spark, x, y, partitions), LocalSpark.columnNames(3)).withTarget("y");
    }

    private static SparkData regression(double[][] x, double[] t, int partitions) {
        return SparkData.of(LocalSpark.frame(spark, x, t, partitions), LocalSpark.columnNames(3)).withTarget("y");
    }

    @ParameterizedTest(name = "partitions={0}")
    @ValueSource(ints = {1, 2, 7})
    void randomForestClassifierIsTheSingleMachineForest(int partitions) {
        double[][] x = features(1);
        String[] y = labels();
        Dataset local = Dataset.of(x).withClassLabels(y, "y");
        ForestClassifier learner = RandomForestClassifier.of().withTrees(12).withOobScore(true).withSeed(partitions);
        ForestClassifierModel expected = learner.fit(local);
        ForestClassifierModel distributed = SparkEnsembles.forestClassifier(learner, classification(x, y, partitions));
        // the whole model file: learner, classes, every tree's nodes, thresholds, values, the out-of-bag estimates
        assertArrayEquals(ModelFiles.toBytes(expected), ModelFiles.toBytes(distributed));
        assertEquals(expected.oobScore(), distributed.oobScore(), 0.0);
        assertArrayEquals(expected.oobProbabilities(), distributed.oobProbabilities());
        for (int t = 0; t < 12; t++) {
            DecisionTreeClassifierModel a = expected.trees().get(t);
            DecisionTreeClassifierModel b = distributed.trees().get(t);
            assertEquals(a.nodeCount(), b.nodeCount());
            for (int node = 0; node < a.nodeCount(); node++) {
                assertEquals(a.nodeWeight(node), b.nodeWeight(node), 0.0);
                assertEquals(a.nodeRows(node), b.nodeRows(node));
            }
        }
        // a tree whose sample missed the rare row still knows its class ("rare" is class 1 of no, rare, yes)
        EnsembleSteps.Draws draws = EnsembleSteps.draws(learner, ROWS, 3);
        int missed = -1;
        for (int t = 0; t < 12 && missed < 0; t++) {
            missed = draws.counts(t, ROWS / 2, ROWS / 2 + 1)[0] == 0 ? t : -1;
        }
        assertTrue(missed >= 0, "some tree misses row " + ROWS / 2);
        DecisionTreeClassifierModel blind = distributed.trees().get(missed);
        assertEquals(List.of("no", "rare", "yes"), blind.classNames());
        assertEquals(0.0, blind.predictProbabilities(x[ROWS / 2])[1], 0.0);
        for (double[] row : x) {
            assertArrayEquals(expected.predictProbabilities(row), distributed.predictProbabilities(row), 0.0);
        }
        assertArrayEquals(expected.featureImportances(), distributed.featureImportances(), 0.0);
    }

    @ParameterizedTest(name = "partitions={0}")
    @ValueSource(ints = {1, 7})
    void subsampledShallowForestAndExtraTreesAreTheSingleMachineForests(int partitions) {
        double[][] x = features(2);
        String[] y = labels();
        Dataset local = Dataset.of(x).withClassLabels(y, "y");
        SparkData data = classification(x, y, partitions);
        ForestClassifier shallow = RandomForestClassifier.of().withTrees(5).withMaxDepth(3).withMaxSamples(0.4)
                .withMaxFeatures(MaxFeatures.all()).withSeed(11);
        assertArrayEquals(ModelFiles.toBytes(shallow.fit(local)),
                ModelFiles.toBytes(SparkEnsembles.forestClassifier(shallow, data)));
        // extra trees: no bootstrap (every tree sees every row once), random thresholds
        ForestClassifier extra = ExtraTreesClassifier.of().withTrees(4).withSeed(5);
        assertArrayEquals(ModelFiles.toBytes(extra.fit(local)),
                ModelFiles.toBytes(SparkEnsembles.forestClassifier(extra, data)));
    }

    @ParameterizedTest(name = "partitions={0}")
    @ValueSource(ints = {1, 2, 7})
    void regressionForestsAreTheSingleMachineForests(int partitions) {
        double[][] x = features(3);
        double[] t = targets(x);
        Dataset local = Dataset.of(x).withTargets(t, "y");
        SparkData data = regression(x, t, partitions);
        ForestRegressor forest = RandomForestRegressor.of().withTrees(8).withMinRowsPerLeaf(2).withOobScore(true)
                .withSeed(7);
        ForestRegressorModel expected = forest.fit(local);
        ForestRegressorModel distributed = SparkEnsembles.forestRegressor(forest, data);
        assertArrayEquals(ModelFiles.toBytes(expected), ModelFiles.toBytes(distributed));
        assertArrayEquals(expected.oobPredictions(), distributed.oobPredictions(), 0.0);
        for (double[] row : x) {
            assertEquals(expected.predict(row), distributed.predict(row), 0.0);
        }
        ForestRegressor extra = ExtraTreesRegressor.of().withTrees(3).withMaxDepth(4).withSeed(partitions);
        assertArrayEquals(ModelFiles.toBytes(extra.fit(local)),
                ModelFiles.toBytes(SparkEnsembles.forestRegressor(extra, data)));
    }

    @ParameterizedTest(name = "partitions={0}")
    @ValueSource(ints = {1, 2, 7})
    void baggedKnnIsTheSingleMachineBag(int partitions) {
        double[][] x = features(4);
        String[] y = labels();
        Dataset local = Dataset.of(x).withClassLabels(y, "y");
        // kNN draws no random numbers; column subsets and subsamples come from the bag's own draws
        BaggingClassifier bag = BaggingClassifier.of(KnnClassifier.of(3)).withMembers(6).withMaxSamples(0.7)
                .withMaxFeatures(0.67).withOobScore(true).withSeed(21);
        BaggingClassifierModel expected = bag.fit(local);
        BaggingClassifierModel distributed = SparkEnsembles.baggingClassifier(bag, classification(x, y, partitions));
        assertArrayEquals(ModelFiles.toBytes(expected), ModelFiles.toBytes(distributed));
        for (int m = 0; m < 6; m++) {
            assertArrayEquals(expected.memberColumns(m), distributed.memberColumns(m));
        }
        for (double[] row : x) {
            assertArrayEquals(expected.predictProbabilities(row), distributed.predictProbabilities(row), 0.0);
        }
    }

    @ParameterizedTest(name = "partitions={0}")
    @ValueSource(ints = {2, 7})
    void bagsOfSeededTreesAreTheSingleMachineBags(int partitions) {
        double[][] x = features(5);
        String[] y = labels();
        // a randomised member given as withSeed: the driver sends each member its seeded learner
        BaggingClassifier classifier = BaggingClassifier.of(DecisionTreeClassifier.of().withMaxFeatures(1)::withSeed)
                .withMembers(5).withBootstrapFeatures(true).withOobScore(true).withSeed(8);
        BaggingClassifierModel expected = classifier.fit(Dataset.of(x).withClassLabels(y, "y"));
        BaggingClassifierModel distributed = SparkEnsembles.baggingClassifier(classifier,
                classification(x, y, partitions));
        for (int m = 0; m < 5; m++) {
            assertArrayEquals(ModelFiles.toBytes((DecisionTreeClassifierModel) expected.members().get(m)),
                    ModelFiles.toBytes((DecisionTreeClassifierModel) distributed.members().get(m)));
        }
        for (double[] row : x) {
            assertArrayEquals(expected.predictProbabilities(row), distributed.predictProbabilities(row), 0.0);
        }
        assertArrayEquals(expected.oobProbabilities(), distributed.oobProbabilities());
        double[] t = targets(x);
        BaggingRegressor regressor = BaggingRegressor.of(DecisionTreeRegressor.of().withMaxDepth(4))
                .withMembers(4).withBootstrap(false).withMaxSamples(0.5).withSeed(2);
        BaggingRegressorModel expectedRegressor = regressor.fit(Dataset.of(x).withTargets(t, "y"));
        BaggingRegressorModel distributedRegressor = SparkEnsembles.baggingRegressor(regressor,
                regression(x, t, partitions));
        assertArrayEquals(ModelFiles.toBytes(expectedRegressor), ModelFiles.toBytes(distributedRegressor));
    }

    @Test
    void learnersOfYourOwnAndTooManyCandidateColumnsAreRefused() {
        double[][] x = features(6);
        SparkData data = classification(x, labels(), 2);
        Learner<Regressor> own = rows -> null;
        IllegalArgumentException member = assertThrows(IllegalArgumentException.class, () -> SparkEnsembles
                .baggingRegressor(BaggingRegressor.of(own).withMembers(2), regression(x, targets(x), 2)));
        assertTrue(member.getMessage().startsWith("member must be one of classicml's learners to fit on Spark"),
                member.getMessage());
        IllegalArgumentException width = assertThrows(IllegalArgumentException.class, () -> SparkEnsembles
                .forestClassifier(RandomForestClassifier.of().withMaxFeatures(MaxFeatures.count(4)), data));
        assertEquals("maxFeatures must be <= the number of columns (3), got 4", width.getMessage());
    }
}
