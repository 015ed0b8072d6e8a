package io.github.classicml.algorithms.linear;

import io.github.classicml.core.internal.linalg.Vectors;

/**
 * The weighted log-loss of a linear classifier plus a ridge term, with its gradient: the smooth part
 * of logistic regression's objective.
 *
 * <p>Binary ({@code k = 1} weight vector): {@code f = sum_i s_i (log(1 + e^{z_i}) - y_i z_i) + (l2 / 2) ||w||^2}
 * with {@code z_i = x_i·w + b}, gradient {@code sum_i s_i (sigma(z_i) - y_i) (x_i, 1) + l2 (w, 0)}.
 * Multinomial ({@code k >= 3} weight vectors): {@code f = sum_i s_i (logsumexp_c z_ic - z_{i,y_i}) +
 * (l2 / 2) ||W||^2} with {@code z_ic = x_i·w_c + b_c}, gradient {@code sum_i s_i (p_ic - [c = y_i]) (x_i, 1)}
 * plus the ridge term. Parameters are stored as {@code k} blocks of {@code p + 1}: the weights of a
 * class, then its intercept. Both losses are computed stably: {@code log(1 + e^z)} as
 * {@code max(z, 0) + log1p(e^{-|z|})}, the log-sum-exp after subtracting the largest score, so no
 * finite parameter gives an infinite or NaN value. One pass over the rows computes the value and the
 * gradient: {@code O(n p k)}. The binary loss cuts the rows into parts of {@link #PART_ROWS}, run
 * on the given threads, and adds the parts' sums in part order, so the value does not depend on the
 * number of threads. An instance is used by one fit at a time.
 */
final class LogLoss implements DifferentiableFunction {

    private final double[] x;
    private final int rows;
    private final int columns;
    private final int[] classes;
    private final double[] weights;
    private final int vectors;
    /** The ridge coefficient of each column's weights (the same for every class); intercepts have none. */
    private final double[] l2;
    private final boolean fitIntercept;
    private final double[] scores;
    private final io.github.classicml.core.internal.Parallel parallel;
    private final double[] partialLoss;
    private final double[][] partialGradient;
    private final double[][] blocks;
    private final double[][] exponentials;
    /** Each row's class as 0.0 or 1.0 (binary loss), so that {@code y z} needs no branch. */
    private final double[] labels;
    /** Whether every weight is 1: then the binary loss sums its logarithms as the log of a product. */
    private final boolean unitWeights;

    /**
     * Rows per block of the binary loss: 64 rows of 50 columns are 25 KB, within a core's level-1 cache
     * (32-48 KB), so the second pass ({@code X' r}) reads the block from there. 256 rows (level 2) were
     * measured 5-10 % slower on the plain-Java path and the same on the Vector API path (design notes).
     */
    private static final int BLOCK = 64;
    /** Rows per part of the binary loss (128 blocks): the parts, not the threads, fix the order of the sums. */
    static final int PART_ROWS = 128 * BLOCK;

    /**
     * @param x the features, row-major, rows × columns; not modified, kept by reference
     * @param rows the number of rows
     * @param columns the number of columns
     * @param classes each row's class: 0 or 1 when {@code vectors == 1}, else in {@code [0, vectors)}
     * @param weights each row's weight, at least 0
     * @param vectors 1 for the binary loss, else the number of classes (at least 3)
     * @param l2 the ridge coefficient, at least 0 (intercepts are not penalised)
     * @param fitIntercept whether intercepts are free; if not, they stay 0 and get no gradient
     * @param parallel runs the parts of the binary loss, or null for the calling thread only
     */
    LogLoss(double[] x, int rows, int columns, int[] classes, double[] weights, int vectors, double l2,
            boolean fitIntercept, io.github.classicml.core.internal.Parallel parallel) {
        this(x, rows, columns, classes, weights, vectors, filled(columns, l2), fitIntercept, parallel);
    }

    /**
     * The loss with a ridge coefficient per column: {@code (1/2) sum_c sum_j l2_j w_cj^2}, the form the
     * ridge term takes when the fit works in power-of-two units of the columns ({@link LogisticFit}).
     *
     * @param x the features, row-major, rows × columns; not modified, kept by reference
     * @param rows the number of rows
     * @param columns the number of columns
     * @param classes each row's class: 0 or 1 when {@code vectors == 1}, else in {@code [0, vectors)}
     * @param weights each row's weight, at least 0
     * @param vectors 1 for the binary loss, else the number of classes (at least 3)
     * @param l2 the ridge coefficient of each column, finite and at least 0; kept by reference
     * @param fitIntercept whether intercepts are free; if not, they stay 0 and get no gradient
     * @param parallel runs the parts of the binary loss, or null for the calling thread only
     */
    LogLoss(double[] x, int rows, int columns, int[] classes, double[] weights, int vectors, double[] l2,
            boolean fitIntercept, io.github.classicml.core.internal.Parallel parallel) {
        this.x = x;
        this.rows = rows;
        this.columns = columns;
        this.classes = classes;
        this.weights = weights;
        this.vectors = vectors;
        this.l2 = l2;
        this.fitIntercept = fitIntercept;
        this.scores = new double[vectors];
        this.parallel = parallel;
        int parts = vectors == 1 ? Math.max(1, (rows + PART_ROWS - 1) / PART_ROWS) : 0;
        this.partialLoss = new double[parts];
        this.partialGradient = new double[parts][columns + 1];
        this.blocks = new double[parts][BLOCK];
        this.exponentials = new double[parts][BLOCK];
        this.labels = new double[vectors == 1 ? rows : 0];
        boolean unit = true;
        for (int i = 0; i < rows; i++) {
            unit &= weights[i] == 1;
            if (vectors == 1) {
                labels[i] = classes[i];
            }
        }
        this.unitWeights = unit;
    }

    private static double[] filled(int columns, double value) {
        double[] out = new double[columns];
        java.util.Arrays.fill(out, value);
        return out;
    }

    /** @return the number of parameters, {@code vectors × (columns + 1)} */
    int dimension() {
        return vectors * (columns + 1);
    }

    /** @return whether the parameter at this position is an intercept (never penalised) */
    boolean isIntercept(int index) {
        return index % (columns + 1) == columns;
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradient) {
        java.util.Arrays.fill(gradient, 0.0);
        double loss = vectors == 1 ? binary(theta, gradient) : multinomial(theta, gradient);
        double penalty = 0;
        int stride = columns + 1;
        for (int c = 0; c < vectors; c++) {
            for (int j = 0; j < columns; j++) {
                double w = theta[c * stride + j];
                double lw = l2[j] * w;
                penalty += lw * w;
                gradient[c * stride + j] += lw;
            }
            if (!fitIntercept) {
                gradient[c * stride + columns] = 0;
            }
        }
        return loss + 0.5 * penalty;
    }

    private double binary(double[] theta, double[] gradient) {
        int tasks = partialLoss.length;
        if (parallel == null || tasks == 1) {
            for (int t = 0; t < tasks; t++) {
                binaryPart(t, theta);
            }
        } else {
            parallel.forEach(tasks, t -> binaryPart(t, theta));
        }
        // the parts in task order: the same sums whatever the number of threads
        double loss = 0;
        for (int t = 0; t < tasks; t++) {
            loss += partialLoss[t];
            double[] g = partialGradient[t];
            for (int j = 0; j <= columns; j++) {
                gradient[j] += g[j];
            }
        }
        return loss;
    }

    /** The loss and gradient of the rows of part {@code t}, into its own slots. */
    private void binaryPart(int t, double[] theta) {
        double b = theta[columns];
        double loss = 0;
        double interceptGradient = 0;
        double[] z = blocks[t];
        double[] e = exponentials[t];
        double[] gradient = partialGradient[t];
        java.util.Arrays.fill(gradient, 0.0);
        int end = Math.min(rows, (t + 1) * PART_ROWS);
        for (int first = t * PART_ROWS; first < end; first += BLOCK) {
            int count = Math.min(BLOCK, end - first);
            // scores of a block of rows (X w), then each row's loss and residual, then X' r: the block
            // stays in cache between the two passes
            Vectors.multiplyRows(x, first, count, columns, theta, 0, z, 0);
            for (int k = 0; k < count; k++) {
                z[k] += b;
            }
            // e_k = e^{-|z_k|} serves both the loss and the residual; one kernel call per block
            Vectors.expOfNegativeAbs(z, count, e);
            if (unitWeights) {
                // the block's sum of log(1 + e_k) as the log of their product: each factor is in (1, 2], so
                // 64 of them stay below 2^64, and one logarithm replaces 64 (to rounding, about 1e-15 per
                // block). The loop has no branch that depends on the data: y is 0 or 1, so y z is z or 0, and
                // the two forms of sigma(z) are chosen by a select, not a jump (a jump on the sign of z is
                // mispredicted about every other row, which cost a fifth of an evaluation)
                double product = 1;
                double linear = 0;
                for (int k = 0; k < count; k++) {
                    double zi = z[k];
                    double ek = e[k];
                    double y = labels[first + k];
                    product *= 1 + ek;
                    linear += Math.max(zi, 0) - y * zi;
                    // sigma(|z|) = 1 / (1 + e^-|z|); sigma(z) is that for z >= 0 and e^-|z| sigma(|z|) below
                    double q = 1 / (1 + ek);
                    double r = (zi >= 0 ? q : ek * q) - y;
                    z[k] = r;
                    interceptGradient += r;
                }
                loss += linear + Math.log(product);
            } else {
                for (int k = 0; k < count; k++) {
                    double s = weights[first + k];
                    double zi = z[k];
                    double ek = e[k];
                    double y = labels[first + k];
                    loss += s * (Math.max(zi, 0) + Math.log1p(ek) - y * zi);
                    double q = 1 / (1 + ek);
                    double r = s * ((zi >= 0 ? q : ek * q) - y);
                    z[k] = r;
                    interceptGradient += r;
                }
            }
            Vectors.addWeightedRows(x, first, count, columns, z, 0, gradient, 0);
        }
        gradient[columns] = interceptGradient;
        partialLoss[t] = loss;
    }

    private double multinomial(double[] theta, double[] gradient) {
        int stride = columns + 1;
        double loss = 0;
        double[] z = scores;
        for (int i = 0, offset = 0; i < rows; i++, offset += columns) {
            double s = weights[i];
            if (s == 0) {
                continue;
            }
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < vectors; c++) {
                z[c] = Vectors.dot(x, offset, theta, c * stride, columns) + theta[c * stride + columns];
                max = Math.max(max, z[c]);
            }
            int y = classes[i];
            double zy = z[y];
            double sum = 0;
            for (int c = 0; c < vectors; c++) {
                z[c] = Math.exp(z[c] - max);
                sum += z[c];
            }
            // log-sum-exp - z_y = log(sum_c e^{z_c - max}) + max - z_y, sum >= 1
            loss += s * (Math.log(sum) + (max - zy));
            for (int c = 0; c < vectors; c++) {
                double r = s * (z[c] / sum - (c == y ? 1 : 0));
                Vectors.axpy(r, x, offset, gradient, c * stride, columns);
                gradient[c * stride + columns] += r;
            }
        }
        return loss;
    }

    /** @return {@code log(1 + e^z)} without overflow or loss of precision */
    static double softplus(double z) {
        return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    /**
     * Turns decision values into class probabilities: the logistic function of the one value of a
     * two-class model, or the softmax of one value per class, shifted by the largest so that no
     * exponential overflows (log-sum-exp).
     *
     * @param z the decision values, one (two fitted classes) or one per fitted class; overwritten
     * @param fitted the class index of each fitted class
     * @param classes the number of classes of the training data (those absent get probability 0)
     * @return one probability per class
     */
    static double[] probabilities(double[] z, int[] fitted, int classes) {
        double[] out = new double[classes];
        if (z.length == 1) {
            out[fitted[0]] = sigmoid(-z[0]);
            out[fitted[1]] = sigmoid(z[0]);
            return out;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            out[fitted[c]] = z[c] / sum;
        }
        return out;
    }

    /**
     * The scores {@code z_c = x·w_c + b_c} of one row, as {@code out[c] 2^K}, so that a score beyond the
     * double range (features or weights near its ends: {@code 1e200 × 1e200}) is still known exactly
     * enough to give its probability. The plain sums come first: when every one is finite no product or
     * partial sum overflowed, so they are the scores (to the bit what a plain dot product gives) and
     * {@code K = 0}. Otherwise the scores are taken again by {@link AffineSums#scaledSum} at one common
     * {@code K}, the exponent of the largest term of any score: every product is formed from its factors'
     * mantissas and shifted by a power of two, so that no term exceeds 4 and no partial sum can overflow
     * (the scaled sums of LAPACK's {@code dnrm2}; Higham, <i>Accuracy and Stability of Numerical
     * Algorithms</i>, 2nd ed., section 27.5); the few products that underflow in these units are below
     * {@code 2^-1000} of the largest, far below its rounding.
     *
     * @param row the features, finite; not modified
     * @param weights one weight vector per score, as wide as the row
     * @param intercepts one intercept per score
     * @param out receives the scaled scores, one per weight vector
     * @return {@code K}: the scores are {@code out[c] 2^K}
     */
    static int scaledScores(double[] row, double[][] weights, double[] intercepts, double[] out) {
        boolean finite = true;
        for (int c = 0; c < out.length; c++) {
            double sum = intercepts[c];
            double[] w = weights[c];
            for (int j = 0; j < row.length; j++) {
                sum += row[j] * w[j];
            }
            out[c] = sum;
            finite &= Double.isFinite(sum);
        }
        if (finite) {
            return 0;
        }
        // the scores at one common power of two, the largest term's (AffineSums: every term below 4)
        int top = Integer.MIN_VALUE;
        for (int c = 0; c < out.length; c++) {
            top = Math.max(top, AffineSums.topExponent(intercepts[c], weights[c], row, null));
        }
        for (int c = 0; c < out.length; c++) {
            out[c] = AffineSums.scaledSum(intercepts[c], weights[c], row, null, top);
        }
        return top;
    }

    /**
     * Probabilities from scores {@code s_c 2^K} ({@link #scaledScores}): the same as
     * {@link #probabilities} of the scores whenever they are doubles ({@code K = 0}), and otherwise the
     * logistic or softmax of scores beyond the double range, which is always representable: only the
     * differences from the largest score matter, {@code (s_c - s_max) 2^K}, and those beyond the range
     * give {@code e^-inf = 0}.
     *
     * @param s the scaled scores; overwritten
     * @param k the exponent {@code K}
     * @param fitted the class index of each fitted class
     * @param classes the number of classes
     * @return one probability per class, never NaN
     */
    static double[] probabilities(double[] s, int k, int[] fitted, int classes) {
        if (k != 0) {
            if (s.length == 1) {
                // sigma(+-inf) is 1 or 0, the limit the true probability rounds to
                s[0] = Math.scalb(s[0], k);
            } else {
                double max = Double.NEGATIVE_INFINITY;
                for (double v : s) {
                    max = Math.max(max, v);
                }
                for (int c = 0; c < s.length; c++) {
                    s[c] = Math.scalb(s[c] - max, k);
                }
            }
        }
        return probabilities(s, fitted, classes);
    }

    /** @return the class of highest probability, the lowest index among ties */
    static int mostProbable(double[] probabilities) {
        int best = 0;
        for (int c = 1; c < probabilities.length; c++) {
            if (probabilities[c] > probabilities[best]) {
                best = c;
            }
        }
        return best;
    }

    /** @return {@code 1 / (1 + e^{-z})} without overflow */
    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }
}
