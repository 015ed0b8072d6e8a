package io.github.classicml.spark;

import io.github.classicml.algorithms.bayes.GaussianNaiveBayes;
import io.github.classicml.algorithms.bayes.GaussianNaiveBayesModel;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The README's {@code spark-submit} command, run as {@code spark-submit} runs it: Spark's launcher ends in
 * {@code java <Spark's module options> -cp <Spark's jars> org.apache.spark.deploy.SparkSubmit --master ...
 * --class ... <application jar>}, and this test starts exactly that process with the shaded
 * {@code classicml-spark-<version>-all.jar} that {@code package} built (Failsafe runs it after
 * {@code package}). Spark's jars are this test's class path without classicml's own entries, so the
 * application's classes come from the shaded jar alone, as they would on a cluster where Spark is
 * installed and classicml is not. The example's printed figures are checked against the single-machine
 * fit computed here.
 */
class SparkSubmitIT {

    @TempDir
    static Path dir;

    private static String out;
    private static String err;
    private static int status;

    @BeforeAll
    static void submit() throws IOException, InterruptedException {
        SparkRuntime.assumeSupported();
        Path jar = Path.of(System.getProperty("classicml.spark.all.jar", "target/classicml-spark-all.jar"));
        assertTrue(Files.isRegularFile(jar), "the shaded jar built by package: " + jar.toAbsolutePath());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.addAll(Arrays.asList(System.getProperty("classicml.spark.jvm.options", "").trim().split("\\s+")));
        command.addAll(List.of("-cp", sparkClassPath(), "org.apache.spark.deploy.SparkSubmit",
                "--master", "local[2]", "--conf", "spark.ui.enabled=false",
                "--class", "io.github.classicml.spark.SparkExample", jar.toString()));
        Path stdout = dir.resolve("out.txt");
        Path stderr = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("spark-submit did not finish within 180 s");
        }
        status = p.exitValue();
        out = Files.readString(stdout, StandardCharsets.UTF_8);
        err = Files.readString(stderr, StandardCharsets.UTF_8);
    }

    /** Spark's jars as an installation has them: the class path without classicml's classes and jars. */
    private static String sparkClassPath() {
        List<String> kept = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            boolean ours = name.startsWith("classicml-") || Files.isDirectory(path)
                    || entry.contains(File.separator + "io" + File.separator + "github" + File.separator + "classicml");
            if (!ours) {
                kept.add(entry);
            }
        }
        assertTrue(kept.stream().anyMatch(e -> e.contains("spark-core")), "Spark's jars on the class path: " + kept);
        return String.join(File.pathSeparator, kept);
    }

    @Test
    void theExampleRunsUnderSparkSubmit() {
        assertEquals(0, status, () -> "exit status; stdout:\n" + out + "\nstderr:\n" + err);
    }

    @Test
    void naiveBayesOnSparkAgreesWithTheSingleMachineFit() {
        Matcher m = Pattern.compile("class means within (\\S+) \\(relative\\) of the single-machine fit; (\\d+) of (\\d+) "
                + "iris rows scored with their own class").matcher(out);
        assertTrue(m.find(), () -> "the naive Bayes line in:\n" + out + "\nstderr:\n" + err);
        assertTrue(Double.parseDouble(m.group(1)) <= 1e-12, "class means' relative gap " + m.group(1));
        Dataset iris = Datasets.iris();
        GaussianNaiveBayesModel local = GaussianNaiveBayes.of().fit(iris);
        int[] predicted = local.predict(iris.toArray());
        int agree = 0;
        for (int i = 0; i < iris.rows(); i++) {
            agree += predicted[i] == iris.classOf(i) ? 1 : 0;
        }
        assertEquals(agree, Integer.parseInt(m.group(2)), "rows scored with their own class, as on one machine");
        assertEquals(iris.rows(), Integer.parseInt(m.group(3)));
    }

    @Test
    void leastSquaresOnSparkAgreesWithTheSingleMachineFit() {
        Matcher m = Pattern.compile("R² (\\S+), coefficients within (\\S+) \\(relative\\)").matcher(out);
        assertTrue(m.find(), () -> "the least-squares line in:\n" + out + "\nstderr:\n" + err);
        assertTrue(Double.parseDouble(m.group(2)) <= 1e-9, "coefficients' relative gap " + m.group(2));
        double r2 = io.github.classicml.algorithms.linear.LinearRegression.of().fit(Datasets.diabetes()).rSquared();
        assertEquals(r2, Double.parseDouble(m.group(1)), 5e-7, "R² printed to six places");
    }

    @Test
    void theForestOnSparkIsTheSingleMachineForest() {
        Matcher m = Pattern.compile("Random forest on Spark: (\\d+) trees, out-of-bag accuracy (\\S+); the "
                + "single-machine forest from the same seed is (\\S+)").matcher(out);
        assertTrue(m.find(), () -> "the forest line in:\n" + out + "\nstderr:\n" + err);
        assertEquals("50", m.group(1));
        assertEquals("identical,", m.group(3), "the model files are compared byte for byte");
        double oob = io.github.classicml.algorithms.ensemble.RandomForestClassifier.of().withTrees(50)
                .withOobScore(true).withSeed(1).fit(Datasets.iris()).oobScore();
        assertEquals(oob, Double.parseDouble(m.group(2)), 5e-4, "out-of-bag accuracy printed to three places");
    }
}
