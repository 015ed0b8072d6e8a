package io.github.classicml.metrics;

import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Every metric leaves the arrays it is given exactly as they were. */
class InputsUnchangedTest {

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void everyMetric_leavesItsInputsUnchanged(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(10, 2500);
        boolean[] actual = RandomData.booleans(rng, n, 0.4);
        actual[0] = true;
        actual[1] = false;
        double[] scores = RandomData.scores(rng, n, 2);
        int k = 3;
        int[] classes = RandomData.labels(rng, n, k);
        classes[0] = 0;
        classes[1] = 1;
        classes[2] = 2;
        int[] predicted = RandomData.labels(rng, n, k);
        double[][] probabilities = new double[n][k];
        for (double[] row : probabilities) {
            row[0] = rng.nextDouble(0, 0.5);
            row[1] = rng.nextDouble(0, 0.5);
            row[2] = 1 - row[0] - row[1];
        }
        double[] y = RandomData.scores(rng, n, 3);
        double[][] rows = RandomData.unlabeled(rng, Math.min(n, 200), 2).toArray();
        int[] clusters = RandomData.labels(rng, rows.length, 3);
        clusters[0] = 0;
        clusters[1] = 1;

        boolean[] actual0 = actual.clone();
        double[] scores0 = scores.clone();
        int[] classes0 = classes.clone();
        int[] predicted0 = predicted.clone();
        double[][] probabilities0 = deepCopy(probabilities);
        double[] y0 = y.clone();
        double[][] rows0 = deepCopy(rows);
        int[] clusters0 = clusters.clone();

        ConfusionMatrix.of(classes, predicted).report();
        ConfusionMatrix.of(actual, actual);
        RocCurve.of(actual, scores);
        RocAuc.binary(actual, scores);
        RocAuc.oneVsRest(classes, probabilities, Average.MICRO);
        RocAuc.oneVsOne(classes, probabilities, Average.WEIGHTED);
        PrecisionRecallCurve.of(actual, scores);
        ProbabilityMetrics.logLoss(actual, scores).value();
        ProbabilityMetrics.logLoss(classes, probabilities).value();
        ProbabilityMetrics.brierScore(actual, scores).value();
        RegressionMetrics.medianAbsoluteError(y, scores).value();
        RegressionMetrics.explainedVariance(y, scores).value();
        RegressionMetrics.adjustedR2(y, scores, 2).value();
        ClusteringMetrics.silhouetteScore(rows, clusters).value();
        ClusteringMetrics.inertia(rows, clusters).value();
        DiscountedGain.ndcg(y, scores, 5).value();
        RankingMetrics.meanAveragePrecision(new double[][] {y}, new double[][] {scores}).value();

        assertArrayEquals(actual0, actual);
        assertArrayEquals(scores0, scores);
        assertArrayEquals(classes0, classes);
        assertArrayEquals(predicted0, predicted);
        assertArrayEquals(probabilities0, probabilities);
        assertArrayEquals(y0, y);
        assertArrayEquals(rows0, rows);
        assertArrayEquals(clusters0, clusters);
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
