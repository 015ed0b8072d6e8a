package io.github.classicml.benchmarks.compare;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Smile and Tribuo columns, timed in the same sitting, beside classicml's. */
class ResultTablePeersTest {

    private static final Workloads.Row FOREST = Workloads.ROWS.stream()
            .filter(r -> r.row().equals("random-forest")).findFirst().orElseThrow();

    @Test
    void markdown_addsThreeColumnsPerOtherLibrary() {
        Map<String, Optional<PeerResults.Result>> others = new LinkedHashMap<>();
        others.put("smile", Optional.of(new PeerResults.Result("smile", "3.1.1", "W7", "random-forest", 1, 1.5,
                Map.of("test_accuracy", 0.96))));
        others.put("tribuo", Optional.empty());
        ResultTable.Line line = new ResultTable.Line(FOREST, 1, ResultTable.Status.MEASURED, "", 1.0,
                Map.of("test_accuracy", 0.95), Optional.empty(), Workloads.fastest("W7", "random-forest", 1)).withOthers(others);
        String md = ResultTable.markdown(List.of(line));
        assertEquals("| workload | row | threads | classicml s | sklearn s | sklearn/classicml | classicml quality"
                + " | sklearn quality | fastest other s | fastest/classicml | smile s | smile/classicml | smile quality"
                + " | tribuo s | tribuo/classicml | tribuo quality |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
                + "| W7 | random-forest | 1 | 1 | – | – | test_accuracy 0.95 | – | 1.32 Smile | 1.32x"
                + " | 1.5 | 1.5x | test_accuracy 0.96 | – | – | – |\n", md);
    }

    @Test
    void withOtherPeers_readsSmileAndTribuoFromOneFile() throws Exception {
        Path file = Files.createTempFile("peers", ".jsonl");
        try {
            Files.write(file, List.of(
                    "{\"peer\": \"smile\", \"peer_version\": \"3.1.1\", \"workload\": \"W7\", \"row\": \"random-forest\","
                            + " \"threads\": 2, \"median_s\": 0.7, \"metrics\": {\"test_accuracy\": 0.96}}",
                    "{\"peer\": \"tribuo\", \"peer_version\": \"4.3.2\", \"workload\": \"W7\", \"row\": \"random-forest\","
                            + " \"threads\": 1, \"median_s\": 65.0, \"metrics\": {}}"));
            ResultTable.Line one = new ResultTable.Line(FOREST, 1, ResultTable.Status.MEASURED, "", 1.0, Map.of(),
                    Optional.empty(), Optional.empty());
            ResultTable.Line two = new ResultTable.Line(FOREST, 2, ResultTable.Status.MEASURED, "", 0.5, Map.of(),
                    Optional.empty(), Optional.empty());
            List<String> header = new ArrayList<>();
            List<ResultTable.Line> lines = CompareRunner.withOtherPeers(List.of(one, two), file, header);
            assertEquals(Optional.empty(), lines.get(0).others().get("smile"));
            assertEquals(65.0, lines.get(0).others().get("tribuo").orElseThrow().medianSeconds());
            assertEquals(0.7, lines.get(1).others().get("smile").orElseThrow().medianSeconds());
            assertTrue(header.get(0).startsWith("smile: 3.1.1, 1 rows from "), header.get(0));
        } finally {
            Files.delete(file);
        }
    }
}
