package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;

/**
 * Standardisation: each column is shifted by its mean and divided by its standard deviation, so that
 * every column has mean 0 and variance 1 on the training data, {@code z = (x - mean) / std}.
 *
 * <p>Methods that compare rows by distance (k-nearest neighbours, k-means) or penalise coefficients
 * need it: unscaled, a column measured in thousands outweighs one measured in tenths. Fit the scaler on
 * the training rows only and apply the fitted model to both training and test rows, so that nothing
 * about the test rows leaks into the model.
 *
 * <p>The standard deviation is the population one (divide by n, scikit-learn's {@code StandardScaler}),
 * from a two-pass computation (mean first, then the mean squared deviation), which is accurate even when
 * the mean is large compared with the spread. A column that is constant, up to rounding (variance at
 * most {@code n·eps·var + (n·eps·mean)^2}, eps = 2<sup>-52</sup>, scikit-learn's test), gets scale 1, so
 * that it is centred but never divided by zero. Cost O(n·p) to fit and to transform.
 *
 * <p>Reference: T. Hastie, R. Tibshirani, J. Friedman, <i>The Elements of Statistical Learning</i>,
 * 2nd ed., section 3.4.1 (standardised inputs); T. F. Chan, G. H. Golub, R. J. LeVeque, "Algorithms for
 * computing the sample variance", The American Statistician 37(3), 1983 (two-pass algorithm).
 *
 * @param subtractMean whether to subtract the column means (scikit-learn's {@code with_mean}); default
 *     true
 * @param divideByStd whether to divide by the column standard deviations (scikit-learn's
 *     {@code with_std}); default true
 * @see StandardScalerModel
 */
public record StandardScaler(boolean subtractMean, boolean divideByStd) implements Learner<StandardScalerModel> {

    /** @return a scaler that centres and scales, scikit-learn's default */
    public static StandardScaler of() {
        return new StandardScaler(true, true);
    }

    /**
     * @param value whether to subtract the column means
     * @return a copy with it
     */
    public StandardScaler withSubtractMean(boolean value) {
        return new StandardScaler(value, divideByStd);
    }

    /**
     * @param value whether to divide by the column standard deviations
     * @return a copy with it
     */
    public StandardScaler withDivideByStd(boolean value) {
        return new StandardScaler(subtractMean, value);
    }

    /**
     * Computes each column's mean and standard deviation.
     *
     * @param data at least one row, all features finite; targets are ignored; not modified
     * @return the model, which transforms rows of the same width
     * @throws IllegalArgumentException if the data has no rows or a non-finite feature
     */
    @Override
    public StandardScalerModel fit(Dataset data) {
        Check.notNull("data", data);
        Check.minRows(data, 1);
        Check.finiteFeatures(data);
        int n = data.rows();
        int p = data.columns();
        double[] x = data.features();
        // columns beyond 2^±200 are summed in units of a power of two near their largest value (exact), so
        // that neither the sum of squares overflows at 1e300 nor the squares underflow at 1e-300
        double[] unit = ColumnStatistics.extremeColumnUnits(x, n, p);
        double[] mean = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                mean[j] += x[i * p + j] / unit[j];
            }
        }
        for (int j = 0; j < p; j++) {
            mean[j] /= n;
        }
        double[] variance = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                double d = x[i * p + j] / unit[j] - mean[j];
                variance[j] += d * d;
            }
        }
        double eps = 0x1p-52;
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            variance[j] /= n;
            // scikit-learn's test for a constant column, relative to the column's own magnitude
            double bound = n * eps * variance[j] + (n * mean[j] * eps) * (n * mean[j] * eps);
            scale[j] = !divideByStd || variance[j] <= bound ? 1.0 : Math.sqrt(variance[j]) * unit[j];
            mean[j] *= unit[j];
            // the reported variance overflows to Infinity beyond about 1e154; the scale itself is exact
            variance[j] *= unit[j] * unit[j];
        }
        return new StandardScalerModel(this, subtractMean ? mean : new double[p], scale, mean, variance);
    }
}
