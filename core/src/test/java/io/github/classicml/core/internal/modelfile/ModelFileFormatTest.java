package io.github.classicml.core.internal.modelfile;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.io.ModelFileException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The format on its own, with a test model whose codec writes one field of every kind: every kind
 * round-trips bit for bit (NaN payloads, signed zeros, extreme longs, non-ASCII text), and the JSON and
 * array layer refuses what it must with its own message: nesting beyond {@link ModelFileFormat#MAX_NESTING},
 * duplicate names, {@code null}, integers beyond a long, numbers beyond a double, text after the object,
 * shapes that do not match their base64 text, and bad base64.
 */
class ModelFileFormatTest {

    /** A learner with one hyperparameter, validated as a library learner is. */
    record Everything(double scale) implements Learner<EverythingModel> {
        Everything {
            if (!(scale > 0)) {
                throw new IllegalArgumentException("scale must be > 0, got " + scale);
            }
        }

        @Override
        public EverythingModel fit(Dataset data) {
            throw new UnsupportedOperationException();
        }
    }

    /** A model that holds one value of every kind the format writes. */
    static final class EverythingModel implements Model {
        final Everything learner;
        final double number;
        final long integer;
        final boolean flag;
        final String text;
        final List<String> texts;
        final double[] numbers;
        final double[] doubles;
        final int[] ints;
        final long[] longs;
        final double[][] matrix;
        final double nested;

        EverythingModel(Everything learner, double number, long integer, boolean flag, String text, List<String> texts,
                        double[] numbers, double[] doubles, int[] ints, long[] longs, double[][] matrix, double nested) {
            this.learner = learner;
            this.number = number;
            this.integer = integer;
            this.flag = flag;
            this.text = text;
            this.texts = texts;
            this.numbers = numbers;
            this.doubles = doubles;
            this.ints = ints;
            this.longs = longs;
            this.matrix = matrix;
            this.nested = nested;
        }

        @Override
        public Everything learner() {
            return learner;
        }

        @Override
        public int columns() {
            return 1;
        }
    }

    static final class EverythingCodec implements ModelCodec<Everything, EverythingModel> {
        @Override
        public String type() {
            return "EverythingModel";
        }

        @Override
        public Class<EverythingModel> modelClass() {
            return EverythingModel.class;
        }

        @Override
        public Class<Everything> learnerClass() {
            return Everything.class;
        }

        @Override
        public void writeLearner(Everything learner, FieldWriter out) {
            out.number("scale", learner.scale());
        }

        @Override
        public Everything readLearner(FieldReader in) {
            return new Everything(in.number("scale"));
        }

        @Override
        public void writeModel(EverythingModel m, FieldWriter out) {
            out.number("number", m.number).integer("integer", m.integer).flag("flag", m.flag).text("text", m.text)
                    .texts("texts", m.texts).numbers("numbers", m.numbers).doubles("doubles", m.doubles)
                    .ints("ints", m.ints).longs("longs", m.longs).matrix("matrix", m.matrix);
            out.object("inner").number("nested", m.nested);
        }

        @Override
        public EverythingModel readModel(Everything learner, FieldReader in) {
            return new EverythingModel(learner, in.number("number"), in.integer("integer"), in.flag("flag"),
                    in.text("text"), in.texts("texts"), in.numbers("numbers"), in.doubles("doubles"), in.ints("ints"),
                    in.longs("longs"), in.matrix("matrix"), in.object("inner").number("nested"));
        }
    }

    private static final CodecRegistry REGISTRY = new CodecRegistry(List.of(new EverythingCodec()));

    private static EverythingModel sample() {
        double nanWithPayload = Double.longBitsToDouble(0x7ff8_0000_0000_0123L);
        return new EverythingModel(new Everything(2.5), Double.NEGATIVE_INFINITY, Long.MIN_VALUE, true,
                "naïve \"quoted\" \u00e9\u4e2d\ud83d\ude00\n", List.of("a", "", "ß"),
                new double[] {0.1, Double.NaN, Double.POSITIVE_INFINITY, -0.0},
                new double[] {-0.0, nanWithPayload, Double.MIN_VALUE, Double.MAX_VALUE, 1.0 / 3},
                new int[] {Integer.MIN_VALUE, 0, Integer.MAX_VALUE}, new long[] {Long.MAX_VALUE, -1},
                new double[][] {{1, 2, 3}, {4, 5, 6}}, 1e-300);
    }

    @Test
    void everyFieldKind_roundTripsBitForBit() throws ModelFileException {
        EverythingModel m = sample();
        byte[] bytes = REGISTRY.save(m);
        EverythingModel back = REGISTRY.load(bytes, "t", EverythingModel.class);
        assertEquals(m.learner, back.learner);
        assertEquals(Double.doubleToRawLongBits(m.number), Double.doubleToRawLongBits(back.number));
        assertEquals(m.integer, back.integer);
        assertEquals(m.flag, back.flag);
        assertEquals(m.text, back.text);
        assertEquals(m.texts, back.texts);
        assertArrayEquals(m.numbers, back.numbers);
        for (int i = 0; i < m.doubles.length; i++) {
            assertEquals(Double.doubleToRawLongBits(m.doubles[i]), Double.doubleToRawLongBits(back.doubles[i]), "entry " + i);
        }
        assertArrayEquals(m.ints, back.ints);
        assertArrayEquals(m.longs, back.longs);
        assertArrayEquals(m.matrix, back.matrix);
        assertEquals(m.nested, back.nested);
        assertArrayEquals(bytes, REGISTRY.save(back));
        assertEquals("EverythingModel", REGISTRY.type(bytes, "t"));
    }

    @Test
    void file_isOneJsonLineAndAChecksumLineOverIt() throws Exception {
        byte[] bytes = REGISTRY.save(sample());
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        assertEquals(3, lines.length, "two lines, each ending in a newline");
        assertEquals("", lines[2]);
        assertTrue(lines[0].startsWith("{\"format\":\"classicml-model\",\"formatVersion\":1,\"libraryVersion\":\""), lines[0]);
        assertTrue(lines[0].contains("\"type\":\"EverythingModel\",\"learner\":{\"scale\":2.5},\"data\":{"), lines[0]);
        // the int32 array: 3 little-endian values, 12 bytes, 16 base64 characters
        assertTrue(lines[0].contains("\"ints\":{\"dtype\":\"int32\",\"shape\":[3],\"base64\":\"AAAAgAAAAAD///9/\"}"), lines[0]);
        byte[] body = (lines[0] + "\n").getBytes(StandardCharsets.UTF_8);
        assertEquals("sha256 " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)), lines[1]);
    }

    /** Replaces text in the JSON line and signs again, as an editor who knows the format would. */
    private static String load(String from, String to) {
        String json = new String(REGISTRY.save(sample()), StandardCharsets.UTF_8).split("\n")[0];
        assertTrue(json.contains(from), from);
        return reason(signed(json.replace(from, to)));
    }

    private static byte[] signed(String json) {
        try {
            byte[] body = (json + "\n").getBytes(StandardCharsets.UTF_8);
            String line = "sha256 " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)) + "\n";
            byte[] out = Arrays.copyOf(body, body.length + line.length());
            System.arraycopy(line.getBytes(StandardCharsets.US_ASCII), 0, out, body.length, line.length());
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String reason(byte[] bytes) {
        return assertThrows(ModelFileException.class, () -> REGISTRY.load(bytes, "t", Model.class)).reason();
    }

    @Test
    void json_refusesWhatStrictJsonAndTheLimitsRefuse() {
        assertEquals("field \"flag\" appears twice in one object", load("\"flag\":true", "\"flag\":true,\"flag\":false"));
        assertEquals("unexpected JSON value VALUE_NULL at byte ", load("\"flag\":true", "\"flag\":null")
                .replaceAll("[0-9]+$", ""));
        assertEquals("integer 9223372036854775808 is beyond the range of a long",
                load("\"integer\":-9223372036854775808", "\"integer\":9223372036854775808"));
        assertEquals("number 1e400 is beyond the range of a double", load("\"scale\":2.5", "\"scale\":1e400"));
        assertTrue(load("\"flag\":true", "\"flag\":" + "[".repeat(70) + "]".repeat(70))
                .startsWith("malformed JSON: Document nesting depth (65) exceeds the maximum allowed (64"));
        assertTrue(load("\"flag\":true", "\"flag\":tru").startsWith("malformed JSON at byte "));
        String trailing = load("}}}", "}}} {}");
        assertTrue(trailing.startsWith("text after the JSON object at byte "), trailing);
        assertEquals("scale must be > 0, got -1.0", load("\"scale\":2.5", "\"scale\":-1"));
        assertEquals("learner.scale must be a number, got \"x\"", load("\"scale\":2.5", "\"scale\":\"x\""));
        assertEquals("data.integer must be an integer, got 1.5", load("\"integer\":-9223372036854775808", "\"integer\":1.5"));
    }

    @Test
    void arrays_areBoundedByTheirTextBeforeAnythingIsAllocated() {
        assertEquals("data.ints must hold 2147483647 values in 11453246120 base64 characters, got 16 characters; "
                + "at most 536870911 values per array", load("\"shape\":[3]", "\"shape\":[2147483647]"));
        assertEquals("data.ints must hold 4 values in 24 base64 characters, got 16 characters",
                load("\"shape\":[3]", "\"shape\":[4]"));
        assertEquals("data.matrix must hold 4294967296 values in 45812984492 base64 characters, got 64 characters; "
                + "at most 268435455 values per array", load("\"shape\":[2,3]", "\"shape\":[65536,65536]"));
        assertEquals("data.matrix must have at least 1 column when it has rows, got shape [2000000000, 0]",
                load("\"shape\":[2,3],\"base64\":\"AAAAAAAA8D8AAAAAAAAAQAAAAAAAAAhAAAAAAAAAEEAAAAAAAAAUQAAAAAAAABhA\"",
                        "\"shape\":[2000000000,0],\"base64\":\"\""));
        assertEquals("data.ints.shape[0] must be an integer between 0 and 2147483647, got -3",
                load("\"shape\":[3]", "\"shape\":[-3]"));
        assertEquals("data.ints.dtype must be \"int32\", got \"float64\"",
                load("\"dtype\":\"int32\"", "\"dtype\":\"float64\""));
        assertTrue(load("\"AAAAgAAAAAD///9/\"", "\"AAAAgAAAAAD///9!\"").startsWith("data.ints.base64 must be base64 text: "));
        assertEquals("data.ints.extra is not a field of this model type",
                load("\"dtype\":\"int32\"", "\"dtype\":\"int32\",\"extra\":0"));
    }

    @Test
    void save_modelOfNoRegisteredType_isRefused() {
        Model foreign = new Model() {
            @Override
            public Learner<?> learner() {
                return null;
            }

            @Override
            public int columns() {
                return 1;
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> REGISTRY.save(foreign));
        assertTrue(e.getMessage().startsWith("cannot save a " + foreign.getClass().getName()
                + "; model files hold only classicml's own model types [EverythingModel]"), e.getMessage());
    }

    @Test
    void registry_refusesTwoCodecsForOneType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CodecRegistry(List.of(new EverythingCodec(), new EverythingCodec())));
        assertEquals("two codecs for model type EverythingModel", e.getMessage());
    }
}
