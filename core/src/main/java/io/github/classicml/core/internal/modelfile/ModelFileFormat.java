package io.github.classicml.core.internal.modelfile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;

/**
 * The bytes of a model file, format version {@value #VERSION}: one line of compact UTF-8 JSON (the
 * header and the data), then one line {@code sha256 <64 lowercase hex digits>} holding the SHA-256 of
 * every byte before it.
 *
 * <pre>
 * {"format":"classicml-model","formatVersion":1,"libraryVersion":"0.1.0","type":"GaussianNaiveBayesModel",
 *  "learner":{...hyperparameters...},"data":{...fitted values; arrays as {"dtype","shape","base64"}...}}\n
 * sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n
 * </pre>
 *
 * <p>Reading checks, in this order and before allocating anything that grows with a number written
 * in the file: the size ({@link #MAX_FILE_BYTES}), the opening bytes, the checksum line, the checksum,
 * the JSON (Jackson's streaming parser with the limits below), the format name and version. Every
 * array is then bounded by the text that holds it ({@link FieldReader}).
 */
public final class ModelFileFormat {

    /** The format version this library writes, and the newest it reads. */
    public static final int VERSION = 1;
    /** The value of the {@code format} field. */
    public static final String FORMAT_NAME = "classicml-model";
    /** The largest model file read or written: 1 GiB. */
    public static final int MAX_FILE_BYTES = 1 << 30;
    /** The deepest nesting of JSON objects and arrays: 64 (a pipeline of bagged trees needs about 12). */
    public static final int MAX_NESTING = 64;
    /** The longest field name: 200 characters. */
    public static final int MAX_NAME_CHARS = 200;
    /** The longest number text: 100 characters. */
    public static final int MAX_NUMBER_CHARS = 100;

    static final String CHECKSUM_PREFIX = "sha256 ";
    /** {@code "\n" + "sha256 " + 64 hex digits + "\n"}. */
    static final int TRAILER_BYTES = 1 + CHECKSUM_PREFIX.length() + 64 + 1;
    private static final byte[] OPENING = ("{\"format\":\"" + FORMAT_NAME + "\"").getBytes(StandardCharsets.US_ASCII);

    private static final String LIBRARY_VERSION = readLibraryVersion();

    private ModelFileFormat() {
    }

    /** @return the version of this library, written into every model file */
    public static String libraryVersion() {
        return LIBRARY_VERSION;
    }

    private static String readLibraryVersion() {
        Properties p = new Properties();
        try (InputStream in = ModelFileFormat.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the classicml-core jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    /**
     * @param root the model's section, {@code type}, {@code learner} and {@code data}
     * @return the file's bytes: header fields first, then the section's, then the checksum line
     */
    static byte[] encode(Map<String, Object> root) {
        Map<String, Object> file = new java.util.LinkedHashMap<>();
        file.put("format", FORMAT_NAME);
        file.put("formatVersion", (long) VERSION);
        file.put("libraryVersion", LIBRARY_VERSION);
        file.putAll(root);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Json.write(file, out);
        out.write('\n');
        byte[] digest = sha256(out.toByteArray(), out.size());
        out.writeBytes((CHECKSUM_PREFIX + HexFormat.of().formatHex(digest) + "\n").getBytes(StandardCharsets.US_ASCII));
        if (out.size() > MAX_FILE_BYTES) {
            throw new IllegalArgumentException("the model file would take " + out.size()
                    + " bytes, more than the format's limit of " + MAX_FILE_BYTES);
        }
        return out.toByteArray();
    }

    /**
     * Checks the size, opening, checksum, JSON and format version of a file, and returns its tree.
     *
     * @throws IllegalArgumentException naming the first problem found
     */
    static Map<String, Object> decode(byte[] bytes) {
        int n = bytes.length;
        if (n > MAX_FILE_BYTES) {
            throw new IllegalArgumentException("a model file must be at most " + MAX_FILE_BYTES + " bytes, got " + n);
        }
        if (n < OPENING.length || !java.util.Arrays.equals(bytes, 0, OPENING.length, OPENING, 0, OPENING.length)) {
            throw new IllegalArgumentException("not a classicml model file: it must begin with "
                    + new String(OPENING, StandardCharsets.US_ASCII));
        }
        int body = n - TRAILER_BYTES + 1;    // the JSON and its newline
        String trailer = body > OPENING.length
                ? new String(bytes, body - 1, TRAILER_BYTES, StandardCharsets.ISO_8859_1) : "";
        if (!trailer.startsWith("\n" + CHECKSUM_PREFIX) || !trailer.endsWith("\n")) {
            throw new IllegalArgumentException("the file must end with a line \"sha256 <64 hex digits>\"; "
                    + "it is cut short or was edited");
        }
        byte[] stored;
        try {
            stored = HexFormat.of().parseHex(trailer, 1 + CHECKSUM_PREFIX.length(), TRAILER_BYTES - 1);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the checksum line must hold 64 hex digits; it was edited");
        }
        byte[] computed = sha256(bytes, body);
        if (!MessageDigest.isEqual(stored, computed)) {
            throw new IllegalArgumentException("checksum mismatch: the file is damaged or was edited (stored sha256 "
                    + HexFormat.of().formatHex(stored, 0, 6) + "..., content sha256 "
                    + HexFormat.of().formatHex(computed, 0, 6) + "...)");
        }
        Map<String, Object> root = Json.parse(bytes, body - 1);
        if (!FORMAT_NAME.equals(root.get("format"))) {
            throw new IllegalArgumentException("format must be \"" + FORMAT_NAME + "\"");
        }
        Object version = root.get("formatVersion");
        if (!(version instanceof Long)) {
            throw new IllegalArgumentException("formatVersion must be an integer, got " + shown(version));
        }
        long v = (Long) version;
        if (v < 1 || v > VERSION) {
            throw new IllegalArgumentException("formatVersion must be between 1 and " + VERSION + ", got " + v
                    + (v > VERSION ? "; the file was written by a newer classicml: load it with that version" : ""));
        }
        if (!(root.get("libraryVersion") instanceof String)) {
            throw new IllegalArgumentException("libraryVersion must be a string, got " + shown(root.get("libraryVersion")));
        }
        return root;
    }

    static String shown(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof String) {
            return "\"" + Json.shown((String) value) + "\"";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof java.util.List) {
            return "an array";
        }
        return String.valueOf(value);
    }

    private static byte[] sha256(byte[] bytes, int length) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(bytes, 0, length);
            return d.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
