package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Progress;
import io.github.classicml.core.ProgressListener;
import io.github.classicml.core.internal.Parallel;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

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
        double[] x = data.features();
        // threads only where the loss has more than one part to share out
        int threads = vectors == 1 && n > LogLoss.PART_ROWS ? Parallel.resolve(learner.threads()) : 1;
        try (Parallel parallel = Parallel.of(threads)) {
            LogLoss loss = new LogLoss(x, n, p, y, rowWeight, vectors, learner.l2Coefficient(), learner.fitIntercept(),
                    threads > 1 ? parallel : null);
            return solve(learner, data, x, n, p, y, rowWeight, vectors, fitted, loss, listener);
        }
    }

    private static LogisticRegressionModel solve(LogisticRegression learner, Dataset data, double[] x, int n, int p,
                                                 int[] y, double[] rowWeight, int vectors, int[] fitted,
                                                 LogLoss loss, ProgressListener listener) {
        boolean checkSeparation = learner.penalty() == LogisticRegression.Penalty.NONE;
        boolean[] separated = new boolean[1];
        int maxIterations = learner.maxIterations();
        Lbfgs.Monitor monitor = (iteration, theta, value, gradientMaxNorm) -> {
            if (listener != ProgressListener.NONE) {
                listener.onStep(new Progress(1, 1, iteration, maxIterations, value, gradientMaxNorm));
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
                    .minimise(loss, l1, j -> !loss.isIntercept(j), start, monitor);
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
        double[][] weights = new double[vectors][p];
        double[] intercepts = new double[vectors];
        for (int c = 0; c < vectors; c++) {
            System.arraycopy(theta, c * (p + 1), weights[c], 0, p);
            intercepts[c] = theta[c * (p + 1) + p];
        }
        double[] standardErrors = null;
        if (vectors == 1 && learner.penalty() == LogisticRegression.Penalty.NONE && converged) {
            standardErrors = waldStandardErrors(x, n, p, rowWeight, theta, learner.fitIntercept());
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
}
