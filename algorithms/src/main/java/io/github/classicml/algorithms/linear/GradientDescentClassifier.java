package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.ProgressListener;
import io.github.classicml.core.Reseedable;

import java.util.Arrays;

/**
 * Logistic regression by gradient descent: the model of {@link LogisticRegression} with an L2
 * penalty, reached step by step, for teaching.
 *
 * <p>Minimises {@code F = (1/n) (sum_i logloss_i + (penaltyStrength / 2) ||W||^2)}: the objective of
 * {@link LogisticRegression} with {@link LogisticRegression.Penalty#L2} divided by {@code n}, so both have
 * the same minimiser (and with {@code penaltyStrength = 0} the unpenalised one, which does not exist on
 * separable data: the epochs then run out). Two classes use one weight vector and the logistic function,
 * more classes one vector each and the softmax; the intercepts are not penalised. The rules and
 * schedules are those of {@link GradientDescent}; with standardised columns a constant rate up to about
 * {@code 4 / L} works for two classes ({@code L} the largest eigenvalue of {@code X'X / n}, the log-loss
 * having curvature at most 1/4).
 *
 * <p>Reference: see {@link GradientDescent}.
 *
 * @param optimiser batch size, learning rate, stopping rules and seed; default {@link GradientDescent#of()}
 * @param penaltyStrength the L2 strength {@code 1 / C}, at least 0 and finite; default 1
 * @see GradientDescentClassifierModel
 */
public record GradientDescentClassifier(GradientDescent optimiser, double penaltyStrength)
        implements Learner<GradientDescentClassifierModel>, Reseedable<GradientDescentClassifier> {

    /**
     * Validates the settings.
     *
     * @param optimiser not null
     * @param penaltyStrength at least 0 and finite
     */
    public GradientDescentClassifier {
        Check.notNull("optimiser", optimiser);
        Check.nonNegative("penaltyStrength", penaltyStrength);
    }

    /** @return L2 logistic regression (strength 1) by batch descent with {@link GradientDescent#of()}'s settings */
    public static GradientDescentClassifier of() {
        return new GradientDescentClassifier(GradientDescent.of(), 1.0);
    }

    /**
     * @param settings the optimiser's settings
     * @return a copy with those settings
     */
    public GradientDescentClassifier withOptimiser(GradientDescent settings) {
        return new GradientDescentClassifier(settings, penaltyStrength);
    }

    /**
     * A copy whose optimiser has another seed (the seed of its row shuffling), so that a bag can give
     * each member its own: {@code SeededLearner.reseeding(GradientDescentClassifier.of())}.
     *
     * @param seed the optimiser's seed
     * @return a copy with it
     */
    @Override
    public GradientDescentClassifier withSeed(long seed) {
        return new GradientDescentClassifier(optimiser.withSeed(seed), penaltyStrength);
    }

    /**
     * @param strength the L2 strength, at least 0
     * @return a copy with that strength
     */
    public GradientDescentClassifier withPenaltyStrength(double strength) {
        return new GradientDescentClassifier(optimiser, strength);
    }

    @Override
    public GradientDescentClassifierModel fit(Dataset data) {
        return fit(data, ProgressListener.NONE);
    }

    /**
     * Fits by gradient descent, reporting every epoch ({@code loss} the mean objective, {@code change}
     * the largest gradient entry).
     *
     * @param data rows with class targets of at least two classes, all features finite; not modified
     * @param listener receives each epoch
     * @return the model, with its loss history and how the run ended
     */
    @Override
    public GradientDescentClassifierModel fit(Dataset data, ProgressListener listener) {
        Check.notNull("data", data);
        Check.notNull("listener", listener);
        Check.hasClasses(data);
        Check.minRows(data, 1);
        Check.finiteFeatures(data);
        int n = data.rows();
        int p = data.columns();
        int[] counts = data.classCounts();
        int present = 0;
        for (int count : counts) {
            present += count > 0 ? 1 : 0;
        }
        int fittedCount = present;
        Check.that(present >= 2, () -> "data must have rows of at least 2 classes, got " + fittedCount
                + (fittedCount == 1 ? " class" : " classes") + " in " + n + (n == 1 ? " row" : " rows"));
        int[] fitted = new int[present];
        int[] compact = new int[counts.length];
        for (int c = 0, k = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                fitted[k] = c;
                compact[c] = k++;
            }
        }
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = compact[data.classOf(i)];
        }
        int vectors = present == 2 ? 1 : present;
        double[] x = data.features();
        double lambda = penaltyStrength;
        int stride = p + 1;
        DescentRun.Objective objective = new DescentRun.Objective() {
            private final double[] z = new double[vectors];

            @Override
            public int dimension() {
                return vectors * stride;
            }

            @Override
            public double accumulate(double[] theta, int[] order, int from, int to, double[] gradient) {
                double loss = 0;
                for (int k = from; k < to; k++) {
                    int i = order[k];
                    int offset = i * p;
                    for (int c = 0; c < vectors; c++) {
                        double sum = theta[c * stride + p];
                        for (int j = 0; j < p; j++) {
                            sum += x[offset + j] * theta[c * stride + j];
                        }
                        z[c] = sum;
                    }
                    if (vectors == 1) {
                        loss += LogLoss.softplus(z[0]) - y[i] * z[0];
                        z[0] = LogLoss.sigmoid(z[0]) - y[i];
                    } else {
                        double max = Double.NEGATIVE_INFINITY;
                        for (double v : z) {
                            max = Math.max(max, v);
                        }
                        double zy = z[y[i]];
                        double sum = 0;
                        for (int c = 0; c < vectors; c++) {
                            z[c] = Math.exp(z[c] - max);
                            sum += z[c];
                        }
                        loss += Math.log(sum) + max - zy;
                        for (int c = 0; c < vectors; c++) {
                            z[c] = z[c] / sum - (c == y[i] ? 1 : 0);
                        }
                    }
                    // z now holds the derivative of the row's loss by each score
                    for (int c = 0; c < vectors; c++) {
                        double r = z[c];
                        for (int j = 0; j < p; j++) {
                            gradient[c * stride + j] += r * x[offset + j];
                        }
                        gradient[c * stride + p] += r;
                    }
                }
                return loss;
            }

            @Override
            public double penalty(double[] theta, double[] gradient, double scale) {
                double squared = 0;
                for (int c = 0; c < vectors; c++) {
                    for (int j = 0; j < p; j++) {
                        double w = theta[c * stride + j];
                        squared += w * w;
                        gradient[c * stride + j] += scale * lambda * w;
                    }
                }
                return 0.5 * lambda * squared;
            }
        };
        DescentRun.Result r = DescentRun.run(objective, n, optimiser, listener);
        double[][] weights = new double[vectors][];
        double[] intercepts = new double[vectors];
        for (int c = 0; c < vectors; c++) {
            weights[c] = Arrays.copyOfRange(r.theta(), c * stride, c * stride + p);
            intercepts[c] = r.theta()[c * stride + p];
        }
        return new GradientDescentClassifierModel(this, data.classNames(), fitted, weights, intercepts, r.history(),
                r.epochs(), r.status(), r.reason());
    }
}
