package io.github.classicml.algorithms.selection;

import io.github.classicml.algorithms.ReferenceCsv;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ModelComparisonTest {

    @Test
    void mcNemar_equalsStatsmodels() {
        int checked = 0;
        for (String[] line : ReferenceCsv.read("/reference/selection/mcnemar.csv")) {
            if (line[0].equals("b")) {
                continue;
            }
            int b = Integer.parseInt(line[0]);
            int c = Integer.parseInt(line[1]);
            ModelComparison.TestResult exact = ModelComparison.mcNemar(b, c, true);
            ModelComparison.TestResult chi2 = ModelComparison.mcNemar(b, c, false);
            assertEquals(Double.parseDouble(line[2]), exact.statistic(), 0.0);
            assertEquals(Double.parseDouble(line[3]), exact.pValue(), 1e-12);
            assertEquals(Double.parseDouble(line[4]), chi2.statistic(), 1e-12);
            assertEquals(Double.parseDouble(line[5]), chi2.pValue(), 1e-12);
            checked++;
        }
        assertEquals(8, checked);
    }

    @Test
    void mcNemar_handWorked_fromPredictions() {
        // rows: first right & second wrong at 0, 1, 2 (b = 3); first wrong & second right at 3 (c = 1)
        int[] actual = {0, 1, 1, 0, 1, 0};
        int[] first = {0, 1, 1, 1, 1, 1};
        int[] second = {1, 0, 0, 0, 1, 1};
        ModelComparison.TestResult r = ModelComparison.mcNemar(actual, first, second, false);
        // (|3 - 1| - 1)² / (3 + 1) = 1/4
        assertEquals(0.25, r.statistic(), 0.0);
        assertEquals(2, r.difference(), 0.0);
        // exact: 2 P(Binomial(4, 1/2) <= 1) = 2 (1 + 4) / 16 = 0.625
        assertEquals(0.625, ModelComparison.mcNemar(actual, first, second, true).pValue(), 1e-15);
        assertEquals(1.0, ModelComparison.mcNemar(actual, first, first, true).pValue(), 0.0);
    }

    @Test
    void correctedResampledTTest_equalsScipyFormula() {
        int checked = 0;
        for (String[] line : ReferenceCsv.read("/reference/selection/corrected_ttest.csv")) {
            if (line[0].equals("train")) {
                continue;
            }
            ModelComparison.TestResult r = ModelComparison.correctedResampledTTest(ReferenceCsv.doubles(line[2]),
                    ReferenceCsv.doubles(line[3]), Integer.parseInt(line[0]), Integer.parseInt(line[1]));
            assertEquals(Double.parseDouble(line[4]), r.statistic(), 1e-10);
            assertEquals(Double.parseDouble(line[5]), r.degreesOfFreedom(), 0.0);
            assertEquals(Double.parseDouble(line[6]), r.pValue(), 1e-10);
            checked++;
        }
        assertEquals(3, checked);
    }

    @Test
    void correctedResampledTTest_handWorked() {
        // differences 0.1, 0.2, 0.3: mean 0.2, sample variance 0.01; J = 3, test/train = 1/4
        // t = 0.2 / sqrt((1/3 + 1/4) * 0.01) = 0.2 / sqrt(0.0058333) = 2.6186
        ModelComparison.TestResult r = ModelComparison.correctedResampledTTest(new double[] {0.9, 0.8, 0.9},
                new double[] {0.8, 0.6, 0.6}, 80, 20);
        assertEquals(0.2 / Math.sqrt((1.0 / 3 + 0.25) * 0.01), r.statistic(), 1e-12);
        assertEquals(2, r.degreesOfFreedom(), 0.0);
        // the uncorrected paired t would be 0.2 / sqrt(0.01 / 3) = 3.46: the correction makes it smaller
        assertEquals(true, r.statistic() < 0.2 / Math.sqrt(0.01 / 3));
        assertEquals("first - second must vary across folds, got the same difference 0.25 on every fold; the t-test"
                + " is undefined", assertThrows(IllegalArgumentException.class, () -> ModelComparison
                        .correctedResampledTTest(new double[] {0.5, 0.75}, new double[] {0.25, 0.5}, 8, 2)).getMessage());
        assertEquals("first has 2 entries but second has 3", assertThrows(IllegalArgumentException.class,
                () -> ModelComparison.correctedResampledTTest(new double[2], new double[3], 8, 2)).getMessage());
    }
}
