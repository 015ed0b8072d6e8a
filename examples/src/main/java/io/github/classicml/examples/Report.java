package io.github.classicml.examples;

import io.github.classicml.core.Check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an example found: its key figures by name (e.g. {@code accuracy}) and the files it wrote.
 * Built with {@link #builder()}; immutable once built.
 */
public final class Report {

    private final Map<String, Double> figures;
    private final List<Path> files;

    private Report(Map<String, Double> figures, List<Path> files) {
        this.figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        this.files = List.copyOf(files);
    }

    /** @return a new, empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param name a figure's name
     * @return its value
     * @throws IllegalArgumentException if the example reported no such figure
     */
    public double figure(String name) {
        Double v = figures.get(name);
        Check.that(v != null, () -> "name must be one of " + figures.keySet() + ", got \"" + name + "\"");
        return v;
    }

    /** @return every figure, in the order reported (unmodifiable) */
    public Map<String, Double> figures() {
        return figures;
    }

    /** @return the files written (unmodifiable) */
    public List<Path> files() {
        return files;
    }

    /** Collects figures and files. */
    public static final class Builder {
        private final Map<String, Double> figures = new LinkedHashMap<>();
        private final List<Path> files = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param name the figure's name
         * @param value its value
         * @return this builder
         */
        public Builder figure(String name, double value) {
            figures.put(Check.notNull("name", name), value);
            return this;
        }

        /**
         * @param file a file the example wrote
         * @return this builder
         */
        public Builder file(Path file) {
            files.add(Check.notNull("file", file));
            return this;
        }

        /** @return the report */
        public Report build() {
            return new Report(figures, files);
        }
    }
}
