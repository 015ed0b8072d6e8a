package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.DecisionTreeRegressor;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Regressor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The averaging regressors on targets near the top of the double range: the mean of the members'
 * predictions is representable whenever the targets are, though their sum is not (two trees predicting
 * 1.5e308 summed to Infinity).
 */
class AveragingExtremeTest {

    static Stream<Supplier<Learner<? extends Regressor>>> learners() {
        return Stream.of(
                () -> RandomForestRegressor.of().withTrees(4),
                () -> ExtraTreesRegressor.of().withTrees(4),
                () -> BaggingRegressor.of(DecisionTreeRegressor.of()).withMembers(4));
    }

    @ParameterizedTest
    @MethodSource("learners")
    void constantTargetsNearTheTop_predictThemExactly(Supplier<Learner<? extends Regressor>> learner) {
        Dataset t = Dataset.of(new double[][] {{0}, {1}}).withTargets(new double[] {1.5e308, 1.5e308}, "y");
        assertEquals(1.5e308, learner.get().fit(t).predict(new double[] {0.5}), 0.0);
    }

    @ParameterizedTest
    @MethodSource("learners")
    void targetsTimes1e307_predictionsTimes1e307(Supplier<Learner<? extends Regressor>> learner) {
        SplittableRandom rng = new SplittableRandom(3);
        double[][] x = new double[40][2];
        double[] y = new double[40];
        double[] big = new double[40];
        for (int i = 0; i < x.length; i++) {
            x[i][0] = rng.nextDouble();
            x[i][1] = rng.nextDouble();
            y[i] = 10 + 5 * x[i][0] - 3 * x[i][1];
            big[i] = y[i] * 1e307;
        }
        Regressor plain = learner.get().fit(Dataset.of(x).withTargets(y, "y"));
        Regressor scaled = learner.get().fit(Dataset.of(x).withTargets(big, "y"));
        for (double[] row : List.of(x[0], x[7], new double[] {0.5, 0.5})) {
            double expected = plain.predict(row) * 1e307;
            assertEquals(expected, scaled.predict(row), 1e-12 * expected);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "factor={0}")
    @org.junit.jupiter.params.provider.ValueSource(doubles = {1e300, 0x1p900, 1e-300})
    void outOfBagR2_ofScaledTargets_isTheUnscaledOne(double factor) {
        // R² does not depend on the targets' scale; its sums of squares at 1e300 overflowed to Inf / Inf = NaN
        Dataset diabetes = io.github.classicml.core.io.Datasets.diabetes();
        double[] y = diabetes.targets();
        for (int i = 0; i < y.length; i++) {
            y[i] *= factor;
        }
        BaggingRegressor bagging = BaggingRegressor.of(DecisionTreeRegressor.of().withMaxDepth(4)).withMembers(12)
                .withOobScore(true).withSeed(3);
        // 2^900 is exact, so the trees are the same and R² agrees to rounding; 10^±300 rounds the targets,
        // which can move a split between near-tied thresholds: the trees, and R², then differ a little
        // (it was NaN at 1e300 and 1.0 at 1e-300)
        double tolerance = factor == 0x1p900 ? 1e-12 : 1e-2;
        double plain = bagging.fit(diabetes).oobScore();
        double scaled = bagging.fit(diabetes.withTargets(y, "y")).oobScore();
        assertEquals(plain, scaled, tolerance, "factor " + factor);
        RandomForestRegressor forest = RandomForestRegressor.of().withTrees(12).withMaxDepth(4).withOobScore(true)
                .withSeed(3);
        assertEquals(forest.fit(diabetes).oobScore(), forest.fit(diabetes.withTargets(y, "y")).oobScore(), tolerance);
    }
}
