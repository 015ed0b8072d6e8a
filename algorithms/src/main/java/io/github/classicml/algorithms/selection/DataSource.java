package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A data-generating process for {@link BiasVariance}: it draws fresh training sets and fresh noisy
 * targets at given test points, which is what "the expectation over training sets" and "the noise"
 * of the bias–variance decomposition mean. Implementations draw only from the generator they are
 * given, so the same seed gives the same draws.
 */
public interface DataSource {

    /**
     * @param rng the random stream to draw from
     * @return a fresh training set, with targets (classes for classification)
     */
    Dataset trainingSet(SplittableRandom rng);

    /**
     * @param test the test points (features only); not modified
     * @param rng the random stream to draw from
     * @return one fresh target per test row, drawn from the same process as the training targets
     *     (class indices as doubles for classification)
     */
    double[] targets(Dataset test, SplittableRandom rng);

    /**
     * The regression process {@code y = f(x) + e}, {@code e ~ Normal(0, noiseSd²)}, with {@code x}
     * drawn by {@code features}; its noise variance is {@code noiseSd²}.
     *
     * @param rows the rows per training set, {@code >= 1}
     * @param features draws one row of features
     * @param truth the regression function {@code f}
     * @param noiseSd the noise's standard deviation, {@code >= 0}
     * @return the source
     */
    static DataSource regression(int rows, Function<SplittableRandom, double[]> features,
            ToDoubleFunction<double[]> truth, double noiseSd) {
        Check.atLeast("rows", rows, 1);
        Check.notNull("features", features);
        Check.notNull("truth", truth);
        Check.nonNegative("noiseSd", noiseSd);
        return new DataSource() {
            @Override
            public Dataset trainingSet(SplittableRandom rng) {
                double[][] x = new double[rows][];
                double[] y = new double[rows];
                for (int i = 0; i < rows; i++) {
                    x[i] = features.apply(rng);
                    y[i] = truth.applyAsDouble(x[i]) + noiseSd * rng.nextGaussian();
                }
                return Dataset.of(x).withTargets(y, "y");
            }

            @Override
            public double[] targets(Dataset test, SplittableRandom rng) {
                double[] y = new double[test.rows()];
                for (int i = 0; i < y.length; i++) {
                    y[i] = truth.applyAsDouble(test.row(i)) + noiseSd * rng.nextGaussian();
                }
                return y;
            }
        };
    }
}
