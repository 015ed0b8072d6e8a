package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.algorithms.ReferenceCsv;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MinMax, robust and max-abs scalers against scikit-learn 1.2.1 ({@code scalers.py}), 1e-12 relative. */
class ScalersReferenceTest {

    static Dataset referenceCase(String name) {
        return switch (name) {
            case "wine" -> Datasets.wine().withoutTargets();
            case "small" -> Dataset.of(new double[][] {{1, 7, -0.5, 0}, {2, 7, 0.25, 0}, {4, 7, -3, 0},
                {8, 7, 0.125, 0}, {1000, 7, 2, 0}, {3, 7, 0.75, 0}});
            default -> throw new IllegalArgumentException(name);
        };
    }

    @Test
    void scalers_equalScikitLearn_andInverseRecoversTheRows() {
        int checked = 0;
        for (String[] line : ReferenceCsv.read("/reference/preprocessing/scalers.csv")) {
            Dataset data = referenceCase(line[0]);
            double[] expected = Arrays.stream(line).skip(3).mapToDouble(Double::parseDouble).toArray();
            double[] got;
            String what = line[2];
            switch (line[1]) {
                case "minmax", "minmax_m2_3" -> {
                    MinMaxScalerModel m = (line[1].equals("minmax") ? MinMaxScaler.of()
                            : MinMaxScaler.of().withRange(-2, 3)).fit(data);
                    got = switch (what) {
                        case "data_min_" -> m.dataMin();
                        case "data_max_" -> m.dataMax();
                        case "scale_" -> m.scales();
                        case "min_" -> m.offsets();
                        default -> row(m.transform(data.row(rowIndex(what))), m.inverseTransform(expected), data, what);
                    };
                }
                case "robust", "robust_10_90", "robust_33_41" -> {
                    RobustScaler learner = switch (line[1]) {
                        case "robust" -> RobustScaler.of();
                        case "robust_10_90" -> RobustScaler.of().withQuantileRange(10, 90);
                        default -> RobustScaler.of().withQuantileRange(33, 41.5).withCentre(false);
                    };
                    RobustScalerModel m = learner.fit(data);
                    got = switch (what) {
                        case "center_" -> m.centres();
                        case "scale_" -> m.scales();
                        default -> row(m.transform(data.row(rowIndex(what))), m.inverseTransform(expected), data, what);
                    };
                }
                case "maxabs" -> {
                    MaxAbsScalerModel m = MaxAbsScaler.of().fit(data);
                    got = switch (what) {
                        case "max_abs_" -> m.maxAbs();
                        case "scale_" -> m.scales();
                        default -> row(m.transform(data.row(rowIndex(what))), m.inverseTransform(expected), data, what);
                    };
                }
                default -> throw new IllegalStateException(line[1]);
            }
            assertEquals(expected.length, got.length);
            for (int j = 0; j < expected.length; j++) {
                assertEquals(expected[j], got[j], 1e-12 * Math.max(1, Math.abs(expected[j])),
                        String.join(" ", line[0], line[1], what, "column " + j));
            }
            checked++;
        }
        assertTrue(checked > 90, "read " + checked + " reference lines");
    }

    private static int rowIndex(String what) {
        return Integer.parseInt(what.substring(3));
    }

    /** Checks the inverse of scikit-learn's transformed row against the data, returns our transformed row. */
    private static double[] row(double[] transformed, double[] inverted, Dataset data, String what) {
        double[] original = data.row(rowIndex(what));
        for (int j = 0; j < original.length; j++) {
            assertEquals(original[j], inverted[j], 1e-12 * Math.max(1, Math.abs(original[j])), what + " inverse " + j);
        }
        return transformed;
    }

    @Test
    void standardScaler_inverseTransform_recoversWine() {
        Dataset wine = Datasets.wine();
        StandardScalerModel m = StandardScaler.of().fit(wine);
        Dataset back = m.inverseTransform(m.transform(wine));
        double[] x = wine.features();
        double[] y = back.features();
        for (int k = 0; k < x.length; k++) {
            assertEquals(x[k], y[k], 1e-12 * Math.max(1, Math.abs(x[k])));
        }
        assertArrayEquals(wine.classes(), back.classes());
        assertEquals(wine.columnNames(), back.columnNames());
    }

    @Test
    void percentile_handWorked() {
        // 1 2 4 8: position 0.25·3 = 0.75 -> 1 + (2-1)·0.75 = 1.75; position 0.75·3 = 2.25 -> 4 + 4·0.25 = 5
        double[] s = {1, 2, 4, 8};
        assertEquals(1.75, ColumnStatistics.percentile(s, 25), 0.0);
        assertEquals(5.0, ColumnStatistics.percentile(s, 75), 0.0);
        assertEquals(3.0, ColumnStatistics.median(s), 0.0);
        assertEquals(List.of(1.0, 8.0), List.of(ColumnStatistics.percentile(s, 0), ColumnStatistics.percentile(s, 100)));
    }
}
