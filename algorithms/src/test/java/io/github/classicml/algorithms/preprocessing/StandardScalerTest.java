package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.algorithms.ReferenceCsv;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.core.testing.TransformerContract;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class StandardScalerTest implements TransformerContract<StandardScalerModel> {

    @Override
    public Learner<StandardScalerModel> learner() {
        return StandardScaler.of();
    }

    @Override
    public double[] answerRow(StandardScalerModel model, double[] row) {
        return model.transform(row);
    }

    @Override
    public double[][] answerBatch(StandardScalerModel model, Dataset data) {
        return model.transform(data).toArray();
    }

    @Test
    void handWorked() {
        // column 0: 1, 3 -> mean 2, population std 1; column 1 constant 5 -> scale 1
        Dataset d = Dataset.of(new double[][] {{1, 5}, {3, 5}}).withTargets(new double[] {10, 20}, "y");
        StandardScalerModel m = StandardScaler.of().fit(d);
        assertArrayEquals(new double[] {2, 5}, m.means(), 0.0);
        assertArrayEquals(new double[] {1, 0}, m.variances(), 0.0);
        assertArrayEquals(new double[] {1, 1}, m.scales(), 0.0);
        Dataset z = m.transform(d);
        assertArrayEquals(new double[] {-1, 0, 1, 0}, z.features(), 0.0);
        assertArrayEquals(new double[] {10, 20}, z.targets(), 0.0);
        assertEquals(d.columnNames(), z.columnNames());
        assertArrayEquals(new double[] {3, 0}, m.transform(new double[] {5, 5}), 0.0);
        // only centring, only scaling
        assertArrayEquals(new double[] {-1, 0}, new StandardScaler(true, false).fit(d).transform(new double[] {1, 5}), 0.0);
        assertArrayEquals(new double[] {1, 5}, new StandardScaler(false, true).fit(d).transform(new double[] {1, 5}), 0.0);
    }

    @Test
    void fit_equalsScikitLearn() {
        List<String[]> lines = ReferenceCsv.read("/reference/preprocessing/standard_scaler.csv");
        for (String name : List.of("wine", "breast_cancer", "constant")) {
            Dataset data = switch (name) {
                case "wine" -> Datasets.wine().withoutTargets();
                case "breast_cancer" -> Datasets.breastCancer().withoutTargets();
                default -> Dataset.of(new double[][] {{1, 7, 0.1}, {2, 7, 0.2}, {4, 7, 0.3}, {8, 7, 0.1}});
            };
            StandardScalerModel m = StandardScaler.of().fit(data);
            for (String[] line : lines) {
                if (!line[0].equals(name)) {
                    continue;
                }
                double[] expected = Arrays.stream(line).skip(2).mapToDouble(Double::parseDouble).toArray();
                double[] got = switch (line[1]) {
                    case "mean" -> m.means();
                    case "var" -> m.variances();
                    case "scale" -> m.scales();
                    default -> m.transform(data.row(Integer.parseInt(line[1].substring(3))));
                };
                for (int j = 0; j < expected.length; j++) {
                    assertEquals(expected[j], got[j], 1e-12 * Math.max(1, Math.abs(expected[j])),
                            name + " " + line[1] + " column " + j);
                }
            }
        }
    }
}
