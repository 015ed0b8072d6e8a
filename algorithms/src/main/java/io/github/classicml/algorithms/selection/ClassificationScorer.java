package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;

import java.util.function.ToDoubleBiFunction;

/** A metric over class indices; predictions are the classifier's classes. */
record ClassificationScorer(String name, boolean higherIsBetter, ToDoubleBiFunction<int[], int[]> metric)
        implements Scorer<Classifier> {

    static final Object KIND = new Object();

    @Override
    public double[] predict(Classifier model, Dataset test) {
        int[] classes = model.predict(test);
        double[] out = new double[classes.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = classes[i];
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
        Check.notNull("predicted", predicted);
        Check.sameLength("actual", actual.length, "predicted", predicted.length);
        int[] a = new int[actual.length];
        int[] p = new int[predicted.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = (int) actual[i];
            p[i] = (int) predicted[i];
        }
        return metric.applyAsDouble(a, p);
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
