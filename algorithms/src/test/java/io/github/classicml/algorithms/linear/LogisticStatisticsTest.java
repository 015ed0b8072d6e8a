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
        double[] columnMaxima = new double[2];
        for (int i = 0; i < 2 * n; i++) {
            columnMaxima[i % 2] = Math.max(columnMaxima[i % 2], Math.abs(x[i]));
        }
        int[] units = LogisticStatistics.units(learner, columnMaxima, 1.0);
        double[] first = Arrays.copyOfRange(x, 0, 2 * half);
        double[] second = Arrays.copyOfRange(x, 2 * half, 2 * n);
        double[] firstWeights = Arrays.copyOfRange(ones, 0, half);
        double[] secondWeights = Arrays.copyOfRange(ones, half, n);
        LogisticStatistics.toFitUnits(units, first, half, 2, firstWeights);
        LogisticStatistics.toFitUnits(units, second, n - half, 2, secondWeights);
        LogisticRegressionModel parts = LogisticStatistics.fit(learner, 2, List.of("no", "yes"), units, (theta, gradient) -> {
            double[] g = new double[gradient.length];
            double loss = LogisticStatistics.partLoss(first, half, 2,
                    Arrays.copyOfRange(y, 0, half), firstWeights, 1, true, theta, gradient);
            loss += LogisticStatistics.partLoss(second, n - half, 2,
                    Arrays.copyOfRange(y, half, n), secondWeights, 1, true, theta, g);
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
        assertEquals(local.objective(), parts.objective(), 1e-9 * local.objective());
    }

    @Test
    void fitFromParts_featuresScaledByAPowerOfTwo_sameProbabilitiesAsTheOneMachineFit() {
        // the parts work in the one-machine fit's units: features times 2^-40 give the same problem
        SplittableRandom random = new SplittableRandom(7);
        int n = 80;
        double factor = 0x1p-40;
        double[] x = new double[n * 2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            x[2 * i] = factor * (y[i] + random.nextGaussian());
            x[2 * i + 1] = factor * (-y[i] + 1e3 * random.nextGaussian());
        }
        LogisticRegression learner = LogisticRegression.of().withTolerance(1e-8);
        LogisticRegressionModel local = learner.fit(Dataset.ofRowMajor(x, 2).withClasses(y, List.of("no", "yes")));
        double[] columnMaxima = new double[2];
        for (int i = 0; i < 2 * n; i++) {
            columnMaxima[i % 2] = Math.max(columnMaxima[i % 2], Math.abs(x[i]));
        }
        int[] units = LogisticStatistics.units(learner, columnMaxima, 1.0);
        double[] scaled = x.clone();
        double[] weights = new double[n];
        Arrays.fill(weights, 1.0);
        LogisticStatistics.toFitUnits(units, scaled, n, 2, weights);
        LogisticRegressionModel parts = LogisticStatistics.fit(learner, 2, List.of("no", "yes"), units,
                (theta, gradient) -> LogisticStatistics.partLoss(scaled, n, 2, y, weights, 1, true, theta, gradient));
        assertEquals(local.iterations(), parts.iterations());
        for (int i = 0; i < n; i += 7) {
            double[] row = {x[2 * i], x[2 * i + 1]};
            assertEquals(local.predictProbabilities(row)[1], parts.predictProbabilities(row)[1], 0.0, "row " + i);
        }
    }

    @Test
    void fit_refusesAnotherPenalty() {
        LogisticRegression none = LogisticRegression.of().withPenalty(LogisticRegression.Penalty.NONE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LogisticStatistics.fit(none, 1, List.of("a", "b"), new int[2], (theta, gradient) -> 0.0));
        assertEquals("penalty must be L2 for the distributed fit (NONE needs the separation check on the rows; "
                + "L1 and elastic net a proximal solver), got NONE", e.getMessage());
    }
}
