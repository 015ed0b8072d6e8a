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

class W4LogisticL2Test {

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
    void prepare_fitsAndScoresAccuracyAndObjective() throws Exception {
        // x = -1 (class 0), x = +1 (class 1): w solves w = 2 / (1 + e^w), w = 0.6749 and b = 0; the
        // objective is 2 log(1 + e^-w) + w^2 / 2 = 1.2238; the last test row is labelled wrongly on purpose
        String manifest = "{\"arrays\": {"
                + entry("w4_X_train", new int[] {2, 1}, -1, 1) + ", "
                + entry("w4_y_train", new int[] {2}, 0, 1) + ", "
                + entry("w4_X_test", new int[] {4, 1}, -3, 2, 0.5, -0.5) + ", "
                + entry("w4_y_test", new int[] {4}, 0, 1, 1, 1) + "}}";
        Files.writeString(dir.resolve("manifest.json"), manifest);
        W4LogisticL2 task = new W4LogisticL2();
        assertEquals("W4", task.workload());
        assertEquals("l2-logistic", task.row());
        assertArrayEquals(new int[] {1, 2}, task.threadCounts());
        WorkloadTask.Run run = task.prepare(WorkloadData.open(dir), 1);
        Map<String, Double> quality = run.quality(run.call());
        assertEquals(0.75, quality.get("test_accuracy"));
        double w = 0.6749;
        assertEquals(2 * Math.log1p(Math.exp(-w)) + w * w / 2, quality.get("objective"), 1e-4);
    }
}
