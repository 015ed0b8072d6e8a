package io.github.classicml.metrics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One file of {@code reference/metrics/}: lines {@code <case>.<field> <values...>} written by
 * {@code metrics_reference.py} (scikit-learn 1.2.1; see the README there).
 */
final class ReferenceData {

    private final Map<String, double[]> values = new LinkedHashMap<>();

    private ReferenceData(String file) {
        String path = "/reference/metrics/" + file;
        try (InputStream in = Objects.requireNonNull(ReferenceData.class.getResourceAsStream(path), path);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.trim().split(" ");
                double[] v = new double[parts.length - 1];
                for (int i = 1; i < parts.length; i++) {
                    v[i - 1] = Double.parseDouble(parts[i]);
                }
                values.put(parts[0], v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReferenceData load(String file) {
        return new ReferenceData(file);
    }

    /** @return the case names: the part of each key before the first dot, in file order */
    Set<String> cases() {
        Set<String> out = new LinkedHashSet<>();
        for (String key : values.keySet()) {
            out.add(key.substring(0, key.indexOf('.')));
        }
        return out;
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    double[] doubles(String key) {
        return Objects.requireNonNull(values.get(key), key).clone();
    }

    double scalar(String key) {
        double[] v = doubles(key);
        if (v.length != 1) {
            throw new IllegalStateException(key + " holds " + v.length + " values");
        }
        return v[0];
    }

    int[] ints(String key) {
        double[] v = doubles(key);
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (int) v[i];
        }
        return out;
    }

    boolean[] booleans(String key) {
        double[] v = doubles(key);
        boolean[] out = new boolean[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] != 0;
        }
        return out;
    }

    /** A matrix stored row after row, with its shape under {@code <case>.shape}. */
    double[][] matrix(String caseName, String field) {
        int[] shape = ints(caseName + ".shape");
        double[] flat = doubles(caseName + "." + field);
        double[][] out = new double[shape[0]][shape[1]];
        for (int i = 0; i < shape[0]; i++) {
            System.arraycopy(flat, i * shape[1], out[i], 0, shape[1]);
        }
        return out;
    }
}
