package io.github.classicml.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExamplesTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void examples_haveDistinctLowerCaseNames() {
        Set<String> names = new HashSet<>();
        for (Example e : Launcher.EXAMPLES) {
            assertTrue(e.name().matches("[a-z0-9]+(-[a-z0-9]+)*"), e.name());
            assertTrue(names.add(e.name()), "duplicate " + e.name());
            assertTrue(!e.question().isBlank());
        }
    }

    @Test
    void knnIris_printsConfusionMatrix_andAccuracyAbove90Percent() throws Exception {
        Report r = new KnnIrisExample().run(new ExampleContext(out, dir, true));
        assertEquals(45, r.figure("testRows"));
        // the stratified seed-42 split; scikit-learn's own split gives 0.978 (KnnClassifierTest)
        assertTrue(r.figure("accuracy") > 0.9, "accuracy " + r.figure("accuracy"));
        assertTrue(printed().contains("actual \\ predicted      setosa  versicolor   virginica"), printed());
        assertTrue(printed().contains("accuracy = correct / total = "), printed());
        Pictures.assertValidAndNotBlank(r.files().get(0));
    }

    @Test
    void launcher_noArguments_listsEveryExample() {
        assertEquals(0, Launcher.run(new String[0], out, out));
        for (Example e : Launcher.EXAMPLES) {
            assertTrue(printed().contains(e.name()), e.name());
        }
    }

    @Test
    void launcher_namesTheKernelPath() {
        assertEquals(0, Launcher.run(new String[] {"list"}, out, out));
        assertTrue(printed().contains("kernels: " + io.github.classicml.core.linalg.Kernels.description()), printed());
    }

    @Test
    void launcher_unknownName_failsWithTheList() {
        assertEquals(2, Launcher.run(new String[] {"nope"}, out, out));
        assertTrue(printed().contains("example must be one of [knn-iris"), printed());
        assertTrue(printed().contains("got \"nope\""), printed());
    }

    @Test
    void launcher_tour_runsEveryExample_andEachWritesValidPictures() throws Exception {
        assertEquals(0, Launcher.run(new String[] {"--out", dir.toString(), "tour"}, out, out));
        for (Example e : Launcher.EXAMPLES) {
            assertTrue(printed().contains(e.name() + ": " + e.question()), e.name());
        }
        // every example writes at least one picture, and every picture decodes and is not blank
        String[] blocks = printed().split("={78}\\R");
        int checked = 0;
        for (String line : printed().split("\\R")) {
            if (line.startsWith("wrote ")) {
                Pictures.assertValidAndNotBlank(Path.of(line.substring("wrote ".length())));
                checked++;
            }
        }
        assertTrue(checked >= Launcher.EXAMPLES.size(), "pictures " + checked);
        for (int i = 2; i < blocks.length; i += 2) {
            assertTrue(blocks[i].contains("wrote "), "no picture after " + blocks[i - 1]);
        }
    }

    @Test
    void plots_savePng_writesAPngFile() throws Exception {
        XYChart chart = new XYChart(200, 150);
        chart.addSeries("line", new double[] {0, 1}, new double[] {0, 1});
        Path file = Plots.savePng(chart, new ExampleContext(out, dir.resolve("sub"), true), "line");
        byte[] head = Files.readAllBytes(file);
        assertEquals((byte) 0x89, head[0]);
        assertEquals('P', head[1]);
        assertEquals('N', head[2]);
        assertEquals('G', head[3]);
    }

    @Test
    void typeIAndII_workedExample_recall20_specificity30_precision22() throws Exception {
        Report r = new TypeIAndIIErrorsExample().run(new ExampleContext(out, dir, true));
        // TP 10, FN 40, TN 15, FP 35
        assertEquals(10.0 / 50, r.figure("recall"));
        assertEquals(15.0 / 50, r.figure("specificity"));
        assertEquals(10.0 / 45, r.figure("precision"));
        assertEquals(35, r.figure("typeIErrors"));
        assertEquals(40, r.figure("typeIIErrors"));
        assertTrue(printed().contains("recall = TP / (TP + FN) = 10 / 50 = 0.200   (20 %)"), printed());
        assertTrue(printed().contains("specificity = TN / (TN + FP) = 15 / 50 = 0.300   (30 %)"), printed());
        assertTrue(printed().contains("precision = TP / (TP + FP) = 10 / 45 = 0.222   (22 %)"), printed());
        assertTrue(printed().contains("would give recall 80 %, specificity 70 % and precision 73 %."), printed());
        assertTrue(printed().contains("The answer often given, precision 0.2, is wrong: 10 / 45 = 0.222 (22 %); 0.2 = 10 / 50"
                + " is the recall"), printed());
        assertTrue(printed().contains("recall 20 % of 50 ill gives TP = 10, FN = 40;"), printed());
        Pictures.assertValidAndNotBlank(r.files().get(0));
    }

    /**
     * The figures are scikit-learn 1.2.1's on the same scores: {@code z = (X - X.mean(0)) / X.std(0)} over
     * the bundled breast_cancer.csv, {@code roc_auc_score(y, z[:, worst_concave_points])} = 0.9667036625971144,
     * and for the mean of the z-scores of worst_radius, worst_texture and worst_concave_points
     * {@code roc_auc_score} = 0.9862586544051583 and {@code average_precision_score} = 0.9812474990445629.
     */
    @Test
    void rocAuc_breastCancer_aucsAsScikitLearn_andWritesBothCurves() throws Exception {
        Report r = new RocAucExample().run(new ExampleContext(out, dir, true));
        assertEquals(212, r.figure("positives"));
        assertEquals(357, r.figure("negatives"));
        assertEquals(0.9667036625971144, r.figure("aucSingleFeature"), 1e-12);
        assertEquals(0.9862586544051583, r.figure("aucLinearScore"), 1e-12);
        assertEquals(0.9812474990445629, r.figure("averagePrecisionLinearScore"), 1e-12);
        assertEquals(2, r.files().size());
        for (Path file : r.files()) {
            Pictures.assertValidAndNotBlank(file);
        }
        assertTrue(printed().contains("AUC = U / (positives · negatives) = "), printed());
        assertTrue(printed().contains("A ROC curve has two axes, TPR and FPR, not two thresholds"), printed());
        // selection bias: the best of 30 features looks better on the rows that chose it than on fresh rows
        assertTrue(r.figure("selectionHalfAuc") > r.figure("otherHalfAuc"),
                r.figure("selectionHalfAuc") + " vs " + r.figure("otherHalfAuc"));
        assertTrue(printed().contains("choosing and scoring on the same rows adds"), printed());
    }

    @Test
    void readme_listsEveryExample_statesTheirCount_andTheConceptMapNamesOnlyRealExamples() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        for (Example e : Launcher.EXAMPLES) {
            assertTrue(readme.contains("| `" + e.name() + "` | " + e.question() + " |"), e.name());
        }
        assertTrue(readme.contains("The tour has " + Launcher.EXAMPLES.size() + " examples."), "example count");
        String map = readme.substring(readme.indexOf("## Concept map"), readme.indexOf("## Benchmarks"));
        Set<String> names = new HashSet<>();
        for (Example e : Launcher.EXAMPLES) {
            names.add(e.name());
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("`([a-z0-9]+(?:-[a-z0-9]+)+)`").matcher(map);
        int rows = 0;
        while (m.find()) {
            assertTrue(names.contains(m.group(1)), "the concept map names " + m.group(1));
            rows++;
        }
        assertTrue(rows >= 30, "concept map entries " + rows);
    }
}
