package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * A fitted PCA: the training means, the k principal axes (unit vectors, in order of decreasing
 * variance), their singular values, explained variances and ratios. Output columns are named
 * {@code pca0, pca1, ...} (scikit-learn's names). Immutable and thread-safe; the arrays it returns are
 * copies.
 *
 * @see Pca
 */
public final class PcaModel extends FittedTransformer {

    private final Pca learner;
    private final double[] mean;
    /** k × p, row-major. */
    private final double[] axes;
    private final int k;
    private final double[] singular;
    private final double[] variance;
    private final double[] ratio;
    private final double noise;
    /** Divisor per component: sqrt(variance) when whitening (1 where the variance is 0), else 1. */
    private final double[] divisor;

    PcaModel(Pca learner, double[] mean, double[] axes, int k, double[] singular, double[] variance, double[] ratio,
             double noise, double[] divisor) {
        super(mean.length);
        this.learner = learner;
        this.mean = mean;
        this.axes = axes;
        this.k = k;
        this.singular = singular;
        this.variance = variance;
        this.ratio = ratio;
        this.noise = noise;
        this.divisor = divisor;
    }

    /** @return the divisor per component, for the model file */
    double[] divisors() {
        return divisor.clone();
    }

    @Override
    public Pca learner() {
        return learner;
    }

    /** @return k, the number of components kept */
    @Override
    public int outputColumns() {
        return k;
    }

    /**
     * @param inputNames the names of the input columns
     * @return {@code pca0, pca1, ...}
     */
    @Override
    public List<String> outputColumnNames(List<String> inputNames) {
        Check.notNull("inputNames", inputNames);
        List<String> names = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            names.add("pca" + c);
        }
        return List.copyOf(names);
    }

    /** @return the principal axes, one row of {@link #columns()} per component ({@code components_}) */
    public double[][] components() {
        int p = mean.length;
        double[][] out = new double[k][p];
        for (int c = 0; c < k; c++) {
            System.arraycopy(axes, c * p, out[c], 0, p);
        }
        return out;
    }

    /** @return the training column means ({@code mean_}) */
    public double[] means() {
        return mean.clone();
    }

    /** @return the singular values of the centred data ({@code singular_values_}) */
    public double[] singularValues() {
        return singular.clone();
    }

    /** @return the variance along each axis, s²/(n-1) ({@code explained_variance_}) */
    public double[] explainedVariance() {
        return variance.clone();
    }

    /** @return each axis' share of the total variance ({@code explained_variance_ratio_}) */
    public double[] explainedVarianceRatio() {
        return ratio.clone();
    }

    /** @return the mean variance of the dropped axes, 0 when none is dropped ({@code noise_variance_}) */
    public double noiseVariance() {
        return noise;
    }

    @Override
    void apply(double[] row, double[] out) {
        int p = mean.length;
        for (int c = 0; c < k; c++) {
            double s = 0;
            for (int j = 0; j < p; j++) {
                s += (row[j] - mean[j]) * axes[c * p + j];
            }
            out[c] = s / divisor[c];
        }
    }

    /**
     * Maps projected coordinates back to the input space: {@code mean + Σ_c y_c · divisor_c · axis_c},
     * the closest point to the original row within the span of the kept axes (the row itself when
     * every axis is kept).
     *
     * @param row k finite coordinates; not modified
     * @return a new row of {@link #columns()} values
     * @throws IllegalArgumentException if the row does not have k values or has a non-finite one
     */
    public double[] inverseTransform(double[] row) {
        Check.notNull("row", row);
        Check.that(row.length == k, () -> "row has " + row.length + " columns but the model has " + k + " components");
        checkFinite(row, -1);
        int p = mean.length;
        double[] out = mean.clone();
        for (int c = 0; c < k; c++) {
            double y = row[c] * divisor[c];
            for (int j = 0; j < p; j++) {
                out[j] += y * axes[c * p + j];
            }
        }
        return out;
    }

    /**
     * Maps every projected row back, keeping targets; columns named {@code x0, x1, ...}.
     *
     * @param data rows of k coordinates; not modified
     * @return the reconstructed rows
     */
    public Dataset inverseTransform(Dataset data) {
        Check.notNull("data", data);
        Check.that(data.columns() == k, () -> "data has " + data.columns() + " columns but the model has " + k + " components");
        Check.finiteFeatures(data);
        int p = mean.length;
        double[] out = new double[data.rows() * p];
        for (int i = 0; i < data.rows(); i++) {
            System.arraycopy(inverseTransform(data.row(i)), 0, out, i * p, p);
        }
        return withTargetsOf(data, Dataset.ofRowMajor(out, p));
    }

    @Override
    public String toString() {
        double kept = 0;
        for (double r : ratio) {
            kept += r;
        }
        return "PcaModel[" + k + " of " + mean.length + " columns" + (learner.whiten() ? ", whitened" : "")
                + ", " + String.format(java.util.Locale.ROOT, "%.1f", 100 * kept) + " % of the variance]";
    }
}
