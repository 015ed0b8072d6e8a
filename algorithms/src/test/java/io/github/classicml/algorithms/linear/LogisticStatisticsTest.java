package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The distributed entry of logistic regression: parts' losses summed, L-BFGS on the driver. */
class LogisticStatisticsTest {

    @Test
    void fitFromTwoParts_matchesTheSingleFitToTheSolverTolerance() {
        SplittableRandom random = new SplittableRandom(6);
        int n = 120;
        double[] x = new double[n * 2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            x[2 * i] = y[i] + random.nextGaussian();
            x[2 * i + 1] = -y[i] + random.nextGaussian();
        }
        LogisticRegression learner = LogisticRegression.of().withTolerance(1e-9);
        LogisticRegressionModel local = learner.fit(Dataset.ofRowMajor(x, 2).withClasses(y, List.of("no", "yes")));
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        int half = n / 2;
        LogisticRegressionModel parts = LogisticStatistics.fit(learner, 2, List.of("no", "yes"), (theta, gradient) -> {
            double[] g = new double[gradient.length];
            double loss = LogisticStatistics.partLoss(Arrays.copyOfRange(x, 0, 2 * half), half, 2,
                    Arrays.copyOfRange(y, 0, half), ones, 1, true, theta, gradient);
            loss += LogisticStatistics.partLoss(Arrays.copyOfRange(x, 2 * half, 2 * n), n - half, 2,
                    Arrays.copyOfRange(y, half, n), ones, 1, true, theta, g);
            for (int j = 0; j < g.length; j++) {
                gradient[j] += g[j];
            }
            return loss;
        });
        for (int j = 0; j < 2; j++) {
            assertEquals(local.coefficients()[0][j], parts.coefficients()[0][j], 1e-7);
        }
        assertEquals(local.predictProbabilities(new double[] {0.5, -0.5})[1],
                parts.predictProbabilities(new double[] {0.5, -0.5})[1], 1e-9);
    }

    @Test
    void fit_refusesAnotherPenalty() {
        LogisticRegression none = LogisticRegression.of().withPenalty(LogisticRegression.Penalty.NONE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LogisticStatistics.fit(none, 1, List.of("a", "b"), (theta, gradient) -> 0.0));
        assertEquals("penalty must be L2 for the distributed fit (NONE needs the separation check on the rows; "
                + "L1 and elastic net a proximal solver), got NONE", e.getMessage());
    }
}
