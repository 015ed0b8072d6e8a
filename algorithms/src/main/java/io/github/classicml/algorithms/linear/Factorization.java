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
     * {@code [[sqrt(W), sqrt(W) xbar^T P], [0, R]]}, whose singular values are the design's.
     *
     * <p>{@code R} and {@code xbar} are in the fit's units (column {@code j} times {@code 2^c_j}), while
     * the condition number is that of the design as given, where the column of ones is not scaled with
     * the others. Each column goes back to the data's units, and the whole matrix is multiplied by one
     * power of two that puts its largest column unit at 1 (which changes no ratio of singular values):
     * ordinary data are decomposed as they are; columns whose units lie more than the double range
     * apart underflow, and the condition number is then infinite (reported as an error by the model).
     *
     * @return the condition number, or infinity when it lies beyond the double range
     */
    static double conditionNumber(double[][] r, int[] order, double[] xMean, double weightSum, boolean intercept,
                                  LeastSquaresUnits units) {
        int p = r.length;
        int m = intercept ? p + 1 : p;
        int shift = intercept ? 1 : 0;
        int[] c = units.columnExponents();
        // column j of the design in the data's units is 2^-c_j times the fit's; the ones column has unit 1
        int top = intercept ? 0 : Integer.MIN_VALUE;
        for (int j = 0; j < p; j++) {
            top = Math.max(top, -c[j]);
        }
        int[] back = new int[p];
        for (int k = 0; k < p; k++) {
            back[k] = -c[order[k]] - top;
        }
        DMatrixRMaj a = new DMatrixRMaj(m, m);
        if (intercept) {
            double root = Math.scalb(Math.sqrt(weightSum), -top);
            a.set(0, 0, root);
            for (int k = 0; k < p; k++) {
                a.set(0, k + 1, Math.scalb(Math.sqrt(weightSum) * xMean[order[k]], back[k]));
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                a.set(i + shift, j + shift, Math.scalb(r[i][j], back[j]));
            }
        }
        SvdImplicitQrDecompose_DDRM svd = new SvdImplicitQrDecompose_DDRM(true, false, false, false);
        if (!svd.decompose(a)) {
            throw new IllegalStateException("the SVD of the " + m + " × " + m + " triangular factor did not converge");
        }
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (double s : svd.getSingularValues()) {
            max = Math.max(max, s);
            min = Math.min(min, s);
        }
        double condition = max / min;
        return condition >= 1 ? condition : Double.POSITIVE_INFINITY;
    }
}
