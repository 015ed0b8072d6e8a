package io.github.classicml.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ensemble examples in fast mode: their key figures against hand arithmetic and the lessons' invariants. */
class EnsembleExamplesTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void baggingVariance_theBagVariesLessThanTheTree() throws Exception {
        Report r = new BaggingVarianceExample().run(new ExampleContext(out, dir, true));
        // 25 % of diabetes' 442 rows: ceil(110.5) = 111 test rows
        assertEquals(111, r.figure("testRows"));
        // the variance of a mean of predictions is at most the mean of their variances
        assertTrue(r.figure("bagVariance") < r.figure("treeVariance"));
        assertEquals(r.figure("bagVariance") / r.figure("treeVariance"), r.figure("varianceRatio"), 1e-15);
        assertTrue(r.figure("rowsWithLessVariance") > 111 / 2.0, "rows " + r.figure("rowsWithLessVariance"));
        assertTrue(printed().contains(String.format(Locale.ROOT, "(%.0f%% of the tree's)",
                100 * r.figure("varianceRatio"))), printed());
        Pictures.assertValidAndNotBlank(r.files().get(0));
        // test error = error of the mean prediction + variance, exactly (the mean over training sets of (p - y)²)
        assertEquals(r.figure("treeMse"), r.figure("treeSystematic") + r.figure("treeVariance"), 1e-9 * r.figure("treeMse"));
        assertEquals(r.figure("bagMse"), r.figure("bagSystematic") + r.figure("bagVariance"), 1e-9 * r.figure("bagMse"));
        // the lesson: bagging moves the variance far more than the bias² + noise part
        double varianceDrop = 1 - r.figure("varianceRatio");
        double systematicMove = Math.abs(r.figure("bagSystematic") - r.figure("treeSystematic")) / r.figure("treeSystematic");
        assertTrue(systematicMove < varianceDrop / 2, systematicMove + " vs " + varianceDrop);
        assertTrue(printed().contains("Bagging reduces variance, not bias"), printed());
    }

    @Test
    void baggingVsBoosting_accuraciesAreCountsOfTheTestRows_andTheCurvesEndAtTheModels() throws Exception {
        Report r = new BaggingBoostingForestExample().run(new ExampleContext(out, dir, true));
        // 30 % of 569 rows, stratified: 171 test rows; every accuracy is a count over 171
        assertEquals(171, r.figure("testRows"));
        for (String name : new String[] {"treeAccuracy", "baggingAccuracy", "forestAccuracy", "boostingAccuracy",
                "adaBoostAccuracy"}) {
            double correct = r.figure(name) * 171;
            assertEquals(Math.rint(correct), correct, 1e-9, name);
        }
        // the curves add members one by one; with all of them they are the models (one row may tie)
        assertEquals(r.figure("baggingAccuracy"), r.figure("baggingCurveLast"), 1.0 / 171 + 1e-12);
        assertEquals(r.figure("forestAccuracy"), r.figure("forestCurveLast"), 1.0 / 171 + 1e-12);
        assertEquals(r.figure("boostingAccuracy"), r.figure("boostingCurveLast"), 1.0 / 171 + 1e-12);
        // more trees do not make the forest overfit: with all of them it is within two test rows of its best
        // accuracy after a fifth of the trees
        assertTrue(r.figure("forestCurveLast") >= r.figure("forestCurveHighAfterFifth") - 2.0 / 171,
                r.figure("forestCurveLast") + " vs " + r.figure("forestCurveHighAfterFifth"));
        assertTrue(printed().contains("More trees do not make a random forest overfit"), printed());
        Pictures.assertValidAndNotBlank(r.files().get(0));
    }

    @Test
    void featureImportance_mdiRewardsTheHighCardinalityNoise_permutationDoesNot() throws Exception {
        Report r = new FeatureImportanceExample().run(new ExampleContext(out, dir, true));
        assertEquals(1.0, r.figure("mdiSum"), 1e-12);
        // a column with a distinct value per row earns impurity decrease from splits that memorise rows;
        // a coin flip offers one threshold
        assertTrue(r.figure("noiseMdi") > r.figure("coinMdi"), "noise " + r.figure("noiseMdi"));
        assertTrue(r.figure("realColumnsBelowNoise") >= 1, "real columns below the noise: " + r.figure("realColumnsBelowNoise"));
        // on held-out rows the noise carries nothing: shuffling it moves at most a few of the 171 rows
        assertTrue(Math.abs(r.figure("noisePermutation")) <= 3.0 / 171, "noise " + r.figure("noisePermutation"));
        assertTrue(printed().contains("MDI ranks the pure-noise column " + (int) r.figure("noiseMdiRank") + " of 32"), printed());
        for (Path file : r.files()) {
            Pictures.assertValidAndNotBlank(file);
        }
    }
}
