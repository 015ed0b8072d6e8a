package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.ProbabilisticClassifier;

import java.util.function.ToDoubleBiFunction;

/**
 * A metric over two-class labels and the probability of class 1; predictions are that probability.
 */
record BinaryProbabilityScorer(String name, boolean higherIsBetter, ToDoubleBiFunction<boolean[], double[]> metric)
        implements Scorer<ProbabilisticClassifier> {

    static final Object KIND = new Object();

    @Override
    public double[] predict(ProbabilisticClassifier model, Dataset test) {
        int k = model.classNames().size();
        Check.that(k == 2, () -> "model must have 2 classes for " + name + ", got " + k);
        double[][] p = model.predictProbabilities(test);
        double[] out = new double[p.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = p[i][1];
        }
        return out;
    }

    @Override
    public double[] actual(Dataset test) {
        Check.hasClasses(test);
        int[] classes = test.classes();
        double[] out = new double[classes.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = classes[i];
        }
        return out;
    }

    @Override
    public double score(double[] actual, double[] predicted) {
        Check.notNull("actual", actual);
        boolean[] positive = new boolean[actual.length];
        for (int i = 0; i < positive.length; i++) {
            positive[i] = actual[i] == 1;
        }
        return metric.applyAsDouble(positive, predicted);
    }

    @Override
    public Object predictionKind() {
        return KIND;
    }

    @Override
    public String toString() {
        return "Scorer[" + name + (higherIsBetter ? ", higher is better]" : ", lower is better]");
    }
}
