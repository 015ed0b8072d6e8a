package io.github.classicml.algorithms.linear;

import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.core.testing.ProbabilisticClassifierContract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradientDescentClassifierTest implements ProbabilisticClassifierContract<GradientDescentClassifierModel> {

    /**
     * Not scale-invariant: the learning rate and the penalty are absolute, so the same number of steps
     * on features multiplied by 10^&plusmn;300 reaches another model.
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return false;
    }

    @Override
    public Learner<GradientDescentClassifierModel> learner() {
        return GradientDescentClassifier.of();
    }

    /** Rows 0 and 1 hold two classes: fewer rows cannot hold two. */
    @Override
    public int minimumRows() {
        return 2;
    }

    @Test
    void batch_breastCancer_reachesTheLbfgsAnswer() {
        Dataset raw = Datasets.breastCancer();
        Dataset data = StandardScaler.of().fit(raw).transform(raw);
        LogisticRegressionModel lbfgs = LogisticRegression.of().withPenaltyStrength(10).withTolerance(1e-10)
                .withMaxIterations(1000).fit(data);
        // the mean objective's curvature is at most 1/4 of the largest eigenvalue of X'X/n (about 13) plus
        // 10/n, so eta = 0.5 < 2 / 3.3 is stable; the gradient tolerance 1e-10 over the smallest curvature
        // (at least 10/569) bounds the error by 6e-9
        GradientDescentClassifierModel descent = GradientDescentClassifier.of().withPenaltyStrength(10)
                .withOptimiser(GradientDescent.of().withLearningRate(LearningRate.constant(0.5)).withTolerance(1e-10)
                        .withMaxEpochs(200_000)).fit(data);
        assertEquals(GradientDescent.Status.CONVERGED, descent.status(), descent.statusReason());
        double[] a = lbfgs.coefficients()[0];
        double[] b = descent.coefficients()[0];
        double scale = 0;
        for (double v : a) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int j = 0; j < a.length; j++) {
            assertEquals(a[j], b[j], 1e-6 * scale, "column " + j);
        }
        assertEquals(lbfgs.intercepts()[0], descent.intercepts()[0], 1e-6 * scale);
        // the histories measure the same objective: L-BFGS's is n times the mean
        double[] history = descent.lossHistory();
        assertEquals(lbfgs.objective() / data.rows(), history[history.length - 1], 1e-9);
    }

    @Test
    void batch_hugeRate_diverges_notNaN() {
        // overlapping classes on a scale of 1000: a step of 100 times a gradient of hundreds overshoots
        // the minimum by ever more, and the loss (about |z| for a wrong row) grows without bound
        Dataset data = Dataset.of(new double[][] {{-1000}, {1000}, {-1}, {1}, {2}})
                .withClasses(new int[] {0, 1, 1, 0, 0}, List.of("a", "b"));
        GradientDescentClassifierModel model = GradientDescentClassifier.of().withOptimiser(GradientDescent.of()
                .withLearningRate(LearningRate.constant(100)).withMaxEpochs(100_000)).fit(data);
        assertEquals(GradientDescent.Status.DIVERGED, model.status(), model.statusReason());
        for (double p : model.predictProbabilities(new double[] {3})) {
            assertTrue(Double.isFinite(p));
        }
    }
}
