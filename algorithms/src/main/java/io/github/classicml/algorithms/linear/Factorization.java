package io.github.classicml.algorithms.linear;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.svd.SvdImplicitQrDecompose_DDRM;

/**
 * What the statistics of a least-squares fit need from the factorisation, whichever solver made it:
 * {@code (X^T W X)^-1 = S M S} of the centred design, kept as the inverse {@code M} of the
 * column-scaled Gram matrix and the column lengths {@code 1 / S_jj} (so that nothing overflows or
 * underflows when the columns are 10^±300), and the condition number of the design with its column
 * of ones.
 *
 * @param scaledInverse {@code M = (Z^T Z)^-1}, {@code Z} the design with unit-length columns; {@code p × p}, symmetric
 * @param norms {@code ||x_j||_W} of the centred (or raw, without intercept) columns
 * @param conditionNumber {@code sigma_max / sigma_min} of {@code [1, X]} (or {@code X}), rows weighted
 */
record Factorization(double[][] scaledInverse, double[] norms, double conditionNumber) {

    /**
     * The condition number of the design with its column of ones, from an upper triangular factor
     * {@code R} of the centred design ({@code X_c P = Q R}, columns in the order {@code order}): since
     * the column of ones is orthogonal to the centred columns, {@code [1, X P]} has the factor
     * {@code B = [[sqrt(W), sqrt(W) xbar^T P], [0, R]]}, whose singular values are the design's.
     *
     * <p>{@code R} and {@code xbar} are in the fit's units (column {@code j} times {@code 2^c_j}), while
     * the condition number is that of the design as given, {@code A = B D} with {@code D} the diagonal of
     * column units (1 for the column of ones). When every column has the same unit (ordinary data, or
     * every column scaled alike without an intercept), {@code A} is {@code B} times one power of two,
     * which changes no ratio of singular values, and {@code sigma_max / sigma_min} of {@code B} is taken
     * from its SVD as it always was. Otherwise {@code A} is graded: its smallest singular value can lie
     * far below {@code u sigma_max}, where an SVD only resolves it to absolute accuracy (on {@code [1, x]}
     * with {@code x} near 2^1000 it returned {@code sqrt(11) 2^1000} for {@code 7.8 2^1000}). Then the
     * condition number is {@code ||A|| ||A^-1||}, each a largest singular value (always accurate):
     * {@code ||B D||} with the columns put back in their units, and {@code ||D^-1 B^-1||} with the rows of
     * the inverse of the well-scaled {@code B} put back in theirs; each matrix is multiplied by the power
     * of two that brings its largest unit to 1 and the product is formed in exponent and mantissa apart.
     *
     * @return the condition number, or infinity when it lies beyond the double range
     */
    static double conditionNumber(double[][] r, int[] order, double[] xMean, double weightSum, boolean intercept,
                                  LeastSquaresUnits units) {
        int p = r.length;
        int m = intercept ? p + 1 : p;
        int shift = intercept ? 1 : 0;
        DMatrixRMaj b = new DMatrixRMaj(m, m);
        if (intercept) {
            double root = Math.sqrt(weightSum);
            b.set(0, 0, root);
            for (int k = 0; k < p; k++) {
                b.set(0, k + 1, root * xMean[order[k]]);
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                b.set(i + shift, j + shift, r[i][j]);
            }
        }
        // u[k]: column k of the design as given is 2^u[k] times column k of B
        int[] c = units.columnExponents();
        int[] u = new int[m];
        for (int k = 0; k < p; k++) {
            u[k + shift] = -c[order[k]];
        }
        int top = Integer.MIN_VALUE;
        int bottom = Integer.MAX_VALUE;
        for (int v : u) {
            top = Math.max(top, v);
            bottom = Math.min(bottom, v);
        }
        if (top == bottom) {
            double[] sigma = singularValues(b);
            double max = 0;
            double min = Double.POSITIVE_INFINITY;
            for (double s : sigma) {
                max = Math.max(max, s);
                min = Math.min(min, s);
            }
            double condition = max / min;
            return condition >= 1 ? condition : Double.POSITIVE_INFINITY;
        }
        DMatrixRMaj a = new DMatrixRMaj(m, m);
        DMatrixRMaj inverse = upperInverse(b);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                a.set(i, j, Math.scalb(b.get(i, j), u[j] - top));
                inverse.set(i, j, Math.scalb(inverse.get(i, j), bottom - u[i]));
            }
        }
        // ||A|| ||A^-1|| = (||A 2^-top|| 2^top) (||A^-1 2^bottom|| 2^-bottom)
        double mantissa = largest(singularValues(a)) * largest(singularValues(inverse));
        double condition = Math.scalb(mantissa, top - bottom);
        return condition >= 1 && condition <= Double.MAX_VALUE ? condition : Double.POSITIVE_INFINITY;
    }

    private static double[] singularValues(DMatrixRMaj a) {
        SvdImplicitQrDecompose_DDRM svd = new SvdImplicitQrDecompose_DDRM(true, false, false, false);
        if (!svd.decompose(a.copy())) {
            throw new IllegalStateException("the SVD of the " + a.numRows + " × " + a.numCols
                    + " triangular factor did not converge");
        }
        return svd.getSingularValues();
    }

    private static double largest(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** The inverse of an upper triangular matrix with a non-zero diagonal, by back substitution. */
    private static DMatrixRMaj upperInverse(DMatrixRMaj b) {
        int m = b.numRows;
        DMatrixRMaj t = new DMatrixRMaj(m, m);
        for (int j = 0; j < m; j++) {
            t.set(j, j, 1.0 / b.get(j, j));
            for (int i = j - 1; i >= 0; i--) {
                double s = 0;
                for (int k = i + 1; k <= j; k++) {
                    s += b.get(i, k) * t.get(k, j);
                }
                t.set(i, j, -s / b.get(i, i));
            }
        }
        return t;
    }
}
