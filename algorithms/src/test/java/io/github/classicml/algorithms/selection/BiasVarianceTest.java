package io.github.classicml.algorithms.selection;

import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.neighbors.KnnRegressor;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Regressor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BiasVarianceTest {

    static LongStream seeds() {
        return LongStream.range(0, 4);
    }

    /** Predicts the mean of its training targets. */
    record Mean() implements Learner<MeanModel> {
        @Override
        public MeanModel fit(Dataset data) {
            return new MeanModel(this, data.columns(), Arrays.stream(data.targets()).average().orElseThrow());
        }
    }

    record MeanModel(Mean learner, int columns, double mean) implements Regressor {
        @Override
        public double predict(double[] row) {
            return mean;
        }
    }

    private static final Dataset ONE_POINT = Dataset.of(new double[][] {{0}});

    @Test
    void squaredLoss_handWorked() {
        // two training sets with targets 1 and 3 (predictions 1 and 3), two target draws 2 and 6
        AtomicInteger trainingSets = new AtomicInteger();
        AtomicInteger targetDraws = new AtomicInteger();
        DataSource source = new DataSource() {
            @Override
            public Dataset trainingSet(SplittableRandom rng) {
                double y = trainingSets.getAndIncrement() == 0 ? 1 : 3;
                return Dataset.of(new double[][] {{0}}).withTargets(new double[] {y}, "y");
            }

            @Override
            public double[] targets(Dataset test, SplittableRandom rng) {
                return new double[] {targetDraws.getAndIncrement() == 0 ? 2 : 6};
            }
        };
        BiasVariance.SquaredLoss d = BiasVariance.decompose(new Mean(), source, ONE_POINT, 2, 2, 0);
        // mean prediction 2, mean target 4: variance ((1-2)² + (3-2)²)/2 = 1, noise ((2-4)² + (6-4)²)/2 = 4,
        // bias² (4 - 2)² = 4; loss ((2-1)² + (6-1)² + (2-3)² + (6-3)²) / 4 = 36 / 4 = 9 = 1 + 4 + 4
        assertEquals(1, d.variance(), 0.0);
        assertEquals(4, d.noise(), 0.0);
        assertEquals(4, d.bias2(), 0.0);
        assertEquals(9, d.expectedLoss(), 0.0);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void squaredLoss_recoversTheNoiseVariance_andTermsSumToTheLoss(long seed) {
        double sigma = 0.5;
        DataSource source = DataSource.regression(60, rng -> new double[] {rng.nextDouble()},
                x -> Math.sin(2 * Math.PI * x[0]), sigma);
        double[][] grid = new double[40][];
        for (int i = 0; i < 40; i++) {
            grid[i] = new double[] {(i + 0.5) / 40};
        }
        int draws = 400;
        BiasVariance.SquaredLoss d = BiasVariance.decompose(KnnRegressor.of(5), source, Dataset.of(grid), 60, draws,
                seed);
        // E[noise estimate] = σ² (S - 1) / S; its sd per point ≈ σ² sqrt(2 / S) = 0.0177, over 40 points 0.0028
        assertEquals(sigma * sigma * (draws - 1) / draws, d.noise(), 5 * 0.0028);
        assertEquals(d.expectedLoss(), d.bias2() + d.variance() + d.noise(), 1e-12 * d.expectedLoss());
        assertTrue(d.variance() > 0 && d.bias2() > 0);
    }

    @Test
    void squaredLoss_complexityTradesBiasForVariance() {
        DataSource source = DataSource.regression(80, rng -> new double[] {rng.nextDouble()},
                x -> Math.sin(2 * Math.PI * x[0]), 0.3);
        Dataset test = Dataset.of(new double[][] {{0.1}, {0.25}, {0.4}, {0.6}, {0.75}, {0.9}});
        BiasVariance.SquaredLoss flexible = BiasVariance.decompose(KnnRegressor.of(1), source, test, 80, 50, 7);
        BiasVariance.SquaredLoss rigid = BiasVariance.decompose(KnnRegressor.of(40), source, test, 80, 50, 7);
        // k = 1 follows the noise (variance ≈ σ² = 0.09); k = 40 averages half the data (bias)
        assertTrue(flexible.variance() > 3 * rigid.variance(), flexible + " " + rigid);
        assertTrue(rigid.bias2() > 3 * flexible.bias2(), flexible + " " + rigid);
        // the same seed gives the same decomposition
        assertEquals(flexible, BiasVariance.decompose(KnnRegressor.of(1), source, test, 80, 50, 7));
    }

    @Test
    void squaredLoss_bootstrap_hasNoSeparateNoise() {
        DataSource source = DataSource.regression(50, rng -> new double[] {rng.nextDouble()}, x -> 2 * x[0], 0.2);
        Dataset train = source.trainingSet(new SplittableRandom(1));
        Dataset test = source.trainingSet(new SplittableRandom(2));
        BiasVariance.SquaredLoss d = BiasVariance.decomposeBootstrap(KnnRegressor.of(3), train, test, 30, 3);
        assertEquals(0, d.noise(), 0.0);
        assertEquals(d.expectedLoss(), d.bias2() + d.variance(), 1e-12);
    }

    /** Two classes: class 1 when x0 > 0.5, labels flipped with probability {@code flip}. */
    private static DataSource twoClasses(double flip, int classes) {
        return new DataSource() {
            @Override
            public Dataset trainingSet(SplittableRandom rng) {
                double[][] x = new double[60][];
                int[] y = new int[60];
                for (int i = 0; i < 60; i++) {
                    x[i] = new double[] {rng.nextDouble(), rng.nextDouble()};
                    y[i] = label(x[i], rng);
                }
                // every class present in every training set
                for (int c = 0; c < classes; c++) {
                    y[c] = c;
                }
                return Dataset.of(x).withClasses(y);
            }

            @Override
            public double[] targets(Dataset test, SplittableRandom rng) {
                double[] y = new double[test.rows()];
                for (int i = 0; i < y.length; i++) {
                    y[i] = label(test.row(i), rng);
                }
                return y;
            }

            private int label(double[] x, SplittableRandom rng) {
                int clean = Math.min(classes - 1, (int) (x[0] * classes));
                return rng.nextDouble() < flip ? (clean + 1) % classes : clean;
            }
        };
    }

    @Test
    void zeroOneLoss_domingosTermsSumToTheLoss() {
        Dataset test = Dataset.of(new double[][] {{0.1, 0.5}, {0.45, 0.2}, {0.52, 0.9}, {0.8, 0.3}, {0.5, 0.5}});
        BiasVariance.ZeroOneLoss noisy = BiasVariance.decomposeZeroOne(KnnClassifier.of(3), twoClasses(0.2, 2), test,
                50, 200, 4);
        assertEquals(noisy.expectedLoss(), noisy.noiseTerm() + noisy.bias() + noisy.netVariance(), 1e-12);
        // the label noise is 0.2 at every point; the optimal class is estimated from 200 draws
        assertEquals(0.2, noisy.noise(), 0.06);
        BiasVariance.ZeroOneLoss threeClean = BiasVariance.decomposeZeroOne(KnnClassifier.of(3), twoClasses(0, 3),
                test, 50, 3, 4);
        assertEquals(0, threeClean.noise(), 0.0);
        assertEquals(threeClean.expectedLoss(), threeClean.bias() + threeClean.netVariance(), 1e-12);
        assertEquals("targets must be noise-free for the 0-1 decomposition of more than two classes; test point 0 has"
                + " noisy targets among 3 classes", assertThrows(IllegalArgumentException.class,
                        () -> BiasVariance.decomposeZeroOne(KnnClassifier.of(3), twoClasses(0.3, 3), test, 10, 50, 4))
                        .getMessage());
    }

    @Test
    void badInput_throwsClearly() {
        assertEquals("rounds must be >= 2, got 1", assertThrows(IllegalArgumentException.class,
                () -> BiasVariance.decompose(new Mean(), DataSource.regression(5, rng -> new double[] {0}, x -> 0, 1),
                        ONE_POINT, 1, 5, 0)).getMessage());
        assertEquals("noiseSd must be >= 0 and finite, got -1", assertThrows(IllegalArgumentException.class,
                () -> DataSource.regression(5, rng -> new double[] {0}, x -> 0, -1)).getMessage());
    }
}
