package io.github.classicml.examples.cli;

import io.github.classicml.algorithms.cluster.KMeans;
import io.github.classicml.algorithms.linear.LinearRegression;
import io.github.classicml.algorithms.linear.LinearRegressionModel;
import io.github.classicml.algorithms.linear.LogisticRegression;
import io.github.classicml.algorithms.linear.LogisticRegressionModel;
import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.neighbors.KnnClassifierModel;
import io.github.classicml.algorithms.selection.CrossValidation;
import io.github.classicml.algorithms.selection.Scorer;
import io.github.classicml.algorithms.selection.StratifiedKFold;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The command line in process: each subcommand's output against the library called directly on the
 * same rows, and every argument error as exit status 2 with one line on standard error.
 */
class CommandLineTest {

    @TempDir
    static Path dir;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private static Path irisTrain;
    private static Path irisTest;
    private static Dataset iris;

    @BeforeAll
    static void files() throws IOException {
        iris = Datasets.iris();
        irisTrain = writeCsv(dir.resolve("iris-train.csv"), iris, rows(iris, i -> i % 3 != 0), true, null);
        // the rows to predict lack setosa: read on their own they would number the classes differently
        irisTest = writeCsv(dir.resolve("iris-test.csv"), iris, rows(iris, i -> i % 3 == 0 && iris.classOf(i) != 0),
                true, null);
    }

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private static int[] rows(Dataset data, java.util.function.IntPredicate keep) {
        return IntStream.range(0, data.rows()).filter(keep).toArray();
    }

    /** Writes rows of a dataset as CSV, the class target as its label text, columns in the given order. */
    static Path writeCsv(Path file, Dataset data, int[] rows, boolean withTarget, int[] columnOrder) throws IOException {
        int[] order = columnOrder != null ? columnOrder : IntStream.range(0, data.columns()).toArray();
        StringBuilder s = new StringBuilder();
        List<String> header = new ArrayList<>();
        for (int j : order) {
            header.add(data.columnName(j));
        }
        if (withTarget) {
            header.add(data.targetName());
        }
        s.append(String.join(",", header)).append('\n');
        for (int i : rows) {
            List<String> cells = new ArrayList<>();
            for (int j : order) {
                cells.add(Double.toString(data.get(i, j)));
            }
            if (withTarget) {
                cells.add(data.hasClasses() ? data.classNames().get(data.classOf(i)) : Double.toString(data.target(i)));
            }
            s.append(String.join(",", cells)).append('\n');
        }
        return Files.writeString(file, s.toString(), StandardCharsets.UTF_8);
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1)).subList(0, text.split("\n", -1).length - 1);
    }

    // ------------------------------------------------------------------ fit-predict

    @Test
    void fitPredict_writesTheLabelsAsTheTrainingFileSpellsThem_inTheTrainingClasses() {
        assertEquals(0, run("fit-predict", "--learner", "knn", "--param", "k=5", "--train", irisTrain.toString(),
                "--predict", irisTest.toString()), err());
        Dataset train = iris.select(rows(iris, i -> i % 3 != 0));
        Dataset test = iris.select(rows(iris, i -> i % 3 == 0 && iris.classOf(i) != 0));
        KnnClassifierModel model = KnnClassifier.of(5).fit(train);
        String[] expected = model.predictLabels(test);
        List<String> printed = lines(out());
        assertEquals("species", printed.get(0));
        assertEquals(Arrays.asList(expected), printed.subList(1, printed.size()));
        int right = 0;
        for (int i = 0; i < expected.length; i++) {
            right += printed.get(i + 1).equals(iris.classNames().get(test.classOf(i))) ? 1 : 0;
        }
        assertEquals(String.format(Locale.ROOT, "accuracy on %s: %.4f (%d of %d rows)%n", irisTest,
                (double) right / expected.length, right, expected.length), err());
    }

    @Test
    void fitPredict_matchesColumnsByName_andNeedsNoTargetInTheFileToPredict() throws IOException {
        Dataset test = iris.select(rows(iris, i -> i % 3 == 0 && iris.classOf(i) != 0));
        Path shuffled = writeCsv(dir.resolve("reordered.csv"), iris, rows(iris, i -> i % 3 == 0 && iris.classOf(i) != 0),
                false, new int[] {3, 1, 0, 2});
        assertEquals(0, run("fit-predict", "--learner", "knn", "--train", irisTrain.toString(), "--predict",
                shuffled.toString()), err());
        String[] expected = KnnClassifier.of(5).fit(iris.select(rows(iris, i -> i % 3 != 0))).predictLabels(test);
        List<String> printed = lines(out());
        assertEquals(Arrays.asList(expected), printed.subList(1, printed.size()));
        assertEquals("", err(), "no target in the file: no accuracy line, and no progress bar without a terminal");
    }

    @Test
    void fitPredict_proba_printsOneColumnPerClass_underTheClassNames() {
        assertEquals(0, run("fit-predict", "--learner", "logistic", "--param", "penalty-strength=10", "--train",
                irisTrain.toString(), "--predict", irisTest.toString(), "--proba"), err());
        LogisticRegressionModel model = LogisticRegression.of().withPenaltyStrength(10)
                .fit(iris.select(rows(iris, i -> i % 3 != 0)));
        double[][] expected = model.predictProbabilities(iris.select(rows(iris, i -> i % 3 == 0 && iris.classOf(i) != 0)));
        List<String> printed = lines(out());
        assertEquals("setosa,versicolor,virginica", printed.get(0));
        assertEquals(expected.length + 1, printed.size());
        for (int i = 0; i < expected.length; i++) {
            double[] row = Arrays.stream(printed.get(i + 1).split(",")).mapToDouble(Double::parseDouble).toArray();
            assertArrayEquals(expected[i], row, 0.0, "row " + i);
        }
    }

    @Test
    void fitPredict_regression_writesTheNumbers_toTheOutFile() throws IOException {
        Dataset diabetes = Datasets.diabetes();
        Path train = writeCsv(dir.resolve("diabetes-train.csv"), diabetes, rows(diabetes, i -> i < 300), true, null);
        Path test = writeCsv(dir.resolve("diabetes-test.csv"), diabetes, rows(diabetes, i -> i >= 300), true, null);
        Path out = dir.resolve("predictions.csv");
        assertEquals(0, run("fit-predict", "--learner", "linear", "--train", train.toString(), "--predict",
                test.toString(), "--out", out.toString()), err());
        assertEquals("", out());
        LinearRegressionModel model = LinearRegression.of().fit(diabetes.select(rows(diabetes, i -> i < 300)));
        double[] expected = model.predict(diabetes.select(rows(diabetes, i -> i >= 300)));
        List<String> printed = lines(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals("progression", printed.get(0));
        double[] got = printed.subList(1, printed.size()).stream().mapToDouble(Double::parseDouble).toArray();
        assertArrayEquals(expected, got, 0.0);
        assertTrue(err().startsWith("R² on " + test + ": "), err());
    }

    @Test
    void progress_isDrawnWhenAskedFor_andNotOtherwise() {
        assertEquals(0, run("fit-predict", "--learner", "gradient-boosting", "--param", "stages=20", "--train",
                irisTrain.toString(), "--predict", irisTest.toString(), "--progress"), err());
        assertTrue(err().contains("\rfitting gradient-boosting [##############################] 100% step 20/20 loss "),
                err());
        errBytes.reset();
        assertEquals(0, run("fit-predict", "--learner", "gradient-boosting", "--param", "stages=20", "--train",
                irisTrain.toString(), "--predict", irisTest.toString()), err());
        assertTrue(err().startsWith("accuracy on "), err());
        assertEquals(1, lines(err()).size(), err());
    }

    @Test
    void aByteOrderMark_isNotPartOfTheFirstColumnsName() throws IOException {
        Path train = Files.writeString(dir.resolve("bom.csv"), "\uFEFFkind,x\nlow,0\nlow,1\nhigh,9\nhigh,10\n",
                StandardCharsets.UTF_8);
        Path rows = Files.writeString(dir.resolve("bom-rows.csv"), "\uFEFFkind,x\nhigh,8\nlow,2\n", StandardCharsets.UTF_8);
        assertEquals(0, run("fit-predict", "--learner", "knn", "--param", "k=1", "--target", "kind", "--train",
                train.toString(), "--predict", rows.toString()), err());
        assertEquals("kind\nhigh\nlow\n", out());
        assertTrue(err().startsWith("accuracy on " + rows + ": 1.0000 (2 of 2 rows)"), err());
    }

    // ------------------------------------------------------------------ cross-validate

    @Test
    void crossValidate_classifier_isStratifiedKFold_withTheLibrarysScores() throws IOException {
        Path all = writeCsv(dir.resolve("iris.csv"), iris, rows(iris, i -> true), true, null);
        assertEquals(0, run("cross-validate", "--learner", "knn", "--param", "k=7", "--data", all.toString(),
                "--folds", "4"), err());
        Learner<KnnClassifierModel> knn = KnnClassifier.of(7);
        double[] scores = CrossValidation.crossValidate(knn, iris, StratifiedKFold.of(4), Scorer.accuracy()).scores(0);
        List<String> printed = lines(out());
        assertEquals(1 + 1 + 4 + 1, printed.size(), out());
        for (int f = 0; f < 4; f++) {
            assertTrue(printed.get(2 + f).matches((f + 1) + " +\\d+ +\\d+ +" + String.format(Locale.ROOT, "%.4f", scores[f])
                    .replace(".", "\\.")), printed.get(2 + f));
        }
        double mean = Arrays.stream(scores).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(scores).map(s -> (s - mean) * (s - mean)).sum() / 4);
        assertEquals(String.format(Locale.ROOT, "mean accuracy %.4f ± %.4f (standard deviation over 4 folds)", mean, sd),
                printed.get(6));
    }

    @Test
    void crossValidate_timeSeries_trainsOnGrowingPasts() throws IOException {
        Dataset diabetes = Datasets.diabetes();
        Path all = writeCsv(dir.resolve("diabetes.csv"), diabetes, rows(diabetes, i -> true), true, null);
        assertEquals(0, run("cross-validate", "--learner", "ridge", "--data", all.toString(), "--folds", "3",
                "--time-series"), err());
        List<String> printed = lines(out());
        assertTrue(printed.get(0).endsWith("3 forward-chaining time-series splits"), printed.get(0));
        // 442 rows in 3 splits: test blocks of 442 / 4 = 110, trained on the 112, 222, 332 rows before them
        assertTrue(printed.get(2).matches("1 +112 +110 .*"), printed.get(2));
        assertTrue(printed.get(3).matches("2 +222 +110 .*"), printed.get(3));
        assertTrue(printed.get(4).matches("3 +332 +110 .*"), printed.get(4));
        assertTrue(printed.get(5).startsWith("mean R² "), printed.get(5));
    }

    // ------------------------------------------------------------------ cluster

    @Test
    void cluster_writesEachRowsCluster_andTheCentresToStandardError() throws IOException {
        Path all = writeCsv(dir.resolve("iris-cluster.csv"), iris, rows(iris, i -> true), true, null);
        assertEquals(0, run("cluster", "--learner", "kmeans", "--param", "k=3", "--data", all.toString(), "--ignore",
                "species"), err());
        int[] expected = KMeans.of(3).fit(iris.withoutTargets()).predict(iris.withoutTargets());
        List<String> printed = lines(out());
        assertEquals("cluster", printed.get(0));
        assertArrayEquals(expected, printed.subList(1, printed.size()).stream().mapToInt(Integer::parseInt).toArray());
        assertTrue(err().startsWith("kmeans: 3 clusters of 150 rows, inertia 78.85"), err());
        assertEquals(2 + 3, lines(err()).size(), err());
    }

    // ------------------------------------------------------------------ learners

    @Test
    @SuppressWarnings("unchecked")
    void learnersJson_parses_andListsEveryEntryWithEveryParameterAndItsDefault() {
        assertEquals(0, run("learners", "--json"));
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(out());
        List<Object> listed = (List<Object>) root.get("learners");
        assertEquals(LearnerRegistry.ENTRIES.size(), listed.size());
        assertTrue(out().contains("{\"name\": \"alpha\", \"type\": \"number\", \"rule\": \"a number > 0\", \"default\": 1, "
                + "\"min\": 0, \"minInclusive\": false, \"help\": "), out());
        for (int i = 0; i < listed.size(); i++) {
            checkJson(LearnerRegistry.ENTRIES.get(i), (Map<String, Object>) listed.get(i));
        }
    }

    @SuppressWarnings("unchecked")
    private static <L extends Learner<?>> void checkJson(LearnerEntry<L> entry, Map<String, Object> json) {
        assertEquals(entry.name(), json.get("name"));
        assertEquals(entry.kind().label(), json.get("kind"));
        List<Object> params = (List<Object>) json.get("parameters");
        assertEquals(entry.params().size(), params.size(), entry.name());
        L defaults = entry.defaults();
        for (int j = 0; j < params.size(); j++) {
            Param<L> p = entry.params().get(j);
            Map<String, Object> q = (Map<String, Object>) params.get(j);
            assertEquals(p.name(), q.get("name"));
            assertEquals(p.type().label(), q.get("type"));
            assertEquals(p.rule(), q.get("rule"));
            assertEquals(p.min(), q.get("min"));
            assertEquals(p.max(), q.get("max"));
            assertEquals(p.min() == null ? null : p.minInclusive(), q.get("minInclusive"));
            assertEquals(p.max() == null ? null : p.maxInclusive(), q.get("maxInclusive"));
            Object value = q.get("default");
            switch (p.type()) {
                case INTEGER, LONG, NUMBER ->
                        assertEquals(Double.parseDouble(p.valueIn(defaults)), (Double) value, entry.name() + " " + p.name());
                case BOOLEAN -> assertEquals(Boolean.valueOf(p.valueIn(defaults)), value);
                default -> {
                    assertEquals(p.valueIn(defaults), value);
                    assertEquals(p.choices(), q.get("choices"));
                }
            }
        }
    }

    @Test
    void learnersText_listsEveryEntryAndParameter() {
        assertEquals(0, run("learners"));
        for (LearnerEntry<?> e : LearnerRegistry.ENTRIES) {
            assertTrue(out().contains("\n" + e.name() + " "), e.name());
        }
        assertTrue(out().contains("    k                      integer  default 5            an integer ≥ 1; the number of neighbours"),
                out());
        assertTrue(out().contains("    alpha                  number   default 1            a number > 0; the strength"), out());
        assertTrue(out().contains("    subsample              number   default 1            a number in (0, 1]; "), out());
    }

    @Test
    void miniJson_refusesWhatIsNotJson() {
        for (String bad : List.of("{\"a\": 1,}", "{a: 1}", "[1 2]", "{\"a\": 01}", "\"x", "[1] x", "{\"a\": 1, \"a\": 2}")) {
            try {
                MiniJson.parse(bad);
                throw new AssertionError("accepted " + bad);
            } catch (IllegalArgumentException | StringIndexOutOfBoundsException expected) {
                // refused
            }
        }
        assertEquals(Map.of("a", List.of(1.0, "é\n", true)), MiniJson.parse("{\"a\": [1, \"\\u00e9\\n\", true]}"));
    }

    // ------------------------------------------------------------------ help and errors

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fit-predict", "cross-validate", "cluster", "learners"})
    void everyCommand_hasHelp(String command) {
        assertEquals(0, run(command, "--help"));
        assertTrue(out().startsWith("usage: java -jar classicml-examples.jar " + command), out());
        assertTrue(out().contains("--help"), out());
        assertEquals("", err());
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> mistakes() {
        String train = "TRAIN";
        String test = "TEST";
        return Stream.of(
                arguments(List.of("fit-predict", "--learner", "knn", "--param", "k=zero", "--train", train, "--predict", test),
                        "--param k must be an integer ≥ 1, got \"zero\""),
                arguments(List.of("fit-predict", "--learner", "nope", "--train", train, "--predict", test),
                        "--learner must be one of [knn, gaussian-nb"),
                arguments(List.of("fit-predict", "--learner", "kmeans", "--train", train, "--predict", test),
                        "--learner for fit-predict must be one of [knn"),
                arguments(List.of("cluster", "--learner", "knn", "--data", train),
                        "--learner for cluster must be one of [kmeans], got \"knn\" (a classifier)"),
                arguments(List.of("fit-predict", "--learner", "knn", "--param", "kk=3", "--train", train, "--predict", test),
                        "--param name must be one of [k, distance, weighting, search, leaf-size, threads] for knn, got \"kk\""),
                arguments(List.of("fit-predict", "--learner", "knn", "--param", "distance=taxi", "--train", train, "--predict",
                        test), "--param distance must be one of euclidean, manhattan, chebyshev, cosine, got \"taxi\""),
                arguments(List.of("fit-predict", "--learner", "ridge", "--param", "alpha=-1", "--train", train, "--predict",
                        test), "--param alpha must be a number > 0, got \"-1\""),
                arguments(List.of("fit-predict", "--learner", "decision-tree", "--param", "max-leaf-nodes=1", "--train", train,
                        "--predict", test), "maxLeafNodes must be"),
                arguments(List.of("fit-predict", "--learner", "knn", "--train", "missing.csv", "--predict", test),
                        "--train must be an existing file, got \"missing.csv\""),
                arguments(List.of("fit-predict", "--learner", "knn", "--predict", test),
                        "fit-predict needs --train a CSV file (see fit-predict --help)"),
                arguments(List.of("fit-predict", "--learner", "knn", "--train", train, "--predict", test, "--frob"),
                        "fit-predict takes [--learner, --train, --predict, --target, --param, --proba, --out, --progress] "
                                + "and --help, got \"--frob\""),
                arguments(List.of("fit-predict", "--learner", "knn", "--train"),
                        "--train must be followed by a CSV file, got nothing"),
                arguments(List.of("fit-predict", "--learner", "linear", "--train", train, "--predict", test, "--proba"),
                        "--proba needs a classifier that estimates probabilities, got linear (a regressor)"),
                arguments(List.of("fit-predict", "--learner", "knn", "--target", "colour", "--train", train, "--predict", test),
                        "--target must be a column of TRAIN, one of [sepal_length, sepal_width, petal_length, petal_width, "
                                + "species], got \"colour\""),
                arguments(List.of("fit-predict", "--learner", "linear", "--train", train, "--predict", test),
                        "--train TRAIN line 2, column species must be"),
                arguments(List.of("fit-predict", "--learner", "knn", "--train", train, "--predict", "BAD"),
                        "--predict BAD line 3, column petal_width must be"),
                arguments(List.of("fit-predict", "--learner", "knn", "--train", train, "--predict", "NARROW"),
                        "--predict NARROW must have the training file's feature columns"),
                arguments(List.of("fit-predict", "--learner", "knn", "--train", train, "--predict", "ALIEN"),
                        "--predict ALIEN line 2, column species must hold one of the known classes [setosa, versicolor, "
                                + "virginica], got \"iris-x\""),
                arguments(List.of("cross-validate", "--learner", "knn", "--data", train, "--folds", "1"),
                        "--folds must be an integer ≥ 2, got \"1\""),
                arguments(List.of("cross-validate", "--learner", "knn", "--data", train, "--time-series", "--shuffle", "3"),
                        "--shuffle must not be given with --time-series"),
                arguments(List.of("cluster", "--data", train, "--ignore", "species", "--param", "k=1000"), "clusters must be"),
                arguments(List.of("cluster", "--data", train), "--data TRAIN line 2, column species must be"),
                arguments(List.of("cluster", "--data", train, "--ignore", "colour"), "--ignore must name a column of TRAIN"),
                arguments(List.of("cross-validate", "--learner", "knn", "--param", "k=120", "--data", train),
                        "k must be <= the number of rows (80), got 120"),
                arguments(List.of("learners", "--json", "--json"), "--json must be given once"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("mistakes")
    void mistakes_exitWith2_andOneLineNamingTheArgumentTheRuleAndTheValue(List<String> args, String message)
            throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "sepal_length,sepal_width,petal_length,petal_width,species\n1,2,3,4,setosa\n1,2,3,x,setosa\n");
        Path narrow = dir.resolve("narrow.csv");
        Files.writeString(narrow, "sepal_length,sepal_width,petal_length\n1,2,3\n");
        Path alien = dir.resolve("alien.csv");
        Files.writeString(alien, "sepal_length,sepal_width,petal_length,petal_width,species\n1,2,3,4,iris-x\n");
        List<String> filled = new ArrayList<>();
        for (String a : args) {
            filled.add(switch (a) {
                case "TRAIN" -> irisTrain.toString();
                case "TEST" -> irisTest.toString();
                case "BAD" -> bad.toString();
                case "NARROW" -> narrow.toString();
                case "ALIEN" -> alien.toString();
                default -> a;
            });
        }
        String expected = message.replace("TRAIN", irisTrain.toString()).replace("BAD", bad.toString())
                .replace("NARROW", narrow.toString()).replace("ALIEN", alien.toString());
        assertEquals(2, run(filled.toArray(new String[0])), err());
        assertEquals(1, lines(err()).size(), "one line: " + err());
        assertTrue(err().startsWith(expected), "expected " + expected + "\ngot " + err());
        assertEquals("", out());
    }

    @Test
    void theHelpedCommands_areAllTheCommands() {
        assertEquals(List.of("fit-predict", "cross-validate", "cluster", "learners"), CommandLine.COMMANDS);
    }

    @Test
    void anUnknownCommand_exitsWith2() {
        assertEquals(2, run("frob"));
        assertEquals("command must be one of [fit-predict, cross-validate, cluster, learners], got \"frob\"\n", err());
    }

    @Test
    void csvCells_areQuotedWhenTheyMustBe() {
        assertEquals("plain", CommandLine.escape("plain"));
        assertEquals("\"a,b\"", CommandLine.escape("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CommandLine.escape("say \"hi\""));
        assertEquals("\" padded\"", CommandLine.escape(" padded"));
    }
}
