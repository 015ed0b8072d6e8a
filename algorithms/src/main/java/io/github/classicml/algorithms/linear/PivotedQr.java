package io.github.classicml.algorithms.linear;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.qr.QRColPivDecompositionHouseholderColumn_DDRM;

import java.util.ArrayList;
import java.util.List;

/**
 * Least squares through Householder QR with column pivoting (EJML's decomposition) on a design whose
 * columns are first scaled to unit length: {@code Z P = Q R}, with {@code Z = X S} and
 * {@code S = diag(1 / ||x_j||)}. Scaling the columns makes the rank decision and the pivot order
 * independent of the units of the columns; pivoting puts the best-conditioned columns first, so that
 * the columns left at the end when the rank falls short are the ones that depend on the others.
 *
 * <p>The numerical rank is the number of diagonal entries with {@code |r_kk| > max(n, p) u |r_00|}
 * ({@code u} the unit roundoff times two, the threshold of LAPACK's and NumPy's rank decisions).
 *
 * <p>Reference: G. H. Golub, C. F. Van Loan, <i>Matrix Computations</i>, 4th ed., section 5.4.2
 * (QR with column pivoting) and 5.3 (the least-squares problem).
 */
final class PivotedQr {

    final int rows;
    final int columns;
    final int rank;
    /** {@code pivots[k]}: the original column at position {@code k}. */
    final int[] pivots;
    /** The column lengths {@code ||x_j||} used for scaling (0 for an all-zero column). */
    final double[] norms;
    /** Upper triangular, {@code columns × columns}, of the scaled and pivoted design. */
    final double[][] r;
    private final double[][] householder;
    private final double[] gammas;

    private PivotedQr(int rows, int columns, int rank, int[] pivots, double[] norms, double[][] r,
                      double[][] householder, double[] gammas) {
        this.rows = rows;
        this.columns = columns;
        this.rank = rank;
        this.pivots = pivots;
        this.norms = norms;
        this.r = r;
        this.householder = householder;
        this.gammas = gammas;
    }

    /**
     * Decomposes a design.
     *
     * @param x row-major {@code rows × columns}; not modified
     * @param rows the number of rows
     * @param columns the number of columns
     * @return the decomposition
     */
    static PivotedQr of(double[] x, int rows, int columns) {
        double[] norms = columnNorms(x, rows, columns);
        DMatrixRMaj z = new DMatrixRMaj(rows, columns);
        double[] zd = z.data;
        double[] inv = new double[columns];
        for (int j = 0; j < columns; j++) {
            inv[j] = norms[j] > 0 ? 1.0 / norms[j] : 0.0;
        }
        for (int i = 0, o = 0; i < rows; i++, o += columns) {
            for (int j = 0; j < columns; j++) {
                zd[o + j] = x[o + j] * inv[j];
            }
        }
        double tolerance = Math.max(rows, columns) * Math.ulp(1.0);
        QRColPivDecompositionHouseholderColumn_DDRM qr = new QRColPivDecompositionHouseholderColumn_DDRM(tolerance);
        qr.decompose(z);
        int k = Math.min(rows, columns);
        int[] pivots = qr.getColPivots().clone();
        double[][] qrData = qr.getQR();
        double[][] r = new double[columns][columns];
        for (int j = 0; j < columns; j++) {
            for (int i = 0; i <= Math.min(j, k - 1); i++) {
                r[i][j] = qrData[j][i];
            }
        }
        int rank = 0;
        double first = k > 0 ? Math.abs(r[0][0]) : 0;
        while (rank < Math.min(k, qr.getRank()) && Math.abs(r[rank][rank]) > tolerance * first) {
            rank++;
        }
        return new PivotedQr(rows, columns, rank, pivots, norms, r, qrData, qr.getGammas().clone());
    }

    /**
     * Scale-safe column lengths: each column is divided by its largest magnitude before squaring.
     */
    private static double[] columnNorms(double[] x, int rows, int columns) {
        double[] max = new double[columns];
        for (int i = 0, o = 0; i < rows; i++, o += columns) {
            for (int j = 0; j < columns; j++) {
                max[j] = Math.max(max[j], Math.abs(x[o + j]));
            }
        }
        double[] sum = new double[columns];
        for (int i = 0, o = 0; i < rows; i++, o += columns) {
            for (int j = 0; j < columns; j++) {
                if (max[j] > 0) {
                    double v = x[o + j] / max[j];
                    sum[j] += v * v;
                }
            }
        }
        double[] norms = new double[columns];
        for (int j = 0; j < columns; j++) {
            norms[j] = max[j] * Math.sqrt(sum[j]);
        }
        return norms;
    }

    /** @return whether every column is independent of the others */
    boolean fullRank() {
        return rank == columns;
    }

    /** @return the original indices of the columns that depend on the others, in pivot order */
    List<Integer> dependentColumns() {
        List<Integer> out = new ArrayList<>();
        for (int k = rank; k < columns; k++) {
            out.add(pivots[k]);
        }
        return out;
    }

    /**
     * Solves {@code min ||rhs - X b||} for a full-rank design.
     *
     * @param rhs one value per row; not modified
     * @return {@code b}, one coefficient per original column
     */
    double[] solve(double[] rhs) {
        double[] qty = rhs.clone();
        // Q^T rhs: apply the stored reflectors H_k = I - gamma_k v_k v_k^T, v_k = (1, qr[k][k+1..])
        for (int k = 0; k < columns && k < rows; k++) {
            double[] v = householder[k];
            double s = qty[k];
            for (int i = k + 1; i < rows; i++) {
                s += v[i] * qty[i];
            }
            s *= gammas[k];
            qty[k] -= s;
            for (int i = k + 1; i < rows; i++) {
                qty[i] -= s * v[i];
            }
        }
        double[] u = new double[columns];
        for (int k = columns - 1; k >= 0; k--) {
            double s = qty[k];
            for (int j = k + 1; j < columns; j++) {
                s -= r[k][j] * u[j];
            }
            u[k] = s / r[k][k];
        }
        double[] b = new double[columns];
        for (int k = 0; k < columns; k++) {
            int j = pivots[k];
            b[j] = u[k] / norms[j];
        }
        return b;
    }

    /**
     * @return {@code (Z^T Z)^-1} of the column-scaled design in the original column order, from
     *     {@code P R^-1 R^-T P^T}
     */
    double[][] scaledInverse() {
        int p = columns;
        double[][] t = new double[p][p];
        // T = R^-1, upper triangular, column by column
        for (int j = 0; j < p; j++) {
            t[j][j] = 1.0 / r[j][j];
            for (int i = j - 1; i >= 0; i--) {
                double s = 0;
                for (int k = i + 1; k <= j; k++) {
                    s += r[i][k] * t[k][j];
                }
                t[i][j] = -s / r[i][i];
            }
        }
        double[][] out = new double[p][p];
        for (int a = 0; a < p; a++) {
            for (int b = a; b < p; b++) {
                double s = 0;
                for (int k = b; k < p; k++) {
                    s += t[a][k] * t[b][k];
                }
                int ja = pivots[a];
                int jb = pivots[b];
                out[ja][jb] = s;
                out[jb][ja] = s;
            }
        }
        return out;
    }

    /** @return the statistics' view of this factorisation */
    Factorization factorization(double[] xMean, double weightSum, boolean intercept, LeastSquaresUnits units) {
        return new Factorization(scaledInverse(), norms.clone(),
                Factorization.conditionNumber(unscaledR(), pivots, xMean, weightSum, intercept, units));
    }

    /**
     * @return the upper triangular factor of the unscaled design {@code X P = Q R'}, with
     *     {@code R' = R diag(||x_{p_k}||)}; its singular values are those of {@code X}
     */
    double[][] unscaledR() {
        double[][] out = new double[columns][columns];
        for (int i = 0; i < columns; i++) {
            for (int j = i; j < columns; j++) {
                out[i][j] = r[i][j] * norms[pivots[j]];
            }
        }
        return out;
    }
}
