package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.algorithms.neighbors.KnnRegressor;
import io.github.classicml.algorithms.selection.CrossValidation;
import io.github.classicml.algorithms.selection.Fold;
import io.github.classicml.algorithms.selection.KFold;
import io.github.classicml.algorithms.selection.Pipeline;
import io.github.classicml.algorithms.selection.Scorer;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An imputer inside a cross-validated pipeline learns its fill values from each fold's training rows only. */
class ImputerInsideCrossValidationTest {

    @Test
    void imputerInsidePipeline_fillsFromTheFoldsTrainingRowsOnly() {
        // every third row is missing; the last five observed rows are huge, so a mean that saw them is huge
        double[][] x = new double[20][];
        for (int i = 0; i < 20; i++) {
            x[i] = new double[] {i % 3 == 1 ? Double.NaN : (i < 15 ? i : 1e6 + i)};
        }
        Dataset data = Dataset.of(x).withTargets(new double[20], "y");
        List<SimpleImputerModel> fitted = new ArrayList<>();
        Learner<SimpleImputerModel> recording = d -> {
            SimpleImputerModel m = SimpleImputer.of().fit(d);
            fitted.add(m);
            return m;
        };
        List<Fold> folds = KFold.of(4).splits(data);
        CrossValidation.crossValidate(Pipeline.of(recording).regressor(KnnRegressor.of(1)), data, folds,
                List.of(Scorer.meanSquaredError()), 1);
        assertEquals(4, fitted.size());
        for (int f = 0; f < 4; f++) {
            double mean = Arrays.stream(folds.get(f).train()).mapToDouble(i -> x[i][0]).filter(v -> !Double.isNaN(v))
                    .average().orElseThrow();
            assertEquals(mean, fitted.get(f).fillValues()[0], 1e-9 * Math.abs(mean), "fold " + f);
        }
        // the last fold (rows 15-19) trains on rows 0-14: observed 0, 2, 3, 5, 6, 8, 9, 11, 12, 14 -> mean 7
        assertEquals(7, fitted.get(3).fillValues()[0], 1e-12);
        assertTrue(fitted.get(0).fillValues()[0] > 1e5, "fold 0 trains on the huge rows, so its mean is huge");
    }
}
