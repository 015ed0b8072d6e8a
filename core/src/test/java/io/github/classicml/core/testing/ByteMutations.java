package io.github.classicml.core.testing;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The format-blind mutations the fuzz tests of the file loaders share (CSV files, model files): flip a
 * bit, insert random bytes, delete a range, truncate. Each fuzz test adds the mutations that know its
 * format. Every mutation records what it did in {@code steps}, so a failing case can be replayed by hand.
 */
public final class ByteMutations {

    /** The number of mutations {@link #generic} chooses among. */
    public static final int GENERIC = 4;

    private ByteMutations() {
    }

    /**
     * Applies generic mutation {@code which} at position {@code at}.
     *
     * @param which 0 flips one bit, 1 inserts 1 to 8 random bytes, 2 deletes up to 40 bytes, 3 truncates
     * @param in the bytes; not modified
     * @param at a position in {@code [0, in.length]}
     * @param random the source of the mutation's choices
     * @param steps what was done, appended
     * @return the mutated bytes (possibly {@code in} itself when there was nothing to mutate)
     */
    public static byte[] generic(int which, byte[] in, int at, SplittableRandom random, List<String> steps) {
        int n = in.length;
        switch (which) {
            case 0: { // flip one bit of one byte
                if (n == 0) {
                    return in;
                }
                byte[] out = in.clone();
                int i = random.nextInt(n);
                out[i] ^= (byte) (1 << random.nextInt(8));
                steps.add("flip@" + i);
                return out;
            }
            case 1: { // insert random bytes
                byte[] noise = new byte[1 + random.nextInt(8)];
                for (int i = 0; i < noise.length; i++) {
                    noise[i] = (byte) random.nextInt(256);
                }
                steps.add("insert" + noise.length + "@" + at);
                return insert(in, at, noise);
            }
            case 2: { // delete a range
                int length = Math.min(n - Math.min(at, n), 1 + random.nextInt(40));
                steps.add("delete" + length + "@" + at);
                return concat(Arrays.copyOf(in, Math.min(at, n)), Arrays.copyOfRange(in, Math.min(at + length, n), n));
            }
            case 3: // truncate
                steps.add("truncate@" + at);
                return Arrays.copyOf(in, at);
            default:
                throw new IllegalArgumentException("which must be in [0, " + GENERIC + "), got " + which);
        }
    }

    /**
     * @param in the bytes; not modified
     * @param at where {@code piece} goes, in {@code [0, in.length]}
     * @param piece the bytes to insert
     * @return {@code in} with {@code piece} inserted at {@code at}
     */
    public static byte[] insert(byte[] in, int at, byte[] piece) {
        return concat(concat(Arrays.copyOf(in, at), piece), Arrays.copyOfRange(in, at, in.length));
    }

    /**
     * @param a the first part
     * @param b the second part
     * @return {@code a} followed by {@code b}
     */
    public static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
