package io.github.classicml.examples.cli;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.classicml.algorithms.cluster.KMeansModel;
import io.github.classicml.algorithms.selection.CrossValidation;
import io.github.classicml.algorithms.selection.CrossValidationResult;
import io.github.classicml.algorithms.selection.KFold;
import io.github.classicml.algorithms.selection.Scorer;
import io.github.classicml.algorithms.selection.Splitter;
import io.github.classicml.algorithms.selection.StratifiedKFold;
import io.github.classicml.algorithms.selection.TimeSeriesSplit;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Clusterer;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.ProbabilisticClassifier;
import io.github.classicml.core.Progress;
import io.github.classicml.core.ProgressListener;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.io.CsvFormatException;
import io.github.classicml.core.io.CsvLoader;
import io.github.classicml.examples.cli.LearnerEntry.Kind;
import io.github.classicml.examples.cli.Options.Spec;
import io.github.classicml.metrics.RegressionMetrics;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The command line of the examples jar, for your own CSV files: {@code fit-predict},
 * {@code cross-validate}, {@code cluster} and {@code learners}, each with {@code --help}.
 *
 * <pre>
 * java -jar classicml-examples.jar fit-predict --learner knn --param k=3 --train train.csv --predict new.csv
 * java -jar classicml-examples.jar cross-validate --learner random-forest --data iris.csv --folds 5
 * java -jar classicml-examples.jar cluster --learner kmeans --param k=3 --data points.csv
 * java -jar classicml-examples.jar learners --json
 * </pre>
 *
 * <p>CSV files have a header row; every column but the target is a numeric feature (read by
 * {@link CsvLoader}). The target is {@code --target COLUMN}, or the last column. Class labels are
 * read as text and printed as the training file spells them; a file to predict is read with the
 * training file's classes ({@link CsvLoader#withClassNames(List)}), its columns are matched to the
 * training columns by name, and its target column, if it has one, is used only to report the accuracy
 * (or R²) on standard error.
 *
 * <p>Exit status: 0 on success; 2 with one line on standard error for a mistake in the arguments or
 * the files (a bad subcommand, learner, parameter, value or file, or data the learner refuses); 1 for
 * anything else. A progress bar is drawn on standard error during a fit that takes more than half a
 * second when the JVM has a console (standard input and output are a terminal), or during every fit
 * when {@code --progress} asks for it.
 */
public final class CommandLine {

    /** The subcommands, in the order {@code --help} lists them. */
    public static final List<String> COMMANDS = List.of("fit-predict", "cross-validate", "cluster", "learners");

    private static final Spec LEARNER = new Spec("--learner", "a learner's name", false,
            "the learner, by its command-line name (see: learners)");
    private static final Spec TARGET = new Spec("--target", "a column name", false,
            "the target column (default: the last column)");
    private static final Spec PARAM = new Spec("--param", "name=value", true,
            "a hyperparameter of the learner; repeat for several (see: learners)");
    private static final Spec OUT = new Spec("--out", "a file name", false, "write the CSV there instead of standard output");
    private static final Spec PROGRESS = new Spec("--progress", null, false,
            "draw the progress bar on standard error even when it is not a terminal");

    private static final List<Spec> FIT_PREDICT = List.of(LEARNER,
            new Spec("--train", "a CSV file", false, "the training rows, with the target column"),
            new Spec("--predict", "a CSV file", false,
                    "the rows to predict: the training file's feature columns, with or without the target"),
            TARGET, PARAM, new Spec("--proba", null, false,
                    "print each class's probability (a column per class) instead of the label"),
            OUT, PROGRESS);
    private static final List<Spec> CROSS_VALIDATE = List.of(LEARNER,
            new Spec("--data", "a CSV file", false, "the rows, with the target column"), TARGET,
            new Spec("--folds", "an integer ≥ 2", false, "the number of folds (default 5)"),
            new Spec("--time-series", null, false,
                    "forward-chaining splits: train on the past rows, test on the next block (rows in time order)"),
            new Spec("--shuffle", "a seed", false, "shuffle the rows before dealing them into folds"),
            PARAM, PROGRESS);
    private static final List<Spec> CLUSTER = List.of(
            new Spec("--learner", "a learner's name", false, "the clusterer (default kmeans)"),
            new Spec("--data", "a CSV file", false, "the rows; every column is a feature unless --ignore names it"),
            new Spec("--ignore", "a column name", false, "a column to leave out, e.g. a label column"),
            PARAM, OUT, PROGRESS);
    private static final List<Spec> LEARNERS = List.of(new Spec("--json", null, false, "print the list as JSON"));

    private CommandLine() {
    }

    /**
     * @param word the first argument
     * @return true if it names a subcommand of the command line
     */
    public static boolean isCommand(String word) {
        return COMMANDS.contains(word);
    }

    /** @return a few lines that list the subcommands, for the launcher's {@code --help} */
    public static String summary() {
        return String.join("\n",
                "  fit-predict     fit a learner on a CSV file and predict the rows of another",
                "  cross-validate  k-fold (stratified for classifiers) or time-series cross-validation of a learner",
                "  cluster         cluster the rows of a CSV file",
                "  learners        list every learner with its parameters (--json for JSON)",
                "Each takes --help.");
    }

    /**
     * Runs a subcommand on the process's standard output and error, both in UTF-8 whatever the
     * platform's default: CSV files are read as UTF-8, so labels such as {@code "café"} come out as they
     * went in, and the messages' {@code ≥} and {@code ±} survive a POSIX locale.
     *
     * @param args the command line, starting with the subcommand
     * @return the exit status, as {@link #run(String[], PrintStream, PrintStream)}
     */
    public static int runOnStandardStreams(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        try {
            return run(args, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Runs a subcommand.
     *
     * @param args the command line, starting with the subcommand
     * @param out standard output
     * @param err standard error
     * @return the exit status: 0 on success, 2 for a mistake in the arguments or files, 1 otherwise
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !isCommand(args[0])) {
            err.println("command must be one of " + COMMANDS + ", got " + (args.length == 0 ? "nothing"
                    : "\"" + args[0] + "\""));
            return 2;
        }
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            switch (command) {
                case "fit-predict":
                    return fitPredict(Options.parse(command, rest, FIT_PREDICT), out, err);
                case "cross-validate":
                    return crossValidate(Options.parse(command, rest, CROSS_VALIDATE), out, err);
                case "cluster":
                    return cluster(Options.parse(command, rest, CLUSTER), out, err);
                default:
                    return learners(Options.parse(command, rest, LEARNERS), out);
            }
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println(oneLine(e.getMessage()));
            return 2;
        } catch (RuntimeException e) {
            err.println(command + " failed: " + oneLine(String.valueOf(e)));
            return 1;
        }
    }

    // ------------------------------------------------------------------ fit-predict

    private static int fitPredict(Options o, PrintStream out, PrintStream err) {
        if (o.help()) {
            help(out, "fit-predict --learner NAME --train CSV --predict CSV [--target COLUMN] [--param name=value]... "
                    + "[--proba] [--out FILE] [--progress]",
                    "Fits the learner on the training file and writes one prediction per row of the other file, as CSV: "
                            + "the class labels as the training file spells them, or numbers for a regressor.",
                    FIT_PREDICT);
            return 0;
        }
        LearnerEntry<?> entry = entry(o.required("--learner", "a learner's name"), "fit-predict",
                Kind.CLASSIFIER, Kind.REGRESSOR);
        Path trainFile = file(o, "--train");
        Path predictFile = file(o, "--predict");
        boolean proba = o.flag("--proba");
        if (proba && entry.kind() != Kind.CLASSIFIER) {
            throw new UsageException("--proba needs a classifier that estimates probabilities, got " + entry.name()
                    + " (a " + entry.kind().label() + ")");
        }
        Learner<?> learner = entry.build(o.all("--param"));
        List<String> header = header(trainFile, "--train");
        String target = target(o, header, trainFile, "--train");
        boolean classes = entry.kind() == Kind.CLASSIFIER;
        Dataset train = load(classes ? CsvLoader.classTarget(target) : CsvLoader.numericTarget(target), trainFile,
                "--train");
        Model model = fit(learner, train, entry.name(), o, err);

        List<String> predictHeader = header(predictFile, "--predict");
        boolean labelled = predictHeader.contains(target);
        CsvLoader loader = !labelled ? CsvLoader.withoutTarget()
                : classes ? CsvLoader.classTarget(target).withClassNames(((Classifier) model).classNames())
                : CsvLoader.numericTarget(target);
        Dataset rows = align(load(loader, predictFile, "--predict"), train.columnNames(), predictFile);

        StringBuilder csv = new StringBuilder();
        if (model instanceof Classifier classifier) {
            if (proba) {
                if (!(model instanceof ProbabilisticClassifier p)) {
                    throw new UsageException("--proba needs a classifier that estimates probabilities; "
                            + entry.name() + " does not");
                }
                row(csv, p.classNames());
                for (double[] probabilities : p.predictProbabilities(rows)) {
                    List<String> cells = new ArrayList<>();
                    for (double v : probabilities) {
                        cells.add(Double.toString(v));
                    }
                    row(csv, cells);
                }
            } else {
                String[] labels = classifier.predictLabels(rows);
                row(csv, List.of(target));
                for (String label : labels) {
                    row(csv, List.of(label));
                }
                if (labelled) {
                    int[] predicted = classifier.predict(rows);
                    int[] actual = rows.classes();
                    int right = 0;
                    for (int i = 0; i < actual.length; i++) {
                        right += predicted[i] == actual[i] ? 1 : 0;
                    }
                    err.printf(Locale.ROOT, "accuracy on %s: %.4f (%d of %d rows)%n", predictFile, (double) right / actual.length,
                            right, actual.length);
                }
            }
        } else {
            Regressor regressor = (Regressor) model;
            double[] predicted = regressor.predict(rows);
            row(csv, List.of(target));
            for (double v : predicted) {
                row(csv, List.of(Double.toString(v)));
            }
            if (labelled && rows.rows() >= 2) {
                err.printf(Locale.ROOT, "R² on %s: %.4f (%d rows)%n", predictFile,
                        RegressionMetrics.r2(rows.targets(), predicted).value(), rows.rows());
            }
        }
        write(csv, o.get("--out"), out);
        return 0;
    }

    /** Lines the rows to predict up with the training columns, by name, in the training order. */
    private static Dataset align(Dataset rows, List<String> trainColumns, Path file) {
        if (rows.columnNames().equals(trainColumns)) {
            return rows;
        }
        List<String> extra = new ArrayList<>(rows.columnNames());
        extra.removeAll(trainColumns);
        int[] index = new int[trainColumns.size()];
        for (int j = 0; j < index.length; j++) {
            index[j] = rows.columnNames().indexOf(trainColumns.get(j));
            if (index[j] < 0) {
                throw new UsageException("--predict " + file + " must have the training file's feature columns "
                        + trainColumns + ", got " + rows.columnNames() + " (no \"" + trainColumns.get(j) + "\")");
            }
        }
        if (!extra.isEmpty()) {
            throw new UsageException("--predict " + file + " must have only the training file's feature columns "
                    + trainColumns + " and the target, got also " + extra);
        }
        return rows.selectColumns(index);
    }

    // ------------------------------------------------------------------ cross-validate

    private static int crossValidate(Options o, PrintStream out, PrintStream err) {
        if (o.help()) {
            help(out, "cross-validate --learner NAME --data CSV [--target COLUMN] [--folds K] [--time-series | --shuffle SEED] "
                    + "[--param name=value]... [--progress]",
                    "Fits the learner once per fold and prints each fold's score and their mean ± standard deviation: "
                            + "accuracy for a classifier (folds stratified by class), R² for a regressor (plain k-fold). "
                            + "With --time-series the folds chain forward: each trains on the rows before its test block.",
                    CROSS_VALIDATE);
            return 0;
        }
        LearnerEntry<?> entry = entry(o.required("--learner", "a learner's name"), "cross-validate",
                Kind.CLASSIFIER, Kind.REGRESSOR);
        Path dataFile = file(o, "--data");
        int folds = 5;
        String foldsText = o.get("--folds");
        if (foldsText != null) {
            folds = integer("--folds", foldsText, 2);
        }
        boolean timeSeries = o.flag("--time-series");
        String shuffle = o.get("--shuffle");
        if (timeSeries && shuffle != null) {
            throw new UsageException("--shuffle must not be given with --time-series (time order is the point), got "
                    + "--shuffle " + shuffle);
        }
        Learner<?> learner = entry.build(o.all("--param"));
        List<String> header = header(dataFile, "--data");
        String target = target(o, header, dataFile, "--data");
        boolean classes = entry.kind() == Kind.CLASSIFIER;
        Dataset data = load(classes ? CsvLoader.classTarget(target) : CsvLoader.numericTarget(target), dataFile,
                "--data");

        Splitter splitter;
        if (timeSeries) {
            splitter = TimeSeriesSplit.of(folds);
        } else if (classes) {
            splitter = shuffle == null ? StratifiedKFold.of(folds)
                    : StratifiedKFold.of(folds).withShuffle(longValue("--shuffle", shuffle));
        } else {
            splitter = shuffle == null ? KFold.of(folds) : KFold.of(folds).withShuffle(longValue("--shuffle", shuffle));
        }
        ProgressBar bar = progress(o, err, "cross-validating " + entry.name());
        int total = folds;
        AtomicInteger done = new AtomicInteger();
        ProgressListener listener = bar == null ? ProgressListener.NONE : bar;
        CrossValidationResult result;
        String scoreName;
        try {
            if (classes) {
                Learner<Classifier> perFold = d -> {
                    Classifier m = (Classifier) learner.fit(d);
                    listener.onStep(new Progress(1, 1, done.incrementAndGet(), total, Double.NaN, Double.NaN));
                    return m;
                };
                result = CrossValidation.crossValidate(perFold, data, splitter, Scorer.accuracy());
                scoreName = "accuracy";
            } else {
                Learner<Regressor> perFold = d -> {
                    Regressor m = (Regressor) learner.fit(d);
                    listener.onStep(new Progress(1, 1, done.incrementAndGet(), total, Double.NaN, Double.NaN));
                    return m;
                };
                result = CrossValidation.crossValidate(perFold, data, splitter, Scorer.r2());
                scoreName = "R²";
            }
        } finally {
            if (bar != null) {
                bar.finish();
            }
        }
        out.printf(Locale.ROOT, "%s, %s on %s (%d rows), %s%n", entry.name(), scoreName, dataFile, data.rows(),
                timeSeries ? folds + " forward-chaining time-series splits"
                        : folds + "-fold" + (classes ? " stratified" : "") + (shuffle != null ? ", shuffled" : ""));
        out.printf(Locale.ROOT, "%-6s %7s %7s %10s%n", "fold", "train", "test", scoreName);
        for (CrossValidationResult.FoldScores f : result.folds()) {
            out.printf(Locale.ROOT, "%-6d %7d %7d %10.4f%n", f.fold() + 1, f.trainRows(), f.testRows(), f.scores()[0]);
        }
        out.printf(Locale.ROOT, "mean %s %.4f ± %.4f (standard deviation over %d folds)%n", scoreName, result.mean(0),
                result.standardDeviation(0), result.folds().size());
        return 0;
    }

    // ------------------------------------------------------------------ cluster

    private static int cluster(Options o, PrintStream out, PrintStream err) {
        if (o.help()) {
            help(out, "cluster [--learner kmeans] --data CSV [--ignore COLUMN] [--param name=value]... [--out FILE] "
                    + "[--progress]",
                    "Clusters the rows and writes each row's cluster (0, 1, ...) as CSV; the centres and the inertia go "
                            + "to standard error.",
                    CLUSTER);
            return 0;
        }
        String name = o.get("--learner");
        LearnerEntry<?> entry = entry(name == null ? "kmeans" : name, "cluster", Kind.CLUSTERER);
        Path dataFile = file(o, "--data");
        Learner<?> learner = entry.build(o.all("--param"));
        String ignore = o.get("--ignore");
        Dataset data;
        if (ignore == null) {
            data = load(CsvLoader.withoutTarget(), dataFile, "--data");
        } else {
            if (!header(dataFile, "--data").contains(ignore)) {
                throw new UsageException("--ignore must name a column of " + dataFile + ", one of "
                        + header(dataFile, "--data") + ", got \"" + ignore + "\"");
            }
            data = load(CsvLoader.classTarget(ignore), dataFile, "--data").withoutTargets();
        }
        Clusterer model = (Clusterer) fit(learner, data, entry.name(), o, err);
        StringBuilder csv = new StringBuilder();
        row(csv, List.of("cluster"));
        for (int c : model.predict(data)) {
            row(csv, List.of(Integer.toString(c)));
        }
        write(csv, o.get("--out"), out);
        if (model instanceof KMeansModel km) {
            err.printf(Locale.ROOT, "%s: %d clusters of %d rows, inertia %.6g after %d iterations%n", entry.name(),
                    km.clusters(), data.rows(), km.inertia(), km.iterations());
            int[] sizes = new int[km.clusters()];
            for (int c : model.predict(data)) {
                sizes[c]++;
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-8s %6s", "centre", "rows"));
            for (String column : data.columnNames()) {
                line.append(String.format(Locale.ROOT, " %12s", column));
            }
            err.println(line);
            double[][] centres = km.centres();
            for (int c = 0; c < centres.length; c++) {
                line = new StringBuilder(String.format(Locale.ROOT, "%-8d %6d", c, sizes[c]));
                for (double v : centres[c]) {
                    line.append(String.format(Locale.ROOT, " %12.6g", v));
                }
                err.println(line);
            }
        }
        return 0;
    }

    // ------------------------------------------------------------------ learners

    private static int learners(Options o, PrintStream out) {
        if (o.help()) {
            help(out, "learners [--json]",
                    "Lists every learner by its command-line name, with its kind and its parameters: type, allowed "
                            + "values and default.",
                    LEARNERS);
            return 0;
        }
        out.print(o.flag("--json") ? LearnerListing.json() : LearnerListing.text());
        return 0;
    }

    // ------------------------------------------------------------------ shared steps

    private static LearnerEntry<?> entry(String name, String command, Kind... kinds) {
        LearnerEntry<?> entry = LearnerRegistry.find(name);
        if (entry == null) {
            throw new UsageException("--learner must be one of " + LearnerRegistry.names(kinds) + ", got \"" + name + "\"");
        }
        if (!List.of(kinds).contains(entry.kind())) {
            throw new UsageException("--learner for " + command + " must be one of " + LearnerRegistry.names(kinds)
                    + ", got \"" + name + "\" (a " + entry.kind().label() + ")");
        }
        return entry;
    }

    private static Path file(Options o, String option) {
        Path path = Path.of(o.required(option, "a CSV file"));
        if (!Files.isRegularFile(path)) {
            throw new UsageException(option + " must be an existing file, got \"" + path + "\"");
        }
        return path;
    }

    private static List<String> header(Path file, String option) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            Iterator<CsvRecord> records = reader.iterator();
            if (!records.hasNext()) {
                throw new UsageException(option + " " + file + " must start with a header row, got an empty file");
            }
            List<String> names = new ArrayList<>();
            for (String field : records.next().getFields()) {
                // a byte-order mark before the first name is not part of it (CsvLoader ignores it too)
                names.add((names.isEmpty() && field.startsWith("\uFEFF") ? field.substring(1) : field).strip());
            }
            return names;
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException(option + " " + file + " must be a readable CSV file: " + oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            if (e instanceof UsageException u) {
                throw u;
            }
            throw new UsageException(option + " " + file + " must be a readable CSV file: " + oneLine(e.getMessage()));
        }
    }

    private static String target(Options o, List<String> header, Path file, String option) {
        String target = o.get("--target");
        if (target == null) {
            if (header.size() < 2) {
                throw new UsageException(option + " " + file + " must have a feature column and a target column, got "
                        + header);
            }
            return header.get(header.size() - 1);
        }
        if (!header.contains(target)) {
            throw new UsageException("--target must be a column of " + file + ", one of " + header + ", got \""
                    + target + "\"");
        }
        return target;
    }

    private static Dataset load(CsvLoader loader, Path file, String option) {
        try {
            return loader.load(file);
        } catch (CsvFormatException e) {
            throw new UsageException(option + " " + oneLine(e.getMessage()));
        } catch (IOException e) {
            throw new UsageException(option + " " + file + " must be readable: " + oneLine(String.valueOf(e.getMessage())));
        }
    }

    private static Model fit(Learner<?> learner, Dataset data, String name, Options o, PrintStream err) {
        ProgressBar bar = progress(o, err, "fitting " + name);
        try {
            return learner.fit(data, bar == null ? ProgressListener.NONE : bar);
        } finally {
            if (bar != null) {
                bar.finish();
            }
        }
    }

    /**
     * A bar when asked for (drawn from the first step), or when the JVM has a console (standard input
     * and output are a terminal; drawn once the fit has taken half a second, so quick fits stay quiet).
     */
    private static ProgressBar progress(Options o, PrintStream err, String label) {
        if (o.flag("--progress")) {
            return new ProgressBar(err, label, 0);
        }
        return System.console() != null ? new ProgressBar(err, label, 500) : null;
    }

    private static int integer(String option, String text, int min) {
        try {
            int v = Integer.parseInt(text);
            if (v >= min) {
                return v;
            }
        } catch (NumberFormatException e) {
            // the message below says what is wrong
        }
        throw new UsageException(option + " must be an integer ≥ " + min + ", got \"" + text + "\"");
    }

    private static long longValue(String option, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a 64-bit integer, got \"" + text + "\"");
        }
    }

    private static void help(PrintStream out, String usage, String what, List<Spec> specs) {
        out.println("usage: java -jar classicml-examples.jar " + usage);
        out.println();
        out.println(what);
        out.println();
        for (Spec s : specs) {
            out.printf("  %-32s %s%n", s.isFlag() ? s.name() : s.name() + " <" + s.valueName() + ">", s.help());
        }
        out.printf("  %-32s %s%n", "--help", "print this help");
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int j = 0; j < cells.size(); j++) {
            if (j > 0) {
                csv.append(',');
            }
            csv.append(escape(cells.get(j)));
        }
        csv.append('\n');
    }

    /** A CSV cell: quoted when it holds a comma, a quote, a line break or outer spaces (RFC 4180). */
    static String escape(String cell) {
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0 || !cell.equals(cell.strip());
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    private static void write(StringBuilder csv, String outFile, PrintStream out) {
        if (outFile == null) {
            out.print(csv);
            out.flush();
            return;
        }
        try {
            Files.writeString(Path.of(outFile), csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("--out must be a writable file, got \"" + outFile + "\": " + oneLine(e.toString()));
        }
    }

    private static String oneLine(String message) {
        return message == null ? "(no message)" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
