package io.github.classicml.benchmarks.workloads;

import io.github.classicml.metrics.Ratio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MetricsWorkloadTasksTest {

    @TempDir
    Path dir;

    /** Writes small stand-ins for the W8 and W9 arrays with a manifest naming them. */
    private WorkloadData data() throws Exception {
        double[][] arrays = {{1, 0, 1, 0}, {0.9, 0.8, 0.8, 0.1}, {0, 1, 2, 9, 9}, {0, 2, 2, 9, 1}};
        String[] names = {"w8_y", "w8_score", "w9_y_true", "w9_y_pred"};
        StringBuilder manifest = new StringBuilder("{\"arrays\": {");
        for (int a = 0; a < names.length; a++) {
            ByteBuffer buffer = ByteBuffer.allocate(arrays[a].length * 8).order(ByteOrder.LITTLE_ENDIAN);
            for (double v : arrays[a]) {
                buffer.putDouble(v);
            }
            Files.write(dir.resolve(names[a] + ".f64"), buffer.array());
            manifest.append(a == 0 ? "" : ", ").append('"').append(names[a]).append("\": {\"file\": \"")
                    .append(names[a]).append(".f64\", \"shape\": [").append(arrays[a].length).append("]}");
        }
        Files.writeString(dir.resolve("manifest.json"), manifest.append("}}").toString());
        return WorkloadData.open(dir);
    }

    @Test
    void w8_timesTheAuc_andReportsIt() throws Exception {
        WorkloadTask task = new W8RocAuc();
        assertEquals("W8", task.workload());
        assertEquals("auc", task.row());
        WorkloadTask.Run run = task.prepare(data(), 1);
        Object result = run.call();
        // positives 0.9 and 0.8 against negatives 0.8 and 0.1: U = 2 + 1.5 = 3.5 of 4
        assertEquals(0.875, ((Ratio) result).value());
        assertEquals(Map.of("auc", 0.875), run.quality(result));
    }

    @Test
    void w9_timesTheMatrix_andReportsTraceAndSumOfSquares() throws Exception {
        WorkloadTask task = new W9ConfusionMatrix();
        assertEquals("W9", task.workload());
        assertEquals("confusion", task.row());
        WorkloadTask.Run run = task.prepare(data(), 1);
        // cells (0,0), (1,2), (2,2), (9,9), (9,1): trace 3, five cells of 1
        assertEquals(Map.of("trace", 3.0, "sum_sq", 5.0), run.quality(run.call()));
    }
}
