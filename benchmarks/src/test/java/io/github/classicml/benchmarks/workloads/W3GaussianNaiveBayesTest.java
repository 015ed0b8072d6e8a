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

class W3GaussianNaiveBayesTest {

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
    void prepare_fitsAndPredicts_andScoresAccuracy() throws Exception {
        // one column; class 0 near 0, class 1 near 10; the last test row is labelled wrongly on purpose
        String manifest = "{\"arrays\": {"
                + entry("w3_X_train", new int[] {4, 1}, 0, 1, 10, 11) + ", "
                + entry("w3_y_train", new int[] {4}, 0, 0, 1, 1) + ", "
                + entry("w3_X_test", new int[] {4, 1}, 0.5, 9, 12, 2) + ", "
                + entry("w3_y_test", new int[] {4}, 0, 1, 1, 1) + "}}";
        Files.writeString(dir.resolve("manifest.json"), manifest);
        W3GaussianNaiveBayes task = new W3GaussianNaiveBayes();
        assertEquals("W3", task.workload());
        assertEquals("gnb", task.row());
        assertArrayEquals(new int[] {1}, task.threadCounts());
        WorkloadTask.Run run = task.prepare(WorkloadData.open(dir), 1);
        Object predicted = run.call();
        assertArrayEquals(new int[] {0, 1, 1, 0}, (int[]) predicted);
        assertEquals(Map.of("accuracy", 0.75), run.quality(predicted));
    }
}
