package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;

/**
 * Min-max scaling: each column is mapped linearly so that its training minimum goes to
 * {@code rangeMin} and its training maximum to {@code rangeMax},
 * {@code x' = x·scale + offset} with {@code scale = (rangeMax - rangeMin) / (max - min)} and
 * {@code offset = rangeMin - min·scale}.
 *
 * <p>The transformation is computed as {@code rangeMin + t·(rangeMax - rangeMin)} with
 * {@code t = (x - min) / (max - min)}, each difference in halves where it overflows (exact scalings by
 * 2), so that it is right over the whole double range: a target range as wide as {@code [-1e308, 1e308]}
 * (whose width is beyond the double range) and a training spread as narrow as 1e-310 (whose reciprocal
 * is) both work, and data scaled by a power of two give the same output. {@code scale} and
 * {@code offset} are reported as scikit-learn defines them, and may be infinite in those two cases.
 *
 * <p>It keeps the shape of each column's distribution and zeros nothing out, but one outlier squeezes
 * every other value into a narrow band (use {@link RobustScaler} then). Rows outside the training range
 * map outside {@code [rangeMin, rangeMax]} unless {@code clip} is set. A column whose range is below
 * 10·eps (constant) gets divisor 1, so it is shifted to {@code rangeMin} but never divided by zero.
 * Cost O(n·p) to fit and to transform. Same definitions as scikit-learn's {@code MinMaxScaler}.
 *
 * <p>Reference: J. Han, M. Kamber, J. Pei, <i>Data Mining: Concepts and Techniques</i>, 3rd ed.,
 * section 3.5.2 (min-max normalisation).
 *
 * @param rangeMin where each column's minimum goes; default 0; finite, below {@code rangeMax}
 * @param rangeMax where each column's maximum goes; default 1; finite
 * @param clip whether transformed values are clipped to {@code [rangeMin, rangeMax]}; default false
 * @see MinMaxScalerModel
 */
public record MinMaxScaler(double rangeMin, double rangeMax, boolean clip) implements Learner<MinMaxScalerModel> {

    /**
     * Validates the range.
     *
     * @param rangeMin where each column's minimum goes, finite
     * @param rangeMax where each column's maximum goes, finite, above rangeMin
     * @param clip whether transformed values are clipped to the range
     */
    public MinMaxScaler {
        Check.finite("rangeMin", rangeMin);
        Check.finite("rangeMax", rangeMax);
        Check.that(rangeMin < rangeMax, () -> "rangeMin must be < rangeMax (" + Check.format(rangeMax) + "), got "
                + Check.format(rangeMin));
    }

    /** @return a scaler to [0, 1] without clipping, scikit-learn's default */
    public static MinMaxScaler of() {
        return new MinMaxScaler(0, 1, false);
    }

    /**
     * @param min where each column's minimum goes
     * @param max where each column's maximum goes
     * @return a copy with this target range
     */
    public MinMaxScaler withRange(double min, double max) {
        return new MinMaxScaler(min, max, clip);
    }

    /**
     * @param value whether transformed values are clipped to the range
     * @return a copy with it
     */
    public MinMaxScaler withClip(boolean value) {
        return new MinMaxScaler(rangeMin, rangeMax, value);
    }

    /**
     * Finds each column's minimum and maximum.
     *
     * @param data at least one row, all features finite; targets are ignored; not modified
     * @return the model
     * @throws IllegalArgumentException if the data has no rows or a non-finite feature
     */
    @Override
    public MinMaxScalerModel fit(Dataset data) {
        Check.notNull("data", data);
        Check.minRows(data, 1);
        Check.finiteFeatures(data);
        int n = data.rows();
        int p = data.columns();
        double[] x = data.features();
        double[] min = new double[p];
        double[] max = new double[p];
        System.arraycopy(x, 0, min, 0, p);
        System.arraycopy(x, 0, max, 0, p);
        for (int i = 1; i < n; i++) {
            for (int j = 0; j < p; j++) {
                double v = x[i * p + j];
                min[j] = Math.min(min[j], v);
                max[j] = Math.max(max[j], v);
            }
        }
        return new MinMaxScalerModel(this, min, max);
    }
}
