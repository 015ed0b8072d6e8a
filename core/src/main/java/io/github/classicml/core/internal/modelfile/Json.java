package io.github.classicml.core.internal.modelfile;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of a model file, as a tree of plain values: {@code Map<String, Object>} (insertion order),
 * {@code List<Object>}, {@code String}, {@code Long} (integers), {@code Double} (numbers with a fraction
 * or exponent), {@code Boolean}. {@code null} is refused. Jackson's streaming parser reads the tokens
 * under {@link ModelFileFormat}'s limits; the tree holds nothing the text did not, so it is never larger
 * than a few times the input.
 */
final class Json {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(ModelFileFormat.MAX_NESTING)
                    .maxStringLength(ModelFileFormat.MAX_FILE_BYTES)
                    .maxNameLength(ModelFileFormat.MAX_NAME_CHARS)
                    .maxNumberLength(ModelFileFormat.MAX_NUMBER_CHARS)
                    .maxDocumentLength(ModelFileFormat.MAX_FILE_BYTES)
                    .build())
            .build();

    private Json() {
    }

    /**
     * Parses one JSON object that fills {@code bytes[0, length)} exactly.
     *
     * @throws IllegalArgumentException naming the problem and its byte offset
     */
    static Map<String, Object> parse(byte[] bytes, int length) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), bytes, 0, length)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("the header must be a JSON object");
            }
            Map<String, Object> root = object(parser);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("text after the JSON object at byte "
                        + parser.currentTokenLocation().getByteOffset());
            }
            return root;
        } catch (JacksonException e) {
            String message = String.valueOf(e.getOriginalMessage());
            if (message.length() > 200) {
                message = message.substring(0, 200) + "...";
            }
            long at = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
            throw new IllegalArgumentException("malformed JSON" + (at >= 0 ? " at byte " + at : "") + ": " + message);
        }
    }

    private static Map<String, Object> object(JsonParser parser) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            // the parser only returns names here: anything else is a syntax error it reports itself
            if (t != JsonToken.PROPERTY_NAME) {
                throw new IllegalArgumentException("malformed JSON: a field name expected, got " + t);
            }
            String name = parser.currentName();
            Object value = value(parser, parser.nextToken());
            if (out.put(name, value) != null) {
                throw new IllegalArgumentException("field \"" + shown(name) + "\" appears twice in one object");
            }
        }
        return out;
    }

    private static Object value(JsonParser parser, JsonToken token) {
        if (token == null) {
            throw new IllegalArgumentException("malformed JSON: the text ends inside an object or array");
        }
        switch (token) {
            case START_OBJECT:
                return object(parser);
            case START_ARRAY: {
                List<Object> out = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    out.add(value(parser, t));
                }
                return out;
            }
            case VALUE_STRING:
                return parser.getString();
            case VALUE_NUMBER_INT:
                if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw new IllegalArgumentException("integer " + shown(parser.getString()) + " is beyond the range of a long");
                }
                return parser.getLongValue();
            case VALUE_NUMBER_FLOAT: {
                double v = parser.getDoubleValue();
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("number " + shown(parser.getString()) + " is beyond the range of a double");
                }
                return v;
            }
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                throw new IllegalArgumentException("unexpected JSON value " + token + " at byte "
                        + parser.currentTokenLocation().getByteOffset());
        }
    }

    /** @return {@code text} cut to 40 characters, for messages */
    static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...(" + text.length() + " characters)";
    }

    /** Writes the tree as compact JSON (UTF-8, no whitespace, fields in insertion order). */
    static void write(Map<String, Object> root, ByteArrayOutputStream out) {
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            write(g, root);
        }
    }

    @SuppressWarnings("unchecked")
    private static void write(JsonGenerator g, Object value) {
        if (value instanceof Map) {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) value).entrySet()) {
                g.writeName(e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List) {
            g.writeStartArray();
            for (Object v : (List<Object>) value) {
                write(g, v);
            }
            g.writeEndArray();
        } else if (value instanceof String) {
            g.writeString((String) value);
        } else if (value instanceof Long) {
            g.writeNumber((long) (Long) value);
        } else if (value instanceof Double) {
            // Double.toString: the shortest text that parses back to the same bits on every JDK 17+
            g.writeNumber(Double.toString((Double) value));
        } else if (value instanceof Boolean) {
            g.writeBoolean((Boolean) value);
        } else {
            throw new IllegalStateException("not a JSON value: " + value);
        }
    }
}
