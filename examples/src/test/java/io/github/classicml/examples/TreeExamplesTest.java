package io.github.classicml.examples;

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

/**
 * The decision-tree examples' key figures: hand arithmetic, the lessons' own invariants, and
 * scikit-learn 1.2.1's first splits of the bundled data sets ({@code DecisionTreeClassifier(criterion=...)
 * .fit(X, y).tree_} over random_state 0..19, on all rows of each CSV).
 */
class TreeExamplesTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void treeDepth_trainingErrorReachesZeroExactlyAtTheFullDepth() throws Exception {
        Report r = new TreeDepthOverfittingExample().run(new ExampleContext(out, dir, true));
        // breast cancer's rows are distinct, so the fully grown tree fits them all; an impure leaf
        // misclassifies at least one row, so no shallower limit reaches zero error
        assertEquals(1.0, r.figure("fullTrainingAccuracy"));
        assertEquals(r.figure("fullDepth"), r.figure("zeroErrorDepth"));
        // splitting a leaf never lowers the majority count: training accuracy rises with depth
        assertEquals(1.0, r.figure("monotoneTraining"));
        assertEquals(398, r.figure("trainingRows"));
        assertTrue(r.figure("bestTestAccuracy") >= r.figure("fullTestAccuracy"));
        assertTrue(r.figure("stumpTrainingAccuracy") < 1.0);
        assertTrue(printed().contains("Training error reaches 0 at depth " + (int) r.figure("fullDepth")), printed());
        Pictures.assertValidAndNotBlank(r.files().get(0));
    }

    @Test
    void giniFirstSplit_rootArithmetic_andTheTieOfIris() throws Exception {
        Report r = new GiniFirstSplitExample().run(new ExampleContext(out, dir, true));
        // 50 rows of each species: 1 - 3 (1/3)^2 = 2/3; setosa apart: 2/3 - 100/150 x (1 - 2 (1/2)^2) = 1/3
        assertEquals(2.0 / 3, r.figure("rootGini"), 1e-15);
        assertEquals(1.0 / 3, r.figure("bestDecrease"), 1e-15);
        // scikit-learn's root over random_state 0..19: petal_length <= 2.45 or petal_width <= 0.8, a tie
        assertEquals(2, r.figure("tiedBest"));
        assertEquals(2, r.figure("bestFeature"));
        assertEquals(2.45, r.figure("bestThreshold"), 1e-6);
        // candidates: the distinct values per column less one: 35 + 23 + 43 + 22 - 4 = 119
        int candidates = 0;
        Dataset iris = Datasets.iris();
        for (int j = 0; j < iris.columns(); j++) {
            candidates += (int) java.util.Arrays.stream(iris.column(j)).distinct().count() - 1;
        }
        assertEquals(candidates, r.figure("candidates"));
        assertTrue(printed().contains("1 - (50^2 + 50^2 + 50^2) / 150^2 = 0.6667"), printed());
        Pictures.assertValidAndNotBlank(r.files().get(0));
    }

    @Test
    void giniVsEntropy_curvesByHand_andScikitLearnsFirstSplits() throws Exception {
        Report r = new GiniVsEntropyExample().run(new ExampleContext(out, dir, true));
        assertEquals(2 * 0.25 * 0.75, r.figure("giniAtQuarter"), 1e-15);
        assertEquals(-(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75)) / Math.log(2), r.figure("entropyAtQuarter"),
                1e-15);
        // scikit-learn: wine gini proline <= 755.0, entropy flavanoids <= 1.575;
        // breast cancer gini worst_radius <= 16.795, entropy worst_perimeter <= 105.95
        Dataset wine = Datasets.wine();
        Dataset cancer = Datasets.breastCancer();
        assertEquals(wine.columnIndex("proline"), r.figure("wineGiniRootFeature"));
        assertEquals(755.0, r.figure("wineGiniRootThreshold"), 1e-9);
        assertEquals(wine.columnIndex("flavanoids"), r.figure("wineEntropyRootFeature"));
        assertEquals(1.575, r.figure("wineEntropyRootThreshold"), 1e-6);
        assertEquals(cancer.columnIndex("worst_radius"), r.figure("breast_cancerGiniRootFeature"));
        assertEquals(16.795, r.figure("breast_cancerGiniRootThreshold"), 1e-6);
        assertEquals(cancer.columnIndex("worst_perimeter"), r.figure("breast_cancerEntropyRootFeature"));
        assertEquals(105.95, r.figure("breast_cancerEntropyRootThreshold"), 1e-6);
        assertTrue(r.figure("wineAgreement") > 0.5);
        for (Path file : r.files()) {
            Pictures.assertValidAndNotBlank(file);
        }
    }
}
