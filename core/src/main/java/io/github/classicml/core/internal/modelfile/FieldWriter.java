package io.github.classicml.core.internal.modelfile;

import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the fields of one JSON object of a model file: scalars as JSON values, arrays of numbers as
 * {@code {"dtype": "float64"|"int32"|"int64", "shape": [n] or [rows, columns], "base64": ...}} holding
 * the little-endian bytes of the values (bit-exact, 4/3 of the raw size), nested objects, and nested
 * models or learners through the registry. Field names are unique within an object.
 */
public final class FieldWriter {

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final CodecRegistry registry;

    FieldWriter(CodecRegistry registry) {
        this.registry = registry;
    }

    Map<String, Object> fields() {
        return fields;
    }

    private FieldWriter put(String name, Object value) {
        Objects.requireNonNull(name, "name");
        if (fields.put(name, value) != null) {
            throw new IllegalStateException("field " + name + " written twice");
        }
        return this;
    }

    private static Object number(double value) {
        // JSON has no NaN or infinities: they are written as text, which number() reads back
        return Double.isFinite(value) ? (Object) value : Double.toString(value);
    }

    /**
     * @param name the field
     * @param value a number; NaN and infinities are written as the strings {@code "NaN"}, {@code "Infinity"}
     * @return this writer
     */
    public FieldWriter number(String name, double value) {
        return put(name, number(value));
    }

    /**
     * @param name the field
     * @param value an integer (seeds, counts)
     * @return this writer
     */
    public FieldWriter integer(String name, long value) {
        return put(name, value);
    }

    /**
     * @param name the field
     * @param value a boolean
     * @return this writer
     */
    public FieldWriter flag(String name, boolean value) {
        return put(name, value);
    }

    /**
     * @param name the field
     * @param value a string (an enum constant's {@code name()}, a label)
     * @return this writer
     */
    public FieldWriter text(String name, String value) {
        return put(name, Objects.requireNonNull(value, name));
    }

    /**
     * @param name the field
     * @param values strings (class or column names), as a JSON array
     * @return this writer
     */
    public FieldWriter texts(String name, List<String> values) {
        List<Object> list = new ArrayList<>(values.size());
        for (String s : values) {
            list.add(Objects.requireNonNull(s, name));
        }
        return put(name, list);
    }

    /**
     * A short list of numbers as a readable JSON array (for hyperparameters such as given priors); use
     * {@link #doubles(String, double[])} for fitted arrays.
     *
     * @param name the field
     * @param values the numbers; not modified
     * @return this writer
     */
    public FieldWriter numbers(String name, double[] values) {
        List<Object> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(number(v));
        }
        return put(name, list);
    }

    /**
     * @param name the field
     * @param values the values, bit-exact; not modified
     * @return this writer
     */
    public FieldWriter doubles(String name, double[] values) {
        return put(name, array("float64", List.of((long) values.length), doubleBytes(values)));
    }

    /**
     * @param name the field
     * @param values a rectangular matrix (every row the same length), bit-exact; not modified
     * @return this writer
     */
    public FieldWriter matrix(String name, double[][] values) {
        int columns = values.length == 0 ? 0 : values[0].length;
        double[] flat = new double[Math.multiplyExact(values.length, columns)];
        for (int i = 0; i < values.length; i++) {
            if (values[i].length != columns) {
                throw new IllegalArgumentException(name + " must be rectangular; row " + i + " has "
                        + values[i].length + " columns, row 0 has " + columns);
            }
            System.arraycopy(values[i], 0, flat, i * columns, columns);
        }
        return put(name, array("float64", List.of((long) values.length, (long) columns), doubleBytes(flat)));
    }

    /**
     * @param name the field
     * @param values the values; not modified
     * @return this writer
     */
    public FieldWriter ints(String name, int[] values) {
        ByteBuffer b = ByteBuffer.allocate(Math.multiplyExact(values.length, Integer.BYTES)).order(ByteOrder.LITTLE_ENDIAN);
        b.asIntBuffer().put(values);
        return put(name, array("int32", List.of((long) values.length), b.array()));
    }

    /**
     * @param name the field
     * @param values the values; not modified
     * @return this writer
     */
    public FieldWriter longs(String name, long[] values) {
        ByteBuffer b = ByteBuffer.allocate(Math.multiplyExact(values.length, Long.BYTES)).order(ByteOrder.LITTLE_ENDIAN);
        b.asLongBuffer().put(values);
        return put(name, array("int64", List.of((long) values.length), b.array()));
    }

    /**
     * @param name the field
     * @return a writer for a nested JSON object under that name (a structured hyperparameter)
     */
    public FieldWriter object(String name) {
        FieldWriter child = new FieldWriter(registry);
        put(name, child.fields);
        return child;
    }

    /**
     * A nested model, written as its own section {@code {"type", "learner", "data"}} by its codec.
     *
     * @param name the field
     * @param model a model of the library
     * @return this writer
     * @throws IllegalArgumentException if the model (or anything it holds) is not one of the library's
     *     model types, such as a model of a caller's own learner
     */
    public FieldWriter model(String name, Model model) {
        return put(name, registry.section(model, name));
    }

    /**
     * @param name the field
     * @param models nested models, as a JSON array of sections
     * @return this writer
     * @throws IllegalArgumentException as {@link #model(String, Model)}
     */
    public FieldWriter models(String name, List<? extends Model> models) {
        List<Object> list = new ArrayList<>(models.size());
        for (int i = 0; i < models.size(); i++) {
            list.add(registry.section(models.get(i), name + "[" + i + "]"));
        }
        return put(name, list);
    }

    /**
     * A nested learner (bagging's base learner, a pipeline step), written as {@code {"type", "learner"}}
     * with the type of the model it fits.
     *
     * @param name the field
     * @param learner a learner of the library
     * @return this writer
     * @throws IllegalArgumentException if it is not one of the library's learners
     */
    public FieldWriter learner(String name, Learner<?> learner) {
        return put(name, registry.learnerSection(learner, name));
    }

    private static Map<String, Object> array(String dtype, List<Long> shape, byte[] bytes) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dtype", dtype);
        out.put("shape", new ArrayList<Object>(shape));
        out.put("base64", Base64.getEncoder().encodeToString(bytes));
        return out;
    }

    private static byte[] doubleBytes(double[] values) {
        ByteBuffer b = ByteBuffer.allocate(Math.multiplyExact(values.length, Double.BYTES)).order(ByteOrder.LITTLE_ENDIAN);
        // raw bits: NaN payloads and signed zeros survive
        for (double v : values) {
            b.putLong(Double.doubleToRawLongBits(v));
        }
        return b.array();
    }
}
