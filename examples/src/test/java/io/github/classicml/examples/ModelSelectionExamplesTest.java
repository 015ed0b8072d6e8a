package io.github.classicml.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model-selection examples, in fast mode. The scikit-learn figures come from
 * {@code algorithms/src/test/resources/reference/selection/examples_reference.py} (README there).
 */
class ModelSelectionExamplesTest {

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
    void forwardChaining_equalsScikitLearn_andTheShuffledScoreIsTooGood() throws Exception {
        Report r = run(new ForwardChainingExample());
        // scikit-learn: KNeighborsRegressor(5) on the 6-lag sunspot rows, TimeSeriesSplit(5), RMSE per fold
        // 25.7497, 10.6945, 14.4531, 23.3116, 21.3864; mean 19.119051292525278
        assertEquals(19.119051292525278, r.figure("forwardRmse"), 1e-9);
        assertEquals(25.749670444493074, r.figure("forwardFold0Rmse"), 1e-9);
        assertEquals(1, r.figure("forwardPasses"));
        assertEquals(0, r.figure("shuffledPasses"));
        // the lesson's invariant: the leaked estimate is lower, and the printed share is 1 - leaked / honest
        assertTrue(r.figure("shuffledRmse") < r.figure("forwardRmse"));
        assertEquals(1 - r.figure("shuffledRmse") / r.figure("forwardRmse"), r.figure("optimism"), 1e-15);
        assertTrue(printed().contains("lower than forward chaining: it is too good"), printed());
    }

    @Test
    void biasVariance_termsAddUp_andComplexityTradesOneForTheOther() throws Exception {
        Report r = run(new BiasVarianceExample());
        assertTrue(r.figure("worstGap") < 1e-12, "gap " + r.figure("worstGap"));
        assertTrue(r.figure("varianceK1") > 5 * r.figure("varianceKMax"));
        assertTrue(r.figure("bias2KMax") > 20 * r.figure("bias2K1"));
        // noise variance 0.3² = 0.09, estimated with divisor S = 100 draws: expectation 0.09 * 99 / 100;
        // sd per point 0.09 sqrt(2 / 100) = 0.0127, over 50 points 0.0018
        assertEquals(0.09 * 99 / 100, r.figure("noiseK1"), 5 * 0.0018);
        assertTrue(r.figure("bestK") > 1 && r.figure("bestK") < 60, "best k " + r.figure("bestK"));
        // high bias is the underfitting end (large k), where bias² outweighs the variance
        assertTrue(r.figure("bias2KMax") > r.figure("varianceKMax"));
        assertTrue(r.figure("varianceK1") > r.figure("bias2K1"));
    }

    @Test
    void nestedCrossValidation_equalsScikitLearnGridSearchCv() throws Exception {
        Report r = run(new NestedCrossValidationExample());
        // scikit-learn: GridSearchCV(Pipeline(StandardScaler, KNeighborsClassifier), k in 1..45, StratifiedKFold(5))
        assertEquals(7, r.figure("bestK"));
        assertEquals(0.9665079365079364, r.figure("bestScore"), 1e-12);
        // cross_val_score(search, cv=StratifiedKFold(5)).mean()
        assertEquals(0.9552380952380952, r.figure("nestedMean"), 1e-12);
        assertTrue(printed().contains("chose k = 5, 31, 21, 21, 31"), printed());
    }

    @Test
    void parametersVsHyperparameters_countsAndHandArithmetic() throws Exception {
        Report r = run(new ParametersVsHyperparametersExample());
        assertEquals(4, r.figure("hyperparameters"));
        // 4 means + 4 scales + 3 priors + 3 x 4 class means + 3 x 4 class variances
        assertEquals(4 + 4 + 3 + 12 + 12, r.figure("parameters"));
        // iris sepal length: sum 876.5 over 150 rows; even rows: sum 438.0 over 75 rows
        assertEquals(876.5 / 150, r.figure("scalerMean0"), 1e-12);
        assertEquals(438.0 / 75, r.figure("scalerMean0EvenRows"), 1e-12);
        // smoothing adds 0.5 x the largest column variance, which is 1 after standardising
        assertEquals(r.figure("setosaVariance0") + 0.5, r.figure("setosaVariance0Smoothed"), 1e-9);
    }
}
