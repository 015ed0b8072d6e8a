package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.ProgressListener;
import io.github.classicml.core.Reseedable;

/**
 * Least squares by gradient descent: the ordinary-least-squares fit reached step by step instead of
 * by a closed form, for teaching.
 *
 * <p>Minimises the mean squared error {@code F(w, b) = (1/(2n)) sum_i (y_i - x_i·w - b)^2}, whose gradient
 * is {@code -(1/n) sum_i r_i (x_i, 1)} with residuals {@code r_i}; the minimiser is the least-squares
 * solution of the normal equations {@code X~'X~ theta = X~'y}. How fast descent gets there depends on the
 * conditioning of {@code X'X / n}: with a constant rate {@code eta < 2 / L} the error shrinks by at least
 * {@code max(|1 - eta l|, |1 - eta L|)} per batch step, {@code l} and {@code L} the extreme eigenvalues, so
 * standardise the columns first. The rules and schedules are those of {@link GradientDescent}.
 *
 * <p>Reference: see {@link GradientDescent}.
 *
 * @param optimiser batch size, learning rate, stopping rules and seed; default {@link GradientDescent#of()}
 * @param fitIntercept whether to fit the intercept {@code b}; default true
 * @see GradientDescentRegressorModel
 */
public record GradientDescentRegressor(GradientDescent optimiser, boolean fitIntercept)
        implements Learner<GradientDescentRegressorModel>, Reseedable<GradientDescentRegressor> {

    /**
     * Validates the settings.
     *
     * @param optimiser not null
     * @param fitIntercept whether to fit the intercept
     */
    public GradientDescentRegressor {
        Check.notNull("optimiser", optimiser);
    }

    /** @return least squares by batch descent with {@link GradientDescent#of()}'s settings and an intercept */
    public static GradientDescentRegressor of() {
        return new GradientDescentRegressor(GradientDescent.of(), true);
    }

    /**
     * @param settings the optimiser's settings
     * @return a copy with those settings
     */
    public GradientDescentRegressor withOptimiser(GradientDescent settings) {
        return new GradientDescentRegressor(settings, fitIntercept);
    }

    /**
     * A copy whose optimiser has another seed (the seed of its row shuffling), so that a bag can give
     * each member its own: {@code SeededLearner.reseeding(GradientDescentRegressor.of())}.
     *
     * @param seed the optimiser's seed
     * @return a copy with it
     */
    @Override
    public GradientDescentRegressor withSeed(long seed) {
        return new GradientDescentRegressor(optimiser.withSeed(seed), fitIntercept);
    }

    /**
     * @param intercept whether to fit the intercept
     * @return a copy with that choice
     */
    public GradientDescentRegressor withFitIntercept(boolean intercept) {
        return new GradientDescentRegressor(optimiser, intercept);
    }

    @Override
    public GradientDescentRegressorModel fit(Dataset data) {
        return fit(data, ProgressListener.NONE);
    }

    /**
     * Fits by gradient descent, reporting every epoch ({@code loss} the mean squared error / 2,
     * {@code change} the largest gradient entry).
     *
     * @param data rows with numeric targets, all finite; not modified
     * @param listener receives each epoch
     * @return the model, with its loss history and how the run ended
     */
    @Override
    public GradientDescentRegressorModel fit(Dataset data, ProgressListener listener) {
        Check.notNull("data", data);
        Check.notNull("listener", listener);
        Check.finiteTargets(data);
        Check.minRows(data, 1);
        Check.finiteFeatures(data);
        int n = data.rows();
        int p = data.columns();
        double[] x = data.features();
        double[] y = data.targets();
        boolean intercept = fitIntercept;
        DescentRun.Objective objective = new DescentRun.Objective() {
            @Override
            public int dimension() {
                return p + 1;
            }

            @Override
            public double accumulate(double[] theta, int[] order, int from, int to, double[] gradient) {
                double loss = 0;
                for (int k = from; k < to; k++) {
                    int i = order[k];
                    int offset = i * p;
                    double prediction = theta[p];
                    for (int j = 0; j < p; j++) {
                        prediction += x[offset + j] * theta[j];
                    }
                    double residual = y[i] - prediction;
                    loss += 0.5 * residual * residual;
                    for (int j = 0; j < p; j++) {
                        gradient[j] -= residual * x[offset + j];
                    }
                    if (intercept) {
                        gradient[p] -= residual;
                    }
                }
                return loss;
            }

            @Override
            public double penalty(double[] theta, double[] gradient, double scale) {
                return 0;
            }
        };
        DescentRun.Result r = DescentRun.run(objective, n, optimiser, listener);
        double[] weights = java.util.Arrays.copyOf(r.theta(), p);
        return new GradientDescentRegressorModel(this, weights, r.theta()[p], r.history(), r.epochs(), r.status(),
                r.reason());
    }
}
