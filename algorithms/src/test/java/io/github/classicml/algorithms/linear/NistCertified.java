package io.github.classicml.algorithms.linear;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The certified values of a NIST StRD linear-regression set, read from core's {@code nist/certified.json}
 * (the values are decimal strings; "intercept" is not a number for a model without intercept, and
 * "residual_sd"/"r2" may be absent).
 *
 * @param intercept the certified intercept, or NaN without intercept
 * @param coefficients the certified coefficients
 * @param residualSd the certified residual standard deviation, or NaN
 * @param r2 the certified R², or NaN
 */
record NistCertified(double intercept, double[] coefficients, double residualSd, double r2) {

    private static final String FILE = "/io/github/classicml/core/io/datasets/nist/certified.json";

    static NistCertified of(String name) {
        String json;
        try (InputStream in = NistCertified.class.getResourceAsStream(FILE)) {
            assertNotNull(in, FILE);
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = json.indexOf("\"" + name + "\"");
        assertTrue(start >= 0, name);
        int end = json.indexOf('}', start);
        String block = json.substring(start, end);
        return new NistCertified(number(block, "intercept"), array(block, "coef"), number(block, "residual_sd"),
                number(block, "r2"));
    }

    private static double number(String block, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\"([^\"]*)\"").matcher(block);
        if (!m.find()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(m.group(1));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double[] array(String block, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(block);
        assertTrue(m.find(), key);
        List<Double> out = new ArrayList<>();
        Matcher v = Pattern.compile("\"([^\"]*)\"").matcher(m.group(1));
        while (v.find()) {
            out.add(Double.parseDouble(v.group(1)));
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The log relative error, the number of correct significant digits: {@code -log10(|x - c| / |c|)},
     * or {@code -log10 |x - c|} where the certified value {@code c} is 0; capped at 15 (exact).
     *
     * @param certified the certified value
     * @param estimate the estimate
     * @return the LRE
     */
    static double lre(double certified, double estimate) {
        double error = certified == 0 ? Math.abs(estimate) : Math.abs(estimate - certified) / Math.abs(certified);
        return error == 0 ? 15.0 : Math.min(15.0, -Math.log10(error));
    }
}
