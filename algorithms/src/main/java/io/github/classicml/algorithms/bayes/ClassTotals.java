package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Check;

/** The check of per-class row counts read from a model file, shared by every naive Bayes codec. */
final class ClassTotals {

    private ClassTotals() {
    }

    /**
     * Requires whole non-negative counts below 2^53 summing to at least one row, as a fit produces.
     *
     * @param counts rows per class
     * @throws IllegalArgumentException {@code counts must be whole numbers >= 0; entry <c> is <value>}
     */
    static void check(double[] counts) {
        double total = 0;
        for (int c = 0; c < counts.length; c++) {
            double n = counts[c];
            if (!(n >= 0 && n == Math.rint(n) && n < 0x1p53)) {
                int entry = c;
                Check.that(false, () -> "counts must be whole numbers >= 0; entry " + entry + " is " + Check.format(n));
            }
            total += n;
        }
        double rows = total;
        Check.that(rows >= 1 && rows < 0x1p53, () -> "counts must sum to at least 1 row, got " + Check.format(rows));
    }
}
