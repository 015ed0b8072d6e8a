package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.RegressorContract;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DecisionTreeRegressorTest implements RegressorContract<DecisionTreeRegressorModel> {

    /**
     * Invariant to scaling up only: like scikit-learn, the split search treats feature values closer
     * than the absolute 1e-7 as equal, so at 10^-300 every column looks constant and the tree stays a leaf.
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return scale >= 1;
    }

    @Override
    public Learner<DecisionTreeRegressorModel> learner() {
        return DecisionTreeRegressor.of();
    }

    /** A step function a tree can learn (see {@link TreeTestData}). */
    @Override
    public io.github.classicml.core.Dataset easyCase() {
        return TreeTestData.steps();
    }

    /**
     * x = 1..5, y = 1 2 3 10 12. Mean 5.6; sum of squares 1 + 4 + 9 + 100 + 144 = 258, variance
     * 258/5 - 5.6^2 = 51.6 - 31.36 = 20.24. Proxy S_L^2/W_L + S_R^2/W_R per threshold:
     * 1.5: 1 + 27^2/4 = 183.25; 2.5: 9/2 + 25^2/3 = 212.83; 3.5: 36/3 + 22^2/2 = 254; 4.5: 256/4 + 144 = 208.
     * The best is 3.5: children {1 2 3} (mean 2, variance 2/3) and {10 12} (mean 11, variance 1).
     */
    @Test
    void fit_handWorkedSquaredError_splitsAtThreePointFive() {
        Dataset data = Dataset.of(new double[][] {{1}, {2}, {3}, {4}, {5}}).withTargets(new double[] {1, 2, 3, 10, 12}, "y");
        DecisionTreeRegressorModel model = DecisionTreeRegressor.of().withMaxDepth(1).fit(data);
        assertEquals(3.5, model.threshold(0));
        assertEquals(20.24, model.impurity(0), 1e-12);
        assertEquals(2.0 / 3, model.impurity(1), 1e-12);
        assertEquals(1.0, model.impurity(2), 1e-12);
        assertEquals(2.0, model.predict(new double[] {0}), 1e-15);
        assertEquals(11.0, model.predict(new double[] {9}), 1e-15);
    }

    /**
     * Absolute error on the same data: medians and costs. Whole node: median 3, cost 2 + 1 + 0 + 7 + 9 = 19,
     * impurity 19/5 = 3.8. Split 3.5: {1 2 3} median 2 cost 2; {10 12} weights tie at half, median
     * (10 + 12)/2 = 11, cost 2; total 4 (the least: 2.5 gives 1 + (7 + 2... ) {3 10 12} cost 9 + 1 = 10).
     */
    @Test
    void fit_handWorkedAbsoluteError_mediansAndCosts() {
        Dataset data = Dataset.of(new double[][] {{1}, {2}, {3}, {4}, {5}}).withTargets(new double[] {1, 2, 3, 10, 12}, "y");
        DecisionTreeRegressorModel model = DecisionTreeRegressor.of().withCriterion(RegressionCriterion.ABSOLUTE_ERROR)
                .withMaxDepth(1).fit(data);
        assertEquals(3.8, model.impurity(0), 1e-15);
        assertEquals(3.0, model.nodeValue(0)[0]);
        assertEquals(3.5, model.threshold(0));
        assertEquals(2.0 / 3, model.impurity(1), 1e-15);
        assertEquals(1.0, model.impurity(2), 1e-15);
        assertEquals(11.0, model.predict(new double[] {5}));
    }
}
