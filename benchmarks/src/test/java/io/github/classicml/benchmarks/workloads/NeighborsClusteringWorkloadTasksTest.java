package io.github.classicml.benchmarks.workloads;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NeighborsClusteringWorkloadTasksTest {

    @TempDir
    Path dir;

    /** Small stand-ins for the W1 and W2 arrays: for W1 two groups, around (0, 0) and (10, 10). */
    private WorkloadData data() throws Exception {
        double[][] arrays = {
            {0, 0, 1, 0, 0, 1, 1, 1, 10, 10, 11, 10, 10, 11, 11, 11}, {0, 0, 0, 0, 1, 1, 1, 1},
            {0.5, 0.4, 10.5, 10.6, 0.2, 0.9}, {0, 1, 0},
            grid(40),
        };
        String[] names = {"w1_X_train", "w1_y_train", "w1_X_query", "w1_y_query", "w2_X"};
        int[][] shapes = {{8, 2}, {8}, {3, 2}, {3}, {40, 2}};
        StringBuilder manifest = new StringBuilder("{\"arrays\": {");
        for (int a = 0; a < names.length; a++) {
            ByteBuffer buffer = ByteBuffer.allocate(arrays[a].length * 8).order(ByteOrder.LITTLE_ENDIAN);
            for (double v : arrays[a]) {
                buffer.putDouble(v);
            }
            Files.write(dir.resolve(names[a] + ".f64"), buffer.array());
            String shape = shapes[a].length == 1 ? "[" + shapes[a][0] + "]" : "[" + shapes[a][0] + ", " + shapes[a][1] + "]";
            manifest.append(a == 0 ? "" : ", ").append('"').append(names[a]).append("\": {\"file\": \"")
                    .append(names[a]).append(".f64\", \"shape\": ").append(shape).append('}');
        }
        Files.writeString(dir.resolve("manifest.json"), manifest.append("}}").toString());
        return WorkloadData.open(dir);
    }

    /** {@code rows} distinct points (i, i * 7 mod 5), row-major. */
    private static double[] grid(int rows) {
        double[] x = new double[2 * rows];
        for (int i = 0; i < rows; i++) {
            x[2 * i] = i;
            x[2 * i + 1] = (i * 7) % 5;
        }
        return x;
    }

    @Test
    void w1_rows_predictTheQueries_andReportAccuracyAndIndexBuild() throws Exception {
        for (WorkloadTask task : List.of(new W1KnnBruteForce(), new W1KnnKdTree())) {
            assertEquals("W1", task.workload());
            assertArrayEquals(new int[] {1, 2}, task.threadCounts());
            for (int threads : task.threadCounts()) {
                WorkloadTask.Run run = task.prepare(data(), threads);
                Object predicted = run.call();
                // queries near 0, near 10, near 0 -> classes 0, 1, 0
                assertArrayEquals(new int[] {0, 1, 0}, (int[]) predicted);
                Map<String, Double> q = run.quality(predicted);
                assertEquals(List.of("accuracy", "index_build_s"), List.copyOf(q.keySet()));
                assertEquals(1.0, q.get("accuracy"));
                assertTrue(q.get("index_build_s") >= 0);
            }
        }
        assertEquals("brute", new W1KnnBruteForce().row());
        assertEquals("kd-tree", new W1KnnKdTree().row());
    }

    @Test
    void w2_rows_fitKMeans_andReportInertiaAndIterations() throws Exception {
        assertEquals("lloyd", new W2KMeansLloyd().row());
        assertEquals("accelerated", new W2KMeansAccelerated().row());
        for (WorkloadTask task : List.of(new W2KMeansLloyd(), new W2KMeansAccelerated())) {
            assertEquals("W2", task.workload());
            assertArrayEquals(new int[] {1, 2}, task.threadCounts());
            WorkloadTask.Run run = task.prepare(data(), 2);
            Map<String, Double> q = run.quality(run.call());
            assertEquals(List.of("inertia", "n_iter"), List.copyOf(q.keySet()));
            assertTrue(q.get("n_iter") >= 1 && q.get("n_iter") <= 100);
            assertTrue(q.get("inertia") >= 0);
        }
    }
}
