package io.github.classicml.metrics;

import java.util.Arrays;

/**
 * Order-preserving 64-bit keys of scores, and an O(n) sort for them.
 *
 * <p>{@link #key(double)} maps a double to a {@code long} whose signed order is the double's numeric
 * order ({@code -0.0} and {@code 0.0} both map to the key of {@code 0.0}, so they tie, as they compare
 * equal in {@code ==}); {@link #value(long)} inverts it. {@link #sort(long[])} is a least significant
 * digit radix sort on 8-bit digits: one pass builds the histograms of all eight digits, then one
 * stable scatter pass per digit, skipping every digit on which all keys agree (for scores in
 * {@code [0, 1]} the sign and high exponent bits never vary). O(n) time for at most eight passes,
 * O(n) extra memory; exact for any finite doubles. Short arrays go to {@link Arrays#sort(long[])}.
 *
 * <p>Reference: D. E. Knuth, The Art of Computer Programming, vol. 3, 2nd ed., 1998, section 5.2.5
 * (radix sorting).
 */
final class ScoreKeys {

    /** Below this length a comparison sort is faster than eight histogram passes. */
    private static final int RADIX_MIN_LENGTH = 1 << 10;
    private static final int DIGITS = 8;

    private ScoreKeys() {
    }

    /**
     * @param score a finite score
     * @return a key whose signed order is the score's order
     */
    static long key(double score) {
        long bits = Double.doubleToRawLongBits(score + 0.0);
        // negative doubles: flip the 63 magnitude bits so that larger magnitude sorts lower
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /**
     * @param key a key made by {@link #key(double)}
     * @return the score
     */
    static double value(long key) {
        return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
    }

    /**
     * Sorts keys ascending (signed order, which is the scores' order).
     *
     * @param keys the keys; sorted in place
     */
    static void sort(long[] keys) {
        int n = keys.length;
        if (n < RADIX_MIN_LENGTH) {
            Arrays.sort(keys);
            return;
        }
        int[] counts = new int[DIGITS * 256];
        for (long k : keys) {
            long u = k ^ Long.MIN_VALUE; // unsigned order equals signed order after flipping the sign bit
            for (int d = 0; d < DIGITS; d++) {
                counts[d * 256 + (int) ((u >>> (8 * d)) & 0xFF)]++;
            }
        }
        long[] source = keys;
        long[] target = new long[n];
        int[] offsets = new int[256];
        for (int d = 0; d < DIGITS; d++) {
            int base = d * 256;
            int firstDigit = (int) (((source[0] ^ Long.MIN_VALUE) >>> (8 * d)) & 0xFF);
            if (counts[base + firstDigit] == n) {
                continue; // every key has this digit: the pass would not move anything
            }
            int sum = 0;
            for (int b = 0; b < 256; b++) {
                offsets[b] = sum;
                sum += counts[base + b];
            }
            int shift = 8 * d;
            for (long k : source) {
                target[offsets[(int) (((k ^ Long.MIN_VALUE) >>> shift) & 0xFF)]++] = k;
            }
            long[] t = source;
            source = target;
            target = t;
        }
        if (source != keys) {
            System.arraycopy(source, 0, keys, 0, n);
        }
    }
}
