package io.github.classicml.examples;

import io.github.classicml.algorithms.cluster.ClusterCount;
import io.github.classicml.algorithms.cluster.KMeans;
import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.algorithms.preprocessing.StandardScalerModel;
import io.github.classicml.algorithms.selection.TrainTestSplit;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The k-nearest-neighbour and k-means examples, in fast mode, with their key figures. */
class NeighborsAndClusteringExamplesTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private Report run(Example example) throws java.io.IOException {
        Report report = example.run(new ExampleContext(out, dir, true));
        assertTrue(!report.files().isEmpty(), example.name() + " writes a picture");
        for (Path file : report.files()) {
            Pictures.assertValidAndNotBlank(file);
        }
        return report;
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void knnVsKMeans_kmeansFindsSpeciesWithoutLabels() throws Exception {
        Report r = run(new KnnVsKMeansExample());
        assertTrue(r.figure("knnAccuracy") > 0.9, "accuracy " + r.figure("knnAccuracy"));
        // k-means on iris: 134 of 150 rows in their cluster's majority species; scikit-learn's best inertia 78.85
        assertEquals(134 / 150.0, r.figure("kmeansPurity"), 1e-12);
        assertEquals(78.851441426146, r.figure("kmeansInertia"), 1e-9);
        assertEquals(2, r.files().size());
    }

    @Test
    void featureScaling_raisesWineAccuracyByMoreThanTwentyPoints() throws Exception {
        Report r = run(new FeatureScalingKnnExample());
        assertTrue(r.figure("accuracyScaled") - r.figure("accuracyUnscaled") > 0.2,
                r.figure("accuracyUnscaled") + " -> " + r.figure("accuracyScaled"));
        assertTrue(r.figure("scaleRatio") > 1000, "ratio " + r.figure("scaleRatio"));
        assertTrue(printed().contains("decided almost entirely by proline"), printed());
        // the test accuracy is that of the k chosen on the training rows, computed here again from scratch
        Dataset wine = Datasets.wine();
        TrainTestSplit.Indices split = TrainTestSplit.of(0.3).withStratification().withSeed(42).split(wine);
        StandardScalerModel scaler = StandardScaler.of().fit(split.trainData(wine));
        Dataset test = scaler.transform(split.testData(wine));
        int[] predicted = KnnClassifier.of((int) r.figure("chosenKScaled")).fit(scaler.transform(split.trainData(wine)))
                .predict(test);
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            correct += predicted[i] == test.classOf(i) ? 1 : 0;
        }
        assertEquals((double) correct / test.rows(), r.figure("accuracyScaled"), 1e-15);
        assertTrue(printed().contains("choosing k on them would do exactly that"), printed());
    }

    @Test
    void euclideanVsManhattan_handWorkedDistances_andCloseAccuracies() throws Exception {
        Report r = run(new EuclideanVsManhattanExample());
        assertTrue(printed().contains("sqrt(3^2 + 4^2) = 5"), printed());
        assertTrue(printed().contains("|3| + |4|       = 7"), printed());
        assertTrue(Math.abs(r.figure("accuracyEuclidean") - r.figure("accuracyManhattan")) < 0.05);
        assertTrue(r.figure("accuracyEuclidean") > 0.9 && r.figure("accuracyManhattan") > 0.9);
        assertTrue(r.figure("neighbourSetsDiffer") > 0.2);
    }

    @Test
    void curseOfDimensionality_contrastShrinks_andNoiseColumnsHurtKnn() throws Exception {
        Report r = run(new CurseOfDimensionalityExample());
        assertTrue(r.figure("ratioDimension2") > 20, "d = 2: " + r.figure("ratioDimension2"));
        assertTrue(r.figure("ratioDimension1000") < 1.2, "d = 1000: " + r.figure("ratioDimension1000"));
        assertTrue(r.figure("accuracyNoNoise") > 0.9);
        // the fall is larger than twice the spread over splits: not an accident of one split
        assertTrue(r.figure("accuracyNoNoise") - r.figure("accuracy100NoiseColumns")
                > 2 * r.figure("accuracySpread100NoiseColumns"), r.figure("accuracy100NoiseColumns") + " ± "
                + r.figure("accuracySpread100NoiseColumns"));
    }

    @Test
    void choosingK_silhouettePeaksAtThreeCultivars() throws Exception {
        Report r = run(new ChoosingKExample());
        assertEquals(3, r.figure("bestSilhouetteK"));
        // scikit-learn: KMeans(3, n_init=10) on standardised wine, inertia 1277.93, silhouette 0.285
        assertEquals(1277.928488844643, r.figure("inertiaK3"), 1e-6);
        assertEquals(0.285, r.figure("silhouetteK3"), 1e-3);
        assertEquals(2, r.files().size());
        // the elbow claim, derived here from the inertias themselves: the k whose drop is the most times
        // larger than the next one, and whether any later drop exceeds the one before it
        Dataset wine = Datasets.wine();
        double[] inertia = ClusterCount.elbow(KMeans.of(1).withSeed(0),
                StandardScaler.of().fit(wine).transform(wine.withoutTargets()), 10);
        int elbow = 2;
        double sharpest = 0;
        for (int k = 2; k < 10; k++) {
            double ratio = (inertia[k - 2] - inertia[k - 1]) / (inertia[k - 1] - inertia[k]);
            if (ratio > sharpest) {
                sharpest = ratio;
                elbow = k;
            }
        }
        int rises = 0;
        for (int k = elbow + 1; k < 10; k++) {
            rises += inertia[k - 1] - inertia[k] > inertia[k - 2] - inertia[k - 1] ? 1 : 0;
        }
        assertEquals(elbow, r.figure("elbowK"));
        assertEquals(rises, r.figure("dropsRiseAfterElbow"));
        assertTrue(printed().contains("Elbow: the drop shrinks most sharply after k = " + elbow), printed());
        assertTrue(printed().contains(rises == 0 ? "keep shrinking" : "do not shrink steadily"), printed());
    }

    @Test
    void kmeansTrace_inertiaFallsEveryIteration() throws Exception {
        Report r = run(new KMeansTraceExample());
        assertEquals(1, r.figure("inertiaNeverIncreased"));
        assertEquals(8, r.figure("iterations"));
        assertTrue(r.figure("finalInertia") < r.figure("firstInertia") / 40);
        assertTrue(printed().contains("the second wins no row"), printed());
    }
}
