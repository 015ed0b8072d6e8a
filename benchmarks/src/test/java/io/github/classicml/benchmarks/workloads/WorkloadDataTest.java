package io.github.classicml.benchmarks.workloads;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WorkloadDataTest {

    @TempDir
    Path dir;

    private String write(String name, double... values) throws Exception {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            buffer.putDouble(v);
        }
        Files.write(dir.resolve(name + ".f64"), buffer.array());
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(buffer.array()));
    }

    @Test
    void open_readsShapesValuesAndVerifiesHashes() throws Exception {
        String xs = write("x", 1, 2, 3, 4, 5, 6);
        String ys = write("y", 0, 1, 1);
        Files.writeString(dir.resolve("manifest.json"), "{\n \"arrays\": {\n"
                + "  \"x\": {\"dtype\": \"float64-le\", \"file\": \"x.f64\", \"sha256\": \"" + xs + "\", \"shape\": [3, 2]},\n"
                + "  \"y\": {\"dtype\": \"float64-le\", \"file\": \"y.f64\", \"sha256\": \"" + ys + "\", \"shape\": [3]}\n"
                + " },\n \"manifest_version\": 1, \"ok\": true, \"none\": null, \"s\": \"a\\\"b\\u0041\"\n}");
        WorkloadData data = WorkloadData.open(dir);
        assertArrayEquals(new int[] {3, 2}, data.shape("x"));
        Dataset d = data.classification("x", "y");
        assertEquals(3, d.rows());
        assertArrayEquals(new int[] {0, 1, 1}, d.classes());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, d.features());
        assertEquals(List.of(), data.mismatches());
        write("y", 0, 1, 2);
        assertEquals(List.of("y"), data.mismatches());
        assertEquals("name must be an array of " + dir.resolve("manifest.json") + ", one of [x, y], got \"z\"",
                assertThrows(IllegalArgumentException.class, () -> data.values("z")).getMessage());
    }

    @Test
    void json_parsesNestedValues() {
        Object v = Json.parse("{\"a\": [1, -2.5e1, {\"b\": false}], \"c\": \"\\n\"}");
        assertEquals(Map.of("a", List.of(1.0, -25.0, Map.of("b", false)), "c", "\n"), v);
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": }"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("[1] x"));
    }
}
