package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.core.testing.RegressorContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StepwiseRegressionTest implements RegressorContract<StepwiseModel> {

    @Override
    public Learner<StepwiseModel> learner() {
        return StepwiseRegression.of();
    }

    @Override
    public int minimumRows() {
        return 3;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"FORWARD, aic", "FORWARD, bic", "BACKWARD, aic", "BACKWARD, bic"})
    void steps_equalStatsmodels(StepwiseRegression.Direction direction, String criterion) {
        Reference ref = Reference.read("stepwise_statsmodels_diabetes.txt");
        String key = direction.name().toLowerCase() + "." + criterion;
        double[] columns = ref.get(key + ".columns");
        double[] scores = ref.get(key + ".scores");
        StepwiseModel m = StepwiseRegression.of().withDirection(direction)
                .withCriterion(criterion.equals("aic") ? StepwiseRegression.Criterion.AIC : StepwiseRegression.Criterion.BIC)
                .fit(Datasets.diabetes());
        Reference.assertRelative(scores[0], m.startScore(), 1e-10, "start");
        List<StepwiseModel.Step> steps = m.steps();
        assertEquals(columns.length - 1, steps.size(), "number of steps");
        for (int k = 0; k < steps.size(); k++) {
            assertEquals((int) columns[k + 1], steps.get(k).column(), "step " + k);
            assertEquals(direction == StepwiseRegression.Direction.FORWARD, steps.get(k).added());
            Reference.assertRelative(scores[k + 1], steps.get(k).score(), 1e-10, "score of step " + k);
        }
        double last = scores[scores.length - 1];
        LinearRegressionModel chosen = m.model();
        Reference.assertRelative(last, criterion.equals("aic") ? chosen.aic() : chosen.bic(), 1e-10, "final model");
    }

    @Test
    void callerCriterion_isUsed() {
        // a criterion that only rewards fewer columns, plus a large penalty unless column 2 (bmi) is in
        StepwiseRegression.Criterion bmiOnly = (candidate, intercept) ->
                candidate.columns() + (candidate.columnNames().contains("bmi") ? 0 : 100);
        StepwiseModel m = StepwiseRegression.of().withCriterion(bmiOnly).fit(Datasets.diabetes());
        assertArrayEquals(new int[] {2}, m.selectedColumns());
        assertEquals(1, m.steps().size());
        assertEquals(1.0, m.steps().get(0).score());
    }

    @Test
    void predict_usesOnlyTheChosenColumns() {
        Dataset data = Datasets.diabetes();
        StepwiseModel m = StepwiseRegression.of().fit(data);
        double[] row = data.row(0);
        double[] picked = new double[m.selectedColumns().length];
        for (int k = 0; k < picked.length; k++) {
            picked[k] = row[m.selectedColumns()[k]];
        }
        assertEquals(m.model().predict(picked), m.predict(row));
        assertTrue(m.toString().startsWith("StepwiseModel(forward by AIC: 6 of 10 columns"), m.toString());
    }

    @Test
    void stepwise_moreColumnsThanItsLimit_refusedWithTheLimit() {
        double[][] x = new double[5][1001];
        double[] y = new double[5];
        for (int i = 0; i < 5; i++) {
            x[i][0] = i;
            y[i] = i;
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StepwiseRegression.of().fit(Dataset.of(x).withTargets(y, "y")));
        assertEquals("columns must be <= 1000 for stepwise selection, got 1001; it fits O(columns^2) least-squares "
                + "models, so select candidate columns first", e.getMessage());
    }
}
