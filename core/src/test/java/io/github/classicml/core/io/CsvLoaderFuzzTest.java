package io.github.classicml.core.io;

import io.github.classicml.core.testing.ByteMutations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Seeded mutations of the bundled CSV files: whatever the bytes, {@link CsvLoader} either loads a
 * dataset or throws its one documented {@link CsvFormatException} whose message names the source
 * (and the line it reports), and it never allocates more than {@link #allocationBound(int)} for an
 * input of a given size.
 */
class CsvLoaderFuzzTest {

    /** The bundled files with the loader each is read with. */
    private static final String[][] FILES = {
        {"iris.csv", "class", "species"}, {"wine.csv", "class", "cultivar"},
        {"breast_cancer.csv", "class", "diagnosis"}, {"diabetes.csv", "numeric", "progression"},
        {"longley.csv", "numeric", "total_employment"}, {"sunspots.csv", "numeric", "sunspot_activity"},
        {"co2_weekly.csv", "date", "co2_ppm"}, {"nist/norris.csv", "numeric", "y"},
        {"nist/pontius.csv", "numeric", "y"}, {"nist/noint1.csv", "numeric", "y"},
    };

    private static final byte[][] CONTENT = new byte[FILES.length][];

    static {
        for (int f = 0; f < FILES.length; f++) {
            try (InputStream in = CsvLoader.class.getResourceAsStream("datasets/" + FILES[f][0])) {
                CONTENT[f] = in.readAllBytes();
            } catch (IOException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    /** Texts that forge sizes or break the syntax, inserted whole. */
    private static final String[] HOSTILE = {
        "\"", "\"\"", "\",\"", "1e400", "-1e999", "9".repeat(400), "NA", "NaN", "Infinity", "\r", "\n\n", "\r\n",
        ",".repeat(CsvLoader.MAX_COLUMNS + 5), "7".repeat(CsvLoader.MAX_CELL_CHARS + 5), "\"" + "\n".repeat(3000),
        "\uFEFF", "0x1p3", "1d", "\u0000", "2001-02-30", "1e-400",
    };

    /** Byte sequences that are not UTF-8: a lone continuation, a truncated sequence, a surrogate, 0xFF. */
    private static final byte[][] BAD_UTF8 = {
        {(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    };

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    /**
     * The most a load may allocate for an input of {@code n} bytes: 64 bytes per input byte plus
     * 16 MiB. Allocation grows with the input, never with numbers written in it: the parser holds at
     * most one line, refused past {@code MAX_COLUMNS} cells or a cell past {@code MAX_CELL_CHARS}
     * characters, so it is never more than the characters read; the features cost 8 bytes per cell
     * of at least two characters, with doubling; labels and the parser's strings a few dozen bytes
     * per cell. Measured on the unmutated files: 24 to 65 bytes per byte for 2 kB and more, plus
     * about 60 kB fixed; a 400 kB header of 100 000 columns, 17 per byte.
     */
    static long allocationBound(int n) {
        return 64L * n + (16L << 20);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void mutatedBundledFile_loadsOrThrowsOnlyCsvFormatException_withinTheAllocationBound(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int k = 0; k < 100; k++) {
            int c = k;
            int f = random.nextInt(FILES.length);
            byte[] base = CONTENT[f];
            // most cases cut the file to its first lines, so that thousands of cases stay fast
            if (random.nextInt(4) != 0) {
                base = firstLines(base, 2 + random.nextInt(30));
            }
            List<String> steps = new ArrayList<>();
            byte[] input = base;
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                input = mutate(input, random, steps);
            }
            byte[] mutated = input;
            CsvLoader loader = loader(FILES[f], random.nextBoolean());
            boolean fromReader = random.nextInt(5) == 0;
            String source = "fuzz-" + seed + "-" + c + ".csv";
            long before = threads.getThreadAllocatedBytes(thread);
            try {
                if (fromReader) {
                    loader.load(new StringReader(new String(mutated, StandardCharsets.UTF_8)), source);
                } else {
                    loader.load(new ByteArrayInputStream(mutated), source);
                }
            } catch (CsvFormatException e) {
                assertTrue(e.getMessage().contains(source + " "),
                        () -> "the message must name the source: " + e.getMessage() + " after " + steps);
                if (e.line() > 0) {
                    assertTrue(e.getMessage().contains(" line " + e.line()),
                            () -> "the message must name line " + e.line() + ": " + e.getMessage());
                }
                assertTrue(e.getMessage().length() < 600, () -> "a short message, got " + e.getMessage().length()
                        + " characters: " + e.getMessage().substring(0, 600));
            } catch (Throwable t) {
                fail("only CsvFormatException may escape; seed " + seed + " case " + c + " " + FILES[f][0]
                        + " after " + steps + " threw " + t, t);
            }
            long allocated = threads.getThreadAllocatedBytes(thread) - before;
            long bound = allocationBound(mutated.length);
            int size = mutated.length;
            assertTrue(allocated <= bound, () -> "seed " + seed + " case " + c + " allocated " + allocated
                    + " bytes for " + size + " input bytes, more than the bound " + bound + " after " + steps);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void unmutatedBundledFile_loads(long seed) throws IOException {
        int f = (int) (seed % FILES.length);
        assertTrue(loader(FILES[f], false).load(new ByteArrayInputStream(CONTENT[f]), FILES[f][0]).rows() > 0);
    }

    private static CsvLoader loader(String[] file, boolean keepMissing) {
        CsvLoader loader = switch (file[1]) {
            case "class" -> CsvLoader.classTarget(file[2]);
            case "date" -> CsvLoader.numericTarget(file[2]).withDateColumns("week_ending").keepingMissing();
            default -> CsvLoader.numericTarget(file[2]);
        };
        return keepMissing ? loader.keepingMissing() : loader;
    }

    private static byte[] firstLines(byte[] content, int lines) {
        int end = 0;
        for (int seen = 0; end < content.length && seen < lines; end++) {
            if (content[end] == '\n') {
                seen++;
            }
        }
        return Arrays.copyOf(content, end);
    }

    private static byte[] mutate(byte[] in, SplittableRandom random, List<String> steps) {
        int n = in.length;
        int at = n == 0 ? 0 : random.nextInt(n + 1);
        int kind = random.nextInt(9);
        switch (kind) {
            case 0:
            case 1:
            case 2:
            case 3: // flip a bit, insert random bytes, delete a range, truncate
                return ByteMutations.generic(kind, in, at, random, steps);
            case 4: { // duplicate a line
                int start = at;
                while (start > 0 && in[start - 1] != '\n') {
                    start--;
                }
                int end = at;
                while (end < n && in[end] != '\n') {
                    end++;
                }
                end = Math.min(end + 1, n);
                steps.add("duplicate-line@" + start);
                return ByteMutations.insert(in, start, Arrays.copyOfRange(in, start, end));
            }
            case 5: // a quote
                steps.add("quote@" + at);
                return ByteMutations.insert(in, at, new byte[] {'"'});
            case 6: { // a huge or hostile text, often replacing a cell
                String text = HOSTILE[random.nextInt(HOSTILE.length)];
                steps.add("hostile(" + (text.length() > 12 ? text.length() + " chars" : text) + ")@" + at);
                return ByteMutations.insert(in, at, text.getBytes(StandardCharsets.UTF_8));
            }
            case 7: { // bytes that are not UTF-8
                byte[] bad = BAD_UTF8[random.nextInt(BAD_UTF8.length)];
                steps.add("bad-utf8" + Arrays.toString(bad) + "@" + at);
                return ByteMutations.insert(in, at, bad);
            }
            default: { // a number too large for a double in place of the next cell
                int end = at;
                while (end < n && in[end] != ',' && in[end] != '\n') {
                    end++;
                }
                steps.add("1e400@" + at);
                return ByteMutations.concat(ByteMutations.concat(Arrays.copyOf(in, at), "1e400".getBytes(StandardCharsets.US_ASCII)),
                        Arrays.copyOfRange(in, end, n));
            }
        }
    }


    @org.junit.jupiter.api.Test
    void shown_longHeader_isCutInMessages() {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < 25; j++) {
            names.add("c" + j);
        }
        assertEquals("[c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, "
                + "... (25 columns)]", CsvLoader.shown(names));
    }

    @org.junit.jupiter.api.Test
    void hostileTexts_eachAloneInACell_giveCsvFormatExceptionOrALoad() {
        for (String text : HOSTILE) {
            try {
                CsvLoader.classTarget("c").load(new StringReader("a,c\n" + text + ",x\n"), "h.csv");
            } catch (CsvFormatException e) {
                assertEquals(true, e.getMessage().startsWith("h.csv"), e.getMessage());
            } catch (Throwable t) {
                fail("only CsvFormatException may escape for " + text.length() + " characters, threw " + t, t);
            }
        }
    }
}
