package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Progress;
import io.github.classicml.core.ProgressListener;
import io.github.classicml.core.internal.Parallel;
import io.github.classicml.core.internal.linalg.Scaling;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import java.util.List;

/** The steps of {@link LogisticRegression#fit}: checks, the choice of solver, the separation test, the model. */
final class LogisticFit {

    /**
     * Correction pairs kept by L-BFGS: 30 rather than scipy's 10, because on W4 it needs 41 evaluations
     * of the objective instead of 50 and ends lower (design notes); each pair costs 2 (p + 1) k doubles.
     */
    static final int MEMORY = 30;

    private LogisticFit() {
    }

    static LogisticRegressionModel run(LogisticRegression learner, Dataset data, double[] sampleWeights,
                                       ProgressListener listener) {
        Check.hasClasses(data);
        Check.minRows(data, 1);
        Check.finiteFeatures(data);
        int n = data.rows();
        int p = data.columns();
        if (sampleWeights != null) {
            Check.that(sampleWeights.length == n,
                    () -> "sampleWeights must have one entry per row (" + n + "), got " + sampleWeights.length);
            for (int i = 0; i < n; i++) {
                double v = sampleWeights[i];
                int row = i;
                Check.that(Double.isFinite(v) && v >= 0,
                        () -> "sampleWeights must be finite and >= 0; entry " + row + " is " + Check.format(v));
            }
        }
        int[] classes = data.classes();
        int[] counts = data.classCounts();
        double[] classWeight = learner.classWeights().weights(counts);
        double[] rowWeight = new double[n];
        double[] classTotal = new double[counts.length];
        for (int i = 0; i < n; i++) {
            rowWeight[i] = (sampleWeights == null ? 1.0 : sampleWeights[i]) * classWeight[classes[i]];
            if (sampleWeights != null && Double.isInfinite(rowWeight[i])) {
                int row = i;
                Check.that(false, () -> "sampleWeights times the class weight must be finite; row " + row + " gives "
                        + Check.format(sampleWeights[row]) + " × " + Check.format(classWeight[classes[row]])
                        + "; divide the sample weights by a constant");
            }
            classTotal[classes[i]] += rowWeight[i];
        }
        // the classes the model fits: those with positive total weight, in index order
        int present = 0;
        for (double total : classTotal) {
            present += total > 0 ? 1 : 0;
        }
        int fittedCount = present;
        Check.that(fittedCount >= 2, () -> "data must have rows of at least 2 classes with positive weight, got "
                + fittedCount + (fittedCount == 1 ? " class" : " classes") + " in " + n + (n == 1 ? " row" : " rows"));
        int[] fitted = new int[present];
        int[] compact = new int[counts.length];
        for (int c = 0, k = 0; c < counts.length; c++) {
            compact[c] = -1;
            if (classTotal[c] > 0) {
                fitted[k] = c;
                compact[c] = k++;
            }
        }
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            int c = compact[classes[i]];
            // a row of a class without weight has weight 0 and is skipped by the loss
            y[i] = Math.max(c, 0);
        }
        int vectors = present == 2 ? 1 : present;
        // data.features() is a copy: this one is the fit's own, and is put into the fit's units in place
        double[] x = data.features();
        Units units = Units.of(x, p, rowWeight, learner.l2Coefficient());
        // the fit's units: every row weight times 2^k, column j divided by 2^e_j (exact; see Units)
        Scaling.scale(rowWeight, 0, n, units.weightExponent);
        units.toFitUnits(x);
        // threads only where the loss has more than one part to share out
        int threads = vectors == 1 && n > LogLoss.PART_ROWS ? Parallel.resolve(learner.threads()) : 1;
        try (Parallel parallel = Parallel.of(threads)) {
            LogLoss loss = new LogLoss(x, n, p, y, rowWeight, vectors, units.l2(learner.l2Coefficient()),
                    learner.fitIntercept(), threads > 1 ? parallel : null);
            return solve(learner, data, x, n, p, y, rowWeight, vectors, fitted, loss, units, listener);
        }
    }

    private static LogisticRegressionModel solve(LogisticRegression learner, Dataset data, double[] x, int n, int p,
                                                 int[] y, double[] rowWeight, int vectors, int[] fitted,
                                                 LogLoss loss, Units units, ProgressListener listener) {
        boolean checkSeparation = learner.penalty() == LogisticRegression.Penalty.NONE;
        boolean[] separated = new boolean[1];
        int maxIterations = learner.maxIterations();
        Lbfgs.Monitor monitor = (iteration, theta, value, gradientMaxNorm) -> {
            if (listener != ProgressListener.NONE) {
                listener.onStep(new Progress(1, 1, iteration, maxIterations,
                        Math.scalb(value, -units.weightExponent), gradientMaxNorm));
            }
            if (checkSeparation && separates(x, n, p, y, rowWeight, vectors, theta)) {
                separated[0] = true;
                return true;
            }
            return false;
        };
        double[] start = new double[loss.dimension()];
        double[] theta;
        double objective;
        double measure;
        int iterations;
        boolean converged;
        String reason;
        double l1 = learner.l1Coefficient();
        if (l1 > 0) {
            ProximalGradient.Result r = new ProximalGradient(maxIterations, learner.tolerance())
                    .minimise(loss, units.l1(l1, vectors), start, monitor);
            theta = r.x();
            objective = r.value();
            measure = r.mappingMaxNorm();
            iterations = r.iterations();
            converged = r.converged();
            reason = converged
                    ? "converged: the largest entry of the minimum-norm subgradient " + Check.format(measure)
                      + " is within the tolerance after " + iterations + " FISTA iterations"
                    : "not converged: reached maxIterations (" + maxIterations + ") of FISTA with the largest "
                      + "subgradient entry " + Check.format(measure) + " above the tolerance "
                      + Check.format(learner.tolerance()) + "; raise maxIterations or standardise the columns";
        } else {
            if (checkSeparation && separates(x, n, p, y, rowWeight, vectors, start)) {
                separated[0] = true;
            }
            Lbfgs.Result r = new Lbfgs(MEMORY, maxIterations, learner.tolerance()).minimise(loss, start, monitor);
            theta = r.x();
            objective = r.value();
            measure = r.gradientMaxNorm();
            iterations = r.iterations();
            converged = r.status().converged();
            reason = switch (r.status()) {
                case GRADIENT_BELOW_TOLERANCE -> "converged: the largest gradient entry " + Check.format(measure)
                        + " is within the tolerance after " + iterations + " L-BFGS iterations";
                case NO_FURTHER_DECREASE -> "converged: the objective stopped decreasing in double precision after "
                        + iterations + " L-BFGS iterations (largest gradient entry " + Check.format(measure) + ")";
                case MAX_ITERATIONS -> "not converged: reached maxIterations (" + maxIterations
                        + ") with the largest gradient entry " + Check.format(measure) + " above the tolerance "
                        + Check.format(learner.tolerance()) + "; raise maxIterations or standardise the columns";
                case LINE_SEARCH_FAILED -> "not converged: the line search found no acceptable step after "
                        + iterations + " L-BFGS iterations (largest gradient entry " + Check.format(measure)
                        + "); standardise the columns";
                case STOPPED_BY_MONITOR -> "";
            };
        }
        if (separated[0]) {
            converged = false;
            reason = "not converged: the classes are linearly separable (after " + iterations
                    + " iterations every training row lies on its own class's side with a positive margin), so the"
                    + " unpenalised log-loss has no minimum and the weights would grow without bound; use penalty L2";
        }
        // back to the data's units: w_j = w'_j 2^-e_j (intercepts have the unit 1), the objective times 2^-k
        double[][] weights = new double[vectors][p];
        double[] intercepts = new double[vectors];
        for (int c = 0; c < vectors; c++) {
            for (int j = 0; j < p; j++) {
                weights[c][j] = units.weight(theta[c * (p + 1) + j], j, vectors == 1 ? -1 : fitted[c],
                        data.classNames());
            }
            intercepts[c] = theta[c * (p + 1) + p];
        }
        objective = units.objective(objective);
        double[] standardErrors = null;
        if (vectors == 1 && learner.penalty() == LogisticRegression.Penalty.NONE && converged) {
            standardErrors = units.standardErrors(waldStandardErrors(x, n, p, rowWeight, theta,
                    learner.fitIntercept()));
        }
        return new LogisticRegressionModel(learner, p, data.classNames(), fitted, weights, intercepts, converged,
                reason, iterations, objective, standardErrors);
    }

    /**
     * Whether every row of positive weight is classified correctly with a positive margin: then scaling
     * the parameters up drives the loss to 0, a proof that the unpenalised loss has no minimum.
     */
    static boolean separates(double[] x, int n, int p, int[] y, double[] weights, int vectors, double[] theta) {
        int stride = p + 1;
        for (int i = 0, offset = 0; i < n; i++, offset += p) {
            if (weights[i] == 0) {
                continue;
            }
            if (vectors == 1) {
                double z = dot(x, offset, theta, 0, p) + theta[p];
                if (!((y[i] == 1 ? z : -z) > 0)) {
                    return false;
                }
            } else {
                double own = dot(x, offset, theta, y[i] * stride, p) + theta[y[i] * stride + p];
                for (int c = 0; c < vectors; c++) {
                    if (c != y[i] && !(own > dot(x, offset, theta, c * stride, p) + theta[c * stride + p])) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static double dot(double[] a, int aOffset, double[] b, int bOffset, int length) {
        double sum = 0;
        for (int j = 0; j < length; j++) {
            sum += a[aOffset + j] * b[bOffset + j];
        }
        return sum;
    }

    /**
     * Wald standard errors of the binary maximum-likelihood fit: the square roots of the diagonal of the
     * inverse Fisher information {@code (X~' S X~)^-1}, {@code X~ = [X, 1]}, {@code S = diag(s_i p_i (1 - p_i))}.
     * The intercept's comes last. Null when the information matrix is singular.
     */
    private static double[] waldStandardErrors(double[] x, int n, int p, double[] weights, double[] theta,
                                               boolean intercept) {
        int d = intercept ? p + 1 : p;
        DMatrixRMaj info = new DMatrixRMaj(d, d);
        double[] a = info.data;
        double[] row = new double[d];
        for (int i = 0, offset = 0; i < n; i++, offset += p) {
            if (weights[i] == 0) {
                continue;
            }
            double z = dot(x, offset, theta, 0, p) + theta[p];
            double pi = LogLoss.sigmoid(z);
            double s = weights[i] * pi * (1 - pi);
            System.arraycopy(x, offset, row, 0, p);
            if (intercept) {
                row[p] = 1;
            }
            for (int r = 0; r < d; r++) {
                double sr = s * row[r];
                for (int c = r; c < d; c++) {
                    a[r * d + c] += sr * row[c];
                }
            }
        }
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < r; c++) {
                a[r * d + c] = a[c * d + r];
            }
        }
        if (!fullRank(a, d)) {
            return null;
        }
        DMatrixRMaj inverse = new DMatrixRMaj(d, d);
        if (!CommonOps_DDRM.invertSPD(info, inverse)) {
            return null;
        }
        double[] out = new double[d];
        for (int r = 0; r < d; r++) {
            double v = inverse.get(r, r);
            if (!(v > 0) || !Double.isFinite(v)) {
                return null;
            }
            out[r] = Math.sqrt(v);
        }
        return out;
    }

    /**
     * Whether a symmetric positive semi-definite matrix is of full rank to working accuracy: each pivot of
     * its Cholesky factorisation, the part of a diagonal entry that the earlier rows do not explain (the
     * squared sine of the angle between a weighted column and the span of the earlier ones, times its
     * squared length), must exceed {@code 2^-40} of the entry. Exactly collinear columns leave a pivot at
     * the level of rounding, which Cholesky alone may accept as positive, and then the "standard errors"
     * are rounding noise of about 1e7 (Golub and Van Loan, <i>Matrix Computations</i>, 4th ed., 4.2.8: a
     * semidefinite matrix's Cholesky pivots reveal its rank).
     */
    static boolean fullRank(double[] a, int d) {
        double[] l = a.clone();
        for (int j = 0; j < d; j++) {
            double pivot = l[j * d + j];
            for (int k = 0; k < j; k++) {
                pivot -= l[j * d + k] * l[j * d + k];
            }
            if (!(pivot > 0x1p-40 * a[j * d + j])) {
                return false;
            }
            double root = Math.sqrt(pivot);
            l[j * d + j] = root;
            for (int i = j + 1; i < d; i++) {
                double v = l[i * d + j];
                for (int k = 0; k < j; k++) {
                    v -= l[i * d + k] * l[j * d + k];
                }
                l[i * d + j] = v / root;
            }
        }
        return true;
    }

    /**
     * The power-of-two units a logistic fit works in, so that its iterates, its stopping rules and its
     * answer do not depend on the scale of the columns or of the row weights.
     *
     * <p>Column {@code j} is divided by {@code 2^e_j}, with {@code e_j} the binary exponent of its largest
     * magnitude (so the scaled column's largest magnitude lies in {@code [1, 2)}), and its weights are
     * multiplied by the same power: {@code x'_j w'_j = x_j w_j} exactly, so the scores, the loss and the
     * probabilities at corresponding points are the same numbers. Every row weight is multiplied by
     * {@code 2^k}, with {@code k} bringing the largest row weight into {@code [1, 2)} (unit weights keep
     * the unit 1), and the penalty by the same factor, which multiplies the whole objective by
     * {@code 2^k} and leaves its minimiser unchanged. The penalties, written in the data's units, become
     * per-column coefficients: {@code (l2/2) w_j^2 = (l2 2^(k - 2 e_j) / 2) w'_j^2} and
     * {@code l1 |w_j| = l1 2^(k - e_j) |w'_j|}. With a ridge term, {@code e_j} is raised to at least half
     * the exponent of {@code l2 2^k}, so that no ridge coefficient exceeds 4: a column so small that the
     * penalty dominates its curvature keeps a unit in which its weight stays representable, rather than
     * one in which it would underflow.
     *
     * <p>Scaling by powers of two is exact (the operations commute with rounding), so data whose columns or
     * weights are multiplied by powers of two (by {@code 2^±900}, say) give the same scaled problem to the
     * bit, the same iterates and, mapped back, the same probabilities. For other factors the scaled
     * problems differ by factors within {@code [1/2, 2]} per column, so the answers agree to the solver's
     * tolerance. The gradient tolerance applies to the gradient in these units, {@code sum_i s'_i r_i x'_ij},
     * where scaled columns and weights are of order 1 whatever the data: that is what makes a small
     * gradient mean a nearly stationary point at every scale (in the data's raw units an absolute tolerance
     * is met at the start by features of 1e-300 and never by features of 1e300). The idea is that of
     * {@link LeastSquaresUnits} and of diagonal scaling of the variables in optimisation (Nocedal and
     * Wright, <i>Numerical Optimization</i>, 2nd ed., section 2.2, "scaling").
     */
    static final class Units {

        /** {@code k}: every row weight, and the penalty, times {@code 2^k}. */
        final int weightExponent;
        /** {@code e_j}: column {@code j} divided by {@code 2^e_j}. */
        private final int[] columnExponents;
        private final boolean columnsOne;

        private Units(int weightExponent, int[] columnExponents) {
            this.weightExponent = weightExponent;
            this.columnExponents = columnExponents;
            boolean one = true;
            for (int e : columnExponents) {
                one &= e == 0;
            }
            this.columnsOne = one;
        }

        /**
         * @param x the features, row-major, finite; not modified
         * @param p the number of columns
         * @param rowWeight the row weights, at least one positive; not modified
         * @param l2 the ridge coefficient in the data's units, at least 0
         * @return the units
         */
        static Units of(double[] x, int p, double[] rowWeight, double l2) {
            return of(LeastSquaresUnits.columnMaxima(x, p), Scaling.maxAbs(rowWeight, 0, rowWeight.length), l2);
        }

        /**
         * @param max the largest magnitude of each column, finite
         * @param largestRowWeight the largest row weight, positive and finite
         * @param l2 the ridge coefficient in the data's units, at least 0
         * @return the units (the same as {@link #of(double[], int, double[], double)} on the rows these
         *     figures come from: the distributed fit computes them in one pass over its parts)
         */
        static Units of(double[] max, double largestRowWeight, double l2) {
            int p = max.length;
            int k = -Scaling.exponent(largestRowWeight);
            // the smallest e_j that keeps l2 2^(k - 2 e_j) < 2^(exponent(l2) + 1 + k - 2 e_j) <= 4, on ints
            int floor = l2 > 0 ? Math.floorDiv(Scaling.exponent(l2) + k, 2) : Integer.MIN_VALUE;
            int[] e = new int[p];
            for (int j = 0; j < p; j++) {
                int own = max[j] > 0 ? Scaling.exponent(max[j]) : 0;
                e[j] = Math.max(own, floor == Integer.MIN_VALUE ? own : floor);
            }
            return new Units(k, e);
        }

        /** @return the exponents {@code k, e_0, ..., e_(p-1)} (as the distributed fit passes them to its parts) */
        int[] exponents() {
            int[] out = new int[1 + columnExponents.length];
            out[0] = weightExponent;
            System.arraycopy(columnExponents, 0, out, 1, columnExponents.length);
            return out;
        }

        /** @return the units of {@link #exponents()} */
        static Units ofExponents(int[] exponents) {
            return new Units(exponents[0], java.util.Arrays.copyOfRange(exponents, 1, exponents.length));
        }

        /**
         * Puts features into the fit's units, in place (exact: powers of two; nothing to do when every
         * column's unit is 1).
         *
         * @param x the features in the data's units, row-major; overwritten
         */
        void toFitUnits(double[] x) {
            if (columnsOne) {
                return;
            }
            int p = columnExponents.length;
            for (int o = 0; o < x.length; o += p) {
                for (int j = 0; j < p; j++) {
                    x[o + j] = Math.scalb(x[o + j], -columnExponents[j]);
                }
            }
        }

        /** @return the ridge coefficient of each column in the fit's units, {@code l2 2^(k - 2 e_j)}, at most 4 */
        double[] l2(double l2) {
            double[] out = new double[columnExponents.length];
            for (int j = 0; j < out.length; j++) {
                out[j] = l2 == 0 ? 0 : Math.scalb(l2, weightExponent - 2 * columnExponents[j]);
            }
            return out;
        }

        /**
         * @return the L1 coefficient of every parameter in the fit's units, {@code l1 2^(k - e_j)} for a
         *     weight of column {@code j} (infinite for a column too small for any weight to pay its
         *     penalty: that weight stays 0), 0 for the intercepts
         */
        double[] l1(double l1, int vectors) {
            int p = columnExponents.length;
            double[] out = new double[vectors * (p + 1)];
            for (int c = 0; c < vectors; c++) {
                for (int j = 0; j < p; j++) {
                    out[c * (p + 1) + j] = Math.scalb(l1, weightExponent - columnExponents[j]);
                }
            }
            return out;
        }

        /**
         * A weight in the data's units, {@code w'_j 2^-e_j}: exact, or gradually underflowing as double
         * arithmetic would for columns near the top of the double range.
         *
         * @throws ArithmeticException if it lies above the double range (a column of subnormal numbers
         *     whose weight would be about {@code 1 / x}, beyond 1.8e308)
         */
        double weight(double v, int column, int fittedClass, List<String> classNames) {
            double out = Math.scalb(v, -columnExponents[column]);
            if (Double.isInfinite(out)) {
                throw new ArithmeticException("the weight of column " + column + (fittedClass < 0 ? ""
                        : " for class " + classNames.get(fittedClass)) + " must lie within the double range, got about "
                        + LeastSquaresUnits.approximately(v, -columnExponents[column]) + "; the column's values (largest "
                        + "magnitude about " + LeastSquaresUnits.approximately(1, columnExponents[column])
                        + ") are too small for a representable weight; multiply the column by a constant");
            }
            return out;
        }

        /** @return the objective in the data's units, {@code f' 2^-k} */
        double objective(double v) {
            double out = Math.scalb(v, -weightExponent);
            if (Double.isInfinite(out)) {
                throw new ArithmeticException("objective must lie within the double range, got about "
                        + LeastSquaresUnits.approximately(v, -weightExponent)
                        + "; divide the sample weights and the penaltyStrength by the same constant");
            }
            return out;
        }

        /**
         * Wald standard errors in the data's units. In the fit's units the Fisher information is {@code 2^k}
         * times that of the data's weights, so a variance is {@code 2^k} times the one computed there, and
         * the error of weight {@code j} is divided by {@code 2^e_j} as the weight is.
         *
         * @param fitUnits the errors in the fit's units (weights, then the intercept), or null
         * @return the errors in the data's units; null if null or if one lies beyond the double range
         */
        double[] standardErrors(double[] fitUnits) {
            if (fitUnits == null) {
                return null;
            }
            int k = weightExponent;
            double root = (k & 1) == 0 ? 1 : Math.sqrt(2);
            double[] out = new double[fitUnits.length];
            for (int j = 0; j < out.length; j++) {
                int e = j < columnExponents.length ? columnExponents[j] : 0;
                out[j] = Math.scalb(fitUnits[j] * root, Math.floorDiv(k, 2) - e);
                if (!Double.isFinite(out[j]) || out[j] == 0) {
                    return null;
                }
            }
            return out;
        }
    }
}
