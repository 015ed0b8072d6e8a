package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.algorithms.ReferenceCsv;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Transformer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Simple and kNN imputation against scikit-learn 1.2.1 ({@code imputers.py}), 1e-12 relative. */
class ImputersReferenceTest {

    private static double[] values(String[] line) {
        return Arrays.stream(line).skip(3).mapToDouble(v -> v.equals("nan") ? Double.NaN : Double.parseDouble(v)).toArray();
    }

    static Map<String, Dataset> cases(List<String[]> lines) {
        Map<String, List<double[]>> rows = new LinkedHashMap<>();
        for (String[] line : lines) {
            if (line[1].equals("data")) {
                rows.computeIfAbsent(line[0], k -> new ArrayList<>()).add(values(line));
            }
        }
        Map<String, Dataset> out = new LinkedHashMap<>();
        rows.forEach((k, v) -> out.put(k, Dataset.of(v.toArray(new double[0][]))));
        return out;
    }

    private static Transformer fit(String imputer, Dataset data) {
        return switch (imputer) {
            case "mean" -> SimpleImputer.of().fit(data);
            case "median" -> SimpleImputer.of().withStrategy(SimpleImputer.Strategy.MEDIAN).fit(data);
            case "most_frequent" -> SimpleImputer.of().withStrategy(SimpleImputer.Strategy.MOST_FREQUENT).fit(data);
            case "constant" -> SimpleImputer.of().withConstant(-7.5).withIndicator(true).fit(data);
            case "mean_indicator" -> SimpleImputer.of().withIndicator(true).fit(data);
            case "knn5" -> KnnImputer.of().fit(data);
            case "knn3_distance" -> KnnImputer.of().withNeighbours(3).withWeighting(KnnImputer.Weighting.DISTANCE).fit(data);
            case "knn1_indicator" -> KnnImputer.of().withNeighbours(1).withIndicator(true).fit(data);
            default -> throw new IllegalStateException(imputer);
        };
    }

    @Test
    void imputations_andDistances_equalScikitLearn() {
        List<String[]> lines = ReferenceCsv.read("/reference/preprocessing/imputers.csv");
        Map<String, Dataset> cases = cases(lines);
        int checked = 0;
        for (String[] line : lines) {
            if (line[1].equals("data")) {
                continue;
            }
            Dataset data = cases.get(line[0]);
            double[] expected = values(line);
            double[] got;
            int i = line[2].startsWith("row") ? Integer.parseInt(line[2].substring(3)) : -1;
            if (line[1].equals("nan_euclidean")) {
                got = new double[expected.length];
                for (int k = 0; k < got.length; k++) {
                    got[k] = KnnImputer.nanEuclidean(data.row(i), data.row(3 + k));
                }
            } else {
                Transformer model = fit(line[1], data);
                got = i < 0 ? ((SimpleImputerModel) model).fillValues() : model.transform(data.row(i));
            }
            assertEquals(expected.length, got.length, String.join(" ", line[0], line[1], line[2]));
            // scikit-learn's distances come from |x|^2 - 2x.y + |y|^2 (cancellation), ours from the differences
            double tolerance = line[1].equals("nan_euclidean") ? 1e-10 : 1e-12;
            for (int j = 0; j < expected.length; j++) {
                assertEquals(expected[j], got[j], tolerance * Math.max(1, Math.abs(expected[j])),
                        String.join(" ", line[0], line[1], line[2], "column " + j));
            }
            checked++;
        }
        assertTrue(checked > 300, "checked " + checked);
    }
}
