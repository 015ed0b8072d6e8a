package io.github.classicml.benchmarks.compare;

import io.github.classicml.benchmarks.workloads.Json;
import io.github.classicml.benchmarks.workloads.WorkloadData;
import io.github.classicml.benchmarks.workloads.WorkloadTask;
import io.github.classicml.core.linalg.Kernels;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * Times classicml on the fixed workloads and prints the comparison table.
 *
 * <pre>
 * java [--add-modules jdk.incubator.vector] -cp benchmarks/target/benchmarks.jar \
 *     io.github.classicml.benchmarks.compare.CompareRunner \
 *     [--data DIR] [--sklearn FILE.jsonl] [--only W1,W8] [--threads 1,2] [--reps N]
 *     [--markdown FILE.md] [--out FILE.jsonl] [--list]
 * </pre>
 *
 * <ul>
 *   <li>{@code --data}: the workload files (default: {@code -Dclassicml.workloads},
 *       {@code CLASSICML_WORKLOADS} or {@code ./workload-data});</li>
 *   <li>{@code --sklearn}: scikit-learn's timings, JSON lines from
 *       {@code benchmarks/scripts/sklearn_times.py} run in the same sitting;</li>
 *   <li>{@code --only}: workloads to run; {@code --threads}: thread counts to keep (default: each
 *       row's own);</li>
 *   <li>{@code --reps}: timed calls per row (default 5; fewer for a quick look);</li>
 *   <li>{@code --markdown}: also write the table, with the machine description, as Markdown;
 *       {@code --out}: append classicml's timings as JSON lines (the scikit-learn script's format);</li>
 *   <li>{@code --list}: print the rows, their task classes and whether each is built, and stop.</li>
 * </ul>
 *
 * <p>Every row of {@link Workloads#ROWS} appears in the table: measured, "not built" (its class is
 * not on the classpath) or "failed" (with the error). The method is {@link Timing#standard()}.
 * Progress goes to standard error, the table to standard output.
 */
public final class CompareRunner {

    private final WorkloadData data;
    private final Timing timing;
    private final LongSupplier clock;
    private final Runnable collectGarbage;
    private final PrintStream progress;

    /**
     * @param data the workload files
     * @param timing the measuring method
     * @param clock a nanosecond clock
     * @param collectGarbage run before every timed call
     * @param progress where progress lines go
     */
    CompareRunner(WorkloadData data, Timing timing, LongSupplier clock, Runnable collectGarbage, PrintStream progress) {
        this.data = data;
        this.timing = timing;
        this.clock = clock;
        this.collectGarbage = collectGarbage;
        this.progress = progress;
    }

    /**
     * Entry point.
     *
     * @param args the options above
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command with the given streams.
     *
     * @param args the command line
     * @param out where the table goes
     * @param err where progress and errors go
     * @return 0 on success, 2 for a bad command line
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(Options.USAGE);
            return 2;
        }
        List<Workloads.Row> rows = select(Workloads.ROWS, options.only);
        if (options.list) {
            for (Workloads.Row r : rows) {
                out.printf(Locale.ROOT, "%-3s %-14s %-55s %s%n", r.workload(), r.row(), r.className(),
                        load(r).isPresent() ? "built" : "not built");
            }
            return 0;
        }
        PeerResults sklearn = options.sklearn == null ? PeerResults.none() : PeerResults.read(options.sklearn, "sklearn");
        List<String> header = new ArrayList<>(Machine.describe());
        header.add("scikit-learn: " + (options.sklearn == null ? "no timings given (--sklearn)"
                : sklearn.version() + ", " + sklearn.size() + " rows from " + options.sklearn));
        header.add("method: median wall time of " + options.timing.reps() + " calls (3 over "
                + options.timing.longCallSeconds() + " s, 1 over " + 3 * options.timing.longCallSeconds()
                + " s) after " + options.timing.minWarmups() + " to " + options.timing.maxWarmups()
                + " warm-up calls (" + options.timing.warmupBudgetSeconds() + " s budget), GC before each call");
        header.add("x = the other's time / classicml's: above 1, classicml is faster; fastest other from "
                + Workloads.FASTEST_SOURCE);
        err.println("classicml: timing " + rows.size() + " rows; kernels: " + Kernels.description());
        WorkloadData data = WorkloadData.open(options.data);
        CompareRunner runner = new CompareRunner(data, options.timing, System::nanoTime, System::gc, err);
        List<ResultTable.Line> lines = runner.measure(rows, options.threads, sklearn);
        if (options.peers != null) {
            lines = withOtherPeers(lines, options.peers, header);
        }
        out.println();
        for (String h : header) {
            out.println(h);
        }
        out.println();
        out.print(ResultTable.text(lines));
        try {
            if (options.markdown != null) {
                StringBuilder md = new StringBuilder();
                for (String h : header) {
                    md.append("- ").append(h).append('\n');
                }
                md.append('\n').append(ResultTable.markdown(lines));
                Files.writeString(options.markdown, md.toString());
                err.println("wrote " + options.markdown);
            }
            if (options.jsonOut != null) {
                StringBuilder json = new StringBuilder();
                for (ResultTable.Line l : lines) {
                    json.append(Json.write(record(l))).append('\n');
                }
                Files.writeString(options.jsonOut, json.toString(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                err.println("appended to " + options.jsonOut);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    /** The Java libraries the runner can show beside classicml, as java-peers labels its records. */
    static final List<String> OTHER_PEERS = List.of("smile", "tribuo");

    /**
     * Adds Smile's and Tribuo's results from one file of java-peers records to every line, and a header
     * line saying where they came from.
     */
    static List<ResultTable.Line> withOtherPeers(List<ResultTable.Line> lines, Path file, List<String> header) {
        Map<String, PeerResults> results = new LinkedHashMap<>();
        for (String peer : OTHER_PEERS) {
            PeerResults r = PeerResults.read(file, peer);
            results.put(peer, r);
            header.add(peer + ": " + r.version() + ", " + r.size() + " rows from " + file + " (timed in this sitting)");
        }
        List<ResultTable.Line> out = new ArrayList<>();
        for (ResultTable.Line l : lines) {
            Map<String, Optional<PeerResults.Result>> others = new LinkedHashMap<>();
            for (Map.Entry<String, PeerResults> e : results.entrySet()) {
                others.put(e.getKey(), e.getValue().get(l.row().workload(), l.row().row(), l.threads()));
            }
            out.add(l.withOthers(others));
        }
        return out;
    }

    /** The JSON record of one line, in the scikit-learn script's format. */
    private static Map<String, Object> record(ResultTable.Line l) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("peer", "classicml");
        r.put("workload", l.row().workload());
        r.put("row", l.row().row());
        r.put("impl", l.row().className());
        r.put("threads", l.threads());
        r.put("status", l.status().name().toLowerCase(Locale.ROOT));
        r.put("median_s", l.seconds());
        r.put("metrics", l.quality());
        r.put("note", l.message());
        return r;
    }

    /** Rows of the given workloads, in registry order; all rows when {@code only} is empty. */
    static List<Workloads.Row> select(List<Workloads.Row> rows, Set<String> only) {
        return rows.stream().filter(r -> only.isEmpty() || only.contains(r.workload())).toList();
    }

    /**
     * Measures every row, at each thread count it runs at that {@code threads} keeps (all when empty).
     *
     * @param rows the rows
     * @param threads thread counts to keep; empty keeps all
     * @param peer scikit-learn's results
     * @return one line per row and thread count
     */
    List<ResultTable.Line> measure(List<Workloads.Row> rows, Set<Integer> threads, PeerResults peer) {
        List<ResultTable.Line> lines = new ArrayList<>();
        for (Workloads.Row r : rows) {
            Optional<WorkloadTask> task;
            try {
                task = load(r);
            } catch (RuntimeException e) {
                lines.add(line(r, 1, ResultTable.Status.FAILED, e.getMessage(), null, Map.of(), peer));
                continue;
            }
            if (task.isEmpty()) {
                for (int t : r.threads()) {
                    if (threads.isEmpty() || threads.contains(t)) {
                        lines.add(line(r, t, ResultTable.Status.NOT_BUILT, "", null, Map.of(), peer));
                    }
                }
                progress.println(r.workload() + " " + r.row() + ": not built (" + r.className() + " not on the classpath)");
                continue;
            }
            WorkloadTask w = task.get();
            if (!w.workload().equals(r.workload()) || !w.row().equals(r.row())) {
                lines.add(line(r, 1, ResultTable.Status.FAILED, r.simpleClassName() + " says it is " + w.workload()
                        + " " + w.row(), null, Map.of(), peer));
                continue;
            }
            for (int t : w.threadCounts()) {
                if (!threads.isEmpty() && !threads.contains(t)) {
                    continue;
                }
                lines.add(measureOne(r, w, t, peer));
            }
        }
        return lines;
    }

    private ResultTable.Line measureOne(Workloads.Row r, WorkloadTask task, int threads, PeerResults peer) {
        try {
            WorkloadTask.Run run = task.prepare(data, threads);
            Timing.Measurement m = timing.measure(run::call, clock, collectGarbage);
            Map<String, Double> quality = run.quality(m.lastResult());
            progress.printf(Locale.ROOT, "%s %s threads=%d: median %.4f s over %d calls (warm-up %d calls) %s%n",
                    r.workload(), r.row(), threads, m.medianSeconds(), m.timesSeconds().size(),
                    m.warmupSeconds().size(), quality);
            return line(r, threads, ResultTable.Status.MEASURED, "", m.medianSeconds(), quality, peer);
        } catch (RuntimeException e) {
            progress.println(r.workload() + " " + r.row() + " threads=" + threads + ": failed: " + e);
            return line(r, threads, ResultTable.Status.FAILED, String.valueOf(e.getMessage()), null, Map.of(), peer);
        }
    }

    private static ResultTable.Line line(Workloads.Row r, int threads, ResultTable.Status status, String message,
                                         Double seconds, Map<String, Double> quality, PeerResults peer) {
        return new ResultTable.Line(r, threads, status, message, seconds, quality,
                peer.get(r.workload(), r.row(), threads), Workloads.fastest(r.workload(), r.row(), threads));
    }

    /**
     * Loads a row's task by its class name.
     *
     * @param r the row
     * @return the task, or empty when its class is not on the classpath
     * @throws IllegalStateException if the class exists but is not a usable task
     */
    static Optional<WorkloadTask> load(Workloads.Row r) {
        Class<?> c;
        try {
            c = Class.forName(r.className());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        if (!WorkloadTask.class.isAssignableFrom(c)) {
            throw new IllegalStateException(r.simpleClassName() + " must implement WorkloadTask");
        }
        try {
            return Optional.of((WorkloadTask) c.getDeclaredConstructor().newInstance());
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(r.simpleClassName() + "() threw " + e.getCause(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(r.simpleClassName() + " must have a public no-argument constructor", e);
        }
    }

    /** The parsed command line. */
    static final class Options {

        static final String USAGE = "usage: CompareRunner [--data DIR] [--sklearn FILE.jsonl] [--only W1,W8]"
                + " [--threads 1,2] [--reps N] [--markdown FILE.md] [--out FILE.jsonl] [--peers FILE.jsonl] [--list]";

        Path data = WorkloadData.defaultDirectory();
        Path sklearn;
        /** Smile's and Tribuo's records (java-peers), or null. */
        Path peers;
        Path markdown;
        Path jsonOut;
        Set<String> only = new TreeSet<>();
        Set<Integer> threads = new TreeSet<>();
        Timing timing = Timing.standard();
        boolean list;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--list")) {
                    o.list = true;
                    continue;
                }
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException(a.startsWith("--") ? a + " must be followed by a value"
                            : "option must start with --, got \"" + a + "\"");
                }
                String v = args[++i];
                switch (a) {
                    case "--data":
                        o.data = Path.of(v);
                        break;
                    case "--sklearn":
                        o.sklearn = Path.of(v);
                        break;
                    case "--markdown":
                        o.markdown = Path.of(v);
                        break;
                    case "--peers":
                        o.peers = Path.of(v);
                        break;
                    case "--out":
                        o.jsonOut = Path.of(v);
                        break;
                    case "--only":
                        for (String w : v.split(",")) {
                            String id = w.strip().toUpperCase(Locale.ROOT);
                            if (!id.matches("W[1-9]")) {
                                throw new IllegalArgumentException("--only must list workloads W1..W9, got \"" + w + "\"");
                            }
                            o.only.add(id);
                        }
                        break;
                    case "--threads":
                        for (String t : v.split(",")) {
                            o.threads.add(positive("--threads", t.strip()));
                        }
                        break;
                    case "--reps":
                        o.timing = o.timing.withReps(positive("--reps", v));
                        break;
                    default:
                        throw new IllegalArgumentException("option must be one of --data, --sklearn, --only, --threads,"
                                + " --reps, --markdown, --out, --peers, --list, got \"" + a + "\"");
                }
            }
            return o;
        }

        private static int positive(String name, String v) {
            try {
                int n = Integer.parseInt(v);
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(name + " must be a whole number >= 1, got \"" + v + "\"");
        }
    }
}
