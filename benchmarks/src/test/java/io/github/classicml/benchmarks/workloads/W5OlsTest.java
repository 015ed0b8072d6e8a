package io.github.classicml.benchmarks.workloads;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class W5OlsTest {

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
    void prepare_fitsAndScoresR2() throws Exception {
        // y = 1 + 2 x exactly on four points except the last, which is 1 too high:
        // x = 0, 1, 2, 3; y = 1, 3, 5, 8. Least squares: xbar = 1.5, ybar = 4.25,
        // Sxy = (-1.5)(-3.25) + (-0.5)(-1.25) + (0.5)(0.75) + (1.5)(3.75) = 4.875 + 0.625 + 0.375 + 5.625 = 11.5,
        // Sxx = 5, slope 2.3, intercept 4.25 - 3.45 = 0.8; fitted 0.8, 3.1, 5.4, 7.7;
        // RSS = 0.04 + 0.01 + 0.16 + 0.09 = 0.3; TSS = 10.5625 + 1.5625 + 0.5625 + 14.0625 = 26.75
        String manifest = "{\"arrays\": {"
                + entry("w5_X", new int[] {4, 1}, 0, 1, 2, 3) + ", "
                + entry("w5_y", new int[] {4}, 1, 3, 5, 8) + "}}";
        Files.writeString(dir.resolve("manifest.json"), manifest);
        W5Ols task = new W5Ols();
        assertEquals("W5", task.workload());
        assertEquals("ols", task.row());
        assertArrayEquals(new int[] {1, 2}, task.threadCounts());
        WorkloadTask.Run run = task.prepare(WorkloadData.open(dir), 2);
        Object model = run.call();
        assertEquals(1 - 0.3 / 26.75, run.quality(model).get("r2"), 1e-12);
    }
}
