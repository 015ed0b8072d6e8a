package io.github.classicml.algorithms.linear;

import io.github.classicml.core.internal.Parallel;
import io.github.classicml.core.internal.linalg.Gram;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The fast least-squares path for well-conditioned designs: the Gram matrix of the centred, weighted
 * design in one blocked pass ({@link Gram}), scaled to unit diagonal (a correlation matrix), then
 * Cholesky. The normal equations square the condition number, so this path is taken only when the
 * scaled Gram matrix has condition number at most {@value #MAX_CONDITION} (the scaled design at most
 * 1e4): its solution then carries a relative error of about {@code kappa u <= 2e-8}, which one step
 * of iterative refinement (residuals in twice the working precision) brings to the level of QR.
 * Anything worse — or a zero column, or a failed Cholesky — returns null, and the caller uses
 * pivoted QR.
 */
final class NormalEquations {

    /** The largest condition number of the scaled Gram matrix accepted. */
    static final double MAX_CONDITION = 1e8;

    final double[] gram;
    final double[] scale;
    final DMatrixRMaj lower;
    final int columns;

    private NormalEquations(double[] gram, double[] scale, DMatrixRMaj lower, int columns) {
        this.gram = gram;
        this.scale = scale;
        this.lower = lower;
        this.columns = columns;
    }

    /**
     * @return the factorisation, or null when the design is too ill-conditioned for the normal equations
     */
    static NormalEquations tryFactor(double[] x, int rows, int columns, double[] xMean, double[] y, double yMean,
                                     double[] weights, Parallel parallel) {
        double[] gram = Gram.shifted(x, rows, columns, xMean, y, yMean, weights, parallel);
        int q = columns + 1;
        double[] scale = new double[columns];
        for (int j = 0; j < columns; j++) {
            double d = gram[j * q + j];
            if (!(d > 0) || !Double.isFinite(d)) {
                return null;
            }
            scale[j] = Math.sqrt(d);
        }
        DMatrixRMaj scaled = new DMatrixRMaj(columns, columns);
        for (int a = 0; a < columns; a++) {
            for (int b = 0; b < columns; b++) {
                scaled.set(a, b, gram[a * q + b] / (scale[a] * scale[b]));
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(columns, false, true);
        if (!eig.decompose(scaled.copy())) {
            return null;
        }
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < columns; k++) {
            double v = eig.getEigenvalue(k).real;
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        if (!(min > 0) || max / min > MAX_CONDITION) {
            return null;
        }
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(columns, true);
        if (!chol.decompose(scaled)) {
            return null;
        }
        return new NormalEquations(gram, scale, chol.getT(null), columns);
    }

    /** @return {@code X_c^T W y_c}, the last column of the Gram matrix */
    double[] xty() {
        int q = columns + 1;
        double[] out = new double[columns];
        for (int j = 0; j < columns; j++) {
            out[j] = gram[j * q + columns];
        }
        return out;
    }

    /** @return {@code y_c^T W y_c} */
    double yty() {
        int q = columns + 1;
        return gram[columns * q + columns];
    }

    /**
     * Solves {@code (X^T W X) b = rhs} through the scaled Cholesky factor.
     *
     * @param rhs {@code p} values; not modified
     * @return {@code b}
     */
    double[] solve(double[] rhs) {
        int p = columns;
        double[] z = new double[p];
        for (int j = 0; j < p; j++) {
            z[j] = rhs[j] / scale[j];
        }
        double[] l = lower.data;
        for (int i = 0; i < p; i++) {
            double s = z[i];
            for (int k = 0; k < i; k++) {
                s -= l[i * p + k] * z[k];
            }
            z[i] = s / l[i * p + i];
        }
        for (int i = p - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < p; k++) {
                s -= l[k * p + i] * z[k];
            }
            z[i] = s / l[i * p + i];
        }
        for (int j = 0; j < p; j++) {
            z[j] /= scale[j];
        }
        return z;
    }

    /** @return the statistics' view of this factorisation */
    Factorization factorization(double[] xMean, double weightSum, boolean intercept, LeastSquaresUnits units) {
        int p = columns;
        double[] l = lower.data;
        // M = (L L^T)^-1 of the scaled Gram matrix, column by column
        double[][] inverse = new double[p][p];
        double[] z = new double[p];
        for (int j = 0; j < p; j++) {
            java.util.Arrays.fill(z, 0.0);
            z[j] = 1.0;
            for (int i = 0; i < p; i++) {
                double s = z[i];
                for (int k = 0; k < i; k++) {
                    s -= l[i * p + k] * z[k];
                }
                z[i] = s / l[i * p + i];
            }
            for (int i = p - 1; i >= 0; i--) {
                double s = z[i];
                for (int k = i + 1; k < p; k++) {
                    s -= l[k * p + i] * z[k];
                }
                z[i] = s / l[i * p + i];
            }
            for (int i = 0; i < p; i++) {
                inverse[i][j] = z[i];
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                double v = 0.5 * (inverse[i][j] + inverse[j][i]);
                inverse[i][j] = v;
                inverse[j][i] = v;
            }
        }
        double[][] r = new double[p][p];
        int[] order = new int[p];
        for (int j = 0; j < p; j++) {
            order[j] = j;
        }
        // X^T W X = D L L^T D, so R = L^T D is an upper triangular factor of the centred design
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                r[i][j] = l[j * p + i] * scale[j];
            }
        }
        return new Factorization(inverse, scale.clone(), Factorization.conditionNumber(r, order, xMean, weightSum, intercept,
                units));
    }

    /**
     * The factorisation from an upper triangular factor {@code R} of the centred design ({@code X_c = Q R}),
     * as a QR decomposition (TSQR) gives it: {@code X^T X = R^T R}, so {@code L = (R D^-1)^T}, with its
     * rows' signs chosen for a positive diagonal, is the Cholesky factor of the scaled Gram matrix. Used
     * by {@link LeastSquaresStatistics}.
     *
     * @param r {@code columns x columns} upper triangular, row-major; not modified
     * @param columns the number of columns
     * @return the factorisation; {@link #xty()} and {@link #yty()} are not available from it
     */
    static NormalEquations fromTriangular(double[] r, int columns) {
        int p = columns;
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            double[] column = new double[j + 1];
            for (int i = 0; i <= j; i++) {
                column[i] = r[i * p + j];
            }
            scale[j] = norm(column);
        }
        DMatrixRMaj lower = new DMatrixRMaj(p, p);
        for (int i = 0; i < p; i++) {
            double sign = r[i * p + i] < 0 ? -1.0 : 1.0;
            for (int j = i; j < p; j++) {
                // L[j][i] = R[i][j] / scale[j]
                lower.set(j, i, sign * r[i * p + j] / scale[j]);
            }
        }
        return new NormalEquations(null, scale, lower, p);
    }

    private static double norm(double[] v) {
        double max = 0;
        for (double x : v) {
            max = Math.max(max, Math.abs(x));
        }
        if (max == 0) {
            return 0;
        }
        double s = 0;
        for (double x : v) {
            double t = x / max;
            s += t * t;
        }
        return max * Math.sqrt(s);
    }
}
