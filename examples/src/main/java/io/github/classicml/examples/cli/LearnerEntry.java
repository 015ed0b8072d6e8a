package io.github.classicml.examples.cli;

import io.github.classicml.core.Learner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One learner as the command line knows it: its name ({@code knn}), its kind, a one-line summary, the
 * learner with its defaults, and its parameters. {@link #build(List)} applies {@code name=value}
 * settings through the parameters, that is through the learner's own {@code withX} methods.
 *
 * @param <L> the learner type
 */
public final class LearnerEntry<L extends Learner<?>> {

    /** What a learner's model does, which decides how the command line reads the target and scores. */
    public enum Kind {
        /** A classifier: the target column holds class labels. */
        CLASSIFIER,
        /** A regressor: the target column holds numbers. */
        REGRESSOR,
        /** A clusterer: no target. */
        CLUSTERER;

        /** @return the lower-case name used in listings */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final String name;
    private final Kind kind;
    private final String summary;
    private final Supplier<L> defaults;
    private final List<Param<L>> params;

    private LearnerEntry(String name, Kind kind, String summary, Supplier<L> defaults, List<Param<L>> params) {
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.summary = Objects.requireNonNull(summary);
        this.defaults = Objects.requireNonNull(defaults);
        this.params = List.copyOf(params);
        Map<String, Param<L>> seen = new HashMap<>();
        for (Param<L> p : this.params) {
            if (seen.put(p.name(), p) != null) {
                throw new IllegalArgumentException(name + " names parameter " + p.name() + " twice");
            }
        }
    }

    /**
     * @param name the command-line name
     * @param kind its kind
     * @param summary one line: what it is
     * @param defaults the learner with the command line's defaults
     * @param params its parameters
     * @param <L> the learner type
     * @return the entry
     */
    @SafeVarargs
    public static <L extends Learner<?>> LearnerEntry<L> of(String name, Kind kind, String summary,
                                                            Supplier<L> defaults, Param<L>... params) {
        List<Param<L>> list = new ArrayList<>(params.length);
        for (Param<L> p : params) {
            list.add(p);
        }
        return new LearnerEntry<>(name, kind, summary, defaults, list);
    }

    /** @return the command-line name, e.g. {@code knn} */
    public String name() {
        return name;
    }

    /** @return its kind */
    public Kind kind() {
        return kind;
    }

    /** @return one line: what it is */
    public String summary() {
        return summary;
    }

    /** @return the learner with the command line's defaults */
    public L defaults() {
        return defaults.get();
    }

    /** @return its parameters, in the order listed */
    public List<Param<L>> params() {
        return params;
    }

    /** @return the names of its parameters, in order */
    public List<String> paramNames() {
        List<String> names = new ArrayList<>();
        for (Param<L> p : params) {
            names.add(p.name());
        }
        return names;
    }

    /**
     * Builds the learner from its defaults and {@code name=value} settings, in the order given.
     *
     * @param settings the {@code --param} values, each {@code name=value}
     * @return the learner
     * @throws UsageException for a setting that is not {@code name=value}, names no parameter of this
     *     learner, repeats one, or has a value the parameter does not allow
     * @throws IllegalArgumentException when the learner's own validation refuses a combination
     */
    public L build(List<String> settings) {
        L learner = defaults();
        Map<String, String> given = new HashMap<>();
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--param must be name=value, got \"" + setting + "\"");
            }
            String key = setting.substring(0, eq).strip();
            String value = setting.substring(eq + 1).strip();
            Param<L> param = param(key);
            if (param == null) {
                throw new UsageException("--param name must be one of " + paramNames() + " for " + name + ", got \""
                        + key + "\"");
            }
            String earlier = given.put(key, setting);
            if (earlier != null) {
                throw new UsageException("--param " + key + " must be given once, got \"" + earlier + "\" and \""
                        + setting + "\"");
            }
            learner = param.apply(learner, value);
        }
        return learner;
    }

    /**
     * @param paramName a parameter's command-line name
     * @return that parameter, or null
     */
    public Param<L> param(String paramName) {
        for (Param<L> p : params) {
            if (p.name().equals(paramName)) {
                return p;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "LearnerEntry[" + name + ", " + kind.label() + ", " + paramNames() + "]";
    }
}
