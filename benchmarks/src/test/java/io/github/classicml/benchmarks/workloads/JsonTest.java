package io.github.classicml.benchmarks.workloads;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonTest {

    @Test
    void write_thenParse_roundTrips() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("peer", "classicml");
        m.put("threads", 2);
        m.put("median_s", 0.125);
        m.put("times_s", new double[] {0.5, 0.25});
        m.put("note", "a \"quoted\"\tline\n");
        m.put("none", null);
        m.put("ok", true);
        String text = Json.write(m);
        assertEquals("{\"peer\": \"classicml\", \"threads\": 2, \"median_s\": 0.125, \"times_s\": [0.5, 0.25],"
                + " \"note\": \"a \\\"quoted\\\"\\tline\\n\", \"none\": null, \"ok\": true}", text);
        Map<String, Object> back = new LinkedHashMap<>();
        back.put("peer", "classicml");
        back.put("threads", 2.0);
        back.put("median_s", 0.125);
        back.put("times_s", List.of(0.5, 0.25));
        back.put("note", "a \"quoted\"\tline\n");
        back.put("none", null);
        back.put("ok", true);
        assertEquals(back, Json.parse(text));
    }

    @Test
    void nonFiniteNumbers_asPythonWritesThem() {
        assertEquals("[NaN, Infinity, -Infinity]", Json.write(List.of(Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY)));
        assertEquals(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -1.5),
                Json.parse("[NaN, Infinity, -Infinity, -1.5]"));
        assertEquals("value must be a JSON type, got java.lang.Object",
                assertThrows(IllegalArgumentException.class, () -> Json.write(new Object())).getMessage());
    }
}
