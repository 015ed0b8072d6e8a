package io.github.classicml.algorithms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the reference CSV files under {@code src/test/resources/reference}: plain comma-separated
 * lines without quoting, a first line starting with a quoted {@code #} comment kept out of the data.
 */
public final class ReferenceCsv {

    private ReferenceCsv() {
    }

    /**
     * @param resource the resource path, e.g. {@code /reference/neighbors/knn_splits.csv}
     * @return every line split at commas, comment lines (starting with {@code "#}) left out
     */
    public static List<String[]> read(String resource) {
        InputStream in = ReferenceCsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("\"#") && !line.startsWith("#")) {
                    out.add(line.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** @return the numbers of a {@code ;}-separated field */
    public static double[] doubles(String field) {
        return Arrays.stream(field.split(";")).mapToDouble(Double::parseDouble).toArray();
    }

    /** @return the integers of a {@code ;}-separated field */
    public static int[] ints(String field) {
        return Arrays.stream(field.split(";")).mapToInt(Integer::parseInt).toArray();
    }

    /** @return the integers of fields {@code from..} of a line */
    public static int[] ints(String[] line, int from) {
        return Arrays.stream(line).skip(from).mapToInt(Integer::parseInt).toArray();
    }
}
