package io.github.classicml.benchmarks.compare;

import io.github.classicml.benchmarks.workloads.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Another library's timings, read from the JSON lines that {@code benchmarks/scripts/sklearn_times.py}
 * (or {@code sklearn_bench.py}, whose format it shares) appends: one object per workload row with
 * {@code peer}, {@code workload}, {@code row}, {@code threads}, {@code median_s} (null for a skipped
 * row) and {@code metrics}. When a file holds several records for one row, the last one counts: the
 * scripts append, so it is the newest.
 */
public final class PeerResults {

    /**
     * One row's result.
     *
     * @param peer the library's label, e.g. {@code sklearn}
     * @param version its version, or an empty string
     * @param workload the workload id
     * @param row the row name
     * @param threads the thread count
     * @param medianSeconds the median wall time, or null for a row the peer skipped
     * @param metrics the quality figures (numbers only)
     */
    public record Result(String peer, String version, String workload, String row, int threads, Double medianSeconds,
                         Map<String, Double> metrics) {
    }

    private final Map<String, Result> byKey;

    private PeerResults(Map<String, Result> byKey) {
        this.byKey = byKey;
    }

    /** @return results with no rows */
    public static PeerResults none() {
        return new PeerResults(Map.of());
    }

    /**
     * Reads a file of JSON lines, keeping the records of one peer.
     *
     * @param file the file
     * @param peer the peer label to keep, e.g. {@code sklearn}
     * @return its results
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if a line is not a timing record
     */
    public static PeerResults read(Path file, String peer) {
        try {
            return parse(Files.readAllLines(file), peer, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /**
     * Parses JSON lines, keeping the records of one peer; blank lines are skipped.
     *
     * @param lines the lines
     * @param peer the peer label to keep
     * @param source the file name, for messages
     * @return the results
     * @throws IllegalArgumentException naming the line if a line is not a timing record
     */
    @SuppressWarnings("unchecked")
    public static PeerResults parse(List<String> lines, String peer, String source) {
        Map<String, Result> byKey = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                Map<String, Object> o = (Map<String, Object>) Json.parse(line);
                if (!peer.equals(o.getOrDefault("peer", peer))) {
                    continue;
                }
                Map<String, Double> metrics = new LinkedHashMap<>();
                Object m = o.get("metrics");
                if (m instanceof Map) {
                    for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                        if (e.getValue() instanceof Double) {
                            metrics.put(e.getKey(), (Double) e.getValue());
                        }
                    }
                }
                Result r = new Result(peer, String.valueOf(o.getOrDefault("peer_version", "")),
                        (String) required(o, "workload"), (String) required(o, "row"),
                        ((Double) required(o, "threads")).intValue(), (Double) o.get("median_s"), Map.copyOf(metrics));
                byKey.put(key(r.workload(), r.row(), r.threads()), r);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + " must be a timing record ("
                        + e.getMessage() + ")", e);
            }
        }
        return new PeerResults(byKey);
    }

    private static Object required(Map<String, Object> o, String name) {
        Object v = o.get(name);
        if (v == null) {
            throw new IllegalArgumentException("field " + name + " is missing");
        }
        return v;
    }

    private static String key(String workload, String row, int threads) {
        return workload + "/" + row + "/" + threads;
    }

    /**
     * @param workload the workload id
     * @param row the row name
     * @param threads the thread count
     * @return the newest result for that row, if any
     */
    public Optional<Result> get(String workload, String row, int threads) {
        return Optional.ofNullable(byKey.get(key(workload, row, threads)));
    }

    /** @return how many rows were read */
    public int size() {
        return byKey.size();
    }

    /** @return the peer's version, from any record, or an empty string */
    public String version() {
        return byKey.values().stream().map(Result::version).filter(v -> !v.isEmpty()).findFirst().orElse("");
    }
}
