package io.github.classicml.algorithms;

import io.github.classicml.core.testing.ByteMutations;
import io.github.classicml.core.io.ModelFileException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Seeded mutations of the golden model files, like the CSV loader's fuzz test: whatever the bytes,
 * {@link ModelFiles} either loads a model or throws its one documented {@link ModelFileException}
 * naming the source, and never allocates more than {@link #allocationBound(int)}. Three cases in four
 * are signed again after mutating, so that the JSON parser, the field readers and every codec's value
 * checks are reached, not only the checksum.
 */
class ModelFilesFuzzTest {

    private static final List<byte[]> GOLDEN = new ArrayList<>();

    static {
        for (ModelFileCases.Case c : ModelFileCases.all()) {
            GOLDEN.add(ModelFileEdits.golden(c.name()));
        }
        GOLDEN.add(ModelFileEdits.golden(ModelFileCases.BAG_OF_WORDS));
    }

    /** Texts that forge sizes, values or syntax, inserted whole (often where a value starts). */
    private static final String[] HOSTILE = {
        "\"", "{", "}", "[", "]", ",", ":", "-1", "0", "1e400", "-1e400", "9".repeat(150), "2147483647",
        "2147483648", "9223372036854775808", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "null", "true", "1.5",
        "[".repeat(200), "{\"a\":".repeat(100), "\"\\ud800\"", "\"\\u0000\"", "\"shape\":[1073741823]",
        "\"shape\":[65536,65536]", "\"dtype\":\"int32\"", "\"base64\":\"====\"", "\"x\":1,", "\"type\":\"KMeansModel\"",
        "\"a\".repeat", "1E-400", "-0.0", "\"" + "a".repeat(300) + "\"", "\u00e9", "\uFEFF",
    };

    static LongStream seeds() {
        return LongStream.range(0, 60);
    }

    /**
     * The most a load may allocate for an input of {@code n} bytes: 64 bytes per input byte plus 16 MiB.
     * The file is read whole (1×), the JSON tree holds its strings (about 2× in Latin-1 plus Jackson's
     * buffers of 2 bytes per character), each array is decoded once (3/4× of its text) and copied into
     * the model (about 1× again); the constant covers Jackson's buffer pool and the class names' checks.
     * Measured (JDK 17, 3 December 2026): 6 to 16 bytes per byte loading the unmutated golden files
     * (5.8 kB for a 485-byte ridge model, 90 kB for a 14.5 kB k-NN regressor); the most over 60 000
     * mutants, 0.7 MB for a 634-byte file.
     */
    static long allocationBound(int n) {
        return 64L * n + (16L << 20);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void mutatedGoldenFile_loadsOrThrowsOnlyModelFileException_withinTheAllocationBound(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int k = 0; k < 100; k++) {
            int c = k;
            int f = random.nextInt(GOLDEN.size());
            byte[] golden = GOLDEN.get(f);
            // mutate the JSON line only (without its newline), then (usually) sign it again
            byte[] input = Arrays.copyOf(golden, golden.length - ModelFileEditsLength.TRAILER - 1);
            List<String> steps = new ArrayList<>();
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                input = mutate(input, random, steps);
            }
            boolean resign = random.nextInt(4) != 0;
            byte[] mutated = resign ? ModelFileEdits.signed(ByteMutations.concat(input, new byte[] {'\n'}))
                    : ByteMutations.concat(input, Arrays.copyOfRange(golden, golden.length - ModelFileEditsLength.TRAILER - 1,
                            golden.length));
            String source = "fuzz-" + seed + "-" + c + ".model";
            long before = threads.getThreadAllocatedBytes(thread);
            try {
                ModelFiles.fromBytes(mutated, source, Object.class); // any type: the bag-of-words vocabulary is not a Model
            } catch (ModelFileException e) {
                assertTrue(e.getCause() == null, () -> "a check is missing: seed " + seed + " case " + c + " file " + f
                        + " after " + steps + " failed with " + e.getCause());
                assertTrue(e.getMessage().startsWith(source + ": "),
                        () -> "the message must name the source: " + e.getMessage() + " after " + steps);
                assertTrue(e.getMessage().length() < 600, () -> "a short message, got " + e.getMessage().length()
                        + " characters: " + e.getMessage().substring(0, 600));
            } catch (Throwable t) {
                fail("only ModelFileException may escape; seed " + seed + " case " + c + " file " + f
                        + (resign ? " re-signed" : "") + " after " + steps + " threw " + t, t);
            }
            long allocated = threads.getThreadAllocatedBytes(thread) - before;
            long bound = allocationBound(mutated.length);
            int size = mutated.length;
            assertTrue(allocated <= bound, () -> "seed " + seed + " case " + c + " allocated " + allocated
                    + " bytes for " + size + " input bytes, more than the bound " + bound + " after " + steps);
        }
    }

    /** The checksum line's length: {@code "sha256 " + 64 hex digits + "\n"}. */
    private static final class ModelFileEditsLength {
        static final int TRAILER = 7 + 64 + 1;
    }

    private static byte[] mutate(byte[] in, SplittableRandom random, List<String> steps) {
        int n = in.length;
        int at = n == 0 ? 0 : random.nextInt(n + 1);
        int kind = random.nextInt(8);
        switch (kind) {
            case 0:
            case 1:
            case 2:
            case 3: // flip a bit, insert random bytes, delete a range, truncate
                return ByteMutations.generic(kind, in, at, random, steps);
            case 4: { // a hostile text inserted
                String text = HOSTILE[random.nextInt(HOSTILE.length)];
                steps.add("hostile(" + (text.length() > 16 ? text.length() + " chars" : text) + ")@" + at);
                return ByteMutations.insert(in, at, text.getBytes(StandardCharsets.UTF_8));
            }
            case 5: { // a hostile text in place of the value after a ':'
                int colon = indexOf(in, (byte) ':', at);
                if (colon < 0) {
                    return in;
                }
                int end = colon + 1;
                while (end < n && in[end] != ',' && in[end] != '}' && in[end] != ']') {
                    end++;
                }
                String text = HOSTILE[random.nextInt(HOSTILE.length)];
                steps.add("value(" + (text.length() > 16 ? text.length() + " chars" : text) + ")@" + colon);
                return ByteMutations.concat(ByteMutations.concat(Arrays.copyOf(in, colon + 1),
                        text.getBytes(StandardCharsets.UTF_8)),
                        Arrays.copyOfRange(in, end, n));
            }
            case 6: { // a digit changed (a shape, a count, a hyperparameter)
                int digit = -1;
                for (int i = at; i < n && digit < 0; i++) {
                    if (in[i] >= '0' && in[i] <= '9') {
                        digit = i;
                    }
                }
                if (digit < 0) {
                    return in;
                }
                byte[] out = in.clone();
                out[digit] = (byte) ('0' + random.nextInt(10));
                steps.add("digit@" + digit);
                return out;
            }
            default: { // a base64 character changed: one value of an array
                int quote = indexOf(in, (byte) '"', at);
                if (quote < 0 || quote + 2 >= n) {
                    return in;
                }
                byte[] out = in.clone();
                String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
                out[quote + 1] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
                steps.add("char@" + (quote + 1));
                return out;
            }
        }
    }

    private static int indexOf(byte[] in, byte b, int from) {
        for (int i = from; i < in.length; i++) {
            if (in[i] == b) {
                return i;
            }
        }
        return -1;
    }

}
