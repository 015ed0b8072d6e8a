package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.ProbabilisticClassifier;

import java.util.List;

/**
 * A logistic regression fitted by gradient descent, with the loss of every epoch and how the run
 * ended. Probabilities as in {@link LogisticRegressionModel}: the logistic function for two fitted
 * classes, a stable softmax for more, 0 for classes without training rows. Immutable and safe for
 * concurrent use.
 *
 * @see GradientDescentClassifier
 */
public final class GradientDescentClassifierModel implements ProbabilisticClassifier {

    private final GradientDescentClassifier learner;
    private final List<String> classNames;
    final int[] fitted;
    final double[][] weights;
    final double[] intercepts;
    final double[] history;
    final int epochs;
    final GradientDescent.Status status;
    final String reason;

    GradientDescentClassifierModel(GradientDescentClassifier learner, List<String> classNames, int[] fitted,
                                   double[][] weights, double[] intercepts, double[] history, int epochs,
                                   GradientDescent.Status status, String reason) {
        this.learner = learner;
        this.classNames = List.copyOf(classNames);
        this.fitted = fitted;
        this.weights = weights;
        this.intercepts = intercepts;
        this.history = history;
        this.epochs = epochs;
        this.status = status;
        this.reason = reason;
    }

    @Override
    public GradientDescentClassifier learner() {
        return learner;
    }

    @Override
    public int columns() {
        return weights[0].length;
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }

    /** @return the weights, laid out as {@link LogisticRegressionModel#coefficients()} (a copy) */
    public double[][] coefficients() {
        double[][] out = new double[weights.length][];
        for (int c = 0; c < out.length; c++) {
            out[c] = weights[c].clone();
        }
        return out;
    }

    /** @return the intercepts, one per weight vector (a copy) */
    public double[] intercepts() {
        return intercepts.clone();
    }

    /** @return the mean objective at the start and after each finished epoch (a copy) */
    public double[] lossHistory() {
        return history.clone();
    }

    /** @return the number of finished epochs */
    public int epochs() {
        return epochs;
    }

    /** @return how the run ended */
    public GradientDescent.Status status() {
        return status;
    }

    /** @return how the run ended, in a sentence with the figures and, where it failed, what to change */
    public String statusReason() {
        return reason;
    }

    @Override
    public double[] predictProbabilities(double[] row) {
        Check.finiteRow(row, columns());
        double[] z = new double[weights.length];
        int k = LogLoss.scaledScores(row, weights, intercepts, z);
        return LogLoss.probabilities(z, k, fitted, classNames.size());
    }

    /** The class of highest probability, the lowest index among ties. */
    @Override
    public int predict(double[] row) {
        return LogLoss.mostProbable(predictProbabilities(row));
    }

    @Override
    public String toString() {
        return "GradientDescentClassifierModel(" + (weights.length == 1 ? "binary" : weights.length + "-class softmax")
                + ", " + columns() + " columns, " + status + " after " + epochs + " epochs, loss "
                + Check.format(history[history.length - 1]) + ")";
    }
}
