package io.github.classicml.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

/**
 * One hyperparameter of a learner as the command line knows it: its name, its type, the values it
 * allows, how to read it from a learner (for the default) and how to set it (a call of the learner's
 * own {@code withX} method). Built only by the static factories, one per type.
 *
 * <p>The values a parameter allows are checked here, so that a bad value is refused with a message in
 * the command line's words ({@code --param k must be an integer ≥ 1, got "zero"}); rules that tie two
 * parameters together stay with the learner, whose own message passes through.
 *
 * @param <L> the learner type
 */
public final class Param<L> {

    /** The type of a parameter's value, as {@code learners --json} names it. */
    public enum Type {
        /** A 32-bit integer. */
        INTEGER,
        /** A 64-bit integer (seeds). */
        LONG,
        /** A finite decimal number. */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** One of a fixed list of names. */
        CHOICE;

        /** @return the lower-case name used in listings */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final String name;
    private final Type type;
    private final String rule;
    private final String help;
    private final Double min;
    private final Double max;
    private final boolean minClosed;
    private final boolean maxClosed;
    private final List<String> choices;
    private final Function<L, String> read;
    private final BiFunction<L, String, L> write;

    private Param(String name, Type type, String rule, String help, Double min, Double max, List<String> choices,
                  Function<L, String> read, BiFunction<L, String, L> write) {
        this(name, type, rule, help, min, true, max, true, choices, read, write);
    }

    private Param(String name, Type type, String rule, String help, Double min, boolean minClosed, Double max,
                  boolean maxClosed, List<String> choices, Function<L, String> read, BiFunction<L, String, L> write) {
        this.name = Objects.requireNonNull(name);
        this.type = type;
        this.rule = rule;
        this.help = help;
        this.min = min;
        this.max = max;
        this.minClosed = minClosed;
        this.maxClosed = maxClosed;
        this.choices = List.copyOf(choices);
        this.read = read;
        this.write = write;
    }

    // ------------------------------------------------------------------ factories

    /**
     * An integer parameter of at least {@code min}.
     *
     * @param name the command-line name
     * @param min the least value
     * @param help what it means, one line
     * @param get reads it from a learner
     * @param set the learner's {@code withX}
     * @param <L> the learner type
     * @return the parameter
     */
    public static <L> Param<L> integer(String name, int min, String help, ToIntFunction<L> get,
                                       BiFunction<L, Integer, L> set) {
        return integer(name, min, Integer.MAX_VALUE, help, get, set);
    }

    /**
     * An integer parameter in {@code [min, max]}.
     *
     * @param name the command-line name
     * @param min the least value
     * @param max the greatest value
     * @param help what it means, one line
     * @param get reads it from a learner
     * @param set the learner's {@code withX}
     * @param <L> the learner type
     * @return the parameter
     */
    public static <L> Param<L> integer(String name, int min, int max, String help, ToIntFunction<L> get,
                                       BiFunction<L, Integer, L> set) {
        String rule = "an integer " + (max == Integer.MAX_VALUE ? "≥ " + min : "in [" + min + ", " + max + "]");
        return new Param<>(name, Type.INTEGER, rule, help, (double) min,
                max == Integer.MAX_VALUE ? null : (double) max, List.of(),
                l -> Integer.toString(get.applyAsInt(l)), (l, text) -> {
                    if (!INTEGER.matcher(text).matches()) {
                        throw bad(name, rule, text);
                    }
                    int value;
                    try {
                        value = Integer.parseInt(text);
                    } catch (NumberFormatException e) {
                        throw bad(name, rule, text);
                    }
                    if (value < min || value > max) {
                        throw bad(name, rule, text);
                    }
                    return set.apply(l, value);
                });
    }

    /**
     * The seed of a learner's random source: any 64-bit integer.
     *
     * @param get reads it from a learner
     * @param set the learner's {@code withSeed}
     * @param <L> the learner type
     * @return the parameter, named {@code seed}
     */
    public static <L> Param<L> seed(ToLongFunction<L> get, BiFunction<L, Long, L> set) {
        String rule = "a 64-bit integer";
        return new Param<>("seed", Type.LONG, rule, "the seed of the random source: same seed, same model", null, null,
                List.of(), l -> Long.toString(get.applyAsLong(l)), (l, text) -> {
                    if (!INTEGER.matcher(text).matches()) {
                        throw bad("seed", rule, text);
                    }
                    try {
                        return set.apply(l, Long.parseLong(text));
                    } catch (NumberFormatException e) {
                        throw bad("seed", rule, text);
                    }
                });
    }

    /**
     * A number parameter within a range.
     *
     * @param name the command-line name
     * @param range the values allowed
     * @param help what it means, one line
     * @param get reads it from a learner
     * @param set the learner's {@code withX}
     * @param <L> the learner type
     * @return the parameter
     */
    public static <L> Param<L> number(String name, Range range, String help, ToDoubleFunction<L> get,
                                      BiFunction<L, Double, L> set) {
        String rule = range.equals(Range.any()) ? "a finite number" : "a number " + range.describe();
        return new Param<>(name, Type.NUMBER, rule, help, range.finiteMin(), range.minClosed(), range.finiteMax(),
                range.maxClosed(), List.of(),
                l -> format(get.applyAsDouble(l)), (l, text) -> {
                    if (!DECIMAL.matcher(text).matches()) {
                        throw bad(name, rule, text);
                    }
                    double value = Double.parseDouble(text);
                    if (!Double.isFinite(value) || !range.contains(value)) {
                        throw bad(name, rule, text);
                    }
                    return set.apply(l, value);
                });
    }

    /**
     * A yes-or-no parameter.
     *
     * @param name the command-line name
     * @param help what it means, one line
     * @param get reads it from a learner
     * @param set the learner's {@code withX}
     * @param <L> the learner type
     * @return the parameter
     */
    public static <L> Param<L> flag(String name, String help, Predicate<L> get, BiFunction<L, Boolean, L> set) {
        String rule = "true or false";
        return new Param<>(name, Type.BOOLEAN, rule, help, null, null, List.of("true", "false"),
                l -> Boolean.toString(get.test(l)), (l, text) -> {
                    if (!text.equals("true") && !text.equals("false")) {
                        throw bad(name, rule, text);
                    }
                    return set.apply(l, Boolean.parseBoolean(text));
                });
    }

    /**
     * A parameter that takes one of a fixed list of named values.
     *
     * @param name the command-line name
     * @param help what it means, one line
     * @param values each allowed name with its value, in the order listed
     * @param get reads it from a learner; must be one of {@code values}
     * @param set the learner's {@code withX}
     * @param <L> the learner type
     * @param <V> the value type
     * @return the parameter
     */
    public static <L, V> Param<L> choice(String name, String help, Map<String, V> values, Function<L, V> get,
                                         BiFunction<L, V, L> set) {
        Map<String, V> copy = new LinkedHashMap<>(values);
        List<String> names = new ArrayList<>(copy.keySet());
        String rule = "one of " + String.join(", ", names);
        return new Param<>(name, Type.CHOICE, rule, help, null, null, names, l -> {
            V current = get.apply(l);
            for (Map.Entry<String, V> e : copy.entrySet()) {
                if (e.getValue().equals(current)) {
                    return e.getKey();
                }
            }
            throw new IllegalStateException(name + " has a default that is none of " + names + ": " + current);
        }, (l, text) -> {
            V value = copy.get(text);
            if (value == null) {
                throw bad(name, rule, text);
            }
            return set.apply(l, value);
        });
    }

    /**
     * A parameter that takes one constant of an enum, named in lower case with hyphens
     * ({@code SQUARED_ERROR} is {@code squared-error}).
     *
     * @param name the command-line name
     * @param help what it means, one line
     * @param constants the enum's constants, e.g. {@code Weighting.values()}
     * @param get reads it from a learner
     * @param set the learner's {@code withX}
     * @param <L> the learner type
     * @param <E> the enum
     * @return the parameter
     */
    public static <L, E extends Enum<E>> Param<L> choice(String name, String help, E[] constants, Function<L, E> get,
                                                         BiFunction<L, E, L> set) {
        Map<String, E> values = new LinkedHashMap<>();
        for (E e : constants) {
            values.put(e.name().toLowerCase(Locale.ROOT).replace('_', '-'), e);
        }
        return choice(name, help, values, get, set);
    }

    // ------------------------------------------------------------------ use

    /** @return the command-line name */
    public String name() {
        return name;
    }

    /** @return the type of its value */
    public Type type() {
        return type;
    }

    /** @return the values allowed, in words, e.g. {@code an integer ≥ 1} */
    public String rule() {
        return rule;
    }

    /** @return what the parameter means, one line */
    public String help() {
        return help;
    }

    /** @return the least value of a numeric parameter, or null where there is none */
    public Double min() {
        return min;
    }

    /** @return the greatest value of a numeric parameter, or null where there is none */
    public Double max() {
        return max;
    }

    /** @return true if {@link #min()} itself is allowed (always for integers) */
    public boolean minInclusive() {
        return minClosed;
    }

    /** @return true if {@link #max()} itself is allowed (always for integers) */
    public boolean maxInclusive() {
        return maxClosed;
    }

    /** @return the names a choice or boolean takes, in order; empty for numbers */
    public List<String> choices() {
        return choices;
    }

    /**
     * @param learner a learner
     * @return this parameter's value in it, as the command line writes it
     */
    public String valueIn(L learner) {
        return read.apply(learner);
    }

    /**
     * Sets this parameter through the learner's {@code withX}.
     *
     * @param learner the learner to copy
     * @param text the value as typed
     * @return the copy
     * @throws UsageException naming the parameter, the rule and the value when the text is not allowed
     * @throws IllegalArgumentException when the learner itself refuses the value
     */
    public L apply(L learner, String text) {
        return write.apply(learner, text);
    }

    private static UsageException bad(String name, String rule, String text) {
        return new UsageException("--param " + name + " must be " + rule + ", got \"" + text + "\"");
    }

    /**
     * Writes a number briefly and exactly enough to read it back: plain notation between 0.001 and
     * 10^7, scientific beyond ({@code 1E-9}); both are JSON numbers.
     *
     * @param value a finite number
     * @return its text
     */
    static String format(double value) {
        if (value == 0) {
            return "0";
        }
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        double a = Math.abs(value);
        return a >= 1e-3 && a < 1e7 ? d.toPlainString() : d.toString();
    }

    @Override
    public String toString() {
        return "Param[" + name + ", " + rule + "]";
    }

    /**
     * An interval of numbers, each end open, closed or absent.
     *
     * @param min the lower end, or negative infinity for none
     * @param minClosed whether {@code min} itself is allowed
     * @param max the upper end, or positive infinity for none
     * @param maxClosed whether {@code max} itself is allowed
     */
    public record Range(double min, boolean minClosed, double max, boolean maxClosed) {

        /** @return the numbers above 0 */
        public static Range positive() {
            return new Range(0, false, Double.POSITIVE_INFINITY, false);
        }

        /** @return 0 and the numbers above */
        public static Range nonNegative() {
            return new Range(0, true, Double.POSITIVE_INFINITY, false);
        }

        /** @return every finite number */
        public static Range any() {
            return new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);
        }

        /** @return {@code (0, 1]}, a share of the rows or columns */
        public static Range fraction() {
            return new Range(0, false, 1, true);
        }

        /** @return {@code [0, 1]} */
        public static Range unit() {
            return new Range(0, true, 1, true);
        }

        /** @return {@code (0, 1)} */
        public static Range openUnit() {
            return new Range(0, false, 1, false);
        }

        boolean contains(double x) {
            return (minClosed ? x >= min : x > min) && (maxClosed ? x <= max : x < max);
        }

        Double finiteMin() {
            return Double.isInfinite(min) ? null : min;
        }

        Double finiteMax() {
            return Double.isInfinite(max) ? null : max;
        }

        String describe() {
            boolean low = !Double.isInfinite(min);
            boolean high = !Double.isInfinite(max);
            if (low && high) {
                return "in " + (minClosed ? "[" : "(") + format(min) + ", " + format(max) + (maxClosed ? "]" : ")");
            }
            if (low) {
                return (minClosed ? "≥ " : "> ") + format(min);
            }
            if (high) {
                return (maxClosed ? "≤ " : "< ") + format(max);
            }
            return "finite";
        }
    }
}
