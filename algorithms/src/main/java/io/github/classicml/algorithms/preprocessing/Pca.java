package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Principal component analysis: the orthogonal directions along which the training rows vary most,
 * and the projection of rows onto the first k of them.
 *
 * <p>The columns are centred by their training means and the centred n × p matrix is factored by a
 * thin singular value decomposition {@code X_c = U S Vᵀ} (EJML). The rows of Vᵀ, in order of
 * decreasing singular value, are the principal axes ("components"); the variance along axis i is
 * {@code s_i² / (n - 1)} (the explained variance), and its share of the total variance is the explained
 * variance ratio. A row x maps to {@code (x - mean) V_k}, divided by {@code sqrt(explained variance)}
 * when whitening (so that the projected training rows have unit variance). The sign of each axis is
 * arbitrary in the decomposition; it is fixed as scikit-learn's {@code svd_flip} fixes it: the entry of
 * largest magnitude in each column of U is made positive. SVD of the centred data avoids forming the
 * covariance matrix, whose condition number is the square of X's. Only V and the singular values are
 * computed; the column of U that decides a sign is {@code X_c v / s}, of which only the entry of largest
 * magnitude matters. Cost O(n·p·min(n, p)) to fit, O(p·k) per row. Same definitions as scikit-learn's {@code PCA} with the full solver.
 *
 * <p>Reference: I. T. Jolliffe, <i>Principal Component Analysis</i>, 2nd ed., Springer 2002, chapters 1
 * and 3; G. H. Golub, C. F. Van Loan, <i>Matrix Computations</i>, 4th ed., section 8.6 (the SVD).
 *
 * @param components the number of components k, at least 0; 0 keeps min(n, p), or as many as
 *     {@code varianceToKeep} requires; default 0
 * @param varianceToKeep in (0, 1]; below 1, k is the smallest number of components whose explained
 *     variance ratios add up to more than this (then {@code components} must be 0); default 1
 * @param whiten whether projected columns are divided by the square root of their explained variance;
 *     default false
 * @see PcaModel
 */
public record Pca(int components, double varianceToKeep, boolean whiten) implements Learner<PcaModel> {

    /**
     * Validates the settings.
     *
     * @param components the number of components, at least 0
     * @param varianceToKeep the share of variance to keep, in (0, 1]
     * @param whiten whether to whiten
     */
    public Pca {
        Check.atLeast("components", components, 0);
        Check.that(varianceToKeep > 0 && varianceToKeep <= 1, () -> "varianceToKeep must be in (0, 1], got "
                + Check.format(varianceToKeep));
        Check.that(varianceToKeep == 1 || components == 0, () -> "components must be 0 when varianceToKeep is set, got "
                + components);
    }

    /** @return every component, no whitening: scikit-learn's default */
    public static Pca of() {
        return new Pca(0, 1, false);
    }

    /**
     * @param k the number of components
     * @return k components, no whitening
     */
    public static Pca of(int k) {
        Check.atLeast("components", k, 1);
        return new Pca(k, 1, false);
    }

    /**
     * @param value the number of components (0: all)
     * @return a copy with it, and no variance target
     */
    public Pca withComponents(int value) {
        return new Pca(value, 1, whiten);
    }

    /**
     * @param value the share of variance to keep, in (0, 1]
     * @return a copy that chooses the number of components by it
     */
    public Pca withVarianceToKeep(double value) {
        return new Pca(0, value, whiten);
    }

    /**
     * @param value whether to whiten
     * @return a copy with it
     */
    public Pca withWhiten(boolean value) {
        return new Pca(components, varianceToKeep, value);
    }

    /**
     * Centres the data and factors it by SVD.
     *
     * @param data at least 2 rows, all features finite; targets are ignored; not modified
     * @return the model
     * @throws IllegalArgumentException if there are fewer than 2 rows, a non-finite value, or more
     *     components than min(rows, columns)
     */
    @Override
    public PcaModel fit(Dataset data) {
        Check.notNull("data", data);
        Check.minRows(data, 2);
        Check.finiteFeatures(data);
        int n = data.rows();
        int p = data.columns();
        int r = Math.min(n, p);
        Check.atMost("components", components, r, "min(rows, columns)");
        double[] x = data.features();
        // data beyond 2^±200 are decomposed in units of a power of two near their largest value (an exact
        // change of exponent): the SVD's sums of squares neither overflow at 1e300 nor underflow at 1e-300
        double largest = 0;
        for (double v : x) {
            largest = Math.max(largest, Math.abs(v));
        }
        int exponent = largest > 0 ? Math.getExponent(largest) : 0;
        double unit = Math.abs(exponent) > 200 ? Math.scalb(1.0, exponent) : 1.0;
        double[] mean = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                mean[j] += x[i * p + j] / unit;
            }
        }
        for (int j = 0; j < p; j++) {
            mean[j] /= n;
        }
        DMatrixRMaj centred = new DMatrixRMaj(n, p);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                centred.data[i * p + j] = x[i * p + j] / unit - mean[j];
            }
        }
        // V and the singular values only: U's columns, needed for the signs alone, are X_c v / s
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, p, false, true, true);
        Check.that(svd.decompose(centred.copy()), "data must be factorable by SVD; the decomposition did not converge");
        DMatrixRMaj w = svd.getW(null);
        DMatrixRMaj v = svd.getV(null, false);
        SingularOps_DDRM.descendingOrder(null, false, w, v, false);
        double[] singular = new double[r];
        double total = 0;
        for (int c = 0; c < r; c++) {
            singular[c] = w.get(c, c);
            total += singular[c] * singular[c] / (n - 1);
        }
        // svd_flip: the largest |U| entry of each column positive (the first such row on ties), with
        // U's column c proportional to X_c v_c; a column with singular value 0 keeps EJML's sign
        double[] axes = new double[r * p];
        double[] xc = centred.data;
        for (int c = 0; c < r; c++) {
            double sign = 1;
            if (singular[c] > 0) {
                double best = -1;
                for (int i = 0; i < n; i++) {
                    double u = 0;
                    for (int j = 0; j < p; j++) {
                        u += xc[i * p + j] * v.get(j, c);
                    }
                    if (Math.abs(u) > best) {
                        best = Math.abs(u);
                        sign = u < 0 ? -1 : 1;
                    }
                }
            }
            for (int j = 0; j < p; j++) {
                axes[c * p + j] = sign * v.get(j, c);
            }
        }
        double[] variance = new double[r];
        double[] ratio = new double[r];
        double[] divisor = new double[r];
        for (int c = 0; c < r; c++) {
            variance[c] = singular[c] * singular[c] / (n - 1);
            ratio[c] = total > 0 ? variance[c] / total : 0;
            divisor[c] = whiten && variance[c] > 0 ? Math.sqrt(variance[c]) * unit : 1.0;
        }
        int k = components;
        if (varianceToKeep < 1) {
            double cumulative = 0;
            k = 0;
            while (k < r && cumulative <= varianceToKeep) {
                cumulative += ratio[k++];
            }
        } else if (k == 0) {
            k = r;
        }
        double noise = 0;
        for (int c = k; c < r; c++) {
            noise += variance[c] / (r - k);
        }
        // back to the data's units; the variances overflow to Infinity beyond about 1e154, the divisors do not
        for (int j = 0; j < p; j++) {
            mean[j] *= unit;
        }
        for (int c = 0; c < r; c++) {
            singular[c] *= unit;
            variance[c] *= unit * unit;
        }
        noise *= unit * unit;
        return new PcaModel(this, mean, java.util.Arrays.copyOf(axes, k * p), k, java.util.Arrays.copyOf(singular, k),
                java.util.Arrays.copyOf(variance, k), java.util.Arrays.copyOf(ratio, k), noise,
                java.util.Arrays.copyOf(divisor, k));
    }
}
