package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

import java.util.List;

/**
 * Least squares and ridge regression from statistics of the rows, for data that is not in one JVM (the
 * distributed entry point used by {@code classicml-spark}; any engine that can combine arrays over
 * partitions can use it).
 *
 * <p><b>How.</b> The statistic is the triangular factor {@code R} of the centred design with the centred
 * target as its last column, {@code [X_c y_c] = Q R}, computed by TSQR: every part of the rows is
 * factored by Householder QR ({@link #triangularFactor}; Golub and Van Loan, <i>Matrix Computations</i>, 4th ed., section 5.2) and two factors merge by factoring their stacked
 * rows ({@link #mergeFactors}); any tree of merges gives a valid {@code R} of all rows (unique up to the
 * signs of its rows). Unlike the Gram matrix {@code X^T X}, whose condition number is the square of the
 * design's, {@code R} carries the design's own conditioning, so the NIST accuracy of the single-machine
 * fit holds (Demmel et al.). From {@code R = [[R_x, q], [0, rho]]}: the coefficients solve
 * {@code R_x b = q} ({@link #coefficients}); one step of iterative refinement on the rows (residuals in
 * twice the working precision, the correction solved with {@code R_x^T R_x}: the corrected semi-normal
 * equations of Björck) brings them to the accuracy of the single-machine QR path; ridge takes the SVD
 * of {@code R_x}, which has the design's singular values and right singular vectors, with {@code U^T y}
 * replaced by {@code U_R^T q} ({@link #ridge}).
 *
 * <p>Layout: {@code R} is {@code q x q} ({@code q = p + 1}), row-major, zeros below the diagonal.
 *
 * <p>Reference: J. Demmel, L. Grigori, M. Hoemmen, J. Langou, "Communication-optimal parallel and
 * sequential QR and LU factorizations", SIAM J. Sci. Comput. 34(1), 2012 (TSQR); Å. Björck, "Stability
 * analysis of the method of seminormal equations for linear least squares problems", Linear Algebra
 * Appl. 88/89, 1987.
 */
public final class LeastSquaresStatistics {

    private LeastSquaresStatistics() {
    }

    /**
     * The triangular factor of some rows.
     *
     * @param rows {@code m} rows of {@code q} values, row-major (the centred features and the centred
     *     target last); not modified
     * @param m the number of rows, at least 0
     * @param q the number of columns
     * @return the {@code q x q} factor (zero rows below the first {@code m} when {@code m < q})
     */
    public static double[] triangularFactor(double[] rows, int m, int q) {
        Check.that(rows.length == m * q, () -> "rows must have " + m * q + " values, got " + rows.length);
        double[] a = rows.clone();
        // Householder QR in place: column k's reflector zeroes a[k+1.., k] (Golub and Van Loan, algorithm 5.2.1)
        for (int k = 0; k < Math.min(m, q); k++) {
            double scale = 0;
            for (int i = k; i < m; i++) {
                scale = Math.max(scale, Math.abs(a[i * q + k]));
            }
            if (scale == 0) {
                continue;
            }
            double norm = 0;
            for (int i = k; i < m; i++) {
                double t = a[i * q + k] / scale;
                norm += t * t;
            }
            norm = scale * Math.sqrt(norm);
            double alpha = a[k * q + k] > 0 ? -norm : norm;
            // v = x - alpha e1, stored in a[k.., k]; H = I - 2 v v^T / (v^T v)
            a[k * q + k] -= alpha;
            double vv = 0;
            for (int i = k; i < m; i++) {
                vv += a[i * q + k] * a[i * q + k];
            }
            for (int j = k + 1; j < q; j++) {
                double s = 0;
                for (int i = k; i < m; i++) {
                    s += a[i * q + k] * a[i * q + j];
                }
                double f = 2 * s / vv;
                for (int i = k; i < m; i++) {
                    a[i * q + j] -= f * a[i * q + k];
                }
            }
            a[k * q + k] = alpha;
        }
        double[] out = new double[q * q];
        for (int i = 0; i < Math.min(m, q); i++) {
            for (int j = i; j < q; j++) {
                out[i * q + j] = a[i * q + j];
            }
        }
        return out;
    }

    /**
     * Merges the factors of two disjoint sets of rows.
     *
     * @param a a {@code q x q} factor; not modified
     * @param b another; not modified
     * @param q the number of columns
     * @return the factor of both sets of rows
     */
    public static double[] mergeFactors(double[] a, double[] b, int q) {
        double[] stacked = new double[2 * q * q];
        System.arraycopy(a, 0, stacked, 0, q * q);
        System.arraycopy(b, 0, stacked, q * q, q * q);
        return triangularFactor(stacked, 2 * q, q);
    }

    /**
     * The residual {@code y - b0 - x.b} in twice the working precision, as the single-machine refinement
     * computes it.
     *
     * @param y the target
     * @param b0 the intercept
     * @param x the features
     * @param b the coefficients
     * @return the residual, almost exactly
     */
    public static double residual(double y, double b0, double[] x, double[] b) {
        return CompensatedSums.residual(y, b0, x, 0, b);
    }

    /**
     * The least-squares coefficients from the factor: the solution of {@code R_x b = q}.
     *
     * @param r the {@code (p+1) x (p+1)} factor of all rows
     * @param columnNames the feature names (for the message on dependent columns)
     * @return the {@code p} coefficients
     * @throws IllegalArgumentException if the columns are linearly dependent (a diagonal entry of
     *     {@code R_x} negligible against its column)
     */
    public static double[] coefficients(double[] r, List<String> columnNames) {
        int p = columnNames.size();
        int q = p + 1;
        Check.that(r.length == q * q, () -> "r must have " + q * q + " values, got " + r.length);
        NormalEquations factor = NormalEquations.fromTriangular(xPart(r, p), p);
        for (int j = 0; j < p; j++) {
            int column = j;
            Check.that(factor.scale[j] > 0 && Math.abs(r[j * q + j]) > 1e-13 * Math.sqrt(p) * factor.scale[j], () ->
                    "features are linearly dependent: " + columnNames.get(column) + " depends linearly on the "
                            + "other columns; drop it or use Ridge");
        }
        double[] b = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = r[i * q + p];
            for (int k = i + 1; k < p; k++) {
                s -= r[i * q + k] * b[k];
            }
            b[i] = s / r[i * q + i];
        }
        return b;
    }

    /**
     * The correction of one refinement step: the solution of {@code R_x^T R_x d = g}.
     *
     * @param r the factor of all rows
     * @param p the number of features
     * @param g {@code sum_i (x_i - xbar) r_i} over all rows, with the residuals {@link #residual}
     * @return the correction {@code d} to add to the coefficients
     */
    public static double[] correction(double[] r, int p, double[] g) {
        return NormalEquations.fromTriangular(xPart(r, p), p).solve(g);
    }

    /**
     * Builds the ordinary model from a fit computed elsewhere.
     *
     * @param learner the learner
     * @param columnNames the feature names
     * @param r the factor of all (centred) rows
     * @param xMean the feature means (zeros without an intercept)
     * @param rows the number of rows, more than the number of parameters
     * @param intercept the refined intercept
     * @param coefficients the refined coefficients
     * @param residualSumOfSquares {@code sum_i r_i^2} of the refined residuals
     * @param totalSumOfSquares {@code sum_i (y_i - ybar)^2} (the uncentred sum without an intercept)
     * @return the model, with the statistics of a single-machine fit; computed in the data's own units (the
     *     power-of-two units of {@link LinearRegression}'s single-machine fit are not applied here, so
     *     sums of squares of features or targets near 10^±300 are beyond this path)
     */
    public static LinearRegressionModel linearRegression(LinearRegression learner, List<String> columnNames,
                                                         double[] r, double[] xMean, long rows, double intercept,
                                                         double[] coefficients, double residualSumOfSquares,
                                                         double totalSumOfSquares) {
        Check.notNull("learner", learner);
        int p = columnNames.size();
        int parameters = p + (learner.fitIntercept() ? 1 : 0);
        Check.that(rows > parameters && rows <= Integer.MAX_VALUE, () -> "rows must be more than the " + parameters
                + " parameters and at most " + Integer.MAX_VALUE + ", got " + rows);
        Factorization factorization = NormalEquations.fromTriangular(xPart(r, p), p)
                .factorization(xMean, rows, learner.fitIntercept(), LeastSquaresUnits.none(p));
        return new LinearRegressionModel(learner, columnNames, LeastSquaresUnits.none(p), intercept, coefficients,
                residualSumOfSquares,
                totalSumOfSquares, (int) rows, new double[0], false, xMean, rows, factorization);
    }

    /**
     * Ridge regression from the factor: the SVD {@code R_x = U S V^T} has the centred design's singular
     * values and right singular vectors, and {@code U^T q} takes the place of {@code U^T y_c}.
     *
     * @param learner the learner (its alpha)
     * @param r the factor of all (centred) rows
     * @param xMean the feature means (zeros without an intercept)
     * @param yMean the target mean (0 without an intercept)
     * @return the model {@link Ridge#fit} gives on the same rows, to rounding
     */
    public static RidgeModel ridge(Ridge learner, double[] r, double[] xMean, double yMean) {
        Check.notNull("learner", learner);
        int p = xMean.length;
        int q = p + 1;
        Check.that(r.length == q * q, () -> "r must have " + q * q + " values, got " + r.length);
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(p, p, true, true, true);
        if (!svd.decompose(new DMatrixRMaj(p, p, true, xPart(r, p)))) {
            throw new IllegalStateException("the SVD of the " + p + " x " + p + " factor did not converge");
        }
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj v = svd.getV(null, false);
        double[] s = svd.getSingularValues();
        double a = learner.alpha();
        double[] d = new double[p];
        double dof = 0;
        for (int c = 0; c < p; c++) {
            double uty = 0;
            for (int i = 0; i < p; i++) {
                uty += u.get(i, c) * r[i * q + p];
            }
            d[c] = s[c] / (s[c] * s[c] + a) * uty;
            dof += s[c] * s[c] / (s[c] * s[c] + a);
        }
        double[] b = new double[p];
        for (int j = 0; j < p; j++) {
            double t = 0;
            for (int c = 0; c < p; c++) {
                t += v.get(j, c) * d[c];
            }
            b[j] = t;
        }
        double b0 = learner.fitIntercept() ? yMean - LinearRegression.dot(xMean, b) : 0.0;
        return new RidgeModel(learner, b0, b, dof);
    }

    private static double[] xPart(double[] r, int p) {
        int q = p + 1;
        double[] out = new double[p * p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(r, i * q, out, i * p, p);
        }
        return out;
    }
}
