package io.github.classicml.algorithms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits of model files for tests, written independently of the code under test: read a golden file,
 * replace text in its JSON line, change one entry of a base64 array, and sign the result again with a
 * fresh SHA-256 line, so that the loader's value checks (not only its checksum) are exercised.
 */
final class ModelFileEdits {

    private ModelFileEdits() {
    }

    static byte[] golden(String name) {
        String resource = "/modelfiles/v" + ModelFiles.FORMAT_VERSION + "/" + name + ".model";
        try (InputStream in = ModelFileEdits.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: run GoldenModelFiles");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the JSON line of a model file, without its newline */
    static String json(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        return text.substring(0, text.indexOf('\n'));
    }

    /** @return {@code json + "\n" + "sha256 " + hex(SHA-256(json + "\n")) + "\n"} */
    static byte[] signed(String json) {
        return signed((json + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** @return the bytes followed by a checksum line over them */
    static byte[] signed(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            byte[] line = ("sha256 " + HexFormat.of().formatHex(digest) + "\n").getBytes(StandardCharsets.US_ASCII);
            byte[] out = java.util.Arrays.copyOf(body, body.length + line.length);
            System.arraycopy(line, 0, out, body.length, line.length);
            return out;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the first occurrence of {@code from} (which must occur) and signs the result. */
    static byte[] replaced(byte[] file, String from, String to) {
        String json = json(file);
        int at = json.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException(from + " does not occur in " + json.substring(0, 200));
        }
        return signed(json.substring(0, at) + to + json.substring(at + from.length()));
    }

    /** Sets entry {@code index} of the first float64 array field {@code field} to {@code value} and signs. */
    static byte[] withDouble(byte[] file, String field, int index, double value) {
        return withArrayEntry(file, field, "float64", index, b -> b.putDouble(index * Double.BYTES, value));
    }

    /** Sets entry {@code index} of the first int32 array field {@code field} to {@code value} and signs. */
    static byte[] withInt(byte[] file, String field, int index, int value) {
        return withArrayEntry(file, field, "int32", index, b -> b.putInt(index * Integer.BYTES, value));
    }

    /** Sets entry {@code index} of the first int64 array field {@code field} to {@code value} and signs. */
    static byte[] withLong(byte[] file, String field, int index, long value) {
        return withArrayEntry(file, field, "int64", index, b -> b.putLong(index * Long.BYTES, value));
    }

    private static byte[] withArrayEntry(byte[] file, String field, String dtype, int index,
                                         java.util.function.Consumer<ByteBuffer> edit) {
        String json = json(file);
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\":\\{\"dtype\":\"" + dtype
                + "\",\"shape\":\\[[0-9,]+\\],\"base64\":\"([A-Za-z0-9+/=]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + dtype + " array " + field);
        }
        ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(m.group(1))).order(ByteOrder.LITTLE_ENDIAN);
        edit.accept(b);
        return signed(json.substring(0, m.start(1)) + Base64.getEncoder().encodeToString(b.array())
                + json.substring(m.end(1)));
    }
}
