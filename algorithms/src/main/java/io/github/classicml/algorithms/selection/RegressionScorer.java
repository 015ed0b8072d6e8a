package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Regressor;

import java.util.function.ToDoubleBiFunction;

/** A metric over real values; predictions are the regressor's. */
record RegressionScorer(String name, boolean higherIsBetter, ToDoubleBiFunction<double[], double[]> metric)
        implements Scorer<Regressor> {

    static final Object KIND = new Object();

    @Override
    public double[] predict(Regressor model, Dataset test) {
        return model.predict(test);
    }

    @Override
    public double[] actual(Dataset test) {
        Check.that(test.hasNumericTargets(), () -> "data must have numeric targets, got "
                + (test.hasClasses() ? "class targets" : "no targets"));
        return test.targets();
    }

    @Override
    public double score(double[] actual, double[] predicted) {
        return metric.applyAsDouble(actual, predicted);
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
