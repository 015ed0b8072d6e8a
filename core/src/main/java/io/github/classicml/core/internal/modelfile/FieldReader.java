package io.github.classicml.core.internal.modelfile;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the fields of one JSON object of a model file, checking each field's kind and size; messages
 * name the field by its path in the file ({@code data.means}, {@code data.members[3].learner.maxDepth})
 * and throw {@link IllegalArgumentException}, which the loader turns into its documented exception.
 *
 * <p>Sizes are bounded before allocation: an array's shape must match the length of the base64 text
 * that holds it exactly, so no number written in the file makes the reader allocate more than the text
 * already read. After the codec returns, every field must have been read: an unknown field is an error
 * (a file edited by hand, or written by a newer codec without a new format version).
 */
public final class FieldReader {

    private final Map<String, Object> fields;
    private final String path;
    private final CodecRegistry registry;
    private final long formatVersion;
    private final Set<String> read = new HashSet<>();
    private final List<FieldReader> children = new ArrayList<>();

    FieldReader(Map<String, Object> fields, String path, CodecRegistry registry, long formatVersion) {
        this.fields = fields;
        this.path = path;
        this.registry = registry;
        this.formatVersion = formatVersion;
    }

    /** @return the format version of the file being read, for codecs that read older layouts */
    public long formatVersion() {
        return formatVersion;
    }

    /** @return the path of this object in the file, such as {@code data} or {@code data.members[2].data} */
    public String path() {
        return path;
    }

    /**
     * @param name a field
     * @return whether the object has it (for optional fields)
     */
    public boolean has(String name) {
        return fields.containsKey(name);
    }

    String name(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private Object get(String name) {
        Object v = fields.get(name);
        if (v == null) {
            throw new IllegalArgumentException(name(name) + " is missing");
        }
        read.add(name);
        return v;
    }

    private IllegalArgumentException wrongKind(String name, String kind, Object value) {
        return new IllegalArgumentException(name(name) + " must be " + kind + ", got " + ModelFileFormat.shown(value));
    }

    /**
     * @param name a field
     * @return a number: a JSON number, or the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}
     */
    public double number(String name) {
        return toNumber(name, get(name));
    }

    private double toNumber(String name, Object v) {
        if (v instanceof Double) {
            return (Double) v;
        }
        if (v instanceof Long) {
            long x = (Long) v;
            if (Math.abs(x) > (1L << 53)) {
                throw new IllegalArgumentException(name(name) + " must be a number exact as a double, got " + x);
            }
            return x;
        }
        if ("NaN".equals(v)) {
            return Double.NaN;
        }
        if ("Infinity".equals(v)) {
            return Double.POSITIVE_INFINITY;
        }
        if ("-Infinity".equals(v)) {
            return Double.NEGATIVE_INFINITY;
        }
        throw wrongKind(name, "a number", v);
    }

    /**
     * @param name a field
     * @return an integer
     */
    public long integer(String name) {
        Object v = get(name);
        if (!(v instanceof Long)) {
            throw wrongKind(name, "an integer", v);
        }
        return (Long) v;
    }

    /**
     * @param name a field
     * @return an integer within the range of an {@code int}
     */
    public int intValue(String name) {
        long v = integer(name);
        if (v != (int) v) {
            throw new IllegalArgumentException(name(name) + " must be between " + Integer.MIN_VALUE + " and "
                    + Integer.MAX_VALUE + ", got " + v);
        }
        return (int) v;
    }

    /**
     * @param name a field
     * @return a boolean
     */
    public boolean flag(String name) {
        Object v = get(name);
        if (!(v instanceof Boolean)) {
            throw wrongKind(name, "true or false", v);
        }
        return (Boolean) v;
    }

    /**
     * @param name a field
     * @return a string
     */
    public String text(String name) {
        Object v = get(name);
        if (!(v instanceof String)) {
            throw wrongKind(name, "a string", v);
        }
        return (String) v;
    }

    /**
     * @param name a field holding the {@code name()} of one of {@code values}
     * @param values the enum's constants ({@code E.values()})
     * @param <E> the enum
     * @return the constant of that name
     */
    public <E extends Enum<E>> E choice(String name, E[] values) {
        String s = text(name);
        for (E e : values) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        throw new IllegalArgumentException(name(name) + " must be one of " + Arrays.toString(values) + ", got \""
                + Json.shown(s) + "\"");
    }

    /**
     * @param name a field
     * @return a list of strings
     */
    public List<String> texts(String name) {
        List<Object> list = list(name);
        List<String> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Object v = list.get(i);
            if (!(v instanceof String)) {
                throw wrongKind(name + "[" + i + "]", "a string", v);
            }
            out.add((String) v);
        }
        return out;
    }

    /**
     * Column names, checked as {@link Dataset#withColumnNames(List)} checks them: one or more, distinct,
     * non-blank.
     *
     * @param name a field written by {@link FieldWriter#texts(String, List)}
     * @return the names
     */
    public List<String> columnNames(String name) {
        List<String> names = texts(name);
        try {
            Check.atLeast(name(name) + " size", names.size(), 1);
            Dataset.ofRowMajor(new double[0], names.size()).withColumnNames(names);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name(name) + ": " + e.getMessage());
        }
        return List.copyOf(names);
    }

    /**
     * Class names, checked as {@link Dataset#withClasses(int[], List)} checks them: 1 to
     * {@link Dataset#MAX_CLASSES}, distinct, non-blank.
     *
     * @param name a field written by {@link FieldWriter#texts(String, List)}
     * @return the names
     */
    public List<String> classNames(String name) {
        List<String> names = texts(name);
        try {
            Dataset.ofRowMajor(new double[0], 1).withClasses(new int[0], names);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name(name) + ": " + e.getMessage());
        }
        return List.copyOf(names);
    }

    /**
     * @param name a field written by {@link FieldWriter#numbers(String, double[])}
     * @return the numbers
     */
    public double[] numbers(String name) {
        List<Object> list = list(name);
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toNumber(name + "[" + i + "]", list.get(i));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(String name) {
        Object v = get(name);
        if (!(v instanceof List)) {
            throw wrongKind(name, "an array", v);
        }
        return (List<Object>) v;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(String name, Object v) {
        if (!(v instanceof Map)) {
            throw wrongKind(name, "an object", v);
        }
        return (Map<String, Object>) v;
    }

    /**
     * @param name a field written by {@link FieldWriter#doubles(String, double[])}
     * @return the values, bit-exact
     */
    public double[] doubles(String name) {
        ByteBuffer b = bytes(name, "float64", Double.BYTES, 1);
        double[] out = new double[b.remaining() / Double.BYTES];
        b.asDoubleBuffer().get(out);
        return out;
    }

    /**
     * @param name a field written by {@link FieldWriter#doubles(String, double[])}
     * @param length the length the other fields imply
     * @param what what the length is, for the message (e.g. {@code "3 classes × 4 columns"})
     * @return the values, bit-exact
     */
    public double[] doubles(String name, int length, String what) {
        double[] out = doubles(name);
        checkLength(name, out.length, length, what);
        return out;
    }

    /**
     * @param name a field written by {@link FieldWriter#matrix(String, double[][])}
     * @return the rows
     */
    public double[][] matrix(String name) {
        long[] shape = new long[2];
        ByteBuffer b = bytes(name, "float64", Double.BYTES, 2, shape);
        int rows = (int) shape[0];
        int columns = (int) shape[1];
        if (rows > 0 && columns == 0) {
            throw new IllegalArgumentException(name(name) + " must have at least 1 column when it has rows, got shape ["
                    + rows + ", 0]");
        }
        double[][] out = new double[rows][columns];
        for (double[] row : out) {
            b.asDoubleBuffer().get(row);
            b.position(b.position() + columns * Double.BYTES);
        }
        return out;
    }

    /**
     * @param name a field written by {@link FieldWriter#ints(String, int[])}
     * @return the values
     */
    public int[] ints(String name) {
        ByteBuffer b = bytes(name, "int32", Integer.BYTES, 1);
        int[] out = new int[b.remaining() / Integer.BYTES];
        b.asIntBuffer().get(out);
        return out;
    }

    /**
     * @param name a field written by {@link FieldWriter#ints(String, int[])}
     * @param length the length the other fields imply
     * @param what what the length is, for the message
     * @return the values
     */
    public int[] ints(String name, int length, String what) {
        int[] out = ints(name);
        checkLength(name, out.length, length, what);
        return out;
    }

    /**
     * @param name a field written by {@link FieldWriter#longs(String, long[])}
     * @return the values
     */
    public long[] longs(String name) {
        ByteBuffer b = bytes(name, "int64", Long.BYTES, 1);
        long[] out = new long[b.remaining() / Long.BYTES];
        b.asLongBuffer().get(out);
        return out;
    }

    private void checkLength(String name, int actual, int expected, String what) {
        if (actual != expected) {
            throw new IllegalArgumentException(name(name) + " must hold " + expected + " values (" + what + "), got "
                    + actual);
        }
    }

    private ByteBuffer bytes(String name, String dtype, int width, int dimensions) {
        return bytes(name, dtype, width, dimensions, new long[dimensions]);
    }

    /** Checks dtype, shape and text length, then decodes: the allocation is never more than the text. */
    private ByteBuffer bytes(String name, String dtype, int width, int dimensions, long[] shape) {
        Map<String, Object> array = map(name, get(name));
        String at = name(name);
        FieldReader a = new FieldReader(array, at, registry, formatVersion);
        String type = a.text("dtype");
        if (!type.equals(dtype)) {
            throw new IllegalArgumentException(at + ".dtype must be \"" + dtype + "\", got \"" + Json.shown(type) + "\"");
        }
        List<Object> dims = a.list("shape");
        if (dims.size() != dimensions) {
            throw new IllegalArgumentException(at + ".shape must have " + dimensions + " entries, got " + dims.size());
        }
        long count = 1;
        for (int d = 0; d < dimensions; d++) {
            Object v = dims.get(d);
            if (!(v instanceof Long) || (Long) v < 0 || (Long) v > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(at + ".shape[" + d + "] must be an integer between 0 and "
                        + Integer.MAX_VALUE + ", got " + ModelFileFormat.shown(v));
            }
            shape[d] = (Long) v;
            count *= shape[d];    // at most 2 dimensions of < 2^31: no overflow
        }
        String text = a.text("base64");
        a.finish();
        long maxCount = Integer.MAX_VALUE / width;
        long expectedChars = (count * width + 2) / 3 * 4;
        if (count > maxCount || expectedChars != text.length()) {
            throw new IllegalArgumentException(at + " must hold " + count + " values in " + expectedChars
                    + " base64 characters, got " + text.length() + " characters" + (count > maxCount
                    ? "; at most " + maxCount + " values per array" : ""));
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + ".base64 must be base64 text: " + e.getMessage());
        }
        if (bytes.length != count * width) {
            throw new IllegalArgumentException(at + ".base64 must decode to " + count * width + " bytes, got " + bytes.length);
        }
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * @param name a field written by {@link FieldWriter#object(String)}
     * @return a reader of that nested object
     */
    public FieldReader object(String name) {
        FieldReader child = new FieldReader(map(name, get(name)), name(name), registry, formatVersion);
        children.add(child);
        return child;
    }

    /**
     * @param name a field written by {@link FieldWriter#model(String, Model)}
     * @param type the model type expected there (an interface such as {@code Classifier} is fine)
     * @param <M> that type
     * @return the model, validated by its own codec
     */
    public <M extends Model> M model(String name, Class<M> type) {
        return registry.readSection(map(name, get(name)), name(name), type, formatVersion);
    }

    /**
     * @param name a field written by {@link FieldWriter#models(String, List)}
     * @param type the model type expected for every entry
     * @param <M> that type
     * @return the models
     */
    public <M extends Model> List<M> models(String name, Class<M> type) {
        List<Object> list = list(name);
        List<M> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String at = name + "[" + i + "]";
            out.add(registry.readSection(map(at, list.get(i)), name(at), type, formatVersion));
        }
        return out;
    }

    /**
     * @param name a field written by {@link FieldWriter#learner(String, Learner)}
     * @param type the learner type expected there
     * @param <L> that type
     * @return the learner, rebuilt through its canonical constructor
     */
    public <L extends Learner<?>> L learner(String name, Class<L> type) {
        return registry.readLearnerSection(map(name, get(name)), name(name), type, formatVersion);
    }

    /** Checks that every field of this object and of its nested objects was read. */
    void finish() {
        for (String key : fields.keySet()) {
            if (!read.contains(key)) {
                throw new IllegalArgumentException(name(Json.shown(key)) + " is not a field of this model type");
            }
        }
        for (FieldReader child : children) {
            child.finish();
        }
    }
}
