package io.github.classicml.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options of one subcommand, parsed: each {@code --name value} or {@code --flag}, checked against
 * the options the subcommand takes. A value may also be written {@code --name=value}.
 */
final class Options {

    /** An option a subcommand takes. */
    record Spec(String name, String valueName, boolean repeatable, String help) {

        boolean isFlag() {
            return valueName == null;
        }
    }

    private final String command;
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private Options(String command) {
        this.command = command;
    }

    /**
     * @param command the subcommand, for messages
     * @param args the arguments after the subcommand
     * @param specs the options it takes
     * @return the parsed options; {@link #help()} is true when {@code --help} or {@code -h} was given
     * @throws UsageException for an option it does not take, a missing value, or a repeated option
     */
    static Options parse(String command, List<String> args, List<Spec> specs) {
        Options o = new Options(command);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                o.values.put("--help", List.of());
                continue;
            }
            String name = arg;
            String inline = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 2) {
                name = arg.substring(0, eq);
                inline = arg.substring(eq + 1);
            }
            Spec spec = find(specs, name);
            if (spec == null) {
                throw new UsageException(command + " takes " + names(specs) + " and --help, got \"" + arg + "\"");
            }
            String value;
            if (spec.isFlag()) {
                if (inline != null) {
                    throw new UsageException(name + " takes no value, got \"" + arg + "\"");
                }
                value = "true";
            } else if (inline != null) {
                value = inline;
            } else {
                if (i + 1 == args.size()) {
                    throw new UsageException(name + " must be followed by " + spec.valueName() + ", got nothing");
                }
                value = args.get(++i);
            }
            List<String> list = o.values.computeIfAbsent(name, k -> new ArrayList<>());
            if (!list.isEmpty() && !spec.repeatable()) {
                throw new UsageException(name + " must be given once, got \"" + list.get(0) + "\" and \"" + value + "\"");
            }
            list.add(value);
        }
        return o;
    }

    private static Spec find(List<Spec> specs, String name) {
        for (Spec s : specs) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    private static List<String> names(List<Spec> specs) {
        List<String> names = new ArrayList<>();
        for (Spec s : specs) {
            names.add(s.name());
        }
        return names;
    }

    /** @return true when help was asked for */
    boolean help() {
        return values.containsKey("--help");
    }

    /** @return true when the flag was given */
    boolean flag(String name) {
        return values.containsKey(name);
    }

    /** @return every value of a repeatable option, in order */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** @return the option's value, or null */
    String get(String name) {
        List<String> v = values.get(name);
        return v == null ? null : v.get(0);
    }

    /**
     * @param name the option
     * @param what what it names, for the message, e.g. {@code a CSV file}
     * @return its value
     * @throws UsageException when it was not given
     */
    String required(String name, String what) {
        String v = get(name);
        if (v == null) {
            throw new UsageException(command + " needs " + name + " " + what + " (see " + command + " --help)");
        }
        return v;
    }
}
