package io.github.classicml.benchmarks.compare;

import io.github.classicml.benchmarks.workloads.WorkloadData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareRunnerTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    /** A workload directory holding one array {@code x = [1, 2, 3]}. */
    private WorkloadData smallData() throws Exception {
        ByteBuffer buffer = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putDouble(1).putDouble(2).putDouble(3);
        Files.write(dir.resolve("x.f64"), buffer.array());
        Files.writeString(dir.resolve("manifest.json"),
                "{\"arrays\": {\"x\": {\"file\": \"x.f64\", \"shape\": [3], \"sha256\": \"\"}}}");
        return WorkloadData.open(dir);
    }

    private CompareRunner runner(WorkloadData data) {
        // no timing is asserted: a quick method, a clock, no garbage collection
        return new CompareRunner(data, new Timing(1, 0, 1, 3, 10), System::nanoTime, () -> { }, stream);
    }

    @Test
    void registry_listsEveryRowOfTheWorkloadTable_underTheNamingConvention() {
        assertEquals(12, Workloads.ROWS.size());
        Set<String> keys = new HashSet<>();
        for (Workloads.Row r : Workloads.ROWS) {
            assertTrue(keys.add(r.workload() + " " + r.row()), r.toString());
            assertTrue(r.className().startsWith(Workloads.PACKAGE + "." + r.workload()), r.className());
            assertTrue(r.simpleClassName().matches("W[1-9]([A-Z][a-z0-9]*)+"), r.simpleClassName());
            assertTrue(r.threads().contains(1), r.toString());
            assertTrue(!r.quality().isEmpty(), r.toString());
        }
        assertEquals(Set.of("W1 brute", "W1 kd-tree", "W2 lloyd", "W2 accelerated", "W3 gnb", "W4 l2-logistic",
                "W5 ols", "W6 cart", "W7 bagging", "W7 random-forest", "W8 auc", "W9 confusion"), keys);
        for (Workloads.Fastest f : Workloads.FASTEST) {
            assertTrue(keys.contains(f.workload() + " " + f.row()), f.toString());
        }
        // every single-thread row has the fastest other library's figure
        for (Workloads.Row r : Workloads.ROWS) {
            assertTrue(Workloads.fastest(r.workload(), r.row(), 1).isPresent(), r.toString());
        }
    }

    @Test
    void measure_builtAndMissingRows_bothAppear() throws Exception {
        Workloads.Row built = new Workloads.Row("W9", "confusion", SumTask.class.getName(), List.of(1),
                List.of("trace"), "test");
        Workloads.Row missing = new Workloads.Row("W6", "cart", Workloads.PACKAGE + ".W6NoSuchClass", List.of(1, 2),
                List.of("test_accuracy"), "test");
        PeerResults sklearn = PeerResults.parse(List.of("{\"peer\": \"sklearn\", \"workload\": \"W9\","
                + " \"row\": \"confusion\", \"threads\": 1, \"median_s\": 0.1, \"metrics\": {\"trace\": 6}}"),
                "sklearn", "t");
        List<ResultTable.Line> lines = runner(smallData()).measure(List.of(built, missing), Set.of(), sklearn);

        assertEquals(4, lines.size());
        ResultTable.Line one = lines.get(0);
        assertEquals(ResultTable.Status.MEASURED, one.status());
        assertEquals(1, one.threads());
        assertEquals(Map.of("trace", 6.0), one.quality());
        assertTrue(one.seconds() >= 0);
        assertEquals(0.1, one.peer().orElseThrow().medianSeconds());
        assertEquals(0.0049, one.fastest().orElseThrow().seconds());
        assertEquals(Map.of("trace", 12.0), lines.get(1).quality(), "the task's second thread count");
        assertEquals(ResultTable.Status.NOT_BUILT, lines.get(2).status());
        assertEquals(List.of(1, 2), List.of(lines.get(2).threads(), lines.get(3).threads()));
        assertTrue(ResultTable.text(lines).contains("not built"));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains(
                "W6 cart: not built (io.github.classicml.benchmarks.workloads.W6NoSuchClass not on the classpath)"));
    }

    @Test
    void measure_threadFilter_andAMismatchedClass_isReportedAsFailed() throws Exception {
        Workloads.Row wrongRow = new Workloads.Row("W8", "auc", SumTask.class.getName(), List.of(1),
                List.of("auc"), "test");
        Workloads.Row built = new Workloads.Row("W9", "confusion", SumTask.class.getName(), List.of(1),
                List.of("trace"), "test");
        List<ResultTable.Line> lines = runner(smallData()).measure(List.of(wrongRow, built), Set.of(2), PeerResults.none());
        assertEquals(2, lines.size());
        assertEquals(ResultTable.Status.FAILED, lines.get(0).status());
        assertEquals("SumTask says it is W9 confusion", lines.get(0).message());
        assertEquals(2, lines.get(1).threads());
    }

    @Test
    void run_onThisClasspath_showsEveryRowOfTheRegistry() throws Exception {
        smallData();
        Path md = dir.resolve("table.md");
        int status = CompareRunner.run(new String[] {"--data", dir.toString(), "--markdown", md.toString()},
                stream, stream);
        assertEquals(0, status);
        String table = Files.readString(md);
        for (Workloads.Row r : Workloads.ROWS) {
            assertTrue(table.contains("| " + r.workload() + " | " + r.row() + " | 1 |"), r.toString());
        }
        assertTrue(table.contains("- kernels: "), table);
    }

    @Test
    void run_list_namesEveryClass() {
        assertEquals(0, CompareRunner.run(new String[] {"--list", "--only", "w8"}, stream, stream));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("W8  auc            io.github.classicml.benchmarks.workloads.W8RocAuc"), printed);
    }

    @Test
    void run_badOptions_exitWith2AndAMessage() {
        assertEquals(2, CompareRunner.run(new String[] {"--only", "W10"}, stream, stream));
        assertEquals(2, CompareRunner.run(new String[] {"--reps", "0"}, stream, stream));
        assertEquals(2, CompareRunner.run(new String[] {"--frobnicate", "1"}, stream, stream));
        assertEquals(2, CompareRunner.run(new String[] {"--data"}, stream, stream));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("--only must list workloads W1..W9, got \"W10\""), printed);
        assertTrue(printed.contains("--reps must be a whole number >= 1, got \"0\""), printed);
        assertTrue(printed.contains("option must be one of --data, --sklearn, --only, --threads, --reps,"
                + " --markdown, --out, --peers, --list, got \"--frobnicate\""), printed);
        assertTrue(printed.contains("--data must be followed by a value"), printed);
    }
}
