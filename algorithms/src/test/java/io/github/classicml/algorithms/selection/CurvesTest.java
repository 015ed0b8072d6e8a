package io.github.classicml.algorithms.selection;

import io.github.classicml.algorithms.ReferenceCsv;
import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CurvesTest {

    private static final PipelineClassifier KNN5 = Pipeline.of(StandardScaler.of()).classifier(KnnClassifier.of(5));

    @Test
    void learningAndValidationCurves_equalScikitLearn() {
        Dataset wine = Datasets.wine();
        Curves.Curve learning = Curves.learning(KNN5, wine, StratifiedKFold.of(5), Scorer.accuracy(),
                new int[] {10, 40, 80, 140}, 2);
        Curves.Curve validation = Curves.validation(List.of(1, 3, 9, 25),
                k -> Pipeline.of(StandardScaler.of()).classifier(KnnClassifier.of(k)), wine, StratifiedKFold.of(5),
                Scorer.accuracy(), 2);
        int checked = 0;
        for (String[] line : ReferenceCsv.read("/reference/selection/curves.csv")) {
            if (line[0].equals("curve")) {
                continue;
            }
            Curves.Curve c = line[0].equals("learning") ? learning : validation;
            double x = Double.parseDouble(line[1]);
            int point = 0;
            while (c.x()[point] != x) {
                point++;
            }
            int fold = Integer.parseInt(line[2]);
            assertEquals(Double.parseDouble(line[3]), c.train()[point][fold], 0.0, line[0] + " " + x + " " + fold);
            assertEquals(Double.parseDouble(line[4]), c.test()[point][fold], 0.0, line[0] + " " + x + " " + fold);
            checked++;
        }
        assertEquals(40, checked);
        // k = 1 memorises its training rows: training accuracy 1 on every fold
        assertArrayEquals(new double[] {1, 1, 1, 1, 1}, validation.train()[0], 0.0);
    }

    @Test
    void learning_sameForAnyThreadCount_andRejectsTooLargeSizes() {
        Dataset wine = Datasets.wine();
        Curves.Curve one = Curves.learning(KNN5, wine, KFold.of(3).withShuffle(1), Scorer.accuracy(),
                new int[] {20, 60}, 1);
        Curves.Curve three = Curves.learning(KNN5, wine, KFold.of(3).withShuffle(1), Scorer.accuracy(),
                new int[] {20, 60}, 3);
        assertArrayEquals(one.testMean(), three.testMean(), 0.0);
        assertArrayEquals(one.trainMean(), three.trainMean(), 0.0);
        assertEquals("trainSizes[1] must be in [1, 118] (the smallest training part), got 119",
                assertThrows(IllegalArgumentException.class, () -> Curves.learning(KNN5, wine, KFold.of(3),
                        Scorer.accuracy(), new int[] {5, 119}, 1)).getMessage());
    }
}
