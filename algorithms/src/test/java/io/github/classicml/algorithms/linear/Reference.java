package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.CsvLoader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the reference files of {@code reference/linear/} (written by {@code linear_reference.py}). */
final class Reference {

    private static final String FOLDER = "/reference/linear/";

    private final Map<String, double[]> values;

    private Reference(Map<String, double[]> values) {
        this.values = values;
    }

    static Reference read(String file) {
        Map<String, double[]> map = new LinkedHashMap<>();
        try (InputStream in = Reference.class.getResourceAsStream(FOLDER + file)) {
            assertNotNull(in, file);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] parts = line.split(",");
                double[] v = new double[parts.length - 1];
                for (int i = 1; i < parts.length; i++) {
                    v[i - 1] = Double.parseDouble(parts[i]);
                }
                map.put(parts[0], v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Reference(map);
    }

    double[] get(String key) {
        double[] v = values.get(key);
        assertNotNull(v, "no reference value " + key);
        return v.clone();
    }

    double scalar(String key) {
        double[] v = get(key);
        assertEquals(1, v.length, key);
        return v[0];
    }

    static Dataset wide() {
        try (InputStream in = Reference.class.getResourceAsStream(FOLDER + "data_wide.csv")) {
            return CsvLoader.numericTarget("y").load(new InputStreamReader(in, StandardCharsets.UTF_8), "data_wide.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample weights of the reference script: {@code w_i = 1 + (i mod 7) / 3}. */
    static double[] weights(int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1.0 + (i % 7) / 3.0;
        }
        return w;
    }

    static void assertRelative(double expected, double actual, double tolerance, String what) {
        double scale = Math.max(Math.abs(expected), 1e-300);
        assertTrue(Math.abs(expected - actual) <= tolerance * scale,
                what + ": expected " + expected + ", got " + actual + " (relative error "
                        + Math.abs(expected - actual) / scale + ")");
    }

    static void assertRelative(double[] expected, double[] actual, double tolerance, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int i = 0; i < expected.length; i++) {
            assertRelative(expected[i], actual[i], tolerance, what + "[" + i + "]");
        }
    }
}
