package io.github.classicml.examples.cli;

import io.github.classicml.core.Learner;

import java.util.Locale;

/**
 * What {@code learners} prints: every entry of {@link LearnerRegistry} with its kind and parameters,
 * as a readable table or as JSON. Defaults are read from each entry's default learner, so the listing
 * says what the library does, not what a comment claims.
 *
 * <p>The JSON is one object: {@code {"learners": [{"name", "kind", "summary", "parameters": [{"name",
 * "type", "rule", "default", "min", "minInclusive", "max", "maxInclusive", "choices", "help"}]}]}};
 * {@code default} is a JSON number, boolean or string by the parameter's type, {@code min} and
 * {@code max} (with whether the bound itself is allowed) appear for numbers with a bound, and
 * {@code choices} for choices and booleans.
 */
final class LearnerListing {

    private LearnerListing() {
    }

    /** @return the readable listing */
    static String text() {
        StringBuilder s = new StringBuilder();
        s.append("Learners for fit-predict, cross-validate and cluster; set a parameter with --param name=value.\n");
        for (LearnerEntry<?> e : LearnerRegistry.ENTRIES) {
            s.append('\n').append(String.format(Locale.ROOT, "%-28s %-11s %s%n", e.name(), e.kind().label(), e.summary()));
            appendParams(s, e);
        }
        return s.toString();
    }

    private static <L extends Learner<?>> void appendParams(StringBuilder s, LearnerEntry<L> e) {
        L defaults = e.defaults();
        for (Param<L> p : e.params()) {
            s.append(String.format(Locale.ROOT, "    %-22s %-8s default %-12s %s; %s%n", p.name(), p.type().label(),
                    p.valueIn(defaults), p.rule(), p.help()));
        }
    }

    /** @return the listing as JSON */
    static String json() {
        StringBuilder s = new StringBuilder("{\"learners\": [");
        boolean first = true;
        for (LearnerEntry<?> e : LearnerRegistry.ENTRIES) {
            s.append(first ? "\n" : ",\n");
            first = false;
            appendJson(s, e);
        }
        return s.append("\n]}\n").toString();
    }

    private static <L extends Learner<?>> void appendJson(StringBuilder s, LearnerEntry<L> e) {
        L defaults = e.defaults();
        s.append("  {\"name\": ").append(quote(e.name())).append(", \"kind\": ").append(quote(e.kind().label()))
                .append(", \"summary\": ").append(quote(e.summary())).append(", \"parameters\": [");
        boolean first = true;
        for (Param<L> p : e.params()) {
            s.append(first ? "\n" : ",\n");
            first = false;
            String value = p.valueIn(defaults);
            boolean bare = p.type() != Param.Type.CHOICE;
            s.append("    {\"name\": ").append(quote(p.name())).append(", \"type\": ").append(quote(p.type().label()))
                    .append(", \"rule\": ").append(quote(p.rule())).append(", \"default\": ")
                    .append(bare ? value : quote(value));
            if (p.min() != null) {
                s.append(", \"min\": ").append(Param.format(p.min())).append(", \"minInclusive\": ")
                        .append(p.minInclusive());
            }
            if (p.max() != null) {
                s.append(", \"max\": ").append(Param.format(p.max())).append(", \"maxInclusive\": ")
                        .append(p.maxInclusive());
            }
            if (!p.choices().isEmpty()) {
                s.append(", \"choices\": [");
                for (int i = 0; i < p.choices().size(); i++) {
                    s.append(i > 0 ? ", " : "").append(quote(p.choices().get(i)));
                }
                s.append(']');
            }
            s.append(", \"help\": ").append(quote(p.help())).append('}');
        }
        s.append(e.params().isEmpty() ? "]}" : "\n  ]}");
    }

    /** @return the text as a JSON string, with quotes, backslashes and control characters escaped */
    static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20) {
                s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }
}
