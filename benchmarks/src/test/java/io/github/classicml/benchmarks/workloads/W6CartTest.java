package io.github.classicml.benchmarks.workloads;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class W6CartTest {

    @TempDir
    Path dir;

    private String entry(String name, int[] shape, double... values) throws Exception {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            buffer.putDouble(v);
        }
        Files.write(dir.resolve(name + ".f64"), buffer.array());
        String dims = shape.length == 1 ? "[" + shape[0] + "]" : "[" + shape[0] + ", " + shape[1] + "]";
        return "\"" + name + "\": {\"file\": \"" + name + ".f64\", \"sha256\": \"\", \"shape\": " + dims + "}";
    }

    @Test
    void prepare_fitsATree_andScoresTestAccuracy() throws Exception {
        // class 1 exactly when column 1 exceeds 5 (column 0 is noise): the tree splits column 1 at
        // (3 + 7) / 2 = 5; the last test row is labelled wrongly on purpose, so accuracy is 3/4
        String manifest = "{\"arrays\": {"
                + entry("w6_X_train", new int[] {4, 2}, 0, 1, 1, 3, 0, 7, 1, 9) + ", "
                + entry("w6_y_train", new int[] {4}, 0, 0, 1, 1) + ", "
                + entry("w6_X_test", new int[] {4, 2}, 5, 2, 5, 8, 0, 6, 0, 0) + ", "
                + entry("w6_y_test", new int[] {4}, 0, 1, 1, 1) + "}}";
        Files.writeString(dir.resolve("manifest.json"), manifest);
        W6Cart task = new W6Cart();
        assertEquals("W6", task.workload());
        assertEquals("cart", task.row());
        assertArrayEquals(new int[] {1}, task.threadCounts());
        WorkloadTask.Run run = task.prepare(WorkloadData.open(dir), 1);
        assertEquals(Map.of("test_accuracy", 0.75), run.quality(run.call()));
    }
}
