package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.algorithms.ReferenceCsv;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PCA and polynomial features against scikit-learn 1.2.1 ({@code pca_poly.py}). PCA: components with
 * scikit-learn's signs within 1e-9, explained variances, ratios and singular values within 1e-10
 * relative, transformed and reconstructed rows within 1e-9 relative to the row's size; a component whose
 * singular value is 0 (the wide case has rank 5 of 6) is arbitrary and skipped. Polynomial features:
 * names and powers equal, values within 1e-14 relative.
 */
class PcaPolyReferenceTest {

    private static double[] values(String[] line, int skip) {
        return Arrays.stream(line).skip(skip).mapToDouble(Double::parseDouble).toArray();
    }

    private static Pca setting(String name) {
        return switch (name) {
            case "all" -> Pca.of();
            case "k3" -> Pca.of(3);
            case "k3_whiten" -> Pca.of(3).withWhiten(true);
            case "var95" -> Pca.of().withVarianceToKeep(0.95);
            default -> throw new IllegalStateException(name);
        };
    }

    @Test
    void pca_equalsScikitLearn() {
        List<String[]> lines = ReferenceCsv.read("/reference/preprocessing/pca.csv");
        List<double[]> wide = new ArrayList<>();
        for (String[] line : lines) {
            if (line[1].equals("data")) {
                wide.add(values(line, 3));
            }
        }
        int checked = 0;
        for (String[] line : lines) {
            if (line[1].equals("data")) {
                continue;
            }
            Dataset data = switch (line[0]) {
                case "wine" -> Datasets.wine().withoutTargets();
                case "iris" -> Datasets.iris().withoutTargets();
                default -> Dataset.of(wide.toArray(new double[0][]));
            };
            PcaModel m = setting(line[1]).fit(data);
            double[] s = m.singularValues();
            double[] expected = values(line, 3);
            String what = line[2];
            String label = String.join(" ", line[0], line[1], what);
            if (what.startsWith("component")) {
                int c = Integer.parseInt(what.substring(9));
                if (s[c] > 1e-9 * s[0]) {
                    assertArrayEquals(expected, m.components()[c], 1e-9, label);
                    checked++;
                }
                continue;
            }
            double[] got = switch (what) {
                case "explained_variance" -> m.explainedVariance();
                case "explained_variance_ratio" -> m.explainedVarianceRatio();
                case "singular_values" -> s;
                case "noise_variance" -> new double[] {m.noiseVariance()};
                default -> null;
            };
            if (got != null) {
                assertEquals(expected.length, got.length, label);
                for (int j = 0; j < got.length; j++) {
                    assertEquals(expected[j], got[j], 1e-10 * Math.max(Math.abs(expected[j]), 1e-3 * s[0] * s[0] / data.rows()), label + " " + j);
                }
                checked++;
                continue;
            }
            int i = Integer.parseInt(what.replaceAll("[a-z]", ""));
            double[] row = data.row(i);
            double size = Arrays.stream(row).map(Math::abs).max().orElse(1) + 1;
            double[] projected = m.transform(row);
            got = what.startsWith("row") ? projected : m.inverseTransform(projected);
            for (int j = 0; j < got.length; j++) {
                if (what.startsWith("row") && s[j] <= 1e-9 * s[0]) {
                    continue;
                }
                assertEquals(expected[j], got[j], 1e-9 * size, label + " " + j);
            }
            checked++;
        }
        assertTrue(checked > 150, "checked " + checked);
    }

    @Test
    void polynomialFeatures_equalScikitLearn() {
        Dataset x = Dataset.of(new double[][] {{1, 2, 3}, {-0.5, 4, 0.25}, {2, -1, 1.5}}).withColumnNames(List.of("a", "b", "c"));
        int checked = 0;
        for (String[] line : ReferenceCsv.read("/reference/preprocessing/poly.csv")) {
            PolynomialFeatures learner = switch (line[0]) {
                case "d2" -> PolynomialFeatures.of(2);
                case "d3" -> PolynomialFeatures.of(3);
                case "d3_interaction_nobias" -> PolynomialFeatures.of(3).withInteractionOnly(true).withBias(false);
                default -> PolynomialFeatures.of(1).withBias(false);
            };
            PolynomialFeaturesModel m = learner.fit(x);
            List<String> rest = Arrays.asList(line).subList(2, line.length);
            switch (line[1]) {
                case "names" -> assertEquals(rest, m.transform(x).columnNames(), line[0]);
                case "powers" -> assertArrayEquals(rest.stream().mapToInt(Integer::parseInt).toArray(),
                        Arrays.stream(m.powers()).flatMapToInt(Arrays::stream).toArray(), line[0]);
                default -> {
                    double[] expected = values(line, 2);
                    double[] got = m.transform(x.row(Integer.parseInt(line[1].substring(3))));
                    for (int j = 0; j < expected.length; j++) {
                        assertEquals(expected[j], got[j], 1e-14 * Math.max(1, Math.abs(expected[j])), line[0] + " " + line[1]);
                    }
                }
            }
            checked++;
        }
        assertEquals(20, checked);
    }
}
