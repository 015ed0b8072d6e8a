package io.github.classicml.benchmarks.workloads;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The fixed workload files (W1-W9): raw little-endian float64 arrays, row-major, one {@code .f64}
 * file per array, described by {@code manifest.json} (shape and sha256 of each array).
 *
 * <p>The directory is the system property {@code classicml.workloads}, else the environment
 * variable {@code CLASSICML_WORKLOADS}, else {@code workload-data} in the working directory.
 */
public final class WorkloadData {

    private final Path directory;
    private final Map<String, Object> arrays;

    private WorkloadData(Path directory, Map<String, Object> arrays) {
        this.directory = directory;
        this.arrays = arrays;
    }

    /** @return the directory named by {@code classicml.workloads}, {@code CLASSICML_WORKLOADS} or {@code workload-data} */
    public static Path defaultDirectory() {
        String property = System.getProperty("classicml.workloads");
        if (property != null) {
            return Path.of(property);
        }
        String env = System.getenv("CLASSICML_WORKLOADS");
        return Path.of(env != null ? env : "workload-data");
    }

    /** @return the workload data in {@link #defaultDirectory()} */
    public static WorkloadData open() {
        return open(defaultDirectory());
    }

    /**
     * @param directory a directory holding {@code manifest.json} and the {@code .f64} files
     * @return the workload data there
     * @throws UncheckedIOException if the manifest cannot be read
     */
    @SuppressWarnings("unchecked")
    public static WorkloadData open(Path directory) {
        Path manifest = directory.resolve("manifest.json");
        try {
            Map<String, Object> root = (Map<String, Object>) Json.parse(Files.readString(manifest));
            return new WorkloadData(directory, (Map<String, Object>) root.get("arrays"));
        } catch (IOException e) {
            throw new UncheckedIOException("workload data must be in " + directory
                    + " (manifest.json missing); generate it with benchmarks/scripts/gen_workloads.py", e);
        }
    }

    /** @return the directory */
    public Path directory() {
        return directory;
    }

    /**
     * @param name an array's name, e.g. {@code w1_X_train}
     * @return its shape: {rows} for a vector, {rows, columns} for a matrix
     */
    public int[] shape(String name) {
        List<?> shape = (List<?>) entry(name).get("shape");
        int[] out = new int[shape.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Double) shape.get(i)).intValue();
        }
        return out;
    }

    /**
     * Reads an array's values, row-major.
     *
     * @param name an array's name
     * @return its values
     */
    public double[] values(String name) {
        Path file = directory.resolve((String) entry(name).get("file"));
        try {
            byte[] bytes = Files.readAllBytes(file);
            double[] out = new double[bytes.length / Double.BYTES];
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /**
     * @param name a label vector's name, e.g. {@code w1_y_train}
     * @return its values as class indices
     */
    public int[] labels(String name) {
        double[] v = values(name);
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (int) v[i];
            Check.that(out[i] == v[i], name + " must hold integers; entry " + i + " is " + v[i]);
        }
        return out;
    }

    /**
     * @param featuresName a matrix's name
     * @return it as a dataset without targets
     */
    public Dataset features(String featuresName) {
        int[] shape = shape(featuresName);
        return Dataset.ofRowMajor(values(featuresName), shape[1]);
    }

    /**
     * @param featuresName a matrix's name
     * @param labelsName the name of its label vector
     * @return a classification dataset, classes {@code 0..max}
     */
    public Dataset classification(String featuresName, String labelsName) {
        return features(featuresName).withClasses(labels(labelsName));
    }

    /**
     * @param featuresName a matrix's name
     * @param targetsName the name of its target vector
     * @return a regression dataset
     */
    public Dataset regression(String featuresName, String targetsName) {
        return features(featuresName).withTargets(values(targetsName), targetsName);
    }

    /**
     * Checks every array's sha256 against the manifest.
     *
     * @return the names of arrays whose file is missing or differs; empty when all verify
     */
    public List<String> mismatches() {
        return arrays.keySet().stream().filter(name -> !verifies(name)).sorted().toList();
    }

    private boolean verifies(String name) {
        Path file = directory.resolve((String) entry(name).get("file"));
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 20];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest()).equals(entry(name).get("sha256"));
        } catch (IOException e) {
            return false;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 must be available", e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> entry(String name) {
        Object e = arrays.get(name);
        Check.that(e != null, "name must be an array of " + directory.resolve("manifest.json") + ", one of "
                + arrays.keySet() + ", got \"" + name + "\"");
        return (Map<String, Object>) e;
    }

}
