package io.github.classicml.metrics;

import io.github.classicml.core.Check;

/**
 * The counting loop of {@link ConfusionMatrix}: one pass over the label pairs, validating each index.
 */
final class LabelCounting {

    private LabelCounting() {
    }

    /**
     * @param actual actual class indices; not modified
     * @param predicted predicted class indices, same length; not modified
     * @param k the number of classes
     * @return the row-major k x k counts
     * @throws IllegalArgumentException naming the first index outside {@code [0, k)}
     */
    static long[] count(int[] actual, int[] predicted, int k) {
        long[] counts = new long[k * k];
        for (int i = 0; i < actual.length; i++) {
            int a = actual[i];
            int p = predicted[i];
            // one unsigned comparison per label tests 0 <= index < k
            if (Integer.compareUnsigned(a, k) >= 0) {
                Check.classIndex("actual", i, a, k);
            }
            if (Integer.compareUnsigned(p, k) >= 0) {
                Check.classIndex("predicted", i, p, k);
            }
            counts[a * k + p]++;
        }
        return counts;
    }
}
