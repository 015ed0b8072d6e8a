package io.github.classicml.algorithms.selection;

import io.github.classicml.algorithms.ReferenceCsv;
import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every deterministic splitter against scikit-learn 1.2.1's folds, index for index. */
class SplitterReferenceTest {

    @Test
    void deterministicSplitters_equalScikitLearnFolds() {
        Map<String, List<int[][]>> expected = new LinkedHashMap<>();
        for (String[] line : ReferenceCsv.read("/reference/selection/splitter_folds.csv")) {
            if (line[0].equals("id")) {
                continue;
            }
            expected.computeIfAbsent(line[0], id -> new ArrayList<>())
                    .add(new int[][] {ReferenceCsv.ints(line[2]), ReferenceCsv.ints(line[3])});
        }
        int checked = 0;
        for (String[] line : ReferenceCsv.read("/reference/selection/splitter_cases.csv")) {
            if (line[0].equals("id")) {
                continue;
            }
            String id = line[0];
            int rows = Integer.parseInt(line[2]);
            Map<String, Integer> settings = new HashMap<>();
            if (!line[3].isEmpty()) {
                for (String kv : line[3].split(";")) {
                    String[] parts = kv.split("=");
                    settings.put(parts[0], Integer.parseInt(parts[1]));
                }
            }
            int[] labels = line[4].isEmpty() ? null : ReferenceCsv.ints(line[4]);
            Dataset data = Dataset.ofRowMajor(new double[rows], 1);
            Splitter splitter = switch (line[1]) {
                case "KFold" -> KFold.of(settings.get("folds"));
                case "StratifiedKFold" -> StratifiedKFold.of(settings.get("folds"));
                case "GroupKFold" -> GroupKFold.of(settings.get("folds"), labels);
                case "TimeSeriesSplit" -> new TimeSeriesSplit(settings.get("splits"), settings.get("maxTrainSize"),
                        settings.get("testSize"), settings.get("gap"));
                case "LeaveOneOut" -> LeaveOneOut.of();
                default -> throw new IllegalStateException(line[1]);
            };
            if (line[1].equals("StratifiedKFold")) {
                data = data.withClasses(labels);
            }
            List<Fold> folds = splitter.splits(data);
            List<int[][]> want = expected.get(id);
            assertEquals(want.size(), folds.size(), id);
            for (int f = 0; f < folds.size(); f++) {
                assertArrayEquals(want.get(f)[0], folds.get(f).train(), id + " fold " + f + " train");
                assertArrayEquals(want.get(f)[1], folds.get(f).test(), id + " fold " + f + " test");
            }
            if (line[1].equals("TimeSeriesSplit")) {
                assertTrue(Folds.isForwardChaining(folds, settings.get("gap")), id);
            }
            checked++;
        }
        assertEquals(28 - 2, checked);
    }
}
