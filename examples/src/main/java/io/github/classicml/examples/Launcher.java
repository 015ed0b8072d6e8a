package io.github.classicml.examples;

import io.github.classicml.core.linalg.Kernels;
import io.github.classicml.examples.cli.CommandLine;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the examples: with no argument it lists them, {@code tour} runs them all in order, and names
 * run the named ones. {@code --out DIR} sets where pictures are written (default
 * {@code classicml-output}).
 *
 * <pre>
 * java -jar examples/target/classicml-examples.jar            # list
 * java -jar examples/target/classicml-examples.jar tour       # run all
 * java -jar examples/target/classicml-examples.jar knn-iris   # run one
 * java -jar examples/target/classicml-examples.jar --help     # the examples and the commands for your own CSV
 * java --add-modules jdk.incubator.vector -jar examples/target/classicml-examples.jar tour   # Vector API kernels
 * </pre>
 *
 * <p>The launcher prints the kernel path before the examples ({@link Kernels#description()}): the
 * Vector API path when the JVM runs with {@code --add-modules jdk.incubator.vector} (a jar's manifest
 * cannot add a module, so the flag goes on the command line), the plain-Java path otherwise.
 */
public final class Launcher {

    /** Every example, in the order of the tour: an explicit list, no reflection or scanning. */
    static final List<Example> EXAMPLES = List.of(
            new KnnIrisExample(),
            new ClassificationVsRegressionExample(),
            new TypeIAndIIErrorsExample(),
            new F1VsAccuracyExample(),
            new RocAucExample(),
            new RankingMetricsExample(),
            new RecommendationFunnelExample(),
            new KnnVsKMeansExample(),
            new FeatureScalingKnnExample(),
            new EuclideanVsManhattanExample(),
            new CurseOfDimensionalityExample(),
            new ChoosingKExample(),
            new KMeansTraceExample(),
            new LikelihoodVsProbabilityExample(),
            new BayesSpamExample(),
            new GaussianNaiveBayesIrisExample(),
            new LearningCurvesExample(),
            new ParametricVsNonParametricExample(),
            new ForwardChainingExample(),
            new BiasVarianceExample(),
            new NestedCrossValidationExample(),
            new ParametersVsHyperparametersExample(),
            new TreeDepthOverfittingExample(),
            new ZeroTrainingErrorExample(),
            new PreventingOverfittingExample(),
            new GiniFirstSplitExample(),
            new GiniVsEntropyExample(),
            new BaggingVarianceExample(),
            new BaggingBoostingForestExample(),
            new FeatureImportanceExample(),
            new FeatureSelectionExample(),
            new RSquaredVsAdjustedExample(),
            new MulticollinearityExample(),
            new RegularisationPathExample(),
            new LogisticRegressionEvaluationExample(),
            new GradientDescentRatesExample(),
            new MissingValuesCo2Example(),
            new CorruptedDataExample(),
            new EmpiricalRuleExample(),
            new BoxCoxExample(),
            new PcaWineExample());

    private Launcher() {
    }

    /**
     * Entry point.
     *
     * @param args {@code [--out DIR] [tour | list | NAME...]}, {@code --help}, or a command of
     *     {@link CommandLine} ({@code fit-predict}, {@code cross-validate}, {@code cluster}, {@code learners})
     */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        if (args.length > 0 && CommandLine.isCommand(args[0])) {
            System.exit(CommandLine.runOnStandardStreams(args));
        }
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the launcher with the given streams, for tests.
     *
     * @param args the command line
     * @param out standard output
     * @param err standard error
     * @return the exit status: 0 on success, 2 for an unknown example or option or a mistake in a
     *     command's arguments
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && CommandLine.isCommand(args[0])) {
            return CommandLine.run(args, out, err);
        }
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
            help(out);
            return 0;
        }
        Path outputDirectory = Path.of("classicml-output");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out")) {
                if (i + 1 == args.length) {
                    err.println("--out must be followed by a directory");
                    return 2;
                }
                outputDirectory = Path.of(args[++i]);
            } else {
                names.add(args[i]);
            }
        }
        if (names.isEmpty() || names.equals(List.of("list"))) {
            list(out);
            return 0;
        }
        List<Example> chosen = new ArrayList<>();
        for (String name : names) {
            if (name.equals("tour")) {
                chosen.addAll(EXAMPLES);
                continue;
            }
            Example e = find(name);
            if (e == null) {
                err.println("example must be one of " + namesOf() + " or tour, or a command " + CommandLine.COMMANDS
                        + ", got \"" + name + "\"");
                return 2;
            }
            chosen.add(e);
        }
        ExampleContext context = new ExampleContext(out, outputDirectory, false);
        out.println("kernels: " + Kernels.description());
        for (Example e : chosen) {
            out.println("=".repeat(78));
            out.println(e.name() + ": " + e.question());
            out.println("=".repeat(78));
            long start = System.nanoTime();
            Report report = e.run(context);
            for (Path file : report.files()) {
                out.println("wrote " + file);
            }
            out.printf(Locale.ROOT, "(%s took %.2f s)%n%n", e.name(), (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }

    private static void help(PrintStream out) {
        out.println("usage: java -jar classicml-examples.jar [--out DIR] [list | tour | EXAMPLE...]");
        out.println("       java -jar classicml-examples.jar COMMAND [OPTIONS]   (your own CSV files)");
        out.println();
        out.println("With no argument or list: the examples. tour runs them all; a name runs one; --out sets where");
        out.println("pictures go (default classicml-output). The commands:");
        out.println(CommandLine.summary());
    }

    private static void list(PrintStream out) {
        out.println("classicml examples; run one by name, or all with: tour");
        out.println("kernels: " + Kernels.description());
        for (Example e : EXAMPLES) {
            out.printf("  %-28s %s%n", e.name(), e.question());
        }
    }

    private static Example find(String name) {
        for (Example e : EXAMPLES) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<String> namesOf() {
        List<String> names = new ArrayList<>();
        for (Example e : EXAMPLES) {
            names.add(e.name());
        }
        return names;
    }
}
