package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;

/**
 * Max-abs scaling: each column is divided by its largest absolute training value, so that it lies in
 * [-1, 1], {@code x' = x / max|x|}.
 *
 * <p>Nothing is shifted, so zeros stay zeros: the scaler for sparse columns (word counts) and for data
 * already centred on zero. A column that is all zeros (max below 10·eps) gets divisor 1. Cost O(n·p) to
 * fit and to transform. Same definition as scikit-learn's {@code MaxAbsScaler}.
 *
 * <p>Reference: J. Han, M. Kamber, J. Pei, <i>Data Mining: Concepts and Techniques</i>, 3rd ed.,
 * section 3.5.2 (normalisation by scaling).
 *
 * @see MaxAbsScalerModel
 */
public record MaxAbsScaler() implements Learner<MaxAbsScalerModel> {

    /** @return the scaler (it has no hyperparameters) */
    public static MaxAbsScaler of() {
        return new MaxAbsScaler();
    }

    /**
     * Finds each column's largest absolute value.
     *
     * @param data at least one row, all features finite; targets are ignored; not modified
     * @return the model
     * @throws IllegalArgumentException if the data has no rows or a non-finite feature
     */
    @Override
    public MaxAbsScalerModel fit(Dataset data) {
        Check.notNull("data", data);
        Check.minRows(data, 1);
        Check.finiteFeatures(data);
        int p = data.columns();
        double[] x = data.features();
        double[] maxAbs = new double[p];
        for (int k = 0; k < x.length; k++) {
            maxAbs[k % p] = Math.max(maxAbs[k % p], Math.abs(x[k]));
        }
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            scale[j] = ColumnStatistics.nonZeroScale(maxAbs[j], maxAbs[j]);
        }
        return new MaxAbsScalerModel(this, maxAbs, scale);
    }
}
