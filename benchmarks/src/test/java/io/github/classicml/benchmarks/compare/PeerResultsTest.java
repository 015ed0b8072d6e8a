package io.github.classicml.benchmarks.compare;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeerResultsTest {

    @Test
    void parse_keepsThePeer_andTheNewestRecordPerRow() {
        List<String> lines = List.of(
                "{\"peer\": \"sklearn\", \"peer_version\": \"1.2.1\", \"workload\": \"W8\", \"row\": \"auc\","
                        + " \"threads\": 1, \"times_s\": [0.2, 0.1], \"median_s\": 0.15, \"metrics\": {\"auc\": 0.75}}",
                "",
                "{\"peer\": \"sklearn[coretype-unset]\", \"workload\": \"W8\", \"row\": \"auc\", \"threads\": 1,"
                        + " \"median_s\": 9.0, \"metrics\": {}}",
                "{\"peer\": \"sklearn\", \"peer_version\": \"1.2.1\", \"workload\": \"W8\", \"row\": \"auc\","
                        + " \"threads\": 1, \"median_s\": 0.16, \"cpu_per_wall\": NaN,"
                        + " \"metrics\": {\"auc\": 0.75, \"note\": \"text is skipped\"}}",
                "{\"peer\": \"sklearn\", \"workload\": \"W7\", \"row\": \"bagging\", \"threads\": 2,"
                        + " \"median_s\": null, \"metrics\": {}, \"note\": \"skipped\"}");
        PeerResults r = PeerResults.parse(lines, "sklearn", "t.jsonl");
        assertEquals(2, r.size());
        PeerResults.Result auc = r.get("W8", "auc", 1).orElseThrow();
        assertEquals(0.16, auc.medianSeconds());
        assertEquals(Map.of("auc", 0.75), auc.metrics());
        assertEquals("1.2.1", r.version());
        assertEquals(null, r.get("W7", "bagging", 2).orElseThrow().medianSeconds());
        assertTrue(r.get("W8", "auc", 2).isEmpty());
    }

    @Test
    void parse_badLine_namesFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PeerResults.parse(
                List.of("{\"workload\": \"W8\", \"threads\": 1}"), "sklearn", "t.jsonl"));
        assertEquals("t.jsonl line 1 must be a timing record (field row is missing)", e.getMessage());
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class, () -> PeerResults.parse(
                List.of("", "{\"workload\": "), "sklearn", "t.jsonl"));
        assertTrue(f.getMessage().startsWith("t.jsonl line 2 must be a timing record (JSON must have"), f.getMessage());
    }
}
