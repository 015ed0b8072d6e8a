package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

/** Validation and weights shared by the two learners. */
final class TreeFitting {

    private TreeFitting() {
    }

    static void validate(int maxDepth, int minRowsToSplit, int minRowsPerLeaf, int maxFeatures,
                         double minImpurityDecrease, int maxLeafNodes, double ccpAlpha) {
        Check.atLeast("maxDepth", maxDepth, 0);
        Check.atLeast("minRowsToSplit", minRowsToSplit, 2);
        Check.atLeast("minRowsPerLeaf", minRowsPerLeaf, 1);
        Check.atLeast("maxFeatures", maxFeatures, 0);
        Check.finite("minImpurityDecrease", minImpurityDecrease);
        Check.nonNegative("minImpurityDecrease", minImpurityDecrease);
        if (maxLeafNodes != 0) {
            Check.atLeast("maxLeafNodes", maxLeafNodes, 2);
        }
        Check.finite("ccpAlpha", ccpAlpha);
        Check.nonNegative("ccpAlpha", ccpAlpha);
    }

    /** Checks the data's shape, features and {@code maxFeatures} against the columns. */
    static void checkData(Dataset data, int maxFeatures) {
        Check.notNull("data", data);
        Check.minRows(data, 1);
        Check.finiteFeatures(data);
        if (maxFeatures > data.columns()) {
            throw new IllegalArgumentException("maxFeatures must be <= the number of columns (" + data.columns()
                    + "), got " + maxFeatures);
        }
    }

    /**
     * Checks sample weights: one per row, finite, non-negative, some positive. Null means all 1.
     *
     * @return a copy (all ones when null)
     */
    static double[] sampleWeights(Dataset data, double[] sampleWeights) {
        double[] out;
        if (sampleWeights == null) {
            out = new double[data.rows()];
            java.util.Arrays.fill(out, 1.0);
            return out;
        }
        Check.sameLength("data", data.rows(), "sampleWeights", sampleWeights.length);
        out = sampleWeights.clone();
        double total = 0;
        for (int i = 0; i < out.length; i++) {
            Check.finite("sampleWeights", i, out[i]);
            if (out[i] < 0) {
                throw new IllegalArgumentException("sampleWeights must be >= 0; entry " + i + " is "
                        + Check.format(out[i]));
            }
            total += out[i];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("sampleWeights must have a positive sum, got " + Check.format(total));
        }
        return out;
    }
}
