package io.github.classicml.examples.cli;

import io.github.classicml.algorithms.bayes.GaussianNaiveBayes;
import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.selection.CrossValidation;
import io.github.classicml.algorithms.selection.Scorer;
import io.github.classicml.algorithms.selection.StratifiedKFold;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line end to end, through the jar that {@code package} built, run as a user runs it:
 * {@code java -jar target/classicml-examples.jar ...} in a separate process (Failsafe runs this after
 * {@code package}). Fits on a CSV whose classes are species names, predicts another CSV, and counts the
 * accuracy from the files themselves; cross-validates; lists the learners as JSON; and refuses a bad
 * parameter with exit status 2 and one line.
 */
class CommandLineIT {

    @TempDir
    static Path dir;

    private static Path train;
    private static Path test;
    private static Path all;
    private static Dataset iris;
    private static int[] trainRows;
    private static int[] testRows;

    @BeforeAll
    static void files() throws IOException {
        iris = Datasets.iris();
        trainRows = IntStream.range(0, iris.rows()).filter(i -> i % 3 != 0).toArray();
        // every third row, without setosa: a file read on its own would number versicolor 0
        testRows = IntStream.range(0, iris.rows()).filter(i -> i % 3 == 0 && iris.classOf(i) != 0).toArray();
        train = CommandLineTest.writeCsv(dir.resolve("train.csv"), iris, trainRows, true, null);
        test = CommandLineTest.writeCsv(dir.resolve("test.csv"), iris, testRows, true, null);
        all = CommandLineTest.writeCsv(dir.resolve("iris.csv"), iris, IntStream.range(0, iris.rows()).toArray(), true,
                null);
    }

    /** The result of one run of the jar. */
    private record Run(int status, String out, String err) {
    }

    private static Run jar(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("classicml.examples.jar", "target/classicml-examples.jar"));
        assertTrue(Files.isRegularFile(jar), "the jar built by package: " + jar.toAbsolutePath());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", jar.toString()));
        command.addAll(Arrays.asList(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        // a POSIX locale, whose default charset is ASCII on Java 17: the output must be UTF-8 all the same
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");
        Process p = builder.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("java -jar " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    @Test
    void fitPredict_stringLabels_roundTrip_withTheAccuracyCountedFromTheFiles() throws Exception {
        Run run = jar("fit-predict", "--learner", "knn", "--param", "k=5", "--train", train.toString(), "--predict",
                test.toString());
        assertEquals(0, run.status(), run.err());
        List<String> predicted = lines(run.out());
        assertEquals("species", predicted.get(0));
        assertEquals(testRows.length + 1, predicted.size());

        // the labels are strings of the training file
        Set<String> trainingLabels = new HashSet<>();
        for (String line : Files.readAllLines(train).subList(1, trainRows.length + 1)) {
            trainingLabels.add(line.substring(line.lastIndexOf(',') + 1));
        }
        assertEquals(Set.of("setosa", "versicolor", "virginica"), trainingLabels);
        assertTrue(trainingLabels.containsAll(predicted.subList(1, predicted.size())), run.out());

        // an independent count: the predicted label against the test file's own species column, line by line
        List<String> actual = new ArrayList<>();
        for (String line : Files.readAllLines(test).subList(1, testRows.length + 1)) {
            actual.add(line.substring(line.lastIndexOf(',') + 1));
        }
        int right = 0;
        for (int i = 0; i < actual.size(); i++) {
            right += actual.get(i).equals(predicted.get(i + 1)) ? 1 : 0;
        }
        assertTrue(right >= 0.9 * actual.size(), right + " of " + actual.size());
        assertEquals(String.format(Locale.ROOT, "accuracy on %s: %.4f (%d of %d rows)", test,
                (double) right / actual.size(), right, actual.size()), run.err().strip());

        // and the jar predicts what the library predicts on the same rows
        String[] library = KnnClassifier.of(5).fit(iris.select(trainRows)).predictLabels(iris.select(testRows));
        assertEquals(Arrays.asList(library), predicted.subList(1, predicted.size()));
    }

    @Test
    void crossValidate_printsEachFoldAndTheMean_asTheLibraryComputesThem() throws Exception {
        Run run = jar("cross-validate", "--learner", "gaussian-nb", "--data", all.toString(), "--folds", "5");
        assertEquals(0, run.status(), run.err());
        double[] scores = CrossValidation.crossValidate(GaussianNaiveBayes.of(), iris, StratifiedKFold.of(5),
                Scorer.accuracy()).scores(0);
        List<String> printed = lines(run.out());
        assertEquals(8, printed.size(), run.out());
        for (int f = 0; f < 5; f++) {
            assertTrue(printed.get(2 + f).endsWith(String.format(Locale.ROOT, "%.4f", scores[f])), printed.get(2 + f));
        }
        double mean = Arrays.stream(scores).average().orElseThrow();
        assertTrue(printed.get(7).startsWith(String.format(Locale.ROOT, "mean accuracy %.4f ± ", mean)), printed.get(7));
    }

    @Test
    @SuppressWarnings("unchecked")
    void learnersJson_parses_andListsEveryEntry() throws Exception {
        Run run = jar("learners", "--json");
        assertEquals(0, run.status(), run.err());
        List<Object> listed = (List<Object>) ((Map<String, Object>) MiniJson.parse(run.out())).get("learners");
        List<String> names = new ArrayList<>();
        for (Object o : listed) {
            names.add((String) ((Map<String, Object>) o).get("name"));
        }
        assertEquals(LearnerRegistry.names(), names);
    }

    @Test
    void aBadParameter_exitsWith2_andOneLine() throws Exception {
        Run run = jar("fit-predict", "--learner", "knn", "--param", "k=zero", "--train", train.toString(), "--predict",
                test.toString());
        assertEquals(2, run.status());
        assertEquals("--param k must be an integer ≥ 1, got \"zero\"\n", run.err().replace("\r\n", "\n"));
        assertEquals("", run.out());
    }

    @Test
    void labels_comeOutInUtf8_quotedWhereCsvNeedsIt() throws Exception {
        Path small = dir.resolve("labels.csv");
        Files.writeString(small, "x,label\n0,café\n0.1,café\n0.2,café\n5,\"naïve, plain\"\n5.1,\"naïve, plain\"\n",
                StandardCharsets.UTF_8);
        Path points = dir.resolve("points.csv");
        Files.writeString(points, "x\n0.05\n4.9\n", StandardCharsets.UTF_8);
        Run run = jar("fit-predict", "--learner", "knn", "--param", "k=1", "--train", small.toString(), "--predict",
                points.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("label\ncafé\n\"naïve, plain\"\n", run.out());
    }

    @Test
    void theLauncher_stillListsTheExamples() throws Exception {
        Run run = jar("list");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("knn-iris"), run.out());
    }
}
