package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.Progress;
import io.github.classicml.core.ProgressListener;

import java.util.Arrays;
import java.util.SplittableRandom;

/** The loop of {@link GradientDescent}, shared by the regressor and the classifier. */
final class DescentRun {

    /** A mean loss over rows plus a ridge term, evaluated on any subset of rows. */
    interface Objective {
        /** @return the number of parameters */
        int dimension();

        /**
         * Adds the gradients of the losses of rows {@code order[from..to)} to {@code gradient}.
         *
         * @return the sum of those rows' losses
         */
        double accumulate(double[] theta, int[] order, int from, int to, double[] gradient);

        /**
         * Adds {@code scale} times the gradient of the penalty to {@code gradient}.
         *
         * @return the penalty's value (before scaling)
         */
        double penalty(double[] theta, double[] gradient, double scale);
    }

    /**
     * The outcome.
     *
     * @param theta the parameters (of the last epoch with a finite objective)
     * @param history the objective at the start and after each epoch
     * @param epochs the number of finished epochs
     * @param status how the run ended
     * @param reason the same in a sentence
     */
    record Result(double[] theta, double[] history, int epochs, GradientDescent.Status status, String reason) {
    }

    /** The first length of the loss history; it doubles as the epochs need. */
    private static final int INITIAL_HISTORY = 1024;

    private DescentRun() {
    }

    static Result run(Objective f, int n, GradientDescent settings, ProgressListener listener) {
        int d = f.dimension();
        double[] theta = new double[d];
        double[] previous = new double[d];
        double[] full = new double[d];
        double[] step = new double[d];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int batch = settings.batchSize() == 0 || settings.batchSize() >= n ? n : settings.batchSize();
        SplittableRandom rng = new SplittableRandom(settings.seed());
        // grown as the epochs run (doubling), so a large maxEpochs allocates nothing it does not use
        double[] history = new double[(int) Math.min(settings.maxEpochs() + 1L, INITIAL_HISTORY)];
        double start = objective(f, theta, order, n, full);
        history[0] = start;
        // the tolerance relative to the problem's own scale when its starting gradient is below 1
        // (see GradientDescent): a small problem is not converged merely because it is small
        double startGradient = maxAbs(full);
        double tolerance = settings.tolerance() * Math.min(1.0, startGradient);
        if (startGradient == 0 || startGradient <= tolerance) {
            return new Result(theta, Arrays.copyOf(history, 1), 0, GradientDescent.Status.CONVERGED,
                    "converged: the gradient is " + (startGradient == 0 ? "0" : "within the tolerance")
                    + " at the start");
        }
        long update = 0;
        for (int epoch = 1; epoch <= settings.maxEpochs(); epoch++) {
            System.arraycopy(theta, 0, previous, 0, d);
            if (batch == n) {
                // batch descent: the full gradient of the last evaluation is this step's gradient
                double eta = settings.learningRate().at(++update, epoch);
                for (int j = 0; j < d; j++) {
                    theta[j] -= eta * full[j];
                }
            } else {
                shuffle(order, rng);
                for (int from = 0; from < n; from += batch) {
                    int to = Math.min(n, from + batch);
                    Arrays.fill(step, 0.0);
                    f.accumulate(theta, order, from, to, step);
                    double scale = 1.0 / (to - from);
                    for (int j = 0; j < d; j++) {
                        step[j] *= scale;
                    }
                    f.penalty(theta, step, 1.0 / n);
                    double eta = settings.learningRate().at(++update, epoch);
                    for (int j = 0; j < d; j++) {
                        theta[j] -= eta * step[j];
                    }
                }
            }
            double value = objective(f, theta, order, n, full);
            double gradient = maxAbs(full);
            boolean finite = Double.isFinite(value) && Double.isFinite(gradient);
            if (!finite || value > GradientDescent.DIVERGENCE_FACTOR * start) {
                // keep the last finite parameters; the history ends with the last finite objective
                String what = finite ? "grew from " + Check.format(start) + " to " + Check.format(value)
                        : "became " + (Double.isNaN(value) ? "undefined" : "infinite");
                return new Result(previous, Arrays.copyOf(history, epoch), epoch - 1, GradientDescent.Status.DIVERGED,
                        "diverged: in epoch " + epoch + " the objective " + what + "; lower the learning rate ("
                        + settings.learningRate() + ")");
            }
            if (epoch == history.length) {
                history = Arrays.copyOf(history, (int) Math.min(settings.maxEpochs() + 1L, 2L * history.length));
            }
            history[epoch] = value;
            if (listener != ProgressListener.NONE) {
                listener.onStep(new Progress(1, 1, epoch, settings.maxEpochs(), value, gradient));
            }
            if (gradient <= tolerance) {
                return new Result(theta, Arrays.copyOf(history, epoch + 1), epoch, GradientDescent.Status.CONVERGED,
                        "converged: the largest gradient entry " + Check.format(gradient)
                        + " is within the tolerance " + Check.format(tolerance) + toleranceNote(settings, tolerance)
                        + " after " + epoch + " epochs");
            }
        }
        int epochs = settings.maxEpochs();
        return new Result(theta, Arrays.copyOf(history, epochs + 1), epochs, GradientDescent.Status.MAX_EPOCHS,
                "not converged: reached maxEpochs (" + epochs + ") with the largest gradient entry "
                + Check.format(maxAbs(full)) + " above the tolerance " + Check.format(tolerance)
                + toleranceNote(settings, tolerance));
    }

    /** Where the tolerance was scaled to the problem, says so: the figure then differs from the setting. */
    private static String toleranceNote(GradientDescent settings, double tolerance) {
        return tolerance == settings.tolerance() ? "" : " (tolerance " + Check.format(settings.tolerance())
                + " times the starting gradient, which is below 1)";
    }

    /** The mean objective over all rows, its gradient left in {@code gradient}. */
    private static double objective(Objective f, double[] theta, int[] order, int n, double[] gradient) {
        Arrays.fill(gradient, 0.0);
        double loss = f.accumulate(theta, order, 0, n, gradient);
        for (int j = 0; j < gradient.length; j++) {
            gradient[j] /= n;
        }
        double penalty = f.penalty(theta, gradient, 1.0 / n);
        return (loss + penalty) / n;
    }

    /** Fisher-Yates shuffle. */
    private static void shuffle(int[] order, SplittableRandom rng) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** @return the largest absolute entry, or NaN if any entry is NaN */
    private static double maxAbs(double[] x) {
        double max = 0;
        for (double v : x) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
